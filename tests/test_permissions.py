"""The access matrix: every role × every page and endpoint that shows personal data, allowed and denied."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core.identifiers import format_insz
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people import perms
from werkregie.people.enums import ConsentPurpose, StatusKind
from werkregie.people.models import Consent, PartnerLink, Person
from werkregie.vacancies.models import Application, ApplicationOrigin, Vacancy

from . import factories as f

ROLES = [Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST, Role.ADMIN]
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@pytest.fixture
def world(db):
    team, other_team = f.organisation(OrganisationKind.VDAB_TEAM), f.organisation(OrganisationKind.VDAB_TEAM)
    employer = f.organisation(OrganisationKind.EMPLOYER)
    other_employer = f.organisation(OrganisationKind.EMPLOYER)
    agency = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.INTEGRATION_AGENCY)
    other_agency = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.INTEGRATION_AGENCY)
    ocmw_gent = f.organisation(OrganisationKind.MUNICIPALITY, municipality_id="44021")
    users = {
        Role.COUNSELLOR: f.user(Role.COUNSELLOR, team), Role.CONTROLLER: f.user(Role.CONTROLLER),
        Role.EMPLOYER: f.user(Role.EMPLOYER, employer), Role.MUNICIPALITY: f.user(Role.MUNICIPALITY, ocmw_gent),
        Role.PARTNER: f.user(Role.PARTNER, agency), Role.ANALYST: f.user(Role.ANALYST), Role.ADMIN: f.user(Role.ADMIN),
    }
    p = {name: f.person(last_name=name.replace("_", "")) for name in (
        "case_direct", "case_team", "other_team", "leefloon_gent", "leefloon_ended", "leefloon_antwerp", "benefit",
        "benefit_ended", "applied", "proposed_consent", "proposed_withdrawn", "applied_elsewhere", "partner_link",
        "partner_other", "citizen", "nobody",
    )}
    Person.objects.filter(pk=p["case_direct"].pk).update(counsellor=users[Role.COUNSELLOR])
    Person.objects.filter(pk=p["case_team"].pk).update(team=team)
    Person.objects.filter(pk=p["other_team"].pk).update(team=other_team)
    f.episode(p["leefloon_gent"], StatusKind.LEEFLOON, municipality="44021")
    f.episode(p["leefloon_ended"], StatusKind.LEEFLOON, end=dt.date(2025, 6, 30), municipality="44021")
    f.episode(p["leefloon_antwerp"], StatusKind.LEEFLOON, municipality="11002")
    f.episode(p["benefit"], StatusKind.JOBSEEKER_BENEFIT)
    f.episode(p["benefit_ended"], StatusKind.JOBSEEKER_BENEFIT, end=dt.date(2025, 3, 1))
    vacancy = Vacancy.objects.create(employer=employer, title="Heftruckchauffeur")
    elsewhere = Vacancy.objects.create(employer=other_employer, title="Lasser")
    Application.objects.create(vacancy=vacancy, person=p["applied"], origin=ApplicationOrigin.APPLIED)
    Application.objects.create(vacancy=vacancy, person=p["proposed_consent"], origin=ApplicationOrigin.PROPOSED)
    Consent.objects.create(person=p["proposed_consent"], purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    Application.objects.create(vacancy=vacancy, person=p["proposed_withdrawn"], origin=ApplicationOrigin.PROPOSED)
    Consent.objects.create(person=p["proposed_withdrawn"], purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW, withdrawn_at=NOW)
    Application.objects.create(vacancy=elsewhere, person=p["applied_elsewhere"], origin=ApplicationOrigin.APPLIED)
    PartnerLink.objects.create(person=p["partner_link"], organisation=agency, purpose="integration_trajectory", start=dt.date(2025, 1, 1))
    PartnerLink.objects.create(person=p["partner_other"], organisation=other_agency, purpose="integration_trajectory", start=dt.date(2025, 1, 1))
    users[Role.CITIZEN] = f.user(Role.CITIZEN, person=p["citizen"])
    visible = {
        Role.CITIZEN: {"citizen"}, Role.COUNSELLOR: {"case_direct", "case_team"}, Role.CONTROLLER: {"benefit"},
        # a proposal still waiting for the person's answer shares nothing (second walk, HIGH 3; deliberate change)
        Role.EMPLOYER: {"applied"}, Role.MUNICIPALITY: {"leefloon_gent"}, Role.PARTNER: {"partner_link"},
        Role.ANALYST: set(), Role.ADMIN: set(p),
    }
    return {"users": users, "persons": p, "visible": visible}


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


@pytest.mark.parametrize("role", ROLES)
def test_visible_persons_is_exactly_the_roles_population(world, role):
    principal = f.principal(world["users"][role])
    expected = {world["persons"][n].pk for n in world["visible"][role]}
    assert set(perms.visible_persons(principal).values_list("pk", flat=True)) == expected


@pytest.mark.parametrize("role", ROLES)
def test_api_person_detail_allowed_and_denied(world, role, client):
    headers = _bearer(world["users"][role])
    for name, person in world["persons"].items():
        before = AccessLogEntry.objects.filter(person_id=person.pk).count()
        response = client.get(f"/api/v1/persons/{person.pk}", **headers)
        allowed = name in world["visible"][role]
        assert response.status_code == (200 if allowed else 404), (role, name, response.content)
        after = AccessLogEntry.objects.filter(person_id=person.pk).count()
        assert after == before + (1 if allowed else 0), "every read, and only a read, is logged"
        if allowed:
            assert response.json()["id"] == person.pk
        else:
            assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("role", ROLES)
def test_api_person_search(world, role, client):
    response = client.get("/api/v1/persons?page_size=100", **_bearer(world["users"][role]))
    if role in (Role.CITIZEN, Role.ANALYST):
        assert response.status_code == 403
        return
    assert response.status_code == 200
    got = {item["id"] for item in response.json()["items"]}
    assert got == {world["persons"][n].pk for n in world["visible"][role]}


LIST_PAGE = {Role.COUNSELLOR: "/caseload/", Role.CONTROLLER: "/caseload/", Role.PARTNER: "/caseload/", Role.ADMIN: "/caseload/",
             Role.MUNICIPALITY: "/gemeente/clienten/", Role.EMPLOYER: "/werkgever/kandidaten/"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", sorted(set(LIST_PAGE.values())))
def test_list_pages(world, role, page):
    client = Client()
    client.force_login(world["users"][role])
    response = client.get(page)
    if LIST_PAGE.get(role) != page:
        assert response.status_code == 403
        return
    assert response.status_code == 200
    html = response.content.decode()
    for name, person in world["persons"].items():
        assert (f"/personen/{person.pk}/" in html) == (name in world["visible"][role]), (role, name)


@pytest.mark.parametrize("role", ROLES)
def test_person_page(world, role):
    client = Client()
    client.force_login(world["users"][role])
    for name, person in world["persons"].items():
        response = client.get(f"/personen/{person.pk}/", {"doel": perms.purposes_for(f.principal(world["users"][role]), person.pk)[0] if name in world["visible"][role] else ""})
        if role in (Role.CITIZEN, Role.ANALYST):
            assert response.status_code == 403
        elif name in world["visible"][role]:
            assert response.status_code == 200 and person.last_name in response.content.decode()
        else:
            assert response.status_code == 404


def test_counsellor_must_choose_a_purpose_before_seeing_a_record(world):
    counsellor = world["users"][Role.COUNSELLOR]
    person = world["persons"]["case_direct"]
    client = Client()
    client.force_login(counsellor)
    response = client.get(f"/personen/{person.pk}/")
    assert "Waarom raadpleegt u dit dossier?" in response.content.decode()
    assert person.insz not in response.content.decode() and format_insz(person.insz) not in response.content.decode()
    assert not AccessLogEntry.objects.filter(person_id=person.pk).exists()
    response = client.get(f"/personen/{person.pk}/", {"doel": "screening"})
    assert format_insz(person.insz) in response.content.decode()  # written the Belgian way (issue 16 re-walk)
    assert AccessLogEntry.objects.get(person_id=person.pk).purpose == "screening"


@pytest.mark.parametrize("role", ROLES)
def test_citizen_pages_and_own_access_log(world, role):
    client = Client()
    client.force_login(world["users"][role])
    assert client.get("/mijn-gegevens/").status_code == (200 if role == Role.CITIZEN else 403)
    response = client.get("/api/v1/me/access-log")
    assert response.status_code == (200 if role == Role.CITIZEN else 404)


@pytest.mark.parametrize("role", ROLES)
def test_statistics_only_aggregated_for_analyst_and_admin(world, role, client):
    allowed = role in (Role.ANALYST, Role.ADMIN)
    assert client.get("/api/v1/stats/statuses", **_bearer(world["users"][role])).status_code == (200 if allowed else 403)
    web = Client()
    web.force_login(world["users"][role])
    assert web.get("/statistiek/").status_code == (200 if allowed else 403)


@pytest.mark.parametrize("role", ROLES)
def test_platform_keys_only_for_the_administrator(world, role, client, settings, tmp_path):
    """Issue 13: the page and API of the platform's signing keys; a rotation is refused to every other role (the
    administrator's unconfirmed request is answered on its fields, so no key is made here)."""
    settings.KEY_DIR = tmp_path / "keys"
    allowed = role == Role.ADMIN
    headers = _bearer(world["users"][role])
    listed = client.get("/api/v1/keys", **headers)
    assert listed.status_code == (200 if allowed else 403) and (allowed or listed["Content-Type"] == "application/problem+json")
    rotation = client.post("/api/v1/keys/rotation", {"confirm": False, "reason": "jaarlijks"}, content_type="application/json", **headers)
    assert rotation.status_code == (422 if allowed else 403)
    web = Client()
    web.force_login(world["users"][role])
    assert web.get("/sleutels/").status_code == (200 if allowed else 403)
    assert web.post("/sleutels/", {"reason": "jaarlijks"}).status_code == (422 if allowed else 403)
    assert not (tmp_path / "keys").exists() or not list((tmp_path / "keys").iterdir())  # nothing was made


