"""Issue 12, point 7, found in a walk: a logged-in job seeker sees in the public search how each result on the page fits
them (the score and explanation of the vacancy page and "Vacatures voor mij", computed for that page only, logged as
their own read), and anyone filters by occupation (a select of the open vacancies' occupations, page and API).
Anonymous visitors and other roles see the search as it was, and nothing is logged for them."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.matching.use_cases import vacancy_for_person
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import search, search_occupations
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_matching_platform import CLEANER, FORKLIFT, SKILLS, bearer, seeker, vacancy

SEARCH_LOG = "matching: vacatures uit de zoekresultaten voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)"


@pytest.fixture
def market(db):
    search_occupations.forget()
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    person = seeker(SKILLS[:3])
    jobs = {"forklift": vacancy(employer, title="Heftruckchauffeur"),
            "cleaner": vacancy(employer, title="Schoonmaker kantoren", occupation_uri=CLEANER.uri, skills=[]),
            "nowhere": vacancy(employer, municipality=None, title="Heftruckchauffeur zonder plaats")}
    yield {"employer": employer, "person": person, "citizen": f.user(Role.CITIZEN, person=person),
           "counsellor": f.user(Role.COUNSELLOR, f.organisation(OrganisationKind.VDAB_TEAM)), "boss": f.user(Role.EMPLOYER, employer), **jobs}
    search_occupations.forget()


def _logged(person) -> int:
    return AccessLogEntry.objects.filter(what=SEARCH_LOG, person_id=person.pk).count()


def test_the_citizen_sees_the_vacancy_pages_score_for_each_result(market):
    citizen, person = market["citizen"], market["person"]
    client = Client()
    client.force_login(citizen)
    response = client.get("/vacatures/zoeken/", {"q": "heftruckchauffeur"})
    html = response.content.decode()
    assert response.status_code == 200
    page = vacancy_for_person(f.principal(citizen), person.pk, market["forklift"])
    assert f"Score {page.score:.0f} op 100" in html  # the same score as the vacancy page
    assert f'href="/vacatures/{market["forklift"].pk}/#h-fit"' in html and "Waarom deze score?" in html
    assert "3 van 4 gevraagde competenties in uw profiel" in html and "Hetzelfde beroep" in html
    assert html.count("data-fit") == 1  # the vacancy without a place cannot be scored: no score, still listed
    assert f'href="/vacatures/{market["nowhere"].pk}/"' in html
    assert _logged(person) == 1  # one entry for the page's results (the vacancy_for_person above logs its own)


def test_the_fit_is_computed_for_the_shown_page_only(market, monkeypatch):
    from werkregie.matching import use_cases

    for i in range(25):
        vacancy(market["employer"], title=f"Heftruckchauffeur {i}")
    seen: list[int] = []
    real = use_cases._explain_vacancies
    monkeypatch.setattr(use_cases, "_explain_vacancies", lambda pid, vacancies, language: seen.append(len(vacancies)) or real(pid, vacancies, language))
    found = search.search_for(f.principal(market["citizen"]), search.Filters(q="heftruck", page_size=10))
    assert seen == [10] and found.count == 27 and all(h.explained is not None for h in found.hits if h.vacancy.municipality_id)


@pytest.mark.parametrize("who", [None, "counsellor", "boss"])
def test_anyone_else_sees_no_score_and_nothing_is_logged(market, who):
    client = Client()
    if who:
        client.force_login(market[who])
    html = client.get("/vacatures/zoeken/", {"q": "heftruckchauffeur"}).content.decode()
    assert "data-fit" not in html and "Score " not in html and _logged(market["person"]) == 0
    hits = Client().get("/api/v1/vacancies/search", {"q": "heftruck"}, **(bearer(market[who]) if who else {})).json()["results"]
    assert hits and all(h["fit"] is None for h in hits) and _logged(market["person"]) == 0


def test_the_api_gives_a_signed_in_citizen_the_fit(market):
    hits = Client().get("/api/v1/vacancies/search", {"q": "heftruckchauffeur", "language": "fr"}, **bearer(market["citizen"])).json()["results"]
    fit = {h["id"]: h["fit"] for h in hits}
    assert fit[market["nowhere"].pk] is None and fit[market["forklift"].pk]["score"] == pytest.approx(
        vacancy_for_person(f.principal(market["citizen"]), market["person"].pk, market["forklift"]).score)
    assert fit[market["forklift"].pk]["matched"] and fit[market["forklift"].pk]["components"]
    assert _logged(market["person"]) == 1


def test_a_citizen_without_a_person_searches_as_anyone(market):
    client = Client()
    client.force_login(f.user(Role.CITIZEN))
    response = client.get("/vacatures/zoeken/", {"q": "heftruck"})
    assert response.status_code == 200 and "data-fit" not in response.content.decode()


def test_the_occupation_filter_lists_the_open_vacancies_occupations(market):
    Vacancy.objects.create(employer=market["employer"], title="Gesloten", occupation_uri=CLEANER.uri, open=False, state="closed")
    html = Client().get("/vacatures/zoeken/").content.decode()
    assert '<select name="occupation"' in html and '<label for="id_occupation"' in html
    assert f'<option value="{FORKLIFT.uri}">{FORKLIFT.label("nl")}</option>' in html
    found = Client().get("/vacatures/zoeken/", {"occupation": CLEANER.uri}).content.decode()
    assert "Schoonmaker kantoren" in found and "Heftruckchauffeur" not in found and "1 vacature gevonden" in found
    listed = Client().get("/api/v1/vacancies/search/occupations", {"language": "en"}).json()
    assert {(o["uri"], o["label"], o["count"]) for o in listed} == {(FORKLIFT.uri, FORKLIFT.label("en"), 2), (CLEANER.uri, CLEANER.label("en"), 1)}
    api = Client().get("/api/v1/vacancies/search", {"occupation_uri": CLEANER.uri}).json()["results"]
    assert [h["id"] for h in api] == [market["cleaner"].pk] and api[0]["occupation_uri"] == CLEANER.uri


def test_an_occupation_outside_the_list_still_filters_and_a_wrong_one_is_refused(market, monkeypatch):
    monkeypatch.setattr(search_occupations, "MOST", 1)  # only the most common (forklift) is listed
    search_occupations.forget()
    response = Client().get("/vacatures/zoeken/", {"occupation": CLEANER.uri})
    html = response.content.decode()
    assert response.status_code == 200 and "Schoonmaker kantoren" in html
    assert f'<option value="{CLEANER.uri}" selected>{CLEANER.label("nl")}</option>' in html
    assert Client().get("/vacatures/zoeken/", {"occupation": "nonsense"}).status_code == 422
