"""Skill gaps: what a person lacks for a target occupation, most asked-for first."""

from __future__ import annotations

from dataclasses import dataclass

from .taxonomy import Taxonomy, label_language


@dataclass(frozen=True)
class Gap:
    skill: int
    uri: str
    label: str
    type: str
    open_vacancies: int  # open vacancies that ask for the skill (essential or optional)
    lang: str = "en"  # the language of `label`


def skill_gaps(taxonomy: Taxonomy, person_skills: set[int], occupation: int, demand: dict[int, int], language: str = "nl") -> list[Gap]:
    """The occupation's essential skills the person lacks, ordered by how many open vacancies ask for them, then by label."""
    missing = [s for s in dict.fromkeys(taxonomy.occupations[occupation].essential) if s not in person_skills]
    gaps = [Gap(s, taxonomy.skills[s].uri, taxonomy.skills[s].label(language), taxonomy.skills[s].type, demand.get(s, 0),
                label_language(taxonomy.skills[s].labels, language)) for s in missing]
    return sorted(gaps, key=lambda g: (-g.open_vacancies, g.label.lower()))
