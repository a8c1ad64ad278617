"""Who may see and do what in compliance, for all eight roles, on every page and endpoint; every read logged with its
purpose; the whole case through the API; the refusal of a job judged on confirmed competences only."""

import datetime as dt
import io

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.compliance import use_cases
from werkregie.compliance.models import Case, Evidence
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind
from werkregie.people.models import Person

from . import compliance_support as cs
from . import factories as f

ROLES = [Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST, Role.ADMIN]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def world(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    person = cs.jobseeker(team=team)
    hidden = f.person()  # no benefit: not visible to the controller
    users = {role: f.user(role) for role in ROLES if role not in (Role.CITIZEN, Role.COUNSELLOR)}
    users[Role.COUNSELLOR] = f.user(Role.COUNSELLOR, team)
    users[Role.CITIZEN] = f.user(Role.CITIZEN, person=person)
    case = cs.open_case(person)
    with clock.travel_to(cs.at(clock.today())):
        case = use_cases.plan_hearing(f.principal(users[Role.CONTROLLER]), case.pk, hearing_at=cs.at(cs.hearing_day(clock.today())),
                                      mode="written", version=case.version)
    other = cs.open_case(hidden)
    return {"users": users, "person": person, "case": case, "hidden_case": other}


def bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


GETS = {
    "/api/v1/compliance/cases": {Role.CONTROLLER: 200, Role.ADMIN: 200, "else": 403},
    "/api/v1/compliance/cases/{case}": {Role.CONTROLLER: 200, Role.ADMIN: 200, "else": 404},
    "/api/v1/compliance/persons/{person}/cases": {Role.COUNSELLOR: 200, Role.CONTROLLER: 200, Role.ADMIN: 200, "else": 404},
    "/api/v1/compliance/deviations": {Role.CONTROLLER: 200, Role.ANALYST: 200, Role.ADMIN: 200, "else": 403},
    "/api/v1/compliance/me/cases": {Role.CITIZEN: 200, "else": 404},
    "/api/v1/compliance/me/cases/{case}": {Role.CITIZEN: 200, "else": 404},
    "/api/v1/compliance/rules": {"else": 200},
}
POSTS = {  # invalid payloads: an allowed role gets 422 (nothing changes), any other role learns nothing (404/403)
    # stop 29: the admin sees the case but takes no step of the procedure (separation of duties): 403, before the body
    "/api/v1/compliance/cases/{case}/drop": ({"reason": "kort"}, {Role.CONTROLLER: 422, Role.ADMIN: 403, "else": 404}),
    "/api/v1/compliance/cases/{case}/hearing-report": ({"report": "kort"}, {Role.CONTROLLER: 422, Role.ADMIN: 403, "else": 404}),
    "/api/v1/compliance/cases/{case}/decision": ({"decision": "warning", "motivation": "kort"}, {Role.CONTROLLER: 422, Role.ADMIN: 403, "else": 404}),
    "/api/v1/compliance/cases/{case}/appeal-outcome": ({"outcome": "x", "reason": "kort"}, {Role.CONTROLLER: 422, Role.ADMIN: 403, "else": 404}),
    "/api/v1/compliance/cases/{case}/appeal": ({"text": "kort"}, {Role.CONTROLLER: 422, Role.ADMIN: 403, Role.CITIZEN: 422, "else": 404}),
    "/api/v1/compliance/me/cases/{case}/appeal": ({"text": "kort"}, {Role.CITIZEN: 422, "else": 404}),
    "/api/v1/compliance/refusals": ({"person_id": "{person}", "vacancy_id": 999999}, {Role.COUNSELLOR: 422, Role.CONTROLLER: 422, Role.ADMIN: 403,
                                                                                      "else": 404}),  # stop 29: a report opens a case
}
PAGES = {
    "/controle/dossiers/": {Role.CONTROLLER: 200, Role.ADMIN: 200, "else": 403},
    "/controle/dossiers/{case}/": {Role.CONTROLLER: 200, Role.ADMIN: 200, "else": 403},
    "/controle/afwijkingen/": {Role.CONTROLLER: 200, Role.ANALYST: 200, Role.ADMIN: 200, "else": 403},
    "/controle/weigering/": {Role.COUNSELLOR: 200, Role.CONTROLLER: 200, "else": 403},  # stop 29: not the admin (it opens a case)
    "/controle/personen/{person}/": {Role.COUNSELLOR: 200, Role.CONTROLLER: 200, Role.ADMIN: 200, "else": 403},
    "/mijn-dossier/": {Role.CITIZEN: 200, "else": 403},
    "/mijn-dossier/{case}/": {Role.CITIZEN: 200, "else": 403},
}


def _fill(template: str, world) -> str:
    return template.format(case=world["case"].pk, person=world["person"].pk)


@pytest.mark.parametrize("role", ROLES)
def test_api_reads_for_every_role(world, role):
    client = Client()
    headers = bearer(world["users"][role])
    for template, expected in GETS.items():
        response = client.get(_fill(template, world), **headers)
        assert response.status_code == expected.get(role, expected["else"]), (role, template, response.content[:300])
    if role in (Role.CONTROLLER, Role.ADMIN):  # a case of a person outside the controller's population
        hidden = client.get(f"/api/v1/compliance/cases/{world['hidden_case'].pk}", **headers).status_code
        assert hidden == (200 if role == Role.ADMIN else 404)


@pytest.mark.parametrize("role", ROLES)
def test_api_writes_for_every_role_change_nothing_when_refused(world, role):
    client = Client()
    headers = bearer(world["users"][role])
    before = Case.objects.get(pk=world["case"].pk).version
    for template, (payload, expected) in POSTS.items():
        body = {k: int(_fill(v, world)) if isinstance(v, str) and v.startswith("{") else v for k, v in payload.items()}
        # the current version (required on every edit since issue 17): the refusal is about the role, not the version
        response = client.post(_fill(template, world), body, content_type="application/json", HTTP_IF_MATCH=f'"v{before}"', **headers)
        assert response.status_code == expected.get(role, expected["else"]), (role, template, response.content[:300])
        assert response["Content-Type"] == "application/problem+json"
    assert Case.objects.get(pk=world["case"].pk).version == before


@pytest.mark.parametrize("role", ROLES)
def test_pages_for_every_role(world, role):
    client = Client()
    client.force_login(world["users"][role])
    for template, expected in PAGES.items():
        response = client.get(_fill(template, world))
        assert response.status_code == expected.get(role, expected["else"]), (role, template)


def test_the_case_file_is_logged_with_availability_control_and_the_counsellor_sees_no_details(world):
    client = Client()
    controller, counsellor = world["users"][Role.CONTROLLER], world["users"][Role.COUNSELLOR]
    body = client.get(f"/api/v1/compliance/cases/{world['case'].pk}", **bearer(controller)).json()
    # a hearing in writing has its own letter since stop 28 (second walk: it read as a meeting at an hour)
    assert body["state"] == "hearing_planned" and body["messages"][0]["template"] == "compliance.hearing_written"
    assert body["proposal"]["decision"] == "warning" and body["proposal"]["references"]
    entry = AccessLogEntry.objects.filter(person_id=world["person"].pk, purpose="availability_control").last()
    assert entry is not None and "controledossier" in entry.what
    summary = client.get(f"/api/v1/compliance/persons/{world['person'].pk}/cases", **bearer(counsellor)).json()
    assert summary[0]["state"] == "hearing_planned" and "decision" not in summary[0] and "proposal" not in summary[0]


def test_the_whole_procedure_through_the_api_with_evidence(world):
    client = Client()
    controller, citizen = bearer(world["users"][Role.CONTROLLER]), bearer(world["users"][Role.CITIZEN])
    case = world["case"]
    upload = io.BytesIO(PDF)
    upload.name = "attest.pdf"
    response = client.post(f"/api/v1/compliance/me/cases/{case.pk}/response", {"text": "Ik lag in het ziekenhuis, attest erbij.",
                                                                                "version": case.version, "waive_hearing": True, "files": [upload]}, **citizen)
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "to_decide" and len(response.json()["evidence"]) == 1
    evidence = Evidence.objects.get(case=case)
    download = client.get(f"/api/v1/compliance/cases/{case.pk}/evidence/{evidence.pk}", **controller)
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert client.get(f"/api/v1/compliance/cases/{case.pk}/evidence/{evidence.pk}", **bearer(world["users"][Role.COUNSELLOR])).status_code == 404
    bad = io.BytesIO(b"MZ not a pdf")
    bad.name = "virus.pdf"
    refused = client.post(f"/api/v1/compliance/cases/{case.pk}/evidence", {"file": bad}, **controller)
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "file" and Evidence.objects.filter(case=case).count() == 1
    version = Case.objects.get(pk=case.pk).version
    response = client.post(f"/api/v1/compliance/cases/{case.pk}/decision", {"decision": "none", "motivation": "Geldige reden bewezen met attest.",
                                                                            "version": version}, content_type="application/json", **controller)
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "deviation_reason"
    response = client.post(f"/api/v1/compliance/cases/{case.pk}/decision", {
        "decision": "none", "motivation": "Geldige reden bewezen met attest.", "deviation_reason": "Ziekenhuisopname bewezen door attest.",
        "version": version}, content_type="application/json", **controller)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "notified" and body["decision"]["deviates"] and body["decision"]["notified_on"]
    stale = client.post(f"/api/v1/compliance/cases/{case.pk}/drop", {"reason": "Een reden die lang genoeg is.", "version": version},
                        content_type="application/json", **controller)
    assert stale.status_code == 409
    report = client.get("/api/v1/compliance/deviations", **bearer(world["users"][Role.ANALYST])).json()
    # one decision: the total is a count of staff decisions, shown in full (walk of stop 29); the groups of citizens stay hidden
    assert report["total"] == {"decisions": 1, "deviations": 1, "more_severe": 0, "less_severe": 1, "rate": 1.0, "suppressed": False}
    assert all(v["suppressed"] for values in report["groups"].values() for v in values.values()), "groups under 10 are suppressed"


def test_the_controller_pages_walk_the_procedure(world):
    client = Client()
    client.force_login(world["users"][Role.CONTROLLER])
    case = world["case"]
    page = client.get("/controle/dossiers/")
    assert page.status_code == 200 and f"#{case.pk}".encode() in page.content
    detail = client.get(f"/controle/dossiers/{case.pk}/")
    assert "Verhoor of schriftelijk verweer registreren".encode() in detail.content
    assert "Verhoor plannen en uitnodigen".encode() in detail.content, "the history shows each step with its label"
    response = client.post(f"/controle/dossiers/{case.pk}/record_hearing/", {"record_hearing-report": "kort", "record_hearing-version": case.version})
    assert response.status_code == 400 and b"error-summary" in response.content
    with clock.travel_to(case.hearing_at + dt.timedelta(hours=1)):
        response = client.post(f"/controle/dossiers/{case.pk}/record_hearing/", {"record_hearing-report": "Schriftelijk verweer ontvangen en gelezen.",
                                                                                 "record_hearing-version": case.version})
    assert response.status_code == 302
    assert Case.objects.get(pk=case.pk).state == "to_decide"


def test_the_citizen_page_responds_with_evidence(world):
    client = Client()
    client.force_login(world["users"][Role.CITIZEN])
    case = world["case"]
    page = client.get(f"/mijn-dossier/{case.pk}/")
    assert page.status_code == 200 and "Mijn uitleg versturen".encode() in page.content
    upload = io.BytesIO(PDF)
    upload.name = "bewijs.pdf"
    response = client.post(f"/mijn-dossier/{case.pk}/respond/", {"respond-response": "Ik had een sollicitatiegesprek op dat uur.",
                                                                 "respond-version": case.version, "respond-file": upload,
                                                                 "respond-waive_hearing": "on"})
    assert response.status_code == 302, response.content[:2000]
    case.refresh_from_db()
    assert case.state == "to_decide" and case.evidence.count() == 1
    other = f.user(Role.CITIZEN, person=f.person())
    client.force_login(other)
    assert client.get(f"/mijn-dossier/{case.pk}/").status_code == 404


def test_person_merge_or_unknown_ids_are_not_found(world):
    client = Client()
    headers = bearer(world["users"][Role.CONTROLLER])
    assert client.get("/api/v1/compliance/cases/999999", **headers).status_code == 404
    assert client.get(f"/api/v1/compliance/persons/{Person.objects.order_by('-pk').first().pk + 10}/cases", **headers).status_code == 404


def test_openapi_documents_every_compliance_endpoint(db):
    schema = Client().get("/api/v1/openapi.json").json()
    paths = {p for p in schema["paths"] if p.startswith("/api/v1/compliance")}
    expected = {"/api/v1/compliance/cases", "/api/v1/compliance/cases/{case_id}", "/api/v1/compliance/cases/{case_id}/decision",
                "/api/v1/compliance/refusals", "/api/v1/compliance/deviations", "/api/v1/compliance/me/cases/{case_id}/response",
                "/api/v1/compliance/rules", "/api/v1/compliance/persons/{person_id}/cases"}
    assert expected <= paths and len(paths) == 22  # stop 28: + a letter's evidence PDF, + moving a planned hearing


def test_deviations_report_shows_groups_of_ten_and_suppresses_smaller_ones(world):
    from werkregie.compliance.enums import Infringement

    analyst = f.principal(world["users"][Role.ANALYST])
    controller = world["users"][Role.CONTROLLER]
    for n in range(12):
        person = cs.jobseeker(sex="F" if n < 10 else "M")
        Case.objects.create(person=person, infringement=Infringement.MISSED_APPOINTMENT, source_workflow="t", source_id=n, occurred_on=dt.date(2026, 3, 2),
                            opened_at=clock.now(), state="notified", proposed_decision="warning", decision="suspension" if n % 5 == 0 else "warning",
                            decision_weeks=4 if n % 5 == 0 else 0, deviation_reason="Herhaald zonder reden." if n % 5 == 0 else "",
                            decided_by=controller, decided_at=clock.now())
    report = use_cases.deviations_report(analyst)
    women, men = report["groups"]["sex"]["vrouw"], report["groups"]["sex"]["man"]
    # women (10) would follow from the total (12) minus the hidden men (2): complementary suppression hides them too
    assert women["decisions"] is None and women["deviations"] is None and women["suppressed"]
    assert men["suppressed"] and men["decisions"] is None
    assert report["controllers"][controller.get_full_name() or controller.username]["decisions"] == 12
