"""Findings fixed in community service: only VDAB records a refusal (the municipality gets 403, API and page), the
municipality never sees whether a reason was judged good nor the compliance case, and week pages survive extreme dates."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.community import use_cases as uc
from werkregie.community.models import Assignment
from werkregie.compliance.models import Case
from werkregie.core import clock

from . import community_support as cs
from . import factories as f
from .test_community_api import bearer, w  # noqa: F401 - the shared fixture


def _proposed(w):  # noqa: ANN001, ANN202, F811
    with clock.travel_to(cs.TODAY):
        return uc.propose(f.principal(w["counsellor"]), w["long2"].pk, w["library"].pk)


def test_municipality_cannot_record_a_refusal_over_the_api(w):  # noqa: F811
    a = _proposed(w)
    with clock.travel_to(cs.TODAY):
        r = Client().post(f"/api/v1/community/assignments/{a.pk}/transitions",
                          {"name": "refuse", "good_reason": False, "reason": "wil niet", "version": a.version},
                          content_type="application/json", **bearer(w["municipality"]))
    assert r.status_code == 403, r.content
    assert Assignment.objects.get(pk=a.pk).state == "proposed"
    assert not Case.objects.filter(source_workflow="community_assignment", source_id=a.pk).exists()
    detail = Client().get(f"/api/v1/community/assignments/{a.pk}", **bearer(w["municipality"])).json()
    assert "refuse" not in detail["transitions"]
    # the counsellor may
    with clock.travel_to(cs.TODAY):
        ok = Client().post(f"/api/v1/community/assignments/{a.pk}/transitions",
                           {"name": "refuse", "good_reason": False, "reason": "wil niet", "version": a.version},
                           content_type="application/json", **bearer(w["counsellor"]))
    assert ok.status_code == 200 and ok.json()["compliance_case_id"] is not None


def test_municipality_cannot_record_a_refusal_on_the_page(w):  # noqa: F811
    a = _proposed(w)
    client = Client()
    client.force_login(w["municipality"])
    with clock.travel_to(cs.TODAY):
        url = f"/gemeente/gemeenschapsdienst/toewijzingen/{a.pk}/"
        assert "Weigering registreren" not in client.get(url).content.decode()
        r = client.post(url, {"form": "transition", "name": "refuse", "version": str(a.version), "reason": "wil niet", "good_reason": "false"})
    assert r.status_code == 403
    assert Assignment.objects.get(pk=a.pk).state == "proposed"


def test_municipality_does_not_see_the_judgement_nor_the_case(w):  # noqa: F811
    a = _proposed(w)
    with clock.travel_to(cs.TODAY):
        uc.transition(f.principal(w["counsellor"]), a.pk, "refuse", reason="Wil niet", good_reason=False)
    assert Assignment.objects.get(pk=a.pk).compliance_case_id is not None
    for user, shown in ((w["municipality"], False), (w["counsellor"], True)):
        client, headers = Client(), bearer(user)
        listing = [x for x in client.get("/api/v1/community/assignments", **headers).json() if x["id"] == a.pk]
        detail = client.get(f"/api/v1/community/assignments/{a.pk}", **headers).json()
        for item in (listing[0], detail):
            assert ("compliance_case_id" in item and "good_reason" in item) is shown
            if shown:
                assert item["compliance_case_id"] is not None and item["good_reason"] is False
        client.force_login(user)
        with clock.travel_to(cs.TODAY):
            page = client.get(f"/gemeente/gemeenschapsdienst/toewijzingen/{a.pk}/").content.decode()
        assert ("controledossier geopend" in page) is shown


@pytest.mark.parametrize("week", ["0001-01-01", "0001-01-07", "9999-12-31", "9999-12-27"])
def test_week_page_survives_extreme_dates(w, week):  # noqa: F811
    client = Client()
    client.force_login(w["municipality"])
    with clock.travel_to(cs.TODAY):
        r = client.get(f"/gemeente/gemeenschapsdienst/toewijzingen/{w['mine'].pk}/?week={week}")
        posted = client.post(f"/gemeente/gemeenschapsdienst/toewijzingen/{w['mine'].pk}/?week={week}", {"form": "week", "week": week})
    assert r.status_code == 200
    assert posted.status_code in (302, 422)


def test_saving_hours_does_not_jump_past_the_messages(w):  # noqa: F811
    client = Client()
    client.force_login(w["municipality"])
    with clock.travel_to(cs.TODAY):
        r = client.post(f"/gemeente/gemeenschapsdienst/toewijzingen/{w['mine'].pk}/", {"form": "week", "week": "2026-02-02", "d20260203": "4",
                                                                                   "version": Assignment.objects.get(pk=w["mine"].pk).version})
    assert r.status_code == 302 and "#" not in r["Location"]
