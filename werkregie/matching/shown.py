"""Which matches a list shows, one definition for every reader (issue 16, point 3): the citizen's "Vacatures voor mij",
the counsellor's best vacancies for a person and a vacancy's candidate list (pages and API) show only results scoring
at least MATCHING_SHOWN_SCORE, or pinned by a counsellor; under FEW_RESULTS of them the page says so. A counsellor or an
employer may still open the weaker ones, on request; a list is never filled up with them. The employer's pseudonymised
suggestions (vacancies/candidates.py) offer none under MATCHING_SHOWN_SCORE, on the score they show (without distance)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from django.conf import settings

FEW_RESULTS = 5  # under this many good results the page says so, with what to do

R = TypeVar("R")


def min_score(include_weaker: bool = False) -> float:
    return 0.0 if include_weaker else settings.MATCHING_SHOWN_SCORE


def relevant(result) -> bool:  # noqa: ANN001 - a VacancyResult or CandidateResult (both have .explained)
    return result.explained.pinned or result.explained.score >= settings.MATCHING_SHOWN_SCORE


@dataclass
class Shown(Generic[R]):
    good: list[R]
    weaker: list[R]
    threshold: float

    @property
    def few(self) -> bool:
        return len(self.good) < FEW_RESULTS


def split(results: list[R]) -> Shown[R]:
    """The results worth showing first, and the weaker ones (in their order) for who asks for them."""
    return Shown([r for r in results if relevant(r)], [r for r in results if not relevant(r)], settings.MATCHING_SHOWN_SCORE)


ENDED_OWN = ("rejected", "withdrawn")  # an application of the person's own that ended without a hire


def with_own_applications(results: list[R], applications: list) -> list[R]:
    """The citizen's "Vacatures voor mij" says on each vacancy whether they already applied (issue 16, walk): a vacancy
    they were not retained for, or withdrew from, came first without a word. Each result gets its application (or
    None); the ones whose application ended come after the others, in their order, marked as such."""
    by_vacancy = {a.vacancy_id: a for a in applications}
    for r in results:
        r.application = by_vacancy.get(r.vacancy.pk)
    return sorted(results, key=lambda r: r.application is not None and r.application.state in ENDED_OWN)
