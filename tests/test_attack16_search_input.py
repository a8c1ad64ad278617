"""Attack on issue 16's pages: the person search read an impossible date (31/02/2025, 00/00/0000, 29/02/2023) as a
name and silently found nobody, on the caseload page and in the API; and the API accepted a null character in `q`
(200, one hit) that the page refused. One check (people.use_cases.search.check_search_text) for both."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind

from . import factories as f

IMPOSSIBLE = ["31/02/2025", "00/00/0000", "29/02/2023"]


@pytest.fixture
def counsellor(db, ref):
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    bart = f.user(Role.COUNSELLOR, team)
    ann = f.person(first_name="Ann", last_name="Vermeersch", team=team, counsellor=bart, birth_date=dt.date(1990, 2, 28))
    f.episode(ann, StatusKind.JOBSEEKER_BENEFIT)
    return bart, ann




@pytest.mark.parametrize("typed", IMPOSSIBLE)
def test_caseload_says_an_impossible_date_is_no_date_beside_the_field(client, counsellor, typed):
    bart, _ann = counsellor
    client.force_login(bart)
    page = client.post("/caseload/", {"q": typed}, follow=True).content.decode()
    assert page.count(f"{typed} is geen bestaande datum") == 2  # the summary at the top and beside the field
    assert 'aria-describedby="id_q_error"' in page


def test_the_municipality_client_list_says_so_beside_its_field_too(client, db, ref):
    ocmw = f.organisation(OrganisationKind.MUNICIPALITY, name="OCMW Gent", municipality_id="44021")
    worker = f.user(Role.MUNICIPALITY, ocmw)
    client.force_login(worker)
    page = client.post("/gemeente/clienten/", {"q": "31/02/2025"}, follow=True).content.decode()
    assert page.count("31/02/2025 is geen bestaande datum") == 2  # the summary and beside the field
    assert 'aria-describedby="id_q_error"' in page


def test_a_real_date_still_finds_the_person(client, counsellor):
    bart, ann = counsellor
    client.force_login(bart)
    page = client.post("/caseload/", {"q": "28/02/1990"}, follow=True).content.decode()
    assert "Vermeersch" in page and "geen bestaande datum" not in page


@pytest.mark.parametrize("typed", IMPOSSIBLE)
def test_api_answers_an_impossible_date_with_a_problem_naming_q(counsellor, typed):
    bart, _ann = counsellor
    api = Client(HTTP_AUTHORIZATION="Bearer " + f.token(bart))
    for response in (api.get("/api/v1/persons", {"q": typed}),
                     api.post("/api/v1/persons/search", {"q": typed}, content_type="application/json")):
        assert response.status_code == 422, response.content[:300]
        assert response["Content-Type"].startswith("application/problem+json")
        problem = response.json()
        assert problem["errors"] == [{"field": "q", "message": f"{typed} is geen bestaande datum"}]


def test_null_character_is_refused_by_the_page_and_the_api_alike(client, counsellor):
    bart, _ann = counsellor
    client.force_login(bart)
    page = client.get("/caseload/", {"q": "Verm\x00eersch"}).content.decode()
    assert page.count("Null-tekens zijn niet toegestaan") == 2  # the summary at the top and beside the field, once each
    api = Client(HTTP_AUTHORIZATION="Bearer " + f.token(bart))
    response = api.get("/api/v1/persons?q=Verm%00eersch")
    assert response.status_code == 422, response.content[:300]
    problem = response.json()
    assert problem["errors"] == [{"field": "q", "message": "Null-tekens zijn niet toegestaan."}]
