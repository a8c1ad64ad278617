"""PATCH changes only the fields sent: a step's details, or an agreement's notes, are not cleared when the client
leaves them out (a counsellor who patched a step's title once lost its booking details)."""

import datetime as dt
import json

import pytest

from tests import factories
from tests.trajectories_support import accepted_agreement, caseload
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Agreement, AgreementStep

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def setting(ref):
    with clock.travel_to(DAY):
        yield caseload()


def _patch(client, url: str, body: dict, user):  # noqa: ANN001, ANN202
    return client.patch(url, data=json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(user)}")


def test_patching_a_step_keeps_the_fields_not_sent(setting, client):
    counsellor, person, citizen = setting
    _, agreement = accepted_agreement(counsellor, person, citizen)
    step = agreement.steps.get()
    AgreementStep.objects.filter(pk=step.pk).update(details="Boeking bij de opleider: heftruck, groep 1", hours_per_month=20)
    step.refresh_from_db()
    r = _patch(client, f"/api/v1/trajectories/steps/{step.pk}", {"version": step.version, "title": "Opleiding heftruck (avond)"}, counsellor)
    assert r.status_code == 200, r.content
    body = r.json()
    assert body["title"] == "Opleiding heftruck (avond)"
    assert (body["details"], body["kind"], body["due_on"], body["evidence_kind"], body["hours_per_month"]) == (
        "Boeking bij de opleider: heftruck, groep 1", "training", step.due_on.isoformat(), "upload", 20)
    r = _patch(client, f"/api/v1/trajectories/steps/{body['id']}", {"version": body["version"], "details": ""}, counsellor)
    assert r.status_code == 200, r.content
    assert (r.json()["details"], r.json()["title"]) == ("", "Opleiding heftruck (avond)")  # a field sent empty is cleared


def test_patching_a_step_with_a_bad_field_changes_nothing(setting, client):
    counsellor, person, citizen = setting
    _, agreement = accepted_agreement(counsellor, person, citizen)
    step = agreement.steps.get()
    r = _patch(client, f"/api/v1/trajectories/steps/{step.pk}", {"version": step.version, "due_on": "2020-01-01"}, counsellor)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "due_on"
    assert Agreement.objects.filter(trajectory=agreement.trajectory).count() == 1  # no new version drafted for nothing


def test_patching_an_agreement_keeps_its_notes(setting, client):
    counsellor, person, citizen = setting
    trajectory = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
    agreement = uc.create_agreement(factories.principal(counsellor), trajectory.pk, title="Afsprakenblad", notes="Kinderopvang geregeld")
    r = _patch(client, f"/api/v1/trajectories/agreements/{agreement.pk}", {"version": agreement.version, "title": "Afsprakenblad 2"}, counsellor)
    assert r.status_code == 200, r.content
    agreement.refresh_from_db()
    assert (agreement.title, agreement.notes) == ("Afsprakenblad 2", "Kinderopvang geregeld")
    r = _patch(client, f"/api/v1/trajectories/agreements/{agreement.pk}", {"version": agreement.version, "notes": "Geen"}, counsellor)
    assert r.status_code == 200, r.content
    agreement.refresh_from_db()
    assert (agreement.title, agreement.notes) == ("Afsprakenblad 2", "Geen")
