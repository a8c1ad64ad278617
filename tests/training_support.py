"""Helpers for the training tests: providers, valid course records on real ESCO skills."""

from __future__ import annotations

import datetime as dt
import itertools

from werkregie.matching.platform import taxonomy
from werkregie.training.models import Provider

_serial = itertools.count(1)
OCCUPATION = "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4"  # vrachtwagenchauffeur


def essential(occupation: str = OCCUPATION) -> list[str]:
    tax = taxonomy()
    o = tax.occupations[tax.occupation_index[occupation]]
    return [tax.skills[s].uri for s in dict.fromkeys(o.essential)]


def provider(**overrides) -> Provider:
    n = next(_serial)
    values = {"code": f"test-provider-{n}", "name": f"Testopleider {n}", "sector": "public", "family": "cvo", "municipality_id": "44021"}
    values.update(overrides)
    return Provider.objects.create(**values)


def record(course_id: str = "C-1", **overrides) -> dict:
    values = {
        "course_id": course_id, "title_nl": f"Opleiding {course_id}", "skills": essential()[:2], "eqf_level": 3, "hours": 40,
        "cost": "250.00", "modality": "classroom", "municipality": "44021", "financing": ["learning_account", "opleidingscheques"],
        "sessions": [{"session_id": "S1", "start": (dt.date.today() + dt.timedelta(days=30)).isoformat(), "places": 12, "free_places": 10}],
    }
    values.update(overrides)
    return values


def book_as_quoted(principal, session_id: int, person_id: int | None = None):  # noqa: ANN001, ANN201 - a Principal; a Booking
    """Book as the confirmation step does since the attack on issue 13: the person accepts the quote shown to them."""
    from werkregie.training.use_cases import booking

    return booking.book(principal, session_id, person_id, accepted=booking.quote(principal, session_id, person_id).acceptance)
