"""The public page "Steunmaatregelen voor werkgevers" (issue 12, point 5): generated from the rules catalogue, so every
encoded measure appears with its conditions, dated values and sources, and a measure added to the catalogue appears
without touching the page."""

import datetime as dt
import html

import pytest

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.rules import catalogue as cat
from werkregie.rules.measures import hiring_measures
from werkregie.vacancies.measures_views import format_value

from . import factories as f

pytestmark = pytest.mark.django_db
URL = "/steunmaatregelen/"


def _page(client, **headers) -> str:
    response = client.get(URL, **headers)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_every_encoded_measure_appears_with_its_conditions_and_sources(client):
    body = _page(client)  # anonymous: no login needed
    measures = cat.catalogue()
    assert len(measures) == len(cat.MEASURES)
    for m in measures:
        assert f'data-measure="{m.key}"' in body
        assert m.name in body
        assert m.sources, f"{m.key} has no legal source"
        for source in m.sources:
            assert source.href in body and source.title in body
        assert m.conditions, f"{m.key} has no parameters"
        for c in m.conditions:
            assert f'data-parameter="{c.path}"' in body
            for v in c.values:
                assert f"sinds {v.since:%d/%m/%Y}: {format_value(c.unit, v.value)}" in body


def test_the_candidate_hiring_measures_are_all_in_the_catalogue():
    variables = {v for e in cat.MEASURES for v in e.variables}
    keys = {m.key for hired in (dt.date(2019, 3, 1), dt.date(2022, 3, 1), dt.date(2024, 1, 2))
            for birth in (dt.date(1960, 1, 1), dt.date(1985, 1, 1), dt.date(2001, 1, 1)) for m in hiring_measures(birth, 30, hired, 2)}
    assert keys and keys <= variables


def test_a_measure_added_to_the_catalogue_appears_without_touching_the_page(client, monkeypatch):
    extra = cat.Entry("opleidingscheques", "training", ("opleidingscheques_overheidsbijdrage",), ("opleiding.cheques_maximum",))
    monkeypatch.setattr(cat, "MEASURES", (*cat.MEASURES, extra))
    body = _page(client)
    added = cat.measure(extra)
    assert 'data-measure="opleidingscheques"' in body and added.name in body
    assert 'data-parameter="opleiding.cheques_maximum"' in body
    assert all(s.href in body for s in added.sources)


def test_values_in_belgian_notation():
    assert format_value("currency-EUR", 1000) == "€\u00a01.000"
    assert format_value("currency-EUR", 21.3) == "€\u00a021,30"
    assert format_value("/1", 0.4) == "40\u00a0%"
    assert format_value("date", 20240630) == "30/06/2024"
    assert format_value("year", 58) == "58 jaar"
    assert format_value("/1", [(1, 0.4), (6, 0.3)]) == "vanaf 1: 40\u00a0%; vanaf 6: 30\u00a0%"
    assert format_value("currency-EUR", None) == "niet meer van toepassing"


def test_page_in_french_and_english(client):
    assert "Mesures de soutien aux employeurs" in _page(client, HTTP_ACCEPT_LANGUAGE="fr")
    assert "Support measures for employers" in _page(client, HTTP_ACCEPT_LANGUAGE="en")


def test_employer_menu_and_vacancy_page_link_to_it(client):
    from werkregie.vacancies.models import Vacancy

    employer = f.organisation(OrganisationKind.EMPLOYER, name="Bakkerij Peeters")
    client.force_login(f.user(Role.EMPLOYER, employer))
    vacancy = Vacancy.objects.create(employer=employer, title="Bakker", municipality_id="44021")
    assert f'href="{URL}"' in _page(client)  # the menu
    body = html.unescape(client.get(f"/vacatures/{vacancy.pk}/").content.decode())
    assert f'href="{URL}"' in body


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")


def _dutch(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def test_an_ended_measure_says_in_its_text_when_it_ended():
    """Issue 16: /steunmaatregelen/ read "Niet meer van kracht van 01/07/2016 tot 30/06/2025" above a text that said the
    measure was abolished from 1 July 2024, without saying what ran until 2025. Every measure with an end date names in
    its text that last day or the day after, and the older workers' end cites the source it rests on."""
    ended = [m for m in cat.catalogue() if m.end]
    assert ended
    silent = [(m.key, m.end) for m in ended
              if _dutch(m.end) not in m.description and _dutch(m.end + dt.timedelta(days=1)) not in m.description]
    assert not silent, silent
    older = next(m for m in ended if m.key == "doelgroepvermindering_oudere_werknemers")
    assert older.end == dt.date(2025, 6, 30) and "1 juli 2024" in older.description
    assert any("p-magazine.com" in s.href for s in older.sources)
