"""What matching knows of a person and of a vacancy: plain data, indexes into the shipped taxonomy and places."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

LEVELS = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, "native": 7}
LEVEL_NAMES = {v: k for k, v in LEVELS.items()}
MATCH_LANGUAGES = ("nl", "fr", "en", "de")  # the languages a vacancy may ask for (the index keeps one column each)
LICENCES = ("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "G")
LICENCE_BIT = {code: 1 << i for i, code in enumerate(LICENCES)}

DECLARED, EXTRACTED, CERTIFIED, IMPLIED = "declared", "extracted", "certified", "implied"
SKILL_SOURCES = (DECLARED, EXTRACTED, CERTIFIED, IMPLIED)
FULL_TIME_HOURS = 38.0


def licence_mask(codes: list[str] | tuple[str, ...] | set[str]) -> int:
    return sum(LICENCE_BIT.get(c, 0) for c in set(codes))


@dataclass
class PersonProfile:
    id: int
    place: int  # position in geography.places()
    skills: dict[int, str] = field(default_factory=dict)  # skill index -> source
    experience: dict[int, float] = field(default_factory=dict)  # occupation index -> years
    desired: list[int] = field(default_factory=list)  # occupation indexes
    education: int | None = None  # ISCED
    languages: dict[str, int] = field(default_factory=dict)  # language -> level (LEVELS)
    max_commute_km: float = 40.0
    hours_min: float = 0.0
    hours_max: float = FULL_TIME_HOURS
    licences: int = 0  # bit mask of LICENCES
    relocate: bool = False  # willing to move: no commute limit, no distance credit

    @property
    def certified(self) -> set[int]:
        return {s for s, source in self.skills.items() if source == CERTIFIED}

    @property
    def occupations(self) -> set[int]:
        return set(self.experience) | set(self.desired)

    def without_suggestions(self) -> PersonProfile:
        """The profile a decision with consequences (suitability, sanctions) is judged on: the skills the extraction
        only implied and nobody confirmed yet (source implied) left out. Ranking may use the whole profile."""
        return replace(self, skills={s: source for s, source in self.skills.items() if source != IMPLIED})


@dataclass
class VacancyProfile:
    id: int
    place: int
    occupation: int | None  # occupation index
    essential: list[int] = field(default_factory=list)  # skill indexes the vacancy requires
    optional: list[int] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)  # language -> minimum level
    hours: float = FULL_TIME_HOURS
    contract: str = "permanent"
    licence: str = ""  # a driving licence the job legally needs ("" for none)
    certified: int | None = None  # a skill that must be certified (a legal requirement: e.g. a VCA or forklift certificate)
