"""Pages and API of trajectories: every page and endpoint for all eight roles, optimistic locking over HTTP (409 with
the current version), evidence upload and download through the permission check, and the OpenAPI document."""

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests import factories
from tests.trajectories_support import PDF, accepted_agreement, caseload, partner_org
from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Evidence, StoredFile
from werkregie.workflows.services import PLATFORM

DAY = dt.date(2026, 3, 2)
ROLES = list(Role.values)


@pytest.fixture
def world(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        trajectory, agreement = accepted_agreement(counsellor, person, citizen)
        mutuality = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        step = agreement.steps.get()
        uc.AgreementStep.objects.filter(pk=step.pk).update(partner=mutuality)
        users = {
            Role.CITIZEN: citizen, Role.COUNSELLOR: counsellor, Role.CONTROLLER: factories.user(Role.CONTROLLER),
            Role.EMPLOYER: factories.user(Role.EMPLOYER), Role.MUNICIPALITY: factories.user(Role.MUNICIPALITY),
            Role.PARTNER: factories.user(Role.PARTNER, organisation=mutuality), Role.ANALYST: factories.user(Role.ANALYST),
            Role.ADMIN: factories.user(Role.ADMIN),
        }
        evidence = uc.submit_evidence(factories.principal(citizen), step.pk, upload=SimpleUploadedFile("attest.pdf", PDF, content_type="application/pdf"))
        yield {"users": users, "person": person, "trajectory": trajectory, "agreement": agreement, "step": step, "evidence": evidence}


def _web(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {factories.token(user)}"}


@pytest.mark.parametrize("role", ROLES)
def test_pages_for_every_role(world, role):
    c = _web(world["users"][role])
    with clock.travel_to(DAY):
        editor = role in (Role.COUNSELLOR, Role.ADMIN)
        response = c.get(f"/personen/{world['person'].pk}/traject/")
        assert response.status_code == (200 if editor else 403), role
        if role == Role.ADMIN:  # two purposes fit (administration, complaint handling): the page asks first (stop 28)
            assert "Waarom raadpleegt u dit dossier?" in response.content.decode()
            assert "Afsprakenblad" not in response.content.decode()
            response = c.get(f"/personen/{world['person'].pk}/traject/?doel=administration")
        if editor:
            assert "Afsprakenblad" in response.content.decode()
        response = c.get("/mijn-afspraken/")
        assert response.status_code == (200 if role == Role.CITIZEN else 403)
        if role == Role.CITIZEN:
            assert "Opleiding heftruck" in response.content.decode()
        response = c.get("/partner/stappen/")
        assert response.status_code == (200 if role == Role.PARTNER else 403)
        response = c.get(f"/bewijsstukken/{world['evidence'].pk}/")
        assert response.status_code == (200 if role in (Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN, Role.PARTNER) else 404), role
        if response.status_code == 200:
            assert b"".join(response.streaming_content) == PDF
            assert response["X-Content-Type-Options"] == "nosniff"
        response = c.post(f"/personen/{world['person'].pk}/traject/actie/", {"action": "start", "kind": "standard"})
        assert response.status_code == (302 if editor else 403)


@pytest.mark.parametrize("role", ROLES)
def test_api_for_every_role(world, role, client):
    headers = _bearer(world["users"][role])
    person, agreement, step = world["person"], world["agreement"], world["step"]
    with clock.travel_to(DAY):
        editor = role in (Role.COUNSELLOR, Role.ADMIN)
        r = client.get(f"/api/v1/trajectories/persons/{person.pk}", **headers)
        assert r.status_code == (200 if editor else 403), (role, r.content)
        r = client.get(f"/api/v1/trajectories/agreements/{agreement.pk}", **headers)
        assert r.status_code == (200 if editor else 403)
        r = client.get("/api/v1/trajectories/me", **headers)
        assert r.status_code == (200 if role == Role.CITIZEN else 403)
        r = client.get("/api/v1/trajectories/partner/steps", **headers)
        assert r.status_code == (200 if role == Role.PARTNER else 403)
        if role == Role.PARTNER:
            assert [s["id"] for s in r.json()] == [step.pk]
        r = client.get(f"/api/v1/trajectories/evidence/{world['evidence'].pk}/file", **headers)
        assert r.status_code == (200 if role in (Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN, Role.PARTNER) else 403)
        r = client.post(f"/api/v1/trajectories/{world['trajectory'].pk}/agreements", data=json.dumps({"title": "Nieuw"}),
                        content_type="application/json", **headers)
        assert r.status_code == (201 if editor else 403)


def test_api_stale_version_gets_409_with_the_current_version(world, client):
    counsellor = world["users"][Role.COUNSELLOR]
    colleague = factories.user(Role.COUNSELLOR, organisation=counsellor.organisation)
    a = world["agreement"]
    seen = a.version
    with clock.travel_to(DAY):
        # second attack of stop 29 (deliberate change): the ETag has the same form as every other resource's, "v<version>"
        assert client.get(f"/api/v1/trajectories/agreements/{a.pk}", **_bearer(counsellor))["ETag"] == f'"v{seen}"'
        r1 = client.patch(f"/api/v1/trajectories/agreements/{a.pk}", data=json.dumps({"title": "Versie van Bart", "version": seen}),
                          content_type="application/json", **_bearer(counsellor))
        assert r1.status_code == 200 and r1.json()["revision"] == 2 and r1.json()["state"] == "draft"
        r2 = client.patch(f"/api/v1/trajectories/agreements/{a.pk}", data=json.dumps({"title": "Versie van collega"}),
                          content_type="application/json", HTTP_IF_MATCH=f'"{seen}"', **_bearer(colleague))
        assert r2.status_code == 409
        body = r2.json()
        a.refresh_from_db()
        assert body["current_version"] == a.version and body["current"]["id"] == a.pk
        assert r2["Content-Type"] == "application/problem+json"
        assert body["errors"][0]["field"] == "version"


def test_page_stale_version_shows_a_clear_message(world):
    counsellor = world["users"][Role.COUNSELLOR]
    a = world["agreement"]
    c = _web(counsellor)
    with clock.travel_to(DAY):
        c.post(f"/personen/{world['person'].pk}/traject/actie/", {"action": "new_version", "id": a.pk, "version": a.version})
        response = c.post(f"/personen/{world['person'].pk}/traject/actie/", {"action": "new_version", "id": a.pk, "version": a.version}, follow=True)
        assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()


def test_citizen_accepts_and_uploads_on_the_page(world):
    citizen = world["users"][Role.CITIZEN]
    counsellor = world["users"][Role.COUNSELLOR]
    with clock.travel_to(DAY):
        v2 = uc.draft_for(factories.principal(counsellor), world["agreement"].pk, world["agreement"].version)
        # The step of version 1 already has its evidence handed in, and (since the carry-over fix) it stays handed in in
        # version 2; so version 2 gets a new step for the citizen to upload to.
        uc.add_step(factories.principal(counsellor), v2.pk, v2.version, {"kind": "training", "title": "Attest VCA", "evidence_kind": "upload",
                                                                          "due_on": DAY + dt.timedelta(days=20)})
        v2.refresh_from_db()
        v2 = uc.propose(factories.principal(counsellor), v2.pk, v2.version)
        c = _web(citizen)
        page = c.get("/mijn-afspraken/").content.decode()
        assert "Ik aanvaard deze afspraken" in page
        response = c.post(f"/mijn-afspraken/{v2.pk}/aanvaarden/", {"version": v2.version}, follow=True)
        assert "U hebt de afspraken aanvaard" in response.content.decode()
        v2.refresh_from_db()
        assert v2.state == "accepted"
        assert v2.steps.get(carried_from=world["step"]).state == "evidence_submitted"
        step = v2.steps.get(title="Attest VCA")
        before = (Evidence.objects.count(), StoredFile.objects.count())
        bad = c.post(f"/mijn-afspraken/stappen/{step.pk}/bewijs/", {"file": SimpleUploadedFile("x.pdf", b"not a pdf"), "note": "", "version": step.version})
        assert bad.status_code == 422 and "niet aanvaard" in bad.content.decode()
        assert (Evidence.objects.count(), StoredFile.objects.count()) == before
        ok = c.post(f"/mijn-afspraken/stappen/{step.pk}/bewijs/", {"file": SimpleUploadedFile("attest.pdf", PDF, content_type="application/pdf"),
                                                                   "version": step.version})
        assert ok.status_code == 302
        step.refresh_from_db()
        assert step.state == "evidence_submitted"


def test_api_citizen_evidence_upload_multipart(world, client):
    citizen = world["users"][Role.CITIZEN]
    counsellor = world["users"][Role.COUNSELLOR]
    with clock.travel_to(DAY):
        uc.review_step(factories.principal(counsellor), world["step"].pk, None, approve=False, note="onleesbaar attest")
        # Contract change (security review): every edit must send the version it read (else 428); the call sends it.
        seen = uc.AgreementStep.objects.get(pk=world["step"].pk).version
        r = client.post(f"/api/v1/trajectories/me/steps/{world['step'].pk}/evidence", {"file": SimpleUploadedFile("a.png", b"\x89PNG\r\n\x1a\n" + b"0" * 20,
                                                                                                               content_type="image/png"),
                                                                                        "note": "nieuw attest", "version": seen}, **_bearer(citizen))
        assert r.status_code == 201, r.content
        seen = uc.AgreementStep.objects.get(pk=world["step"].pk).version
        r = client.post(f"/api/v1/trajectories/me/steps/{world['step'].pk}/evidence", {"note": "nog eens", "version": seen}, **_bearer(citizen))
        assert r.status_code in (409, 422)


def test_partner_updates_only_its_step_over_the_api(world, client):
    partner = world["users"][Role.PARTNER]
    with clock.travel_to(DAY):
        # Contract change (security review): every edit must send the version it read (else 428); the call sends it.
        seen = uc.AgreementStep.objects.get(pk=world["step"].pk).version
        r = client.patch(f"/api/v1/trajectories/partner/steps/{world['step'].pk}", data=json.dumps({"note": "Gesprek TNW gehad", "version": seen}),
                         content_type="application/json", **_bearer(partner))
        assert r.status_code == 200 and "Gesprek TNW gehad" in r.json()["partner_note"]
        other = uc.add_step(factories.principal(world["users"][Role.COUNSELLOR]), world["agreement"].pk, world["agreement"].version,
                            {"kind": "training", "title": "Cursus", "due_on": DAY + dt.timedelta(days=9)})
        r = client.patch(f"/api/v1/trajectories/partner/steps/{other.pk}", data=json.dumps({"note": "niet van ons", "version": other.version}),
                         content_type="application/json", **_bearer(partner))
        assert r.status_code == 404


def test_openapi_documents_the_trajectory_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/trajectories/persons/{person_id}", "/api/v1/trajectories/me", "/api/v1/trajectories/agreements/{agreement_id}",
                 "/api/v1/trajectories/partner/steps", "/api/v1/trajectories/me/steps/{step_id}/evidence"):
        assert path in paths


def test_sweep_is_idempotent(world):
    from werkregie.trajectories.sweeps import sweep

    with clock.travel_to(DAY + dt.timedelta(days=40)):
        first = sweep(clock.today())
        second = sweep(clock.today())
    assert second.get("steps_missed", 0) == 0 and second.get("agreements_missed", 0) == 0
    assert second.get("due_tasks", 0) == 0 and second.get("agreement_to_make_tasks", 0) == 0
    assert first is not None


def test_sweep_suspends_on_sickness_and_closes_on_lasting_work(world):
    from werkregie.people.enums import StatusKind
    from werkregie.trajectories.models import Trajectory
    from werkregie.trajectories.sweeps import sweep

    person, t = world["person"], world["trajectory"]
    factories.episode(person, StatusKind.SICK, DAY + dt.timedelta(days=3), DAY + dt.timedelta(days=12))
    with clock.travel_to(DAY + dt.timedelta(days=5)):
        sweep(clock.today())
    t.refresh_from_db()
    assert t.state == "suspended" and t.suspension_reason == "sickness"
    with clock.travel_to(DAY + dt.timedelta(days=13)):
        sweep(clock.today())
    t.refresh_from_db()
    assert t.state == "active" and t.suspended_days == 10
    factories.episode(person, StatusKind.EMPLOYED, DAY + dt.timedelta(days=20))
    with clock.travel_to(DAY + dt.timedelta(days=21)):
        sweep(clock.today())
    t.refresh_from_db()
    assert t.state == "suspended" and t.suspension_reason == "work"
    with clock.travel_to(DAY + dt.timedelta(days=20 + 92)):
        sweep(clock.today())
    t = Trajectory.objects.get(pk=t.pk)
    assert t.state == "closed" and t.outflow and t.closed_on == DAY + dt.timedelta(days=20)
    assert PLATFORM.role == "system"


def test_sweep_killed_halfway_leaves_whole_changes_and_the_next_run_completes(ref, monkeypatch):
    from tests.trajectories_support import accepted_agreement, caseload
    from werkregie.trajectories import sweeps
    from werkregie.trajectories.models import Agreement, AgreementStep
    from werkregie.worklist.models import Task

    with clock.travel_to(DAY):
        pairs = [accepted_agreement(*caseload()) for _ in range(2)]
    real = uc.miss_agreement
    calls = []

    def dies_on_second(agreement, who, reason):
        calls.append(agreement.pk)
        if len(calls) == 2:
            raise KeyboardInterrupt("killed")
        return real(agreement, who, reason)

    monkeypatch.setattr(uc, "miss_agreement", dies_on_second)
    later = DAY + dt.timedelta(days=45)
    with clock.travel_to(later), pytest.raises(KeyboardInterrupt):
        sweeps.sweep(later)
    first, second = (Agreement.objects.get(pk=a.pk) for _, a in pairs)
    done, undone = (first, second) if first.pk == calls[0] else (second, first)
    assert done.state == "missed" and Task.objects.filter(key=f"agreement:{done.pk}:escalate").exists()
    assert undone.state == "accepted" and AgreementStep.objects.get(agreement=undone).state == "open"  # rolled back whole
    assert not Task.objects.filter(key=f"agreement:{undone.pk}:escalate").exists()
    monkeypatch.setattr(uc, "miss_agreement", real)
    with clock.travel_to(later):
        counts = sweeps.sweep(later)
    assert counts["agreements_missed"] == 1
    undone.refresh_from_db()
    assert undone.state == "missed" and Task.objects.filter(key=f"agreement:{undone.pk}:escalate").exists()


# stop 28 (walk): French says "engagements" for afspraken everywhere (it mixed "accords", "feuille d'accords" and "plan d'action")
@pytest.mark.parametrize("language,title", [("fr", "Mes engagements"), ("en", "My agreements")])
def test_citizen_page_in_french_and_english(world, language, title):
    c = _web(world["users"][Role.CITIZEN])
    with clock.travel_to(DAY):
        page = c.get("/mijn-afspraken/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert title in page and "Mijn afspraken</h1>" not in page


def test_plain_paths_match_the_url_configuration():
    from django.urls import reverse

    assert uc.my_link() == reverse("my_appointments")
    assert uc.file_url(42) == reverse("trajectory_file", args=[42])


def test_counsellor_page_actions_end_to_end(world):
    from werkregie.trajectories.models import Trajectory

    counsellor = world["users"][Role.COUNSELLOR]
    person, t = world["person"], world["trajectory"]
    c = _web(counsellor)
    url = f"/personen/{person.pk}/traject/actie/"
    with clock.travel_to(DAY):
        t.refresh_from_db()
        page = c.post(url, {"action": "suspend", "id": t.pk, "version": t.version, "reason": "work", "note": "Interim 3 weken"}, follow=True)
        assert "de termijnen lopen niet meer" in page.content.decode()
        t.refresh_from_db()
        assert t.state == "suspended"
        c.post(url, {"action": "resume", "id": t.pk, "version": t.version})
        t.refresh_from_db()
        assert t.state == "active"
        step = world["step"]
        step.refresh_from_db()
        page = c.post(url, {"action": "reject", "id": step.pk, "version": step.version, "note": ""}, follow=True)
        assert "Geef een reden op" in page.content.decode()
        c.post(url, {"action": "reject", "id": step.pk, "version": step.version, "note": "Attest is onleesbaar"})
        step.refresh_from_db()
        assert step.state == "rejected" and step.review_note == "Attest is onleesbaar"
        page = c.post(url, {"action": "bogus"}, follow=True)
        assert "Onbekende actie" in page.content.decode()
        t.refresh_from_db()
        c.post(url, {"action": "close", "id": t.pk, "version": t.version, "end_reason": "lasting_work", "note": "Vast contract"})
        assert Trajectory.objects.get(pk=t.pk).outflow is True
        assert c.get(f"/personen/{person.pk}/traject/").status_code == 200


def test_partner_page_updates_its_step(world):
    partner = world["users"][Role.PARTNER]
    step = world["step"]
    c = _web(partner)
    with clock.travel_to(DAY):
        page = c.get("/partner/stappen/").content.decode()
        assert "Opleiding heftruck" in page
        step.refresh_from_db()
        response = c.post(f"/partner/stappen/{step.pk}/", {"version": step.version, "note": "Gesprek gehad met de TNW-coördinator", "outcome": "note"},
                          follow=True)
        assert "Uw verslag is bewaard." in response.content.decode()
        step.refresh_from_db()
        assert "TNW-coördinator" in step.partner_note
        assert c.post("/partner/stappen/999999/", {"note": "x", "version": 1}).status_code == 404
