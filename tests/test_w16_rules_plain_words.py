"""Walk of issue 16, finding 1: the employer's page "Steunmaatregelen" and the analyst's policy simulation showed the
rules' notes for their maintainers ("Vóór issue 15 paste het pakket 18.545 toe … (rules.md 2a, gecorrigeerd)", "geen
netwerk tijdens het coderen", "zie leeftijd_laag", "staat in leerlingen/", `vrijstelling_laaggeschoold`). A
parameter's `description` is what the pages show: plain words for its reader; the notes (uncertainty, which source
was chosen, what was not read) live in its `documentation`, OpenFisca's field for them."""

import re

from openfisca_core.parameters import ParameterNode

from werkregie.rules import system
from werkregie.rules.catalogue import catalogue

# what only a maintainer writes: an issue number, the reference notes, a parameter key, a folder, a session's
# circumstances, the secondary sources weighed against each other, the uncertainty grades
DEVELOPER_NOTE = re.compile(
    r"\bissue \d|rules\.md|\.\./shared|\bnetwerk\b|\bsessie\b|ONZEKER|[Oo]nzeker|[Gg]ekozen is|[Nn]agekeken|[Tt]e verifiëren|"
    r"\bzie [a-z]+_|\b[a-z]+_[a-z_]+\b|\b[a-z]+/(?![\w])|\((?:L|M|H)\)|\b(?:Liantis|VLAIO|Herwin|Partena|Sodalis|Securex|P-Magazine)\b|"
    r"volgens de pers|[Gg]ecodeerd")


def _described(node, path=""):  # noqa: ANN001, ANN202
    yield path, node.description or ""
    if isinstance(node, ParameterNode):
        for name, child in node.children.items():
            yield from _described(child, f"{path}.{name}" if path else name)


def test_no_parameter_description_carries_a_maintainers_note():
    notes = {path: DEVELOPER_NOTE.search(text).group(0) for path, text in _described(system().parameters) if DEVELOPER_NOTE.search(text)}
    assert notes == {}


def test_the_notes_are_kept_for_the_maintainers():
    p = system().parameters.doelgroepvermindering.oudere_werknemers
    assert "rules.md 2a" in p.loongrens.documentation and "geen netwerk" in p.overgang_2024_leeftijd.documentation
    assert "Liantis" in p.leeftijd_laag.documentation and "Leeftijd vanaf wanneer het lage forfait geldt" in p.leeftijd_laag.description


def test_every_catalogue_text_is_plain():
    texts = [(m.key, t) for m in catalogue() for t in (m.name, m.description, *m.amounts, *(c.description for c in m.conditions))]
    assert [(key, t) for key, t in texts if DEVELOPER_NOTE.search(t)] == []
    assert all(c.description for m in catalogue() for c in m.conditions)
