"""Attack of issue 11, finding 2 and 10: the host municipality read VDAB's refusal reason (a medical certificate) of a
community assignment in the API and on the page, and `can_record_attendance` was true on a refused assignment."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.community import use_cases as uc
from werkregie.core import clock

from . import community_support as cs
from . import factories as f
from .test_community_api import bearer, w  # noqa: F401 - fixture

SECRET = "medisch attest van dokter Peeters"


@pytest.fixture
def refused(w):  # noqa: F811
    with clock.travel_to(cs.TODAY):
        a = uc.propose(f.principal(w["counsellor"]), w["long2"].pk, w["library"].pk)
        return uc.transition(f.principal(w["counsellor"]), a.pk, "refuse", reason=SECRET, good_reason=True)


def test_municipality_sees_that_an_assignment_was_refused_not_why(w, refused):  # noqa: F811
    headers = bearer(w["municipality"])
    with clock.travel_to(cs.TODAY):
        detail = Client().get(f"/api/v1/community/assignments/{refused.pk}", **headers)
        listed = Client().get("/api/v1/community/assignments", **headers)
        c = Client()
        c.force_login(w["municipality"])
        page = c.get(f"/gemeente/gemeenschapsdienst/toewijzingen/{refused.pk}/")
    assert detail.status_code == 200 and detail.json()["state"] == "refused" and detail.json()["end_reason"] == ""
    assert SECRET not in detail.content.decode() and SECRET not in listed.content.decode()
    assert refused.pk in {a["id"] for a in listed.json()}
    assert page.status_code == 200 and SECRET not in page.content.decode()
    counsellor = Client().get(f"/api/v1/community/assignments/{refused.pk}", **bearer(w["counsellor"])).json()
    assert counsellor["end_reason"] == SECRET  # VDAB keeps its own judgement


def test_a_municipalitys_own_stop_reason_stays_visible_to_it(w):  # noqa: F811
    with clock.travel_to(cs.TODAY):
        uc.transition(f.principal(w["municipality"]), w["mine"].pk, "stop", reason="De activiteit stopt wegens verbouwing")
        detail = Client().get(f"/api/v1/community/assignments/{w['mine'].pk}", **bearer(w["municipality"])).json()
    assert detail["end_reason"] == "De activiteit stopt wegens verbouwing"


def test_no_hours_can_be_recorded_on_a_refused_assignment(w, refused):  # noqa: F811
    headers = bearer(w["municipality"])
    with clock.travel_to(cs.TODAY):
        detail = Client().get(f"/api/v1/community/assignments/{refused.pk}", **headers).json()
        hours = Client().put(f"/api/v1/community/assignments/{refused.pk}/attendance", {"hours": {"2026-02-03": 4}, "version": detail["version"]},
                             content_type="application/json", **headers)
    assert detail["can_record_attendance"] is False
    assert hours.status_code in (403, 422) and hours["content-type"] == "application/problem+json"
    assert not refused.attendance.exists()
