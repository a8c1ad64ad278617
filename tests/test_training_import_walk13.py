"""Findings of the browser walk of issue 13 on a catalogue upload: the page said "record 2 | sessions[1].end" for a file
whose second course WALK13-002 has an `end_date`. The page names the course (in Dutch, with its id), and the problem
names the field as the file calls it, on the page and in the API (whose location stays "record N", for programs)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests import factories
from tests.training_support import provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Course

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    return {"provider": provider(organisation=org), "partner": factories.user(Role.PARTNER, organisation=org)}


def _courses() -> list[dict]:
    start = clock.today() + dt.timedelta(days=30)
    backwards = {"session_id": "s1", "start_date": start.isoformat(), "end_date": (start - dt.timedelta(days=3)).isoformat(), "places": 5,
                 "free_places": 5}
    return [record("WALK13-001"), record("WALK13-002", sessions=[backwards])]


def test_the_problem_names_the_field_as_the_file_calls_it():
    report = import_catalogue(provider(), _courses())
    assert [(where, e.field) for where, e in report.errors] == [("record 2", "sessions[1].end_date")]


def test_the_page_names_the_course_in_dutch_with_its_id(client, world):
    client.force_login(world["partner"])
    upload = SimpleUploadedFile("catalogus.json", json.dumps(_courses()).encode(), content_type="application/json")
    page = client.post(f"/opleidingen/aanbieders/{world['provider'].pk}/", {"file": upload}).content.decode()
    table = page[page.index("Wat is er mis, en waar"):]
    cells = [" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in re.findall(r"<td[^>]*>(.*?)</td>", table[:table.index("</table>")], re.S)]
    assert cells[:2] == ["opleiding 2 (WALK13-002)", "sessions[1].end_date"], cells
    assert "record 2" not in page
    assert not Course.objects.filter(provider=world["provider"]).exists()


def test_the_api_keeps_its_location_and_names_the_files_field(client, world):
    answer = client.put(f"/api/v1/training/providers/{world['provider'].pk}/courses", json.dumps(_courses()), content_type="application/json",
                        HTTP_AUTHORIZATION=f"Bearer {factories.token(world['partner'])}")
    assert answer.status_code == 422
    assert [e["field"] for e in answer.json()["errors"]] == ["record 2.sessions[1].end_date"]


def test_broken_json_is_told_in_dutch_without_the_parsers_english(client, world):
    """Re-walk of issue 13: "geen geldige JSON (regel 1, kolom 20: Expecting property name enclosed in double quotes)"."""
    client.force_login(world["partner"])
    upload = SimpleUploadedFile("kapot.json", b'[{"course_id": "A", }]', content_type="application/json")
    page = client.post(f"/opleidingen/aanbieders/{world['provider'].pk}/", {"file": upload}).content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "kapot.json: geen geldige JSON (regel 1, kolom 21). Daar wordt een naam tussen dubbele aanhalingstekens verwacht" in text, text
    assert "Expecting" not in page


def test_the_rejected_summary_is_said_once(client, world):
    """Re-walk of issue 13: "… zijn ongeldig; er is niets bewaard." in the error box and again beside the file field."""
    client.force_login(world["partner"])
    upload = SimpleUploadedFile("catalogus.json", json.dumps(_courses()).encode(), content_type="application/json")
    page = client.post(f"/opleidingen/aanbieders/{world['provider'].pk}/", {"file": upload}).content.decode()
    assert page.count("1 van de 2 opleidingen is ongeldig; er is niets bewaard.") == 1
