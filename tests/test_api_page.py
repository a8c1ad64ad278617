"""Issue 16 point 9: the "API" menu item goes to a page in the platform's style that explains the API and links to
the OpenAPI docs (it went straight to the English Swagger page; /api/ and /api/v1/ answered 404). The page is public,
like the OpenAPI document and its Swagger UI."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.api import overview
from werkregie.web.nav import navigation

from . import factories as f

ROLES = list(Role.values)


def _user(role):
    return f.user(role, person=f.person()) if role == Role.CITIZEN else f.user(role)


@pytest.mark.parametrize("role", [None, *ROLES])
def test_the_page_answers_every_role_and_anonymous(db, role):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    if role:
        client.force_login(_user(role))
    response = client.get("/api/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>De API van werkregie</h1>" in html
    assert 'href="/api/v1/docs"' in html and 'href="/api/v1/openapi.json"' in html
    for words in ("Authorization: Bearer", "RFC 9457", "If-Match", "428", "412", "429", "toegangslogboek", "/api/v1/"):
        assert words in html, words


def test_every_domain_of_the_document_is_on_the_page_by_its_tag(client, db):
    """Generated from the OpenAPI document's tags: a new router shows up by itself, and every tag has its words."""
    document = client.get("/api/v1/openapi.json").json()
    tags = {tag for operations in document["paths"].values() for op in operations.values() for tag in op.get("tags", [])}
    assert {d.tag for d in overview.domains()} == tags
    assert tags <= set(overview.TOPICS), f"tags without a name and description in werkregie/api/overview.py: {tags - set(overview.TOPICS)}"
    assert set(overview.TOPICS) <= tags, f"TOPICS for tags the document no longer has: {set(overview.TOPICS) - tags}"
    html = Client(HTTP_ACCEPT_LANGUAGE="nl").get("/api/").content.decode()
    for tag in tags:
        assert f'href="/api/v1/docs#/{tag}"' in html, tag
    total = sum(len(operations) for operations in document["paths"].values())
    assert sum(d.operations for d in overview.domains()) == total
    assert f"{total} bewerkingen" in html


@pytest.mark.parametrize("language, heading, domain", [("fr", "L’API de werkregie", "Personnes"), ("en", "The werkregie API", "People")])
def test_the_page_in_french_and_english(db, language, heading, domain):
    html = Client(HTTP_ACCEPT_LANGUAGE=language).get("/api/").content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert f'#/persons">{domain}</a>' in html


def test_api_v1_root_leads_to_the_page(client, db):
    response = client.get("/api/v1/")
    assert response.status_code == 302 and response["Location"] == "/api/"


@pytest.mark.parametrize("role", ROLES)
def test_the_menu_item_leads_to_the_page(rf, db, role):
    request = rf.get("/api/")
    request.user = _user(role)
    items = navigation(request)["nav_items"]
    api_items = [(url, current) for url, label, current in items if str(label) == "API"]
    assert api_items == [("/api/", True)]


def test_the_anonymous_rate_is_said_in_words():
    assert overview.rate_in_words("30/m")[0] == 30
    assert str(overview.rate_in_words("5/h")[1]) == "per uur"
    assert overview.rate_in_words("weird") is None


def test_unknown_api_paths_still_answer_a_problem(client, db):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404 and response["Content-Type"] == "application/problem+json"
    assert re.search(r"/api/v1/docs", response.json()["detail"])
