"""Issue 16, last items (4), "Loont werken?": on 1 December the form stood at "01/2027" without a word on why, and the
vacancy page said "Afstand: 0 km (geschat, over de weg)" for a job in the person's own town. The prefilled month is
one rule (`rules.work_pays.default_start`: the next month, the first full month of work for someone who starts now),
said in words beside the field and in the vacancy's sentence ("januari 2027"); a job in the own town says so; the page's
distance may be left empty ("niet opgegeven": the travel does not count), and the result says that."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from django.test import Client

from werkregie.core import clock
from werkregie.rules.work_pays import FEDERAL_FROM, default_start

from .test_rules_work_pays import PAGE
from .test_vacancies import logged_in, world  # noqa: F401 - the vacancy page's fixture

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 12, 1)


def _text(response) -> str:  # noqa: ANN001
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def test_the_first_month_is_the_next_one_and_the_form_says_so():
    assert default_start(DAY) == dt.date(2027, 1, 1) and default_start(dt.date(2026, 6, 15)) == dt.date(2026, 7, 1)
    assert default_start(dt.date(2020, 1, 1)) == FEDERAL_FROM
    with clock.travel_to(DAY):
        response = Client().get("/loont-werken/")
    page = response.content.decode()
    assert re.search(r'name="start"[^>]*value="01/2027"', page) or re.search(r'value="01/2027"[^>]*name="start"', page), page
    assert "Vooraf ingevuld: januari 2027, de eerste volle maand als u nu begint. Begint het werk later, typ dan die maand." in _text(response)


def test_a_distance_left_empty_is_said_not_counted_as_zero_km():
    given = {k: v for k, v in PAGE.items() if k != "distance_km"}
    response = Client().post("/loont-werken/", given)
    text = _text(response)
    assert response.status_code == 200 and "Vóór bedrijfsvoorheffing brengt dit werk" in text
    assert "Afstand niet opgegeven: de verplaatsing telt niet mee." in text and "0 km" not in text
    # a distance given is counted, and no such sentence
    text = _text(Client().post("/loont-werken/", PAGE))
    assert "Afstand niet opgegeven" not in text and "− € 300,61" in text


def test_a_vacancy_in_the_own_town_is_no_zero_km_and_its_month_is_in_words(world):  # noqa: F811
    with clock.travel_to(DAY):
        response = logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/")
    section = re.search(r'<section aria-labelledby="h-work-pays".*?</section>', response.content.decode(), re.S).group(0)
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", section)))
    assert "De vacature ligt in uw eigen gemeente." in text and "0 km" not in text, text
    assert "Gerekend vanaf januari 2027 met 38 u per week" in text, text
