"""A match index that follows edits without a rebuild: a base index (a full build) plus the persons and vacancies
changed since, kept as a second, small index. The changed rows are masked in the base (`MatchIndex.without`: the
arrays are shared, only two boolean masks are copied), their new versions live in the overlay, and each query runs
on both and merges: the result is exactly what a full rebuild on the current profiles would answer
(tests/test_matching_live.py holds the two equal on random edits).

Applying changes returns a new LiveIndex (the old one stays valid for a query still running on it). When the overlay
grows past a few thousand rows, a full rebuild in the background folds it into a new base (platform.py).
"""

from __future__ import annotations

import numpy as np

from .geography import Places
from .index import OTHERS_BOUND, CandidateList, CandidatePool, Match, MatchIndex
from .profiles import PersonProfile, VacancyProfile
from .taxonomy import Taxonomy

RECENT_LIMIT = 256  # rows in the small, newest layer; beyond it they move into the older overlay


class LiveIndex:
    """Layers: the base (masked where anything changed), an older overlay (masked where the newest changed again) and
    the newest, small overlay. Each change rebuilds only the newest layer (at most RECENT_LIMIT rows, milliseconds);
    the older overlay is rebuilt when the newest one spills over."""

    def __init__(self, base: MatchIndex, vacancies: dict[int, VacancyProfile | None] | None = None,
                 persons: dict[int, PersonProfile | None] | None = None,
                 recent: tuple[dict[int, VacancyProfile | None], dict[int, PersonProfile | None]] | None = None) -> None:
        """`vacancies` / `persons`: every changed one since the base, by id, with its current profile, or None where the
        vacancy or person has left the index (closed, deleted, no longer a job seeker). `recent`: those of them that
        go into the newest layer (default: none; all in the older overlay)."""
        self.full_base = base
        self.changed_vacancies: dict[int, VacancyProfile | None] = dict(vacancies or {})
        self.changed_persons: dict[int, PersonProfile | None] = dict(persons or {})
        self.recent = recent or ({}, {})
        older = ({i: v for i, v in self.changed_vacancies.items() if i not in self.recent[0]},
                 {i: p for i, p in self.changed_persons.items() if i not in self.recent[1]})
        changed = self.changed_vacancies or self.changed_persons
        self.base = base.without(self.changed_vacancies, self.changed_persons) if changed else base
        self.older, self.newest = self._layer(*older), self._layer(*self.recent)

    @property
    def overlays(self) -> list[MatchIndex]:
        return [index for index in (self.older, self.newest) if index is not None]

    def _layer(self, vacancies: dict[int, VacancyProfile | None], persons: dict[int, PersonProfile | None]) -> MatchIndex | None:
        present_v = [v for v in vacancies.values() if v is not None]
        present_p = [p for p in persons.values() if p is not None]
        if not present_v and not present_p:
            return None
        return MatchIndex(self.full_base.taxonomy, self.full_base.places, present_v, present_p, groups=self.full_base.groups)

    @property
    def taxonomy(self) -> Taxonomy:
        return self.full_base.taxonomy

    @property
    def places(self) -> Places:
        return self.full_base.places

    def changed(self) -> int:
        return len(self.changed_vacancies) + len(self.changed_persons)

    def applied(self, vacancies: dict[int, VacancyProfile | None], persons: dict[int, PersonProfile | None]) -> LiveIndex:
        """A new LiveIndex with these changes on top of this one's (the same base). Only the newest layer is rebuilt,
        unless it spills over (then the older overlay takes everything)."""
        if not vacancies and not persons:
            return self
        recent = ({**self.recent[0], **vacancies}, {**self.recent[1], **persons})
        all_v, all_p = {**self.changed_vacancies, **vacancies}, {**self.changed_persons, **persons}
        if len(recent[0]) + len(recent[1]) > RECENT_LIMIT:
            return LiveIndex(self.full_base, all_v, all_p)
        return self._with_recent(all_v, all_p, recent)

    def _with_recent(self, all_v: dict, all_p: dict, recent: tuple[dict, dict]) -> LiveIndex:
        """The older overlay kept (masked where the newest layer changed it again), the newest rebuilt."""
        copy = object.__new__(LiveIndex)
        copy.full_base, copy.changed_vacancies, copy.changed_persons, copy.recent = self.full_base, all_v, all_p, recent
        copy.base = self.full_base.without(all_v, all_p)
        copy.older = self.older.without(recent[0], recent[1]) if self.older is not None else None
        copy.newest = copy._layer(*recent)
        return copy

    def vacancies_for(self, person: PersonProfile, top: int = 20, exclude: set[int] | frozenset = frozenset(),
                      pinned: list[int] | tuple = (), within_hours: bool = False) -> list[Match]:
        found = self.base.vacancies_for(person, top=top, exclude=exclude, pinned=pinned, within_hours=within_hours)
        overlays = [o for o in self.overlays if len(o.v_id)]
        if not overlays:
            return found
        for overlay in overlays:
            found += overlay.vacancies_for(person, top=top, exclude=exclude, pinned=pinned, within_hours=within_hours)
        order = sorted(found, key=lambda m: (not m.pinned, -m.score, m.id))
        return [m for m in order if m.pinned] + [m for m in order if not m.pinned][:top]

    def candidates_for(self, vacancy: VacancyProfile, top: int = 50, among: np.ndarray | None = None, min_good: int = 10,
                       good_score: float = 50.0, exclude: set[int] | frozenset = frozenset(), pinned: list[int] | tuple = ()) -> CandidateList:
        def pool(pruned: bool) -> CandidatePool:
            found = self.base.candidate_pool(vacancy, among, exclude, pinned, pruned)
            for overlay in self.overlays:
                if len(overlay.p_id):
                    found = found + overlay.candidate_pool(vacancy, among, exclude, pinned, pruned=False)
            return found

        pruned = good_score > OTHERS_BOUND
        found = pool(pruned).select(top, min_good, good_score, pinned)
        if pruned and not CandidatePool.complete(found, top):
            found = pool(False).select(top, min_good, good_score, pinned)
        return found

    def vacancy_profile(self, vacancy_id: int) -> VacancyProfile:
        changed = self.changed_vacancies.get(vacancy_id)
        return changed if changed is not None else self.base.vacancy_profile(vacancy_id)

    def open_vacancies_asking(self, skills: list[int]) -> dict[int, int]:
        counts = self.base.open_vacancies_asking(skills)
        for overlay in self.overlays:
            for skill, count in overlay.open_vacancies_asking(skills).items():
                counts[skill] = counts.get(skill, 0) + count
        return counts

    def nbytes(self) -> int:
        return self.full_base.nbytes() + sum(o.nbytes() for o in self.overlays)