def test_employer_sees_no_identity_or_status(world, client):
    person = world["persons"]["applied"]
    data = client.get(f"/api/v1/persons/{person.pk}", **_bearer(world["users"][Role.EMPLOYER])).json()
    assert data["insz"] is None and data["birth_date"] is None and data["statuses"] is None
    assert data["last_name"] == person.last_name and data["purpose"] == "recruitment"


def test_partner_purpose_is_its_legal_link(world, client):
    person = world["persons"]["partner_link"]
    data = client.get(f"/api/v1/persons/{person.pk}", **_bearer(world["users"][Role.PARTNER])).json()
    assert data["purpose"] == "integration_trajectory"
    entry = AccessLogEntry.objects.get(person_id=person.pk)
    assert entry.purpose == "integration_trajectory" and entry.channel == "api"


def test_token_scopes_limit_a_partner(world, client):
    partner = world["users"][Role.PARTNER]
    write_only = f.token(partner, ["persons:write"])
    response = client.get(f"/api/v1/persons/{world['persons']['partner_link'].pk}", HTTP_AUTHORIZATION=f"Bearer {write_only}")
    assert response.status_code == 404


def test_citizen_sees_who_read_their_data(world, client):
    citizen = world["users"][Role.CITIZEN]
    admin = world["users"][Role.ADMIN]
    person = world["persons"]["citizen"]
    client.get(f"/api/v1/persons/{person.pk}?purpose=complaint_handling", **_bearer(admin))
    client.get("/api/v1/me", **_bearer(citizen))  # own reads are logged but not listed
    log = client.get("/api/v1/me/access-log", **_bearer(citizen)).json()
    assert log["count"] == 1
    assert log["items"][0]["purpose"] == "complaint_handling" and log["items"][0]["role"] == "admin"
    web = Client()
    web.force_login(citizen)
    html = web.get("/mijn-gegevens/").content.decode()
    assert "Wie heeft mijn gegevens geraadpleegd" in html and "Behandeling van een klacht" in html


