"""Walk and attack: a municipality worker (Gent) created a community-service activity in another municipality
(Antwerpen) and moved its own to there. A worker holds activities in its own municipality only: elsewhere is refused
naming the field (use case: InvalidInput; API: a 422 problem; page: the error beside the field), nothing changed.
An admin still plans in any municipality."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.community import use_cases as uc
from werkregie.community.models import Activity
from werkregie.core import clock
from werkregie.core.errors import InvalidInput

from . import community_support as cs
from . import factories as f

ANTWERPEN = "11002"
ACTIVITY = {"kind": "community_service", "title": "Sorteren in de kringwinkel", "host_name": "Kringwinkel vzw", "host_kind": "non_profit",
            "address": "Dok Noord 2", "hours_per_week": 8, "capacity": 2, "start": "2026-04-01"}


@pytest.fixture
def w(db):
    with clock.travel_to(cs.TODAY):
        yield cs.world()


def bearer(user) -> dict:  # noqa: ANN001
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def _state(activity: Activity) -> tuple:
    activity.refresh_from_db()
    return activity.municipality_id, activity.version, activity.title


def test_use_case_refuses_another_municipality(w):
    before = Activity.objects.count()
    with pytest.raises(InvalidInput) as exc:
        uc.create_activity(f.principal(w["municipality"]), {**ACTIVITY, "municipality": ANTWERPEN})
    [error] = [e for e in exc.value.errors if e.field == "municipality"]
    assert "eigen gemeente" in error.message and "Gent" in error.message
    assert Activity.objects.count() == before
    own = uc.create_activity(f.principal(w["municipality"]), {**ACTIVITY, "municipality": cs.GENT})
    assert own.municipality_id == cs.GENT and own.owner_id == w["gent"].pk
    admin = uc.create_activity(f.principal(w["admin"]), {**ACTIVITY, "municipality": ANTWERPEN})
    assert admin.municipality_id == ANTWERPEN and admin.owner_id == w["antwerp"].pk


def test_api_create_and_change_elsewhere_are_problems_naming_the_field(w):
    client, headers = Client(), bearer(w["municipality"])
    before = Activity.objects.count()
    created = client.post("/api/v1/community/activities", {**ACTIVITY, "municipality": ANTWERPEN}, content_type="application/json", **headers)
    assert created.status_code == 422 and created["content-type"] == "application/problem+json"
    assert [e["field"] for e in created.json()["errors"]] == ["municipality"]
    assert Activity.objects.count() == before
    library = w["library"]
    was = _state(library)
    moved = client.put(f"/api/v1/community/activities/{library.pk}", {"version": library.version, "municipality": ANTWERPEN, "title": "Elders"},
                       content_type="application/json", **headers)
    assert moved.status_code == 422 and [e["field"] for e in moved.json()["errors"]] == ["municipality"]
    assert _state(library) == was
    ok = client.put(f"/api/v1/community/activities/{library.pk}", {"version": library.version, "capacity": 4}, content_type="application/json", **headers)
    assert ok.status_code == 200


def test_page_offers_only_the_own_municipality_and_refuses_another(w):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(w["municipality"])
    form = client.get("/gemeente/gemeenschapsdienst/activiteiten/nieuw/").context["form"]
    assert [code for code, _name in form.fields["municipality"].choices] == ["", cs.GENT]
    before = Activity.objects.count()
    page = {**ACTIVITY, "start": "01/04/2026", "municipality": ANTWERPEN}
    refused = client.post("/gemeente/gemeenschapsdienst/activiteiten/nieuw/", page)
    assert refused.status_code == 422 and "municipality" in refused.context["form"].errors
    assert Activity.objects.count() == before
    library = w["library"]
    was = _state(library)
    edit = client.post(f"/gemeente/gemeenschapsdienst/activiteiten/{library.pk}/", {**page, "version": str(library.version)})
    assert edit.status_code == 422 and "municipality" in edit.context["form"].errors
    assert _state(library) == was
    admin = Client(HTTP_ACCEPT_LANGUAGE="nl")
    admin.force_login(w["admin"])
    choices = admin.get("/gemeente/gemeenschapsdienst/activiteiten/nieuw/").context["form"].fields["municipality"].choices
    assert {cs.GENT, ANTWERPEN} <= {code for code, _name in choices}
