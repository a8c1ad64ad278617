"""Findings of the browser walk on the KPI pages: a share's unit shown once, a wrong date brings the page back with its
form and an error summary (not a bare 400), the formula in words, and exports named after the KPI's Dutch name with a
Belgian date."""

from __future__ import annotations

import datetime as dt
import html
import io
import re

import pytest

from tests import factories
from tests.test_kpis_faces import world  # noqa: F401  (the fixture: 40 job seekers in Gent and Antwerpen)
from werkregie.accounts.models import Role
from werkregie.core import clock


@pytest.fixture
def analyst(client, world):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    return client


def _text(response) -> str:
    return html.unescape(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("kpi", ["work_6m", "work_12m", "screened_2m", "agreement_3m"])
@pytest.mark.parametrize("level", [{}, {"niveau": "province", "code": "40000"}])
def test_a_share_shows_its_unit_once(analyst, kpi, level):
    page = _text(analyst.get("/kerncijfers/", {"kpi": kpi, "peildatum": "30/06/2025", **level}))
    total = re.search(r'<p class="kpi-total">(.*?)</p>', page, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", total).strip()
    assert re.fullmatch(r"(\d+,\d|—) %", text) or text == "—", text
    assert "% %" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/kerncijfers/", "/kerncijfers/gemeente/", "/kerncijfers/management/"])
def test_a_wrong_date_brings_the_page_back_with_an_error_summary(analyst, url):
    with clock.travel_to(dt.date(2025, 6, 30)):
        response = analyst.get(url, {"peildatum": "31/02/2026"})
    page = _text(response)
    assert response.status_code == 400
    summary = re.search(r'<div class="error-summary".*?</div>', page, re.S)
    assert summary, "no error summary"
    assert 'href="#f-peildatum"' in summary.group(0) and "Peildatum: ongeldige datum; geef een datum als DD/MM/JJJJ" in summary.group(0)  # core/dates.py words it; lower case after the colon (stop 43)
    field = re.search(r"<input[^>]*name=\"peildatum\"[^>]*>", page).group(0)
    assert 'value="31/02/2026"' in field and "aria-invalid" in field
    assert "<form" in page and "<h1>" in page


@pytest.mark.django_db
def test_a_good_date_is_shown_in_the_field(analyst):
    page = _text(analyst.get("/kerncijfers/management/", {"peildatum": "30/06/2025"}))
    assert 'value="30/06/2025"' in re.search(r"<input[^>]*name=\"peildatum\"[^>]*>", page).group(0)
    assert "error-summary" not in page


@pytest.mark.django_db
def test_the_catalogue_shows_the_formula_in_words(analyst):
    page = _text(analyst.get("/kerncijfers/catalogus/"))
    cells = re.findall(r'<td data-label="Formule">(.*?)</td>', page, re.S)
    assert cells
    for cell in cells:
        shown = re.sub(r"<details>.*?</details>", "", cell, flags=re.S)
        assert not re.search(r"[a-z_]+\.[a-z_]+", shown), shown  # no cell codes (jobseeker.in) outside the technical part
    assert "Nieuwe werkzoekenden gescreend binnen 2 maanden ÷ nieuwe werkzoekenden" in page
    assert "Technische formule" in page and "inflow.screened_in_time" in page


@pytest.mark.django_db
def test_exports_are_named_in_dutch_with_a_belgian_date(analyst):
    from openpyxl import load_workbook

    csv = analyst.get("/kerncijfers/export.csv", {"kpi": "jobseekers_benefit", "peildatum": "30/06/2025"})
    assert csv["Content-Disposition"] == 'attachment; filename="kerncijfers-werkzoekenden-met-uitkering-30-06-2025.csv"'
    text = csv.content.decode("utf-8-sig")
    assert "Formule;Werkzoekenden met uitkering op de peildatum" in text and "jobseeker_benefit.in" not in text
    xlsx = analyst.get("/kerncijfers/export.xlsx", {"kpi": "agreement_3m", "peildatum": "30/06/2025"})
    assert xlsx["Content-Disposition"] == 'attachment; filename="kerncijfers-bindende-afspraken-binnen-3-maanden-30-06-2025.xlsx"'
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.active.title == "Bindende afspraken binnen 3 maa"
    assert len(book.active.title) <= 31