def test_purpose_not_allowed_for_role_is_refused(world, client):
    person = world["persons"]["case_direct"]
    response = client.get(f"/api/v1/persons/{person.pk}?purpose=recruitment", **_bearer(world["users"][Role.COUNSELLOR]))
    assert response.status_code == 403
    assert not AccessLogEntry.objects.filter(person_id=person.pk).exists()


@pytest.mark.parametrize("role", ROLES)
def test_csv_export_matrix(world, role):
    import csv
    import io

    client = Client()
    client.force_login(world["users"][role])
    response = client.get("/export/personen.csv")
    if role in (Role.CITIZEN, Role.ANALYST):
        assert response.status_code == 403
        return
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert {int(r[0]) for r in rows[1:]} == {world["persons"][n].pk for n in world["visible"][role]}
    assert ("INSZ" in rows[0]) == (role != Role.EMPLOYER)


def test_counsellor_can_choose_another_purpose(world):
    counsellor = world["users"][Role.COUNSELLOR]
    person = world["persons"]["case_direct"]
    client = Client()
    client.force_login(counsellor)
    client.get(f"/personen/{person.pk}/", {"doel": "guidance"})
    assert "Begeleiding naar werk" in client.get(f"/personen/{person.pk}/").content.decode()  # remembered
    assert "Waarom raadpleegt u dit dossier?" in client.get(f"/personen/{person.pk}/", {"doel": ""}).content.decode()
    assert [e.purpose for e in AccessLogEntry.objects.filter(person_id=person.pk).order_by("seq")] == ["guidance", "guidance"]


