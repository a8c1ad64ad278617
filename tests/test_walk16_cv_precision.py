"""Walk of issue 16: three sentences about forklift work gave 50 competences, among them "analyse supply chain
strategies", "climb on railcars", "kranen bedienen" and "zware vrachtwagens manoeuvreren". A CV now puts on the profile
only what it evidences strongly (matching/engine/cv.py), capped and by confidence."""

from __future__ import annotations

from werkregie.matching.engine.cv import MAX_SKILLS, profile_skills
from werkregie.matching.engine.skills import default_skill_index

FORKLIFT_CV = ("Ik ben heftruckchauffeur met zes jaar ervaring in de logistiek en de supply chain van een distributiecentrum. "
               "Ik laad en los vrachtwagens, containers en treinwagons met de heftruck en de reachtruck. "
               "Ik heb een heftruckattest, werk veilig in ploegen en hou de voorraad bij met een scanner.")
IRRELEVANT = {"analyse supply chain strategies", "climb on railcars", "kranen bedienen", "zware vrachtwagens manoeuvreren"}


def test_a_forklift_cv_gives_forklift_skills_and_not_the_irrelevant_ones():
    index = default_skill_index()
    found = profile_skills(index, FORKLIFT_CV, "nl")
    labels = {index.taxonomy.skills[index.taxonomy.skill_index[f.uri]].label("en") for f in found} | {f.label for f in found}
    assert not labels & IRRELEVANT, labels & IRRELEVANT
    assert "heftrucks bedienen" in labels or "operate forklift" in labels
    assert "controles van vorkheftrucks uitvoeren" in labels or "perform forklift checks" in labels
    assert len(found) <= MAX_SKILLS
    # by confidence: what the text names before what its occupation implies, each by score
    kinds = [f.implied for f in found]
    assert kinds == sorted(kinds)
    named = [f.score for f in found if not f.implied and not f.literal]
    assert named == sorted(named, reverse=True)
