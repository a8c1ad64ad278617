"""Walk of stop 28 (issues 11 and 16), each finding reproduced: a sick person's trajectory due years ago, a binding
agreement accepted without seeing what it asks, a suspension the citizen was not told, a partner still reading a closed
trajectory, community-service hours beyond the scheme's limits, a trajectory closed for "another reason" without a
word, worklist totals over other kinds, a second invitation of the same kind, a training's proof without a file, a
level on a step that is no language course, the municipality's referral error out of sight, suggestions waiting on
one page and absent on the other, and the admin's access log in codes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests import factories
from tests.test_trajectories_faces import world  # noqa: F401 - the shared fixture
from tests.trajectories_support import caseload
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Trajectory

DAY = dt.date(2026, 3, 2)


def _web(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_sick_persons_trajectory_is_never_due_before_it_starts(ref):
    from tests.trajectories_support import partner_org
    from werkregie.access.purposes import Purpose
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import StatusEpisode

    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        StatusEpisode.objects.create(person=person, kind=StatusKind.SICK, start=dt.date(2022, 10, 20))
        partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        t = uc.start_trajectory(factories.principal(counsellor), person.pk, "sickness")
    assert t.kind == "sickness" and t.deadline >= DAY


def test_the_citizen_sees_what_each_step_asks_before_accepting(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        cp = factories.principal(counsellor)
        trajectory = uc.start_trajectory(cp, person.pk, "standard")
        agreement = uc.create_agreement(cp, trajectory.pk, title="Afsprakenblad", level="sheet")
        for data in ({"kind": "applications", "title": "Solliciteer als magazijnier", "due_on": DAY + dt.timedelta(days=40), "applications_required": 5},
                     {"kind": "language_course", "title": "Cursus Nederlands", "due_on": DAY + dt.timedelta(days=80), "cefr_target": "B1"}):
            agreement.refresh_from_db()
            uc.add_step(cp, agreement.pk, agreement.version, data)
        agreement.refresh_from_db()
        uc.propose(cp, agreement.pk, agreement.version)
        html = _web(citizen).get("/mijn-afspraken/").content.decode()
    assert "5 sollicitaties via het platform" in html and "Tot taalniveau B1" in html and "Bewijs" in html
    assert "bindende afspraken" in html
    assert "Uw termijnen lopen zodra u de afspraken hierboven aanvaardt." in html


def test_the_citizen_is_told_of_a_suspension(world):  # noqa: F811
    t = Trajectory.objects.get(pk=world["trajectory"].pk)
    with clock.travel_to(DAY):
        uc.suspend_by_counsellor(factories.principal(world["users"][Role.COUNSELLOR]), t.pk, "sickness", "", t.version)
        html = _web(world["users"][Role.CITIZEN]).get("/mijn-afspraken/").content.decode()
    assert 'data-testid="suspended"' in html and "02/03/2026" in html


def test_a_partner_no_longer_reads_a_closed_trajectorys_steps(world):  # noqa: F811
    t = Trajectory.objects.get(pk=world["trajectory"].pk)
    partner = world["users"][Role.PARTNER]
    with clock.travel_to(DAY):
        before = _web(partner).get("/partner/stappen/").content.decode()
        uc.close_by_counsellor(factories.principal(world["users"][Role.COUNSELLOR]), t.pk, "lasting_work", "Vast contract", t.version)
        after = _web(partner).get("/partner/stappen/").content.decode()
        api = Client().get("/api/v1/trajectories/partner/steps", HTTP_AUTHORIZATION=f"Bearer {factories.token(partner)}")
    assert "Opleiding heftruck" in before and "Opleiding heftruck" not in after and api.json() == []


def test_closing_for_another_reason_needs_words_and_closes_every_task(ref):
    from werkregie.worklist.models import Task
    from werkregie.worklist.services import upsert_task

    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        cp = factories.principal(counsellor)
        t = uc.start_trajectory(cp, person.pk, "standard")
        upsert_task(f"trajectory:{t.pk}:reintegration_review", person_id=person.pk, kind="reintegration_review", due_on=DAY, title="Re-integratie")
        with pytest.raises(InvalidInput) as caught:
            uc.close_by_counsellor(cp, t.pk, "other", "", t.version)
        assert [e.field for e in caught.value.errors] == ["note"]
        uc.close_by_counsellor(cp, t.pk, "other", "Verhuisd naar Wallonië", t.version)
    assert not Task.objects.filter(key__startswith=f"trajectory:{t.pk}:", status="open").exists()


def test_a_level_belongs_to_a_language_course_only(ref):
    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        cp = factories.principal(counsellor)
        t = uc.start_trajectory(cp, person.pk, "standard")
        agreement = uc.create_agreement(cp, t.pk, title="Afsprakenblad", level="sheet")
        with pytest.raises(InvalidInput) as caught:
            uc.add_step(cp, agreement.pk, agreement.version, {"kind": "applications", "title": "Solliciteer", "due_on": DAY + dt.timedelta(days=20),
                                                              "applications_required": 3, "cefr_target": "B1"})
    assert [e.field for e in caught.value.errors] == ["cefr_target"]


def test_a_training_result_needs_its_certificate(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        from tests.trajectories_support import PDF, accepted_agreement

        _t, agreement = accepted_agreement(counsellor, person, citizen, steps=[
            {"kind": "training", "title": "Opleiding heftruck", "due_on": DAY + dt.timedelta(days=30), "evidence_kind": "training_result"}])
        step = agreement.steps.get()
        with pytest.raises(InvalidInput) as caught:
            uc.submit_evidence(factories.principal(citizen), step.pk, note="Ik heb de opleiding gevolgd.", expected_version=step.version)
        assert caught.value.errors[0].field == "file"
        uc.submit_evidence(factories.principal(citizen), step.pk, upload=SimpleUploadedFile("attest.pdf", PDF, content_type="application/pdf"),
                           expected_version=step.version)


def test_the_worklist_total_counts_the_chosen_kind(ref):
    from werkregie.worklist import use_cases as worklist
    from werkregie.worklist.services import upsert_task

    counsellor, person, _ = caseload()
    upsert_task("t:a", person_id=person.pk, kind="screening_due", due_on=DAY, title="Screening")
    upsert_task("t:b", person_id=person.pk, kind="agreement_to_make", due_on=DAY, title="Afspraken")
    upsert_task("t:c", person_id=person.pk, kind="agreement_to_make", due_on=DAY, title="Afspraken")
    with clock.travel_to(DAY):
        found = worklist.tasks(factories.principal(counsellor), worklist.filters_from({"kind": "agreement_to_make"}))
        html = _web(counsellor).get("/werklijst/?soort=agreement_to_make").content.decode()
    assert found.totals["open"] == 2 == found.page.count and found.all_kinds == 3
    assert "2 open taken" in html


def test_a_second_invitation_of_the_same_kind_is_refused(db):
    from tests.appointments_support import MONDAY, at
    from tests.appointments_support import world as appointments_world
    from werkregie.appointments import use_cases as appointments
    from werkregie.core.errors import Conflict

    with clock.travel_to(at(MONDAY, 8)):
        made = appointments_world()
        first = appointments.invite(factories.principal(made.counsellor), made.person.pk, "info_session")
        with pytest.raises(Conflict) as caught:
            appointments.invite(factories.principal(made.counsellor), made.person.pk, "info_session")
        other = appointments.invite(factories.principal(made.counsellor), made.person.pk, "screening")
    assert caught.value.existing_id == first.pk and other.kind == "screening"


def test_community_activity_hours_stay_within_the_monthly_limits(db):
    from tests import community_support as cs
    from tests.test_community_api import ACTIVITY

    with clock.travel_to(cs.TODAY):
        world = cs.world()
        headers = {"HTTP_AUTHORIZATION": f"Bearer {factories.token(world['municipality'])}"}
        answers = {hours: Client().post("/api/v1/community/activities", json.dumps({**ACTIVITY, "hours_per_week": hours}),
                                        content_type="application/json", **headers) for hours in (20, 4, 8)}
        wijk = Client().post("/api/v1/community/activities", json.dumps({**ACTIVITY, "kind": "wijk_werken", "hours_per_week": 16}),
                             content_type="application/json", **headers)
    assert answers[20].status_code == 422 and answers[20].json()["errors"][0]["field"] == "hours_per_week"
    assert answers[4].status_code == 422 and answers[8].status_code == 201
    assert wijk.status_code == 422 and wijk.json()["errors"][0]["field"] == "hours_per_week"


def test_the_referral_error_is_at_the_top_of_the_page(ref):
    from werkregie.municipalities import use_cases as municipalities

    client_of_gent = factories.person(municipality_id="44021")
    factories.episode(client_of_gent, "jobseeker_benefit", dt.date(2025, 1, 6))
    factories.episode(client_of_gent, "leefloon", dt.date(2025, 2, 1), municipality="44021")
    user = factories.user(Role.MUNICIPALITY)  # Gent's OCMW
    with clock.travel_to(dt.date(2025, 6, 30)):
        listed = municipalities.clients(factories.principal(user))
        response = _web(user).post("/gemeente/doorverwijzen/", {"person": listed[0].person_id, "note": ""})
    html = response.content.decode()
    assert response.status_code == 400 and 'class="error-summary"' in html and f'href="#note-{listed[0].person_id}"' in html


def test_the_access_log_admin_shows_what_in_words(db):
    from werkregie.access.services import Actor, record_access

    person = factories.person()
    record_access(Actor(None, "Sofie Peeters", "counsellor"), [person.pk], "persoonsgegevens: address, identity", "guidance", "web")
    admin = Client(HTTP_ACCEPT_LANGUAGE="nl")
    admin.force_login(factories.user(Role.ADMIN, username="beheer", is_staff=True, is_superuser=True))
    html = admin.get("/admin/access/accesslogentry/").content.decode()
    assert "identiteit" in html and "address, identity" not in html


def test_a_demo_vacancy_text_is_dutch_throughout():
    """Walk of stop 28 (issue 16): "Je kunt: types of packaging used in industrial shipments; …" in a Dutch text."""
    from werkregie.matching.demo_texts import description
    from werkregie.matching.engine.taxonomy import load

    taxonomy = load()
    english_only = [i for i, s in enumerate(taxonomy.skills) if not s.labels.get("nl")][:6]
    dutch = [i for i, s in enumerate(taxonomy.skills) if s.labels.get("nl")][:3]
    occupation = next(o for o in taxonomy.occupations if o.labels.get("nl"))
    text = description(taxonomy, occupation, english_only + dutch, english_only[:2], 38, "permanent", {"nl": "B1"}, "")
    assert all(taxonomy.skills[i].label("nl") not in text for i in english_only)
    assert all(taxonomy.skills[i].label("nl") in text for i in dutch)


def test_a_planned_hearing_moves_with_a_new_invitation_and_a_new_term(db):
    """Walk of stop 28: a planned hearing could not be moved when the person asked for another moment."""
    from tests import compliance_support as cs
    from werkregie.compliance import use_cases as compliance
    from werkregie.compliance.models import Case
    from werkregie.messaging.models import Message

    controller = cs.controller()
    case = cs.open_case(cs.jobseeker())
    with clock.travel_to(cs.at(cs.START)):
        case = compliance.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(cs.START), 14), mode="in_person",
                                       place="VDAB Gent", version=case.version)
    first_message = case.hearing_message_id
    later = cs.START + dt.timedelta(days=2)
    with clock.travel_to(cs.at(later)):
        with pytest.raises(InvalidInput) as caught:
            compliance.move_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(later), 10), mode="in_person", place="VDAB Gent",
                                    reason="", version=case.version)
        assert [e.field for e in caught.value.errors] == ["reason"]
        moved = compliance.move_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(later), 10), mode="in_person", place="VDAB Gent",
                                        reason="De persoon heeft die dag een sollicitatiegesprek.", version=case.version)
    assert moved.state == "hearing_planned" and moved.hearing_message_id != first_message
    assert moved.hearing_at == cs.at(cs.hearing_day(later), 10)
    letter = Message.objects.get(pk=moved.hearing_message_id)
    assert letter.template_key == "compliance.hearing_moved" and letter.legal and "sollicitatiegesprek" in letter.body
    assert Case.objects.get(pk=case.pk).version == case.version + 1
    client = _web(controller.user)
    with clock.travel_to(cs.at(later)):
        page = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    assert "Verhoor verplaatsen" in page and 'name="move_hearing-reason"' in page


def test_the_caseload_download_has_the_columns_on_screen(ref):
    """Walk of stop 28 (issue 16): "Deze lijst downloaden (CSV)" on the caseload gave the register's columns (INSZ, birth
    date, education…) instead of the status, distance, due dates, next task and last contact shown."""
    from werkregie.worklist.services import upsert_task

    counsellor, person, _ = caseload()
    upsert_task("t:x", person_id=person.pk, kind="screening_due", due_on=DAY + dt.timedelta(days=3), title="Screening")
    client = _web(counsellor)
    with clock.travel_to(DAY):
        page = client.get("/caseload/").content.decode()
        assert "/caseload/export.csv" in page
        body = client.get("/caseload/export.csv").content.decode("utf-8-sig")
    header, first = body.splitlines()[0].split(";"), body.splitlines()[1]
    assert header[:3] == ["Naam", "Huidige status", "Afstand tot de arbeidsmarkt"] and "Laatste contact" in header
    assert "INSZ" not in body.upper().split("\n")[0] and person.last_name in first and "05/03/2026" in first


def test_a_hearing_in_writing_reads_as_a_term_not_a_meeting(db):
    """Second walk of stop 28: "U bent uitgenodigd voor een verhoor op … (schriftelijk verweer, —) … Komt u niet …"."""
    from tests import compliance_support as cs
    from werkregie.compliance import use_cases as compliance
    from werkregie.messaging.models import Message

    controller = cs.controller()
    person = cs.jobseeker()
    citizen = factories.user(Role.CITIZEN, person=person)
    case = cs.open_case(person)
    with clock.travel_to(cs.at(cs.START)):
        case = compliance.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(cs.START), 14), mode="written", version=case.version)
        page = _web(citizen).get(f"/mijn-dossier/{case.pk}/").content.decode()
    letter = Message.objects.get(pk=case.hearing_message_id)
    assert letter.template_key == "compliance.hearing_written" and "schriftelijk" in letter.body and "Komt u niet" not in letter.body
    assert "—" not in letter.body.split("Dossiernummer")[0]
    assert "Het verhoor gebeurt schriftelijk" in page and "Schriftelijk verweer uiterlijk op" in page


def test_the_caseload_download_names_the_municipality_the_page_shows(ref):
    """Walk of issue 16 (stop 37): the page shows each person's municipality under the name; the download left it out."""
    counsellor, person, _ = caseload()
    client = _web(counsellor)
    with clock.travel_to(DAY):
        body = client.get("/caseload/export.csv").content.decode("utf-8-sig")
    header, first = body.splitlines()[0].split(";"), body.splitlines()[1].split(";")
    assert header[-1] == "Gemeente" and first[-1] == person.municipality.name
