"""Synthetic vacancies and job seekers on real ESCO occupations and skills and real places, for the benchmark, the
tests and the demo. Occupations follow a long-tailed popularity (a few hundred occupations carry most vacancies, as
in real vacancy streams); a vacancy asks for part of its occupation's essential and optional skills; a job seeker
has worked in one or two occupations, holds most of their essential skills and a few others, and wants the same or
a neighbouring occupation."""

from __future__ import annotations

import numpy as np

from .geography import ABROAD, BORDER, BRUSSELS_WALLONIA, FLANDERS, Places
from .profiles import CERTIFIED, DECLARED, EXTRACTED, LEVELS, LICENCE_BIT, PersonProfile, VacancyProfile
from .taxonomy import Taxonomy

# Weekly hours a vacancy asks, drawn from these (a repeated value is more likely). Managers and professionals (ISCO major
# groups 1 and 2) are hired full-time almost always (issue 16, point 12: demo data that makes sense).
VACANCY_HOURS = (38, 38, 38, 38, 30, 24, 19)
LEADING_HOURS = (38,) * 9 + (30,)


def vacancy_hours(isco: str, random: np.random.Generator, hours: tuple = VACANCY_HOURS) -> float:
    """A vacancy's weekly hours for an occupation of this ISCO-08 group: `hours`, or mostly full-time for managers and
    professionals."""
    return float(random.choice(LEADING_HOURS if (isco or "")[:1] in ("1", "2") else hours))


class SyntheticMarket:
    def __init__(self, taxonomy: Taxonomy, places: Places, seed: int = 2026) -> None:
        self.taxonomy, self.places = taxonomy, places
        self.random = np.random.default_rng(seed)
        usable = [i for i, o in enumerate(taxonomy.occupations) if len(o.essential) >= 3]
        popularity = 1.0 / np.arange(1, len(usable) + 1) ** 0.9
        self.random.shuffle(usable)
        self.occupations = np.array(usable)
        self.popularity = popularity / popularity.sum()
        by_ring = {ring: np.flatnonzero(places.ring == ring) for ring in (FLANDERS, BRUSSELS_WALLONIA, BORDER, ABROAD)}
        self.by_ring = by_ring

        self._drawn: list[int] = []

    def occupation(self) -> int:
        """An occupation drawn by popularity (the demo draws until one fits a person: `matching.demo_experience`)."""
        return self._occupation()

    def skills_for(self, occupations: list[int], share: tuple[float, float] = (0.4, 0.9)) -> dict[int, str]:
        """Most essential skills of the occupations worked in (a share of them), each declared, extracted from a CV or
        certified."""
        skills: dict[int, str] = {}
        for occupation in occupations:
            for skill in self._sample(self.taxonomy.occupations[occupation].essential, self.random.uniform(*share), 25):
                skills[skill] = str(self.random.choice([DECLARED, EXTRACTED, CERTIFIED], p=[0.45, 0.45, 0.1]))
        return skills

    def _occupation(self) -> int:
        if not self._drawn:  # drawn in bulk: a weighted draw costs as much for one as for thousands
            self._drawn = self.occupations[self.random.choice(len(self.occupations), size=50_000, p=self.popularity)].tolist()
        return self._drawn.pop()

    def _place(self, shares: tuple[float, float, float, float]) -> int:
        roll, ring = self.random.random(), ABROAD
        for candidate, cumulative in zip((FLANDERS, BRUSSELS_WALLONIA, BORDER), np.cumsum(shares)):
            if roll < cumulative:
                ring = candidate
                break
        members = self.by_ring[ring]
        return int(members[self.random.integers(len(members))])

    def _sample(self, items: list[int], share: float, at_most: int) -> list[int]:
        if not items:
            return []
        count = min(at_most, max(1, int(round(len(items) * share))))
        picks = self.random.permutation(len(items))[:count]
        return sorted(items[i] for i in picks)

    def vacancy(self, vacancy_id: int) -> VacancyProfile:
        occupation = self._occupation()
        o = self.taxonomy.occupations[occupation]
        essential = self._sample(o.essential, self.random.uniform(0.3, 0.7), 12)
        optional = self._sample(o.optional, self.random.uniform(0.1, 0.3), 5) if o.optional else []
        languages = {"nl": LEVELS["B1"]} if self.random.random() < 0.75 else {}
        if self.random.random() < 0.15:
            languages["fr"] = LEVELS["B1"]
        if self.random.random() < 0.15:
            languages["en"] = LEVELS["B2"]
        roll = self.random.random()
        return VacancyProfile(
            id=vacancy_id, place=self._place((0.86, 0.1, 0.03, 0.01)), occupation=occupation, essential=essential,
            optional=[s for s in optional if s not in essential], languages=languages,
            hours=vacancy_hours(o.isco, self.random),
            contract=str(self.random.choice(["permanent", "permanent", "fixed_term", "temporary"])),
            licence="B" if roll < 0.12 else "CE" if roll < 0.15 else "",
            certified=essential[0] if self.random.random() < 0.02 and essential else None,
        )

    def person(self, person_id: int) -> PersonProfile:
        worked = [self._occupation() for _ in range(self.random.choice([1, 1, 2]))]
        skills = self.skills_for(worked)
        for skill in self.random.choice(len(self.taxonomy.skills), size=int(self.random.integers(0, 5)), replace=False):
            skills.setdefault(int(skill), DECLARED)
        desired = [worked[0]] if self.random.random() < 0.7 else [self._occupation()]
        place = self._place((0.9, 0.07, 0.02, 0.01))
        abroad = self.places.ring[place] >= BORDER
        languages = {"nl": int(self.random.choice([LEVELS["native"], LEVELS["native"], LEVELS["B2"], LEVELS["B1"], LEVELS["A2"]]))}
        if self.random.random() < 0.4:
            languages["fr"] = int(self.random.choice([LEVELS["A2"], LEVELS["B1"], LEVELS["B2"]]))
        if self.random.random() < 0.5:
            languages["en"] = int(self.random.choice([LEVELS["A2"], LEVELS["B1"], LEVELS["B2"], LEVELS["C1"]]))
        part_time = self.random.random() < 0.15
        licences = LICENCE_BIT["B"] if self.random.random() < 0.65 else 0
        if self.random.random() < 0.04:
            licences |= LICENCE_BIT["CE"]
        return PersonProfile(
            id=person_id, place=place, skills=skills,
            experience={o: float(self.random.integers(1, 15)) for o in worked}, desired=desired,
            education=int(self.random.integers(1, 8)), languages=languages,
            max_commute_km=float(self.random.choice([20, 30, 40, 40, 60])),
            hours_min=19.0 if part_time else 30.0, hours_max=30.0 if part_time else 40.0,
            licences=licences, relocate=bool(abroad and self.random.random() < 0.6),
        )

    def vacancies(self, count: int, first_id: int = 1) -> list[VacancyProfile]:
        return [self.vacancy(first_id + i) for i in range(count)]

    def persons(self, count: int, first_id: int = 1) -> list[PersonProfile]:
        return [self.person(first_id + i) for i in range(count)]
