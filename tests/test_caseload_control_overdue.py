"""Issue 16 point 9 (walk finding): the controller's overview marks a passed control deadline "te laat" in words, as the
screening and agreement due dates beside it, by the injected clock; the "Eerst aan de beurt" line says so too."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.core import clock

TODAY = dt.date(2026, 11, 30)
pytestmark = pytest.mark.django_db


def test_controller_sees_a_passed_control_deadline_marked_late(ref):
    from werkregie.compliance import services
    from werkregie.compliance.models import Case

    late = f.person(first_name="Tom", last_name="Laat")
    soon = f.person(first_name="Els", last_name="Straks")
    for p in (late, soon):
        f.episode(p, "jobseeker_benefit", dt.date(2026, 1, 1))
    with clock.travel_to(TODAY):
        for i, (p, deadline) in enumerate(((late, dt.date(2026, 11, 10)), (soon, dt.date(2026, 12, 20)))):
            case = services.open_case(p.pk, "missed_appointment", source=("appointment", 900 + i),
                                      facts={"occurred_on": "2026-10-01", "summary": "Niet verschenen."})
            Case.objects.filter(pk=case.pk).update(deadline=deadline)
        client = Client()
        client.force_login(f.user(Role.CONTROLLER))
        page = client.get("/caseload/").content.decode()
    rows = page[page.index("<tbody>"):]
    late_row = rows[rows.index("Laat, Tom"):]
    late_row = late_row[: late_row.index("</tr>")]
    soon_row = rows[rows.index("Straks, Els"):]
    soon_row = soon_row[: soon_row.index("</tr>")]
    assert "10/11/2026" in late_row and "te laat" in late_row
    assert "20/12/2026" in soon_row and "te laat" not in soon_row
    notice = page[page.index("Eerst aan de beurt"): page.index("</p>", page.index("Eerst aan de beurt"))]
    assert "Tom Laat" in notice and "te laat" in notice
