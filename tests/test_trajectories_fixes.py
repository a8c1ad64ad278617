"""Regression tests for the review findings on trajectories (escalation race, required versions, partner report,
carried-over evidence, editor texts). Each test failed before its fix."""

import datetime as dt
import threading

import pytest
from django.db import IntegrityError, connection, connections, transaction

from tests import factories
from tests.trajectories_support import accepted_agreement, caseload
from werkregie.core import clock
from werkregie.core.errors import Conflict
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Agreement

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def setting(ref):
    with clock.travel_to(DAY):
        yield caseload()


def missed_agreement(counsellor, person, citizen):
    with clock.travel_to(DAY):
        _, a = accepted_agreement(counsellor, person, citizen)
    step = a.steps.get()
    from werkregie.trajectories.sweeps import sweep

    with clock.travel_to(step.due_on + dt.timedelta(days=1)):
        sweep(clock.today())
    a.refresh_from_db()
    assert a.state == "missed"
    return a, step.due_on + dt.timedelta(days=1)


# --------------------------------------------------------------------------- 1. escalation race

def test_second_escalation_with_the_same_version_is_refused(setting):
    counsellor, person, citizen = setting
    cp = factories.principal(counsellor)
    a, day = missed_agreement(counsellor, person, citizen)
    seen = a.version
    with clock.travel_to(day):
        uc.escalate(cp, a.pk, seen)
        with pytest.raises(Conflict):  # stale version (409) or already escalated, never a second draft
            uc.escalate(cp, a.pk, seen)
        a.refresh_from_db()
        with pytest.raises(Conflict):
            uc.escalate(cp, a.pk, a.version)
    assert Agreement.objects.filter(escalated_from=a).count() == 1


def test_the_database_refuses_a_second_escalation_even_if_code_forgets(setting):
    counsellor, person, citizen = setting
    cp = factories.principal(counsellor)
    a, day = missed_agreement(counsellor, person, citizen)
    with clock.travel_to(day):
        uc.escalate(cp, a.pk, a.version)
        with pytest.raises(IntegrityError), transaction.atomic():
            uc.create_agreement(None, a.trajectory_id, title="Nog een", level="formal", escalated_from=a)


@pytest.mark.django_db(transaction=True)
def test_parallel_escalations_only_one_succeeds(ref):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
    cp = factories.principal(counsellor)
    a, day = missed_agreement(counsellor, person, citizen)
    version = a.version
    results, barrier = [], threading.Barrier(6)

    def worker():
        try:
            barrier.wait()
            with clock.travel_to(day):
                uc.escalate(cp, a.pk, version)
            results.append("ok")
        except Exception as exc:  # noqa: BLE001 - we count the refusals
            results.append(type(exc).__name__)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count("ok") == 1, results
    assert Agreement.objects.filter(escalated_from=a).count() == 1


# --------------------------------------------------------------------------- 3. the partner reports on its step

@pytest.fixture
def sick_route(setting):
    from django.test import Client

    from tests.trajectories_support import partner_org
    from werkregie.access.purposes import Purpose
    from werkregie.workflows.services import PLATFORM

    counsellor, person, citizen = setting
    mutuality = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
    t = uc.start_sickness_route(PLATFORM, person.pk, mutuality_id=mutuality.pk, sick_since=dt.date(2026, 2, 1))
    step = t.agreements.get().steps.get()
    client = Client()
    client.force_login(factories.user("partner", organisation=mutuality))
    return {"counsellor": counsellor, "step": step, "client": client, "trajectory": t}


def test_partner_report_on_a_not_accepted_agreement_keeps_the_text_and_says_what_to_do(sick_route):
    step, c = sick_route["step"], sick_route["client"]
    r = c.post(f"/partner/stappen/{step.pk}/", {"version": step.version, "note": "Gesprek TNW gehad, hervatting 50 %", "outcome": "submit"})
    page = r.content.decode()
    assert r.status_code == 422
    assert "Gesprek TNW gehad, hervatting 50 %" in page  # the typed report is not lost
    assert 'class="error-summary"' in page and "Enkel verslag" in page and "nog niet aanvaard" in page
    assert '<option value="submit" selected>' in page
    step.refresh_from_db()
    assert step.state == "open" and not step.partner_note


