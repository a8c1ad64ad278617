from openfisca_core.entities import build_entity

Person = build_entity(
    key="person",
    plural="persons",
    label="Een persoon (werknemer, werkzoekende of burger)",
    doc="Rules that concern one person: the job bonus, and later a worker's target-group reductions.",
    is_person=True,
)

entities = [Person]
