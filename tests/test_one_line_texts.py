"""Attack of stop 26: one-line texts of the workflow domains kept control characters — a step title with U+202E
(which reverses what the citizen reads), an activity title with a line break (which splits the letter's subject line).
Every CharField of trajectories, community, compliance and appointments now refuses them, naming the field, and
nothing is stored."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from tests import factories
from tests.trajectories_support import caseload
from werkregie.core import clock
from werkregie.core.text import one_line_problem
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Agreement, AgreementStep

DAY = dt.date(2026, 3, 2)


def _bearer(user) -> dict:  # noqa: ANN001
    return {"HTTP_AUTHORIZATION": f"Bearer {factories.token(user)}"}


@pytest.mark.parametrize("text", ["Sollicit\u202eeren", "Twee\nregels", "Met\r\nregeleinde", "Nul\x00teken", "Zero\u200bwidth"])
def test_the_one_line_rule(text):
    assert one_line_problem(text)
    assert one_line_problem("Sollicitatietraining bij Jobkanaal (4 weken), niveau B1 – Gent") is None


@pytest.fixture
def draft(ref):
    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        trajectory = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        agreement = uc.create_agreement(factories.principal(counsellor), trajectory.pk, title="Afsprakenblad", level="sheet")
        yield counsellor, agreement


def test_the_api_refuses_a_step_title_with_a_bidirectional_control(draft):
    counsellor, agreement = draft
    body = {"kind": "training", "title": "Opleiding \u202eheftruck", "due_on": "2026-05-01", "version": agreement.version}
    with clock.travel_to(DAY):
        r = Client().post(f"/api/v1/trajectories/agreements/{agreement.pk}/steps", json.dumps(body), content_type="application/json",
                          **_bearer(counsellor))
    assert r.status_code == 422 and r["content-type"] == "application/problem+json"
    assert [e["field"] for e in r.json()["errors"]] == ["title"] and "U+202E" in r.json()["errors"][0]["message"]
    assert not AgreementStep.objects.exists()


def test_the_api_refuses_an_agreement_title_with_a_line_break(draft):
    counsellor, agreement = draft
    with clock.travel_to(DAY):
        r = Client().patch(f"/api/v1/trajectories/agreements/{agreement.pk}", json.dumps({"title": "Afspraken\r\nBcc: iedereen", "version": agreement.version}),
                           content_type="application/json", **_bearer(counsellor))
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "title"
    assert Agreement.objects.get(pk=agreement.pk).title == "Afsprakenblad"


def test_the_step_form_shows_the_error_and_keeps_what_was_typed(draft):
    counsellor, agreement = draft
    client = Client()
    client.force_login(counsellor)
    with clock.travel_to(DAY):
        r = client.post(f"/personen/{agreement.trajectory.person_id}/traject/actie/", {
            "action": "add_step", "id": agreement.pk, "version": agreement.version, "kind": "training", "title": "Opleiding \u202eheftruck",
            "due_on": "01/05/2026", "evidence_kind": "upload"})
    page = r.content.decode()
    assert r.status_code == 422 and "error-summary" in page and "U+202E" in page
    assert not AgreementStep.objects.exists()


def test_a_community_activity_title_with_a_line_break_is_refused(ref):
    from werkregie.accounts.models import Role
    from werkregie.community.models import Activity
    from werkregie.organisations.models import OrganisationKind

    from .test_community_api import ACTIVITY

    gent = factories.organisation(OrganisationKind.MUNICIPALITY, municipality_id="44021")
    worker = factories.user(Role.MUNICIPALITY, gent)
    with clock.travel_to(DAY):
        r = Client().post("/api/v1/community/activities", {**ACTIVITY, "title": "Sorteren\nin de kringwinkel"}, content_type="application/json",
                          **_bearer(worker))
    assert r.status_code == 422 and "title" in {e["field"] for e in r.json()["errors"]}
    assert not Activity.objects.exists()