def test_partner_empty_report_gets_an_error_summary(sick_route):
    step, c = sick_route["step"], sick_route["client"]
    r = c.post(f"/partner/stappen/{step.pk}/", {"version": step.version, "note": "", "outcome": "approve"})
    assert r.status_code == 422
    page = r.content.decode()
    assert 'class="error-summary"' in page and "Schrijf een verslag" in page and f'href="#pnote-{step.pk}"' in page


def test_partner_outcomes_each_give_a_visible_message(sick_route):
    step, c = sick_route["step"], sick_route["client"]
    r = c.post(f"/partner/stappen/{step.pk}/", {"version": step.version, "note": "Eerste gesprek", "outcome": "note"}, follow=True)
    assert "Uw verslag is bewaard." in r.content.decode()
    a = step.agreement
    a.refresh_from_db()
    uc.accept_on_paper(factories.principal(sick_route["counsellor"]), a.pk, a.version, "Besproken met het ziekenfonds")
    step.refresh_from_db()
    r = c.post(f"/partner/stappen/{step.pk}/", {"version": step.version, "note": "Traject loopt", "outcome": "submit"}, follow=True)
    assert "ter beoordeling aan VDAB bezorgd" in r.content.decode()
    step.refresh_from_db()
    assert step.state == "evidence_submitted"


def test_steps_of_a_not_accepted_agreement_are_never_marked_missed(sick_route):
    from werkregie.trajectories.sweeps import sweep

    step = sick_route["step"]
    with clock.travel_to(step.due_on + dt.timedelta(days=10)):
        sweep(clock.today())
    step.refresh_from_db()
    assert step.state == "open"


def test_sweep_rechecks_the_agreement_before_marking_steps_missed(setting, monkeypatch):
    """A step listed as overdue whose agreement is no longer accepted by the time the sweep gets to it stays as it is."""
    from werkregie.trajectories import sweeps

    counsellor, person, citizen = setting
    _, a = accepted_agreement(counsellor, person, citizen)
    step = a.steps.get()
    real = sweeps._live_steps

    def listed_then_withdrawn():
        qs = list(real().values_list("pk", flat=True))
        Agreement.objects.filter(pk=a.pk).update(state="withdrawn")
        return real().model.objects.filter(pk__in=qs)

    monkeypatch.setattr(sweeps, "_live_steps", listed_then_withdrawn)
    with clock.travel_to(step.due_on + dt.timedelta(days=1)):
        sweeps._steps(clock.today(), {})
    step.refresh_from_db()
    assert step.state == "open"


# --------------------------------------------------------------------------- 4. a new version keeps the state of unchanged steps

def _upload(citizen, step):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.trajectories_support import PDF

    return uc.submit_evidence(factories.principal(citizen), step.pk, upload=SimpleUploadedFile("evil.pdf", PDF, content_type="application/pdf"))


