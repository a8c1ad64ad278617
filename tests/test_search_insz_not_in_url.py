"""A search by INSZ never ends up in a URL (browser history, proxy and server logs): the caseload's search form
POSTs, and the URL pushed into the history, the sort links and the CSV download name the search text by a token."""

import re

import pytest
from django.test import Client

from werkregie.accounts.models import Role

from . import factories as f


@pytest.fixture
def team(ref):
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    ann = f.person(first_name="Ann", last_name="Laat", counsellor=counsellor, team=team)
    f.person(first_name="Bert", last_name="Binnenkort", counsellor=counsellor, team=team)
    client = Client()
    client.force_login(counsellor)
    return client, ann


def _urls(html: str) -> list[str]:
    return re.findall(r'(?:href|hx-get|hx-post|action)="([^"]*)"', html)


def test_the_caseload_search_form_posts_without_pushing_its_text(team):
    client, _ann = team
    page = client.get("/caseload/").content.decode()
    form = re.search(r'<form [^>]*role="search"[^>]*>', page).group(0)
    assert 'method="post"' in form and "hx-push-url" not in form and "hx-get" not in form
    assert "csrfmiddlewaretoken" in page


def test_a_search_by_insz_pushes_a_token_and_keeps_it_out_of_every_link(team):
    client, ann = team
    response = client.post("/caseload/", {"q": ann.insz, "sorteer": "naam", "status": ""}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    pushed = response["HX-Push-Url"]
    assert ann.insz not in pushed and "zoek=" in pushed and "sorteer=naam" in pushed and "status=" not in pushed
    assert "Laat" in response.content.decode() and "Binnenkort" not in response.content.decode()
    assert all(ann.insz not in url for url in _urls(response.content.decode()))
    # the pushed URL (reload, back button, a sort link) gives the same search, and no link on it names the INSZ
    page = client.get(pushed).content.decode()
    assert "Laat" in page and "Binnenkort" not in page and f'value="{ann.insz}"' in page
    links = _urls(page)
    assert all(ann.insz not in url for url in links) and any("zoek=" in url and "export" in url for url in links)
    export = next(url for url in links if "export" in url)
    rows = client.get(export).content.decode("utf-8-sig").strip().splitlines()
    assert len(rows) == 2 and "Laat" in rows[1]  # the header and Ann only


def test_without_htmx_the_post_redirects_to_the_token_url(team):
    client, ann = team
    response = client.post("/caseload/", {"q": ann.insz})
    assert response.status_code == 302 and ann.insz not in response["Location"] and "zoek=" in response["Location"]
    assert "Laat" in client.get(response["Location"]).content.decode()


def test_the_municipality_list_searches_by_insz_without_a_url_naming_it(ref):
    from werkregie.organisations.models import OrganisationKind

    town = f.organisation(OrganisationKind.MUNICIPALITY)
    client = Client()
    client.force_login(f.user(Role.MUNICIPALITY, town))
    ann = f.person(first_name="Ann", last_name="Leefloon")
    f.episode(ann, "leefloon", municipality="44021")
    page = client.get("/gemeente/clienten/").content.decode()
    assert 'method="post"' in re.search(r'<form [^>]*role="search"[^>]*>', page).group(0)
    response = client.post("/gemeente/clienten/", {"q": ann.insz}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Leefloon" in response.content.decode()
    assert ann.insz not in response["HX-Push-Url"] and "zoek=" in response["HX-Push-Url"]
    page = client.get(response["HX-Push-Url"]).content.decode()
    assert "Leefloon" in page and all(ann.insz not in url for url in _urls(page))


@pytest.mark.parametrize("path", ["/caseload/", "/export/personen.csv"])
def test_an_insz_typed_into_the_url_is_moved_out_of_it(team, path):
    """The attack of stop 24: a bookmarked or typed `?q=<INSZ>` was answered as it stood (the number stayed in the
    history). It is redirected to the same page with the text by its token; the search itself still works."""
    client, ann = team
    dotted = f"{ann.insz[:2]}.{ann.insz[2:4]}.{ann.insz[4:6]}-{ann.insz[6:9]}.{ann.insz[9:]}"
    for typed in (ann.insz, dotted):
        response = client.get(path, {"q": typed, "sorteer": "naam"})
        assert response.status_code == 302, path
        location = response["Location"]
        assert ann.insz not in location and typed not in location and "zoek=" in location and "sorteer=naam" in location
        followed = client.get(location)
        assert followed.status_code == 200 and "Laat" in followed.content.decode("utf-8-sig")
        assert "Binnenkort" not in followed.content.decode("utf-8-sig")


def test_a_name_or_a_date_in_the_url_is_answered_as_before(team):
    client, ann = team
    assert client.get("/caseload/", {"q": "Laat"}).status_code == 200
    assert client.get("/caseload/", {"q": ann.birth_date.strftime("%d/%m/%Y")}).status_code == 200


def test_the_api_refuses_an_insz_in_the_url_and_reads_nobody(team):
    from werkregie.access.models import AccessLogEntry

    _client, ann = team
    counsellor = ann.counsellor
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(counsellor)}"}
    response = Client().get("/api/v1/persons", {"q": ann.insz}, **headers)
    assert response.status_code == 422 and response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["errors"][0]["field"] == "q" and "POST /api/v1/persons/search" in body["errors"][0]["message"]
    assert not AccessLogEntry.objects.filter(person_id=ann.pk).exists()
