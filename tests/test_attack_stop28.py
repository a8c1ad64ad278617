"""Attack of stop 28 on issue 11 (each a reproduction): a refused edit that still drafted a new version of an accepted
agreement, a second written defence that replaced the first, a sanction starting in 9999 and a start date dropped with
a warning, the control service unable to prove its own letters, reasons cut or unbounded, a bidi override in a task's
reason, errors naming the wrong field or in English, "close" offered during the appeal term, and a cancellation
message with a hole."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from django.test import Client

from tests import compliance_support as cs
from tests import factories
from tests.test_trajectories_faces import world  # noqa: F401 - the shared fixture
from werkregie.accounts.models import Role
from werkregie.compliance import use_cases as compliance
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.core.errors import Forbidden, InvalidInput
from werkregie.messaging.models import Message
from werkregie.trajectories.models import Agreement

DAY = dt.date(2026, 3, 2)


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {factories.token(user)}"}


def _json(client: Client, method: str, url: str, body: dict, user, **headers):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json", **_bearer(user), **headers)


# --- trajectories ---------------------------------------------------------------------------------------------------

def test_a_refused_step_or_title_drafts_no_new_version(world):  # noqa: F811
    agreement, counsellor = world["agreement"], world["users"][Role.COUNSELLOR]
    before = Agreement.objects.get(pk=agreement.pk)
    count = Agreement.objects.count()
    with clock.travel_to(DAY):
        step = _json(Client(), "post", f"/api/v1/trajectories/agreements/{agreement.pk}/steps",
                     {"kind": "other", "title": "Stap\u202eA", "due_on": "2026-12-31", "version": before.version}, counsellor)
        title = _json(Client(), "patch", f"/api/v1/trajectories/agreements/{agreement.pk}", {"title": "Titel\u0007", "version": before.version}, counsellor)
    assert step.status_code == 422 and step.json()["errors"][0]["field"] == "title"
    assert title.status_code == 422
    assert Agreement.objects.count() == count, "no draft left behind"
    assert Agreement.objects.get(pk=agreement.pk).version == before.version


# --- compliance -----------------------------------------------------------------------------------------------------

def _planned(person=None):
    controller = cs.controller()
    person = person or cs.jobseeker()
    citizen = factories.principal(factories.user(Role.CITIZEN, person=person))
    case = cs.open_case(person)
    with clock.travel_to(cs.at(cs.START)):
        case = compliance.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(cs.START), 14), mode="in_person",
                                       place="VDAB Gent", version=case.version)
    return controller, citizen, case


def test_every_written_defence_is_kept_and_a_replay_is_stale(db):
    _controller, citizen, case = _planned()
    with clock.travel_to(cs.at(cs.START + dt.timedelta(days=1))):
        first = compliance.respond(citizen, case.pk, text="Eerste verweer: ik was op sollicitatiegesprek.", version=case.version)
        with pytest.raises(Exception) as stale:
            compliance.respond(citizen, case.pk, text="Tweede tekst met de oude versie.", version=case.version)
        second = compliance.respond(citizen, case.pk, text="Aanvulling: hier is de uitnodiging van de werkgever.", version=first.version)
    assert getattr(stale.value, "status", None) == 409
    kept = Case.objects.get(pk=case.pk).response
    assert "Eerste verweer" in kept and "Aanvulling" in kept and "oude versie" not in kept
    assert second.version == first.version + 1
    receipts = Message.objects.filter(related_workflow="compliance_case", related_id=case.pk, template_key="compliance.defence_received")
    body = receipts.order_by("pk").last().body
    assert hashlib.sha256("Aanvulling: hier is de uitnodiging van de werkgever.".encode()).hexdigest() in body


def test_a_sanction_start_years_away_or_with_a_warning_is_refused(db):
    controller = cs.controller()
    case = cs.through_hearing(controller, cs.open_case(cs.jobseeker()), cs.START)
    with clock.travel_to(cs.at(cs.START + dt.timedelta(days=9))):
        for decision, weeks, start in [("suspension", 4, dt.date(9999, 12, 31)), ("warning", 0, cs.START + dt.timedelta(days=30))]:
            with pytest.raises(InvalidInput) as caught:
                compliance.decide(controller, case.pk, decision=decision, weeks=weeks, motivation="Motivering van de beslissing.",
                                  deviation_reason="Afwijking met een lange reden.", sanction_start=start, version=case.version)
            assert [e.field for e in caught.value.errors] == ["sanction_start"], decision
    assert Case.objects.get(pk=case.pk).state == "to_decide"


def test_the_controller_downloads_the_proof_of_the_cases_letters(db):
    controller = cs.controller()
    case = cs.through_hearing(controller, cs.open_case(cs.jobseeker()), cs.START)
    letter = Message.objects.filter(related_workflow="compliance_case", related_id=case.pk).first()
    other = cs.through_hearing(controller, cs.open_case(cs.jobseeker()), cs.START)
    client = Client()
    client.force_login(controller.user)
    page = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    assert f"/controle/dossiers/{case.pk}/berichten/{letter.pk}/bewijs.pdf" in page
    pdf = client.get(f"/controle/dossiers/{case.pk}/berichten/{letter.pk}/bewijs.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    api = Client().get(f"/api/v1/compliance/cases/{case.pk}/messages/{letter.pk}/evidence", **_bearer(controller.user))
    assert api.status_code == 200 and api.content.startswith(b"%PDF")
    assert Client().get(f"/api/v1/compliance/cases/{other.pk}/messages/{letter.pk}/evidence", **_bearer(controller.user)).status_code == 404
    counsellor = factories.user(Role.COUNSELLOR)
    assert Client().get(f"/api/v1/compliance/cases/{case.pk}/messages/{letter.pk}/evidence", **_bearer(counsellor)).status_code in (403, 404)


def test_the_hearing_place_error_names_place(db):
    controller = cs.controller()
    case = cs.open_case(cs.jobseeker())
    with clock.travel_to(cs.at(cs.START)):
        r = _json(Client(), "post", f"/api/v1/compliance/cases/{case.pk}/hearing",
                  {"hearing_at": cs.at(cs.hearing_day(cs.START), 14).isoformat(), "mode": "in_person", "place": "Gent\nKongostraat",
                   "version": case.version}, controller.user)
    assert r.status_code == 422 and [e["field"] for e in r.json()["errors"]] == ["place"]


def test_close_is_not_offered_while_the_appeal_term_runs(db):
    controller = cs.controller()
    case = cs.decided(controller, cs.open_case(cs.jobseeker()), cs.START)
    with clock.travel_to(cs.at(case.deadline - dt.timedelta(days=1))):
        during = [a.name for a in compliance.case_file(controller, case.pk).actions]
    with clock.travel_to(cs.at(case.deadline + dt.timedelta(days=1))):
        after = [a.name for a in compliance.case_file(controller, case.pk).actions]
    assert "close" not in during and "close" in after


# --- appointments and worklist ------------------------------------------------------------------------------------

def test_reasons_are_refused_above_their_limit_never_cut(db):
    from tests.appointments_support import MONDAY, at
    from tests.appointments_support import world as appointments_world
    from werkregie.appointments import use_cases as appointments

    with clock.travel_to(at(MONDAY, 8)):
        made = appointments_world()
        invited = appointments.invite(factories.principal(made.counsellor), made.person.pk, "screening")
        r = _json(Client(), "post", f"/api/v1/appointments/{invited.pk}/cancellation", {"reason": "Geannuleerd. " * 400, "version": invited.version},
                  made.counsellor)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "reason"
        with pytest.raises(InvalidInput) as caught:
            appointments.cancel(factories.principal(made.counsellor), invited.pk, "Geannuleerd. " * 400, invited.version)
        assert caught.value.errors[0].field == "reason"
        done = appointments.cancel(factories.principal(made.counsellor), invited.pk, "Werk gevonden", invited.version)
    assert done.state == "cancelled"
    letter = Message.objects.filter(person_id=made.person.pk, template_key="appointment.cancelled").get()
    assert "  " not in letter.body and "nog geen moment" in letter.body


def test_a_task_reason_with_a_bidi_override_is_refused(db, ref):
    from tests.trajectories_support import caseload
    from werkregie.worklist import services as tasks
    from werkregie.worklist.models import Task

    counsellor, person, _ = caseload()
    tasks.upsert_task("t:1", person_id=person.pk, kind="screening_due", due_on=DAY, title="Screening")
    task = Task.objects.get(key="t:1")
    r = _json(Client(), "post", f"/api/v1/worklist/tasks/{task.pk}/done", {"reason": "klaar\u202e"}, counsellor)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "reason"
    assert Task.objects.get(pk=task.pk).status == "open"


def test_schema_errors_name_the_field_and_speak_dutch(world):  # noqa: F811
    step, partner = world["step"], world["users"][Role.PARTNER]
    with clock.travel_to(DAY):
        r = _json(Client(), "patch", f"/api/v1/trajectories/partner/steps/{step.pk}", {"note": "Gestart", "outcome": "done"}, partner,
                  HTTP_ACCEPT_LANGUAGE="nl")
    message = r.json()["errors"][0]["message"]
    assert r.status_code == 422 and " or " not in message and "'approve'" in message



# --- second attack of stop 28 ---------------------------------------------------------------------------------------

def test_a_move_keeps_the_controller_changes_something_and_never_double_books(db):
    controller, _citizen, case = _planned()
    admin = factories.principal(factories.user(Role.ADMIN))
    other = cs.open_case(cs.jobseeker())
    later = cs.START + dt.timedelta(days=2)
    with clock.travel_to(cs.at(later)):
        with pytest.raises(InvalidInput) as same:
            compliance.move_hearing(controller, case.pk, hearing_at=case.hearing_at, mode=case.hearing_mode, place=case.hearing_place,
                                    reason="Op vraag van de persoon", version=case.version)
        assert {e.field for e in same.value.errors} == {"hearing_at"} and any("geplande verhoor" in e.message for e in same.value.errors)
        # stop 29 (deliberate change): the admin takes no step of a sanction procedure at all, so it cannot take the case over
        with pytest.raises(Forbidden):
            compliance.move_hearing(admin, case.pk, hearing_at=cs.at(cs.hearing_day(later), 10), mode="in_person", place="VDAB Gent",
                                    reason="Op vraag van de persoon", version=case.version)
        moved = compliance.move_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(later), 10), mode="in_person", place="VDAB Gent",
                                        reason="Op vraag van de persoon", version=case.version)
        assert moved.controller_id == controller.user.pk
        with pytest.raises(InvalidInput) as busy:
            compliance.plan_hearing(controller, other.pk, hearing_at=cs.at(cs.hearing_day(later), 10), mode="in_person", place="VDAB Gent",
                                    version=other.version)
        assert [e.field for e in busy.value.errors] == ["hearing_at"] and str(case.pk) in busy.value.errors[0].message


def test_the_decision_letter_names_the_day_the_sanction_really_starts(db):
    controller = cs.controller()
    case = cs.through_hearing(controller, cs.open_case(cs.jobseeker()), cs.START)
    day = cs.START + dt.timedelta(days=9)
    with clock.travel_to(cs.at(day)):
        case = compliance.decide(controller, case.pk, decision="suspension", weeks=4, motivation="Motivering van de beslissing.",
                                 deviation_reason="Afwijking met een lange reden.", sanction_start=day + dt.timedelta(days=1), version=case.version)
    letter = Message.objects.get(pk=case.decision_message_id)
    case = Case.objects.get(pk=case.pk)
    assert case.sanction_start is not None and case.sanction_start > day + dt.timedelta(days=1), "too early a request moves to the first day"
    assert f"gaat in op {case.sanction_start:%d/%m/%Y}" in letter.body, "the letter names the day the case holds"


def test_a_refused_step_names_only_what_the_role_could_do(db):
    from werkregie.workflows.services import TransitionRefused

    _controller, citizen, case = _planned()
    with pytest.raises(TransitionRefused) as caught:
        compliance.appeal(citizen, case.pk, text="Ik ga in beroep tegen deze beslissing.", version=case.version)
    assert "Verhoor verplaatsen" not in caught.value.detail and "Zonder gevolg" not in caught.value.detail


def test_the_weekly_minimum_said_is_itself_allowed(db):
    from tests import community_support as cts
    from tests.test_community_api import ACTIVITY

    with clock.travel_to(cts.TODAY):
        world = cts.world()
        headers = _bearer(world["municipality"])
        low = _json(Client(), "post", "/api/v1/community/activities", {**ACTIVITY, "hours_per_week": 7.3}, world["municipality"])
        said = low.json()["errors"][0]["message"]
        week = said.split("minstens ")[1].split(" uur")[0]
        ok = _json(Client(), "post", "/api/v1/community/activities", {**ACTIVITY, "hours_per_week": float(week.replace(",", "."))},
                   world["municipality"])
    assert low.status_code == 422 and ok.status_code == 201 and headers
