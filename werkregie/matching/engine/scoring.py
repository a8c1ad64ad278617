"""The match score of one person and one vacancy: its definition, its hard constraints and its explanation.

One definition for both directions (vacancies for a person, candidates for a vacancy) and for every surface, so a
score means the same everywhere. The index (index.py) computes exactly this, vectorised; the tests hold the two
equal. The score is 0–100:

    50 × skill fit       share of the vacancy's skills the person has (essential count 1, optional ½)
  + 25 × occupation fit  1 same occupation (experience or desired), 0.8 same ESCO parent occupation,
                         0.6 same ISCO unit group, 0.3 same ISCO minor group, else 0
  + 10 × distance fit    1 − road distance / the person's maximum commute (0 at or beyond it)
  + 10 × language fit    per language the vacancy needs: 1 at or above the level, ½ one level below; averaged
  +  5 × hours fit       1 when the vacancy's weekly hours lie within the person's range

Hard constraints filter instead of ranking: beyond the maximum commute (unless the person will relocate), a
driving licence the job needs and the person lacks, a certificate the law requires and the person does not hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .geography import RING_NAMES, Places
from .profiles import LEVEL_NAMES, LICENCE_BIT, PersonProfile, VacancyProfile
from .taxonomy import Taxonomy

WEIGHTS = {"skills": 50.0, "occupation": 25.0, "distance": 10.0, "language": 10.0, "hours": 5.0}
OPTIONAL_WEIGHT = 0.5
OCCUPATION_FIT = {"same": 1.0, "parent": 0.8, "isco4": 0.6, "isco3": 0.3}
LANGUAGE_ONE_BELOW = 0.5
GOOD_SCORE = 50.0  # a "good" match for the concentric rings and the pages


@dataclass
class Explanation:
    score: float
    eligible: bool
    excluded_because: list[str]
    components: dict[str, float]  # each component's fit, 0–1
    matched_essential: list[int] = field(default_factory=list)
    matched_optional: list[int] = field(default_factory=list)
    missing_essential: list[int] = field(default_factory=list)
    occupation_relation: str = ""
    occupation_basis: str = ""  # what the relation is to: "experience" (work done), "desired" (only wanted) or ""
    distance_km: float = 0.0
    vacancy_ring: int = 1
    person_ring: int = 1
    languages: list[dict] = field(default_factory=list)
    hours_ok: bool = True


def esco_parent(code: str) -> str | None:
    """The ESCO code of an occupation's parent occupation ("2654.1.7" → "2654.1"); None when the parent is the ISCO
    group itself ("2654.1"), which the ISCO relation already covers."""
    return code.rsplit(".", 1)[0] if code.count(".") >= 2 else None


def occupation_relation(taxonomy: Taxonomy, person_occupations: set[int], vacancy_occupation: int | None) -> str:
    """The closest relation between any of the person's occupations and the vacancy's: same, parent, isco4, isco3 or ''."""
    if vacancy_occupation is None or not person_occupations:
        return ""
    if vacancy_occupation in person_occupations:
        return "same"
    target = taxonomy.occupations[vacancy_occupation]
    parents = {esco_parent(taxonomy.occupations[o].code) for o in person_occupations} - {None}
    if esco_parent(target.code) in parents:
        return "parent"
    groups = {taxonomy.occupations[o].isco for o in person_occupations}
    if target.isco in groups:
        return "isco4"
    if target.isco[:3] in {g[:3] for g in groups}:
        return "isco3"
    return ""


RELATION_RANK = {"same": 4, "parent": 3, "isco4": 2, "isco3": 1, "": 0}


def occupation_relation_basis(taxonomy: Taxonomy, person: PersonProfile, vacancy_occupation: int | None) -> tuple[str, str]:
    """The closest relation (as `occupation_relation` of all the person's occupations) and what it is to: "experience"
    when an occupation worked in is that close, else "desired" (walk of issue 16: a forklift driver whose career target
    is warehouse manager read "Hetzelfde beroep" under every "Magazijnchef" vacancy), "" without a relation."""
    worked = occupation_relation(taxonomy, set(person.experience), vacancy_occupation)
    wanted = occupation_relation(taxonomy, set(person.desired), vacancy_occupation)
    if RELATION_RANK[worked] >= RELATION_RANK[wanted]:
        return worked, "experience" if worked else ""
    return wanted, "desired"


def language_fit(person_levels: dict[str, int], needs: dict[str, int]) -> tuple[float, list[dict]]:
    if not needs:
        return 1.0, []
    details, total = [], 0.0
    for language, required in sorted(needs.items()):
        has = person_levels.get(language, 0)
        fit = 1.0 if has >= required else LANGUAGE_ONE_BELOW if has == required - 1 else 0.0
        total += fit
        details.append({"language": language, "required": LEVEL_NAMES[required], "level": LEVEL_NAMES.get(has, ""), "fit": fit})
    return total / len(needs), details


def score_pair(taxonomy: Taxonomy, places: Places, person: PersonProfile, vacancy: VacancyProfile) -> Explanation:
    """The exact score and its explanation (also the brute-force reference the index is measured against)."""
    distance = float(places.road_km_from(person.place)[vacancy.place])
    excluded = []
    if distance > person.max_commute_km and not person.relocate:
        excluded.append("commute")
    if vacancy.licence and not person.licences & LICENCE_BIT.get(vacancy.licence, 0):
        excluded.append("licence")
    if vacancy.certified is not None and vacancy.certified not in person.certified:
        excluded.append("certificate")
    essential, optional = set(vacancy.essential), set(vacancy.optional) - set(vacancy.essential)
    has = set(person.skills)
    denominator = len(essential) + OPTIONAL_WEIGHT * len(optional)
    matched_essential, matched_optional = sorted(essential & has), sorted(optional & has)
    skills = (len(matched_essential) + OPTIONAL_WEIGHT * len(matched_optional)) / denominator if denominator else 0.0
    relation, basis = occupation_relation_basis(taxonomy, person, vacancy.occupation)
    languages, language_details = language_fit(person.languages, vacancy.languages)
    hours_ok = person.hours_min <= vacancy.hours <= person.hours_max
    components = {
        "skills": skills,
        "occupation": OCCUPATION_FIT.get(relation, 0.0),
        "distance": max(0.0, 1.0 - distance / person.max_commute_km) if person.max_commute_km > 0 else 0.0,
        "language": languages,
        "hours": 1.0 if hours_ok else 0.0,
    }
    score = sum(WEIGHTS[k] * v for k, v in components.items())
    return Explanation(
        score=round(score, 2), eligible=not excluded, excluded_because=excluded, components=components,
        matched_essential=matched_essential, matched_optional=matched_optional, missing_essential=sorted(essential - has),
        occupation_relation=relation, occupation_basis=basis, distance_km=round(distance, 1), vacancy_ring=int(places.ring[vacancy.place]),
        person_ring=int(places.ring[person.place]),
        languages=language_details, hours_ok=hours_ok,
    )


def ring_name(ring: int) -> str:
    return RING_NAMES[ring]