# ------------------------------------------------------------------------------------------------ the whole matrix
# Issue 17 point 17: every API operation and every URL pattern has a declared decision for every role of the enum
# (tests/permission_matrix.py); routes added later fail here until someone decides them, role by role.

import re  # noqa: E402

from django.urls import URLPattern, URLResolver, get_resolver  # noqa: E402

from . import permission_matrix as matrix  # noqa: E402

SYMBOLS = {"+", "-", "~"}


def _openapi_operations(client) -> list[str]:
    spec = client.get("/api/v1/openapi.json").json()
    return [f"{method.upper()} {path}" for path, operations in spec["paths"].items() for method in operations]


def _url_patterns(resolver: URLResolver | None = None, prefix: str = "") -> list[tuple[str, URLPattern]]:
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            found += _url_patterns(entry, prefix + str(entry.pattern))
        else:
            found.append((prefix + str(entry.pattern), entry))
    return found


def _web_routes() -> dict[str, URLPattern]:
    """URL patterns outside the API (its operations are the OpenAPI rows); the Django admin as one row."""
    routes = {}
    for route, pattern in _url_patterns():
        if route.startswith("api/v1/"):
            continue
        routes.setdefault("admin/*" if route.startswith("admin/") else route, pattern)
    return routes


def _missing(routes: list[str], declared: dict[str, str], kind: str) -> list[str]:
    problems = []
    roles = list(Role.values)
    unknown_columns = [r for r in matrix.ROLE_COLUMNS if r not in roles]
    if unknown_columns:
        problems.append(f"ROLE_COLUMNS names roles that no longer exist: {unknown_columns}")
    for route in routes:
        if route not in declared:
            problems.append(f"{kind} {route!r}: no row in tests/permission_matrix.py ({kind}); declare one decision per role {roles}")
            continue
        decisions = dict(zip(matrix.ROLE_COLUMNS, declared[route].split()))
        if len(declared[route].split()) != len(matrix.ROLE_COLUMNS):
            problems.append(f"{kind} {route!r}: {len(declared[route].split())} decisions for {len(matrix.ROLE_COLUMNS)} columns")
        for role in roles:
            if role not in decisions:
                problems.append(f"{kind} {route!r}: no decision for role {role!r}")
            elif decisions[role] not in SYMBOLS:
                problems.append(f"{kind} {route!r}: role {role!r} has {decisions[role]!r}, not one of {sorted(SYMBOLS)}")
    for route in declared:
        if route not in routes:
            problems.append(f"{kind} {route!r}: a row for a route that does not exist (removed or renamed?)")
    return problems


def test_every_api_operation_has_a_decision_for_every_role(client, db):
    problems = _missing(_openapi_operations(client), matrix.API, "API")
    assert not problems, "\n".join(problems)


def test_every_url_pattern_has_a_decision_for_every_role():
    problems = _missing(list(_web_routes()), matrix.WEB, "WEB")
    assert not problems, "\n".join(problems)


def test_web_rows_are_what_the_views_enforce():
    """A view guarded by @roles(...) lets in exactly the roles its row allows."""
    problems = []
    for route, pattern in _web_routes().items():
        allowed = getattr(pattern.callback, "allowed_roles", None)
        if allowed is None or route not in matrix.WEB:
            continue
        declared = {role for role, symbol in zip(matrix.ROLE_COLUMNS, matrix.WEB[route].split()) if symbol != "-"}
        if declared != set(allowed):
            problems.append(f"WEB {route!r}: the matrix allows {sorted(declared)}, the view @roles{tuple(sorted(allowed))}")
    assert not problems, "\n".join(problems)


