"""The person's matching profile as careers uses it: read through matching's use case (logged there), and written
only through matching's `update_profile` (its checks, versions and locks), never by hand."""

from __future__ import annotations

from werkregie.accounts.principal import Principal
from werkregie.matching import profile_use_cases as matching
from werkregie.matching.models import PersonSkill, SkillSource


def certify_skills(principal: Principal, person_id: int, uris: list[str]) -> None:
    """Make these skills certified competences of the person, keeping every other competence as it is."""
    if not uris:
        return
    current = dict(PersonSkill.objects.filter(person_id=person_id).values_list("skill_uri", "source"))
    current.update({uri: SkillSource.CERTIFIED for uri in uris})
    matching.update_profile(principal, person_id, {"skills": [{"uri": u, "source": s} for u, s in current.items()]}, log=False)


def set_targets(principal: Principal, person_id: int, uris: list[str], expected_version: int | None) -> dict:
    return matching.update_profile(principal, person_id, {"desired_occupations": uris}, log=False, expected_version=expected_version)
