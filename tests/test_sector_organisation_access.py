"""The permission matrix for an employers' sector organisation's users (issue 12 point 8): the role is partner, but of
the partner routes they open only those declared in tests/permission_matrix.py (SECTOR_ORGANISATION_WEB and _API);
every other web route guarded by a role and every other API operation answers 403, with why. No person, applicant or
register data: not even a link with a person opens one."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.organisations import sector_gate
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people import perms
from werkregie.people.models import PartnerLink

from . import factories as f
from . import permission_matrix as matrix
from .test_permissions import _concrete, _openapi_operations, _web_routes


@pytest.fixture
def fund(db):
    return f.user(Role.PARTNER, f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.SECTOR_ORGANISATION, sectors="F"))


def test_the_gate_opens_what_the_matrix_declares():
    routes = _web_routes()
    assert {routes[r].name for r in matrix.SECTOR_ORGANISATION_WEB} == set(sector_gate.PAGES)
    assert {tuple(op.split(" ", 1)) for op in matrix.SECTOR_ORGANISATION_API} == set(sector_gate.API)
    for route in matrix.SECTOR_ORGANISATION_WEB:  # only routes the partner column leaves to the use case
        assert matrix.WEB[route].split()[matrix.ROLE_COLUMNS.index("partner")] != "-"


def test_every_other_page_is_closed_to_it(fund):
    web = Client()
    web.force_login(fund)
    problems = []
    for route, pattern in _web_routes().items():
        if route == "admin/*" or "(?P" in route or "<path:" in route or getattr(pattern.callback, "allowed_roles", None) is None:
            continue
        status = web.get("/" + _concrete(route)).status_code
        if route in matrix.SECTOR_ORGANISATION_WEB:
            if status != 200:
                problems.append(f"WEB {route!r}: {status}, the sector organisation's own page")
        elif status != 403:
            problems.append(f"WEB {route!r}: {status} to a sector organisation (403 expected)")
    assert not problems, "\n".join(problems)
    assert web.get("/admin/").status_code == 403


def test_every_other_api_operation_is_closed_to_it(client, fund):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(fund)}"}
    problems = []
    for operation in _openapi_operations(client):
        method, path = operation.split(" ", 1)
        if operation in matrix.PUBLIC_API:
            continue
        call = getattr(client, method.lower())
        body = {"data": "{}", "content_type": "application/json"} if method in ("POST", "PUT", "PATCH") else {}
        response = call(_concrete(path), **body, **headers)
        if operation in matrix.SECTOR_ORGANISATION_API:
            if response.status_code != 200:
                problems.append(f"API {operation!r}: {response.status_code}, declared open to the sector organisation")
        elif response.status_code != 403 or "sectororganisatie" not in response.content.decode():
            problems.append(f"API {operation!r}: {response.status_code} to a sector organisation (403 with why expected)")
    assert not problems, "\n".join(problems)


def test_the_browser_session_is_held_to_the_same_api(fund):
    web = Client()
    web.force_login(fund)
    assert web.get("/api/v1/vacancies/sectors").status_code == 200
    assert web.get("/api/v1/persons").status_code == 403


def test_a_link_with_a_person_opens_nothing(fund):
    """Even a partner link (made by mistake) gives it no person: the register stays closed on page and API."""
    person = f.person()
    PartnerLink.objects.create(person=person, organisation=fund.organisation, purpose="integration_trajectory", start=dt.date(2025, 1, 1))
    web = Client()
    web.force_login(fund)
    assert web.get("/caseload/").status_code == 403
    assert web.get(f"/personen/{person.pk}/", {"doel": "integration_trajectory"}).status_code == 403
    assert web.get("/export/personen.csv").status_code == 403
    assert Client().get(f"/api/v1/persons/{person.pk}", HTTP_AUTHORIZATION=f"Bearer {f.token(fund)}").status_code == 403
    assert not AccessLogEntry.objects.filter(person_id=person.pk).exists()
    assert not perms.visible_persons(f.principal(fund)).exists()  # and the register rule itself gives it nobody