def _concrete(path: str) -> str:
    path = re.sub(r"\{[^}]+\}", "999999", path)
    return re.sub(r"<(?:int:)?[^>]*>", lambda m: "999999" if m.group(0).startswith("<int:") else "x", path)


def test_anonymous_callers_get_401_from_every_operation_not_public(client, db):
    problems = []
    for operation in _openapi_operations(client):
        method, path = operation.split(" ", 1)
        call = getattr(client, method.lower())
        response = call(_concrete(path), data="{}", content_type="application/json") if method in ("POST", "PUT", "PATCH") else call(_concrete(path))
        if operation not in matrix.PUBLIC_API and response.status_code != 401:
            problems.append(f"API {operation!r}: {response.status_code} to an anonymous caller (401 expected, or add it to PUBLIC_API)")
    assert not problems, "\n".join(problems)


def test_anonymous_visitors_are_sent_to_the_login_on_every_page_not_public(db):
    problems = []
    web = Client()
    for route, pattern in _web_routes().items():
        if route in matrix.PUBLIC_WEB or route == "admin/*" or "(?P" in route or "<path:" in route:
            continue
        response = web.get("/" + _concrete(route))
        if response.status_code not in (302, 401, 403, 404, 405) or (response.status_code == 302 and "login" not in response["Location"]):
            problems.append(f"WEB {route!r}: {response.status_code} to an anonymous visitor")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("role", ROLES)
def test_parameterless_reads_answer_as_declared(client, db, role):
    """Each role calls every API read without parameters: '+' is never refused, '-' always is."""
    user = f.user(role, person=f.person()) if role == Role.CITIZEN else f.user(role)
    headers = _bearer(user)
    column = matrix.ROLE_COLUMNS.index(role)
    problems = []
    for operation in _openapi_operations(client):
        method, path = operation.split(" ", 1)
        if method != "GET" or "{" in path or operation not in matrix.API:
            continue
        symbol = matrix.API[operation].split()[column]
        status = client.get(path, **headers).status_code
        if symbol == "+" and status in (401, 403):
            problems.append(f"API {operation!r}: declared '+' for {role!r}, answered {status}")
        if symbol == "-" and status not in (401, 403, 404):
            problems.append(f"API {operation!r}: declared '-' for {role!r}, answered {status}")
    assert not problems, "\n".join(problems)


def test_a_missing_row_or_role_is_named_exactly(monkeypatch):
    monkeypatch.setattr(matrix, "ROLE_COLUMNS", matrix.ROLE_COLUMNS[:-1])  # as if "admin" were a new role
    problems = _missing(["GET /api/v1/new", "GET /api/v1/health"], {"GET /api/v1/health": "+ + + + + + +"}, "API")
    assert "API 'GET /api/v1/new': no row in tests/permission_matrix.py (API); declare one decision per role" in problems[0]
    assert "API 'GET /api/v1/health': no decision for role 'admin'" in problems


def test_the_mutuality_sees_only_its_reintegration_step_never_the_caseload_or_the_person_file(db):
    """Issue 11 walk: the mutuality (partner, link purpose sickness_reintegration) opened /caseload/ with every linked
    person and their statuses, and each full file (INSZ, nationality, address). Its purpose needs only the step VDAB
    assigned to it: the steps page, not the register, on pages and API."""
    mutuality = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.MUTUALITY)
    user = f.user(Role.PARTNER, mutuality)
    person = f.person()
    f.episode(person, StatusKind.SICK)
    PartnerLink.objects.create(person=person, organisation=mutuality, purpose="sickness_reintegration", start=dt.date(2025, 1, 1))
    assert not perms.visible_persons(f.principal(user)).exists() and not perms.consults_persons(f.principal(user))
    client = Client()
    client.force_login(user)
    caseload = client.get("/caseload/")
    assert caseload.status_code == 403 or f"/personen/{person.pk}/" not in caseload.content.decode()
    assert client.get(f"/personen/{person.pk}/", {"doel": "sickness_reintegration"}).status_code == 404
    assert client.get("/partner/stappen/").status_code == 200
    api = Client()
    assert api.get(f"/api/v1/persons/{person.pk}", **_bearer(user)).status_code == 404
    listed = api.get("/api/v1/persons", **_bearer(user))
    assert listed.status_code in (200, 403) and person.last_name not in listed.content.decode()
    assert not AccessLogEntry.objects.filter(person_id=person.pk).exists()
