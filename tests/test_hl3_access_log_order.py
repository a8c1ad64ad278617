"""Re-walk of issue 16: the citizen's access log ordered by when entries were written, not by the moment shown (the
demo backdates reads); and the consultations page named a partner in lower case beside capitalised roles."""

from __future__ import annotations

import datetime as dt

from django.test import Client

from werkregie.access.citizen import filter_choices
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.core import clock

from . import factories as f


def test_the_access_log_is_ordered_by_the_moment_shown(db):
    person = f.person()
    counsellor = f.principal(f.user(Role.COUNSELLOR))
    with clock.travel_to(dt.date(2026, 3, 2)):
        record_access(counsellor.actor(), [person.pk], "persoonsgegevens: identity", "guidance", "web")
    with clock.travel_to(dt.date(2025, 6, 1)):  # written later, dated earlier
        record_access(counsellor.actor(), [person.pk], "persoonsgegevens: contact", "guidance", "web")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {f.token(f.user(Role.CITIZEN, person=person))}")
    items = client.get("/api/v1/me/access-log").json()["items"]
    moments = [item["at"] for item in items]
    assert len(moments) == 2 and moments == sorted(moments, reverse=True)


def test_the_who_filter_capitalises_every_choice(db):
    labels = [label for _value, label in filter_choices()["roles"]]
    assert "Partnerorganisatie" in labels and "Bezoeker van uw gedeelde link" in labels
    assert all(label[:1].isupper() for label in labels), labels