def test_new_version_keeps_evidence_state_and_due_date_of_unchanged_steps(setting):
    counsellor, person, citizen = setting
    cp = factories.principal(counsellor)
    steps = [{"kind": "training", "title": f"Stap {i}", "due_on": DAY + dt.timedelta(days=10 * i), "evidence_kind": "upload"} for i in (1, 2, 3, 4)]
    _, a = accepted_agreement(counsellor, person, citizen, steps=steps)
    s1, s2, s3, s4 = a.steps.order_by("due_on")
    evidence = _upload(citizen, s1)
    _upload(citizen, s2)
    s2.refresh_from_db()
    uc.review_step(cp, s2.pk, s2.version, approve=True)
    a.refresh_from_db()
    v2 = uc.draft_for(cp, a.pk, a.version)
    _upload(citizen, s3)  # handed in on version 1 while version 2 is being drafted
    s4c = v2.steps.get(carried_from=s4)
    v2.refresh_from_db()
    uc.edit_step(cp, s4c.pk, s4c.version, {"kind": "training", "title": "Stap 4 (gewijzigd)", "due_on": s4.due_on, "evidence_kind": "upload"})
    v2.refresh_from_db()
    v2 = uc.propose(cp, v2.pk, v2.version)
    uc.accept(factories.principal(citizen), v2.pk, v2.version)
    c1, c2, c3, c4 = (v2.steps.get(carried_from=s) for s in (s1, s2, s3, s4))
    assert c1.state == "evidence_submitted" and c1.due_on == s1.due_on
    assert [e.file_id for e in c1.evidence.all()] == [evidence.file_id] and c1.evidence.get().file.original_name == "evil.pdf"
    assert c2.state == "approved"
    assert c3.state == "evidence_submitted" and c3.evidence.count() == 1
    assert c4.state == "open" and not c4.evidence.exists()  # a changed step is a new commitment
    from werkregie.worklist.models import Task

    assert Task.objects.filter(key=f"step:{c1.pk}:evidence").exists()
    # the carried-over evidence can be reviewed on the new version
    uc.review_step(cp, c1.pk, c1.version, approve=True)


# --------------------------------------------------------------------------- 2. optimistic locking is required

def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {factories.token(user)}"}


def test_patch_without_version_is_428_and_changes_nothing(setting, client):
    import json

    counsellor, person, citizen = setting
    _, a = accepted_agreement(counsellor, person, citizen)
    url = f"/api/v1/trajectories/agreements/{a.pk}"
    r = client.patch(url, data=json.dumps({"title": "Overschreven"}), content_type="application/json", **_bearer(counsellor))
    assert r.status_code == 428 and r["Content-Type"] == "application/problem+json"
    body = r.json()
    assert body["status"] == 428 and body["errors"][0]["field"] == "version"
    assert not Agreement.objects.filter(title="Overschreven").exists()
    r = client.patch(url, data=json.dumps({"title": "Met versie"}), content_type="application/json", HTTP_IF_MATCH=f'"{a.version}"', **_bearer(counsellor))
    assert r.status_code == 200 and r.json()["title"] == "Met versie"


@pytest.mark.parametrize("method,path,body,who", [
    ("post", "/api/v1/trajectories/{t}/suspend", {"reason": "sickness"}, "counsellor"),
    ("post", "/api/v1/trajectories/{t}/resume", {}, "counsellor"),
    ("post", "/api/v1/trajectories/{t}/close", {"end_reason": "other"}, "counsellor"),
    ("patch", "/api/v1/trajectories/agreements/{a}", {"title": "x"}, "counsellor"),
    ("post", "/api/v1/trajectories/agreements/{a}/steps", {"kind": "training", "title": "x", "due_on": "2026-05-01"}, "counsellor"),
    ("patch", "/api/v1/trajectories/steps/{s}", {"kind": "training", "title": "x", "due_on": "2026-05-01"}, "counsellor"),
    ("post", "/api/v1/trajectories/agreements/{a}/propose", {}, "counsellor"),
    ("post", "/api/v1/trajectories/agreements/{a}/accept-on-paper", {"reason": "getekend op papier"}, "counsellor"),
    ("post", "/api/v1/trajectories/agreements/{a}/escalate", {}, "counsellor"),
    ("post", "/api/v1/trajectories/steps/{s}/review", {"approve": True}, "counsellor"),
    ("post", "/api/v1/trajectories/me/agreements/{a}/accept", {}, "citizen"),
    ("patch", "/api/v1/trajectories/partner/steps/{s}", {"note": "x"}, "partner"),
])
def test_every_edit_without_version_is_428(setting, client, method, path, body, who):
    import json

    counsellor, person, citizen = setting
    t, a = accepted_agreement(counsellor, person, citizen)
    s = a.steps.get()
    users = {"counsellor": counsellor, "citizen": citizen, "partner": factories.user("partner")}
    r = getattr(client, method)(path.format(t=t.pk, a=a.pk, s=s.pk), data=json.dumps(body), content_type="application/json", **_bearer(users[who]))
    assert r.status_code == 428, r.content
    assert r.json()["errors"][0]["field"] == "version"


