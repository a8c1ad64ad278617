"""Walk and attack of stop 27 on issue 11 (each a reproduction): a warning sent with weeks stored as 0 without a word,
the rule table's legal ground and uncertainty in Dutch on a French page, the hearing report's form before the hearing,
worklist counts that ignored the due-date filters, errors naming a field the client never sent, a made-up version
answered "changed by someone else", a stale If-Match beside the body's version, 404s telling "not yours" from "does not
exist", the citizen's evidence column saying "upload" after the hand-in, and the trajectory opened without a purpose."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml
from django.conf import settings
from django.test import Client

from tests import compliance_support as cs
from tests import factories
from tests.test_trajectories_faces import world  # noqa: F401 - the shared fixture
from tests.trajectories_support import caseload
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.compliance import use_cases as compliance
from werkregie.compliance.parameter_texts import TEXTS
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.worklist import services as tasks_store
from werkregie.worklist import use_cases as worklist
from werkregie.worklist.enums import TaskKind

DAY = dt.date(2026, 3, 2)


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {factories.token(user)}"}


# --- compliance ---------------------------------------------------------------------------------------------------

def test_a_warning_with_weeks_is_refused_naming_the_weeks(db):
    controller = cs.controller()
    case = cs.through_hearing(controller, cs.open_case(cs.jobseeker()), cs.START)
    with clock.travel_to(cs.at(cs.START + dt.timedelta(days=9))):
        with pytest.raises(InvalidInput) as caught:
            compliance.decide(controller, case.pk, decision="warning", weeks=3, motivation="De feiten staan vast.", version=case.version)
        assert [e.field for e in caught.value.errors] == ["weeks"]
        case = compliance.decide(controller, case.pk, decision="warning", weeks=0, motivation="De feiten staan vast.", version=case.version)
    assert case.decision == "warning" and case.decision_weeks == 0


def test_every_legal_ground_and_uncertainty_of_the_rule_table_is_in_the_catalogue():
    found = set()
    for path in sorted((settings.BASE_DIR / "compliance" / "parameters").glob("*.yaml")):
        ground = yaml.safe_load(path.read_text()).get("legal_ground")
        if ground:
            found |= {v["value"] for v in ground["values"].values()} | {ground["metadata"]["uncertainty"]}
    assert found and found <= set(TEXTS), sorted(found - set(TEXTS))


def test_the_decision_screen_shows_the_rule_in_the_readers_language(db):
    controller = cs.controller()
    case = cs.through_hearing(controller, cs.open_case(cs.jobseeker()), cs.START)
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.force_login(controller.user)
    with clock.travel_to(cs.at(cs.START + dt.timedelta(days=9))):
        html = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    assert "n’a pas été trouvé" in html, "the uncertainty of the source in French"
    assert "Ne pas se présenter sans motif valable" in html, "the rule's legal ground in French (the decision's own field stays as typed)"
    assert "(en néerlandais)" in html, "the sources keep their Dutch titles, marked"


def test_the_hearing_report_form_waits_for_the_hearing(db):
    controller = cs.controller()
    case = cs.open_case(cs.jobseeker())
    with clock.travel_to(cs.at(cs.START)):
        case = compliance.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(cs.START), 14), mode="in_person",
                                       place="VDAB Gent", version=case.version)
    client = Client()
    client.force_login(controller.user)
    with clock.travel_to(cs.at(cs.START, 11)):
        before = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    with clock.travel_to(cs.at(cs.hearing_day(cs.START), 15)):
        after = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    assert 'name="record_hearing-report"' not in before and "nadat het plaatsvond" in before
    assert 'name="record_hearing-report"' in after


# --- worklist -----------------------------------------------------------------------------------------------------

def test_the_worklist_counts_follow_the_due_date_filters(db, ref):
    counsellor, person, _ = caseload()
    tasks_store.upsert_task("t:late", person_id=person.pk, kind=TaskKind.SCREENING_DUE, due_on=DAY - dt.timedelta(days=3), title="Screening")
    tasks_store.upsert_task("t:soon", person_id=person.pk, kind=TaskKind.SCREENING_DUE, due_on=DAY + dt.timedelta(days=2), title="Screening")
    tasks_store.upsert_task("t:far", person_id=person.pk, kind=TaskKind.AGREEMENT_TO_MAKE, due_on=DAY + dt.timedelta(days=40), title="Afspraken")
    principal = factories.principal(counsellor)
    with clock.travel_to(cs.at(DAY)):
        late = worklist.tasks(principal, worklist.filters_from({"overdue": "1"}))
        week = worklist.tasks(principal, worklist.filters_from({"within_days": 7}))
        every = worklist.tasks(principal)
    assert late.totals == {"open": 1, "overdue": 1} and late.counts[TaskKind.AGREEMENT_TO_MAKE]["open"] == 0
    assert week.totals == {"open": 2, "overdue": 1} and week.counts[TaskKind.SCREENING_DUE]["open"] == 2
    assert every.totals == {"open": 3, "overdue": 1}


# --- API wording --------------------------------------------------------------------------------------------------

def test_errors_name_the_field_the_client_sent(world):  # noqa: F811
    counsellor = world["users"][Role.COUNSELLOR]
    step, trajectory = type(world["step"]).objects.get(pk=world["step"].pk), type(world["trajectory"]).objects.get(pk=world["trajectory"].pk)
    with clock.travel_to(DAY):
        rejected = Client().post(f"/api/v1/trajectories/steps/{step.pk}/review", json.dumps({"approve": False, "note": "", "version": step.version}),
                                 content_type="application/json", **_bearer(counsellor))
        suspended = Client().post(f"/api/v1/trajectories/{trajectory.pk}/suspend",
                                  json.dumps({"reason": "sickness", "note": "ziek\u202e", "version": trajectory.version}),
                                  content_type="application/json", **_bearer(counsellor))
    assert rejected.status_code == 422 and [e["field"] for e in rejected.json()["errors"]] == ["note"]
    assert suspended.status_code == 422 and [e["field"] for e in suspended.json()["errors"]] == ["note"]


def test_a_booking_error_names_slot_id(db):
    from tests.appointments_support import MONDAY, at
    from tests.appointments_support import world as appointments_world
    from werkregie.appointments import use_cases as appointments

    with clock.travel_to(at(MONDAY, 8)):
        made = appointments_world()
        invited = appointments.invite(factories.principal(made.counsellor), made.person.pk, "screening")
        r = Client().post(f"/api/v1/appointments/{invited.pk}/booking", json.dumps({"slot_id": 987654, "version": invited.version}),
                          content_type="application/json", **_bearer(made.counsellor))
    assert r.status_code in (404, 409, 422) and [e["field"] for e in r.json()["errors"]] == ["slot_id"]


def test_a_made_up_version_is_not_called_a_change_by_someone_else(world):  # noqa: F811
    agreement, counsellor = world["agreement"], world["users"][Role.COUNSELLOR]
    with clock.travel_to(DAY):
        r = Client().post(f"/api/v1/trajectories/{world['trajectory'].pk}/suspend", json.dumps({"reason": "sickness", "version": 999}),
                          content_type="application/json", **_bearer(counsellor))
    assert r.status_code == 409 and "bestaat niet" in r.json()["detail"] and "Iemand anders" not in r.json()["detail"]
    assert agreement.version >= 1


def test_a_stale_if_match_beside_the_body_version_is_refused(world):  # noqa: F811
    trajectory, counsellor = world["trajectory"], world["users"][Role.COUNSELLOR]
    before = type(trajectory).objects.get(pk=trajectory.pk)
    with clock.travel_to(DAY):
        r = Client().post(f"/api/v1/trajectories/{trajectory.pk}/suspend", json.dumps({"reason": "sickness", "version": before.version}),
                          content_type="application/json", HTTP_IF_MATCH=f'"v{before.version + 1}"', **_bearer(counsellor))
    assert r.status_code == 400 and {e["field"] for e in r.json()["errors"]} == {"version", "If-Match"}
    assert type(trajectory).objects.get(pk=trajectory.pk).state == before.state


def test_not_found_reads_the_same_for_another_persons_and_for_no_agreement(world):  # noqa: F811
    outsider = factories.user(Role.COUNSELLOR, organisation=factories.organisation("vdab_team"))
    with clock.travel_to(DAY):
        theirs = Client().get(f"/api/v1/trajectories/agreements/{world['agreement'].pk}", **_bearer(outsider))
        nothing = Client().get("/api/v1/trajectories/agreements/987654", **_bearer(outsider))
    assert theirs.status_code == nothing.status_code == 404
    assert theirs.json()["detail"] == nothing.json()["detail"]


# --- pages --------------------------------------------------------------------------------------------------------

def test_the_citizen_sees_what_was_handed_in_not_the_instruction(world):  # noqa: F811
    client = Client()
    client.force_login(world["users"][Role.CITIZEN])
    with clock.travel_to(DAY):
        html = client.get("/mijn-afspraken/").content.decode()
    assert "Ingediend op 02/03/2026" in html and "attest.pdf" in html


def test_the_trajectory_asks_why_when_more_than_one_purpose_fits(world):  # noqa: F811
    person = world["person"]
    admin = Client()
    admin.force_login(world["users"][Role.ADMIN])
    counsellor = Client()
    counsellor.force_login(world["users"][Role.COUNSELLOR])
    with clock.travel_to(DAY):
        logged = AccessLogEntry.objects.count()
        asked = admin.get(f"/personen/{person.pk}/traject/").content.decode()
        assert "Waarom raadpleegt u dit dossier?" in asked and AccessLogEntry.objects.count() == logged, "nothing read before the purpose"
        opened = admin.get(f"/personen/{person.pk}/traject/?doel=complaint_handling").content.decode()
        assert "Afsprakenblad" in opened and "Ander doel kiezen" in opened
        again = admin.get(f"/personen/{person.pk}/traject/").content.decode()
        assert "Afsprakenblad" in again, "the purpose is remembered for this person"
        refused = admin.get(f"/personen/{person.pk}/traject/?doel=guidance")
        own = counsellor.get(f"/personen/{person.pk}/traject/").content.decode()
    purposes = list(AccessLogEntry.objects.filter(person_id=person.pk, what__startswith="traject:").order_by("seq").values_list("purpose", flat=True))
    assert purposes[-3:-1] == ["complaint_handling", "complaint_handling"] and purposes[-1] == "guidance"
    assert refused.status_code == 403
    assert "Geraadpleegd voor" in own and "Waarom raadpleegt u dit dossier?" not in own
