"""Attack on issue 16's pages: refusals that said different things for the same question, or not in the reader's
language. A sort on a section the role may not see is refused as a filter on it is (403, named) on the page and in
its CSV; the API's 405 and its CSRF refusal are problems in the reader's language; a long query reaches the app."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.cli import REQUEST_LIMITS

from . import factories as f


@pytest.fixture
def controller(db, ref):
    return f.user(Role.CONTROLLER)


def test_controller_sort_on_distance_is_refused_like_a_filter_on_it(client, controller):
    client.force_login(controller)
    filtered = client.get("/caseload/?afstand=long")
    sorted_ = client.get("/caseload/?sorteer=afstand")
    assert filtered.status_code == sorted_.status_code == 403
    assert "Uw rol mag niet sorteren op afstand" in sorted_.content.decode()
    assert "geen beschikbare keuze" not in sorted_.content.decode()
    export = client.get("/caseload/export.csv?sorteer=afstand")
    assert export.status_code == 403 and "Uw rol mag niet sorteren op afstand" in export.content.decode()
    assert client.get("/caseload/?sorteer=naam").status_code == 200  # an allowed sort still works


def test_unknown_sort_key_is_still_an_invalid_value(client, controller):
    client.force_login(controller)
    assert client.get("/caseload/export.csv?sorteer=schoenmaat").status_code == 400


@pytest.mark.parametrize("language, words", [("nl", "Dit adres aanvaardt enkel POST"), ("en", "POST")])
def test_405_is_a_problem_in_the_readers_language(controller, language, words):
    api = Client(HTTP_AUTHORIZATION="Bearer " + f.token(controller))
    response = api.get("/api/v1/vacancies", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 405 and response["Content-Type"].startswith("application/problem+json")
    assert words in response.json()["detail"] and "This path accepts" not in response.json()["detail"]


def test_session_write_without_csrf_token_is_a_dutch_problem(db, ref):
    citizen = f.user(Role.CITIZEN, person=f.person())
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(citizen)
    response = browser.post("/api/v1/me/consents", {"purpose": "recruitment"}, content_type="application/json")
    assert response.status_code == 403 and response["Content-Type"].startswith("application/problem+json")
    detail = response.json()["detail"]
    assert "CSRF-controle is mislukt" in detail and "CSRF check Failed" not in detail


def test_a_query_over_the_apps_maximum_is_the_apps_422_within_gunicorns_line(controller):
    api = Client(HTTP_AUTHORIZATION="Bearer " + f.token(controller))
    q = "a" * 4000  # over gunicorn's default request line (4094 bytes with the rest): was its HTML 414
    request_line = f"GET /api/v1/persons?q={q}&page=1 HTTP/1.1"
    assert len(request_line) < REQUEST_LIMITS["limit_request_line"]
    response = api.get("/api/v1/persons", {"q": q})
    assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json")
    assert [e["field"] for e in response.json()["errors"]] == ["q"]