def test_evidence_upload_without_version_is_428(setting, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.trajectories_support import PDF

    counsellor, person, citizen = setting
    _, a = accepted_agreement(counsellor, person, citizen)
    s = a.steps.get()
    url = f"/api/v1/trajectories/me/steps/{s.pk}/evidence"
    r = client.post(url, {"file": SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf")}, **_bearer(citizen))
    assert r.status_code == 428 and not s.evidence.exists()
    r = client.post(url, {"file": SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf"), "version": s.version}, **_bearer(citizen))
    assert r.status_code == 201, r.content
    r = client.post(url, {"note": "nog eens", "version": s.version}, **_bearer(citizen))
    assert r.status_code == 409  # the version it read is stale now


# --------------------------------------------------------------------------- 2b. every page form that edits sends the version

def test_every_page_form_that_edits_sends_the_version(setting):
    import re

    from django.test import Client

    counsellor, person, citizen = setting
    cp = factories.principal(counsellor)
    t, a = accepted_agreement(counsellor, person, citizen)
    uc.draft_for(cp, a.pk, a.version)
    pages = []
    for user, url in ((counsellor, f"/personen/{person.pk}/traject/"), (citizen, "/mijn-afspraken/")):
        c = Client()
        c.force_login(user)
        pages.append(c.get(url).content.decode())
    forms = [f for page in pages for f in re.findall(r"<form method=\"post\".*?</form>", page, re.S)]
    assert len(forms) > 5
    creations = ('value="start"', 'value="create_agreement"')
    for form in forms:
        if not any(c in form for c in creations):
            assert 'name="version"' in form, form[:300]


# --------------------------------------------------------------------------- 5. editor texts

def _editor_page(counsellor, person) -> str:
    from django.test import Client

    c = Client()
    c.force_login(counsellor)
    return c.get(f"/personen/{person.pk}/traject/").content.decode()


def test_language_need_prefills_the_form_it_mentions(setting):
    from werkregie.matching.models import DesiredOccupation
    from werkregie.organisations.models import OrganisationKind
    from werkregie.people.models import PersonLanguage
    from werkregie.vacancies.models import Vacancy

    counsellor, person, _ = setting
    uri = "http://data.europa.eu/esco/occupation/test-magazijnier"
    DesiredOccupation.objects.create(person=person, occupation_uri=uri)
    employer = factories.organisation(OrganisationKind.EMPLOYER)
    Vacancy.objects.create(employer=employer, title="Magazijnier", occupation_uri=uri, language_needs=[{"language": "nl", "level": "B1"}])
    PersonLanguage.objects.create(person=person, language="nl", level="A2")
    uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
    page = _editor_page(counsellor, person)
    assert "Taalnood" in page and "al ingevuld" in page
    assert 'value="Taalcursus Nederlands tot niveau B1"' in page  # the form below really is filled in


def test_title_is_not_repeated_and_approve_needs_evidence_and_dates_do_not_wrap(setting):
    from werkregie.core.errors import InvalidInput

    counsellor, person, citizen = setting
    _, a = accepted_agreement(counsellor, person, citizen)  # title "Afsprakenblad", level sheet (“Afsprakenblad”)
    page = _editor_page(counsellor, person)
    assert "Afsprakenblad — Afsprakenblad" not in page
    assert 'value="approve"' not in page and "Wacht op bewijs" in page  # no evidence yet: nothing to approve
    assert 'class="nowrap">' in page
    step = a.steps.get()
    with pytest.raises(InvalidInput):
        uc.review_step(factories.principal(counsellor), step.pk, step.version, approve=True)
    from django.test import Client

    c = Client()
    c.force_login(citizen)
    assert "Afsprakenblad — Afsprakenblad" not in c.get("/mijn-afspraken/").content.decode()
    _upload(citizen, step)
    assert 'value="approve"' in _editor_page(counsellor, person)
