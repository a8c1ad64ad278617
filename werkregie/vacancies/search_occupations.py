"""The occupation filter of the public vacancy search (issue 12, point 7): the ESCO occupations of the open vacancies,
the most common first cut at MOST, shown by their label in the reader's language, alphabetically (the page's select,
`GET /api/v1/vacancies/search/occupations`). Counted by one GROUP BY over the open vacancies, kept per process for
KEEP_SECONDS (the filters' index holds the occupation: an index-only scan on PostgreSQL), so a search never waits on
it more than once in a while. Public data only: nothing is logged."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count

from .models import Vacancy

MOST = 300  # a select longer than this helps nobody; a rarer occupation is still found by its words or by URI
KEEP_SECONDS = 600
_COUNTS: dict[str, tuple[float, list[tuple[str, int]]]] = {}  # per database alias: (read at, [(uri, open vacancies)])


@dataclass(frozen=True)
class Choice:
    uri: str
    label: str
    count: int


def forget() -> None:
    """Read the counts again at the next call (tests; after a bulk import nothing needs it: they age out)."""
    _COUNTS.clear()


def _counts() -> list[tuple[str, int]]:
    cached = _COUNTS.get(connection.alias)
    if cached is not None and time.monotonic() - cached[0] < KEEP_SECONDS:
        return cached[1]
    rows = (Vacancy.objects.filter(open=True).exclude(occupation_uri="").values("occupation_uri")
            .annotate(n=Count("pk")).order_by("-n", "occupation_uri")[:MOST])
    found = [(r["occupation_uri"], r["n"]) for r in rows]
    _COUNTS[connection.alias] = (time.monotonic(), found)
    return found


def label(uri: str, language: str) -> str:
    """An occupation's label in the language (its URI when the taxonomy does not know it)."""
    from werkregie.matching.platform import taxonomy

    tax = taxonomy()
    index = tax.occupation_index.get(uri)
    return tax.occupations[index].label(language) if index is not None else uri


def choices(language: str = "nl") -> list[Choice]:
    """The occupations of the open vacancies (at most MOST, the most common), by label."""
    found = [Choice(uri, label(uri, language), n) for uri, n in _counts()]
    return sorted(found, key=lambda c: (c.label.casefold(), c.uri))
