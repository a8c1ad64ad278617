"""Walk of stop 43, minors of the KPI pages: the technical formula (cell names, Σ) only for analysts and admins, as on the
agreement page; the overdue stocks' formula in words that fit them; the hours counted from 1 January said so; downloads
named in the reader's language with an apostrophe parting words; Gent, Antwerpen, Brugge and Oostende by their English
names in English; the comparison rows of the municipality page labelled for what they are at 390 px."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import translation

from tests import factories
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.kpis import catalogue, geography, views

pytestmark = pytest.mark.django_db


def _page(client, role: str, url: str) -> str:  # noqa: ANN001
    client.force_login(factories.user(role))
    return client.get(url).content.decode()


def test_the_technical_formula_is_for_analysts_and_admins_only(client):
    for role, shown in ((Role.ANALYST, True), (Role.ADMIN, True), (Role.MUNICIPALITY, False)):
        page = _page(client, role, "/kerncijfers/catalogus/")
        assert ("Technische formule" in page) is shown and ("jobseeker.age_in" in page) is shown, role


def test_the_overdue_stocks_and_the_hours_have_their_own_words():
    words = catalogue.readable_formula(catalogue.BY_CODE["screening_overdue"])
    assert words.startswith("Werkzoekenden van wie de termijn van 2 maanden voor de screening verstreek") and "episodes" not in words
    assert "bindend afsprakenblad verstreek" in catalogue.readable_formula(catalogue.BY_CODE["agreement_overdue"])
    assert catalogue.readable_formula(catalogue.BY_CODE["hours_wijk_werken"]) == "Som van de uren wijk-werken van 1 januari tot de peildatum"


def test_downloads_are_named_in_the_readers_language():
    data = {"kpi": {"name": "Demandeurs d’emploi"}, "on": "2026-12-03"}
    with translation.override("fr"):
        assert views._file_stem(data) == "chiffres-cles-demandeurs-d-emploi-03-12-2026"
    with translation.override("en"):
        assert views._file_stem({"kpi": {"name": "Job seekers"}, "on": "2026-12-03"}) == "key-figures-job-seekers-03-12-2026"
    assert views._file_stem({"kpi": {"name": "Werkzoekenden"}, "on": "2026-12-03"}) == "kerncijfers-werkzoekenden-03-12-2026"


def test_the_big_cities_have_their_english_names_in_english():
    with translation.override("en"):
        names = geography.display_names()
    assert names[("municipality", "44021")] == "Ghent" and names[("municipality", "11002")] == "Antwerp"
    assert names[("municipality", "24062")] == "Leuven"  # no English name in common use: the Dutch one
    with translation.override("nl"):
        assert geography.display_names()[("municipality", "44021")] == "Gent"


def test_the_comparison_rows_are_not_labelled_municipality(client, ref):
    with clock.travel_to(dt.date(2025, 6, 30)):
        client.force_login(factories.user(Role.ANALYST))
        page = client.get("/kerncijfers/gemeente/", {"gemeente": "44021"}).content.decode()
    labels = re.findall(r'<tr><th scope="row" data-label="([^"]+)">(Mediaan|Vlaams Gewest)', page)
    assert labels and {label for label, _name in labels} <= {"Vergelijking", "Gebied"}, labels


def test_a_municipality_downloads_its_comparison_as_csv_and_xlsx(client, ref):
    import csv
    import io

    from openpyxl import load_workbook

    # as tests/test_municipalities.py's world: Antwerpen's 3 hidden, Leuven's 12 published beside them, Gent's 25 shown
    for nis, count in (("44021", 25), ("11002", 3), ("24062", 12)):
        for _i in range(count):
            p = factories.person(municipality_id=nis, birth_date=dt.date(1985, 3, 1))
            factories.episode(p, "jobseeker_benefit", dt.date(2025, 1, 6))
    from werkregie.kpis import refresh

    refresh.full()
    worker = factories.user(Role.MUNICIPALITY)  # the factory's municipality worker works for Gent
    client.force_login(worker)
    with clock.travel_to(dt.date(2025, 6, 30)):
        page = client.get("/kerncijfers/gemeente/").content.decode()
        assert "/kerncijfers/gemeente/export.csv?gemeente=44021&amp;peildatum=30/06/2025" in page
        response = client.get("/kerncijfers/gemeente/export.csv", {"gemeente": "11002", "peildatum": "30/06/2025"})  # asks for another: gets its own
        book = client.get("/kerncijfers/gemeente/export.xlsx", {"peildatum": "30/06/2025"})
    assert response.status_code == 200 and 'filename="vergelijking-gent-30-06-2025.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Indicator", "Eenheid", "Soort cijfer", "Rol in de vergelijking", "Gebied", "Waarde", "per 100 inwoners van 20–69 jaar", "Verborgen"]
    jobseekers = [r for r in rows[1:] if r[0] == "Werkzoekenden"]
    assert [r[3] for r in jobseekers] == ["deze gemeente", *["vergelijkbare gemeente"] * 10, "mediaan", "Vlaams Gewest"]
    # the same figures as the page's (use_cases.comparison), hidden ones empty
    from werkregie.kpis import comparison_export, use_cases
    from werkregie.web.exports import cell

    with clock.travel_to(dt.date(2025, 6, 30)):
        data = use_cases.comparison(factories.principal(worker), "44021", "30/06/2025")
    own = {r[0]: r[5] for r in rows[1:] if r[3] == "deze gemeente"}
    assert own == {row["kpi"]["name"]: cell(comparison_export.csv_value(row["kpi"], row["own"]["value"])) for row in data["kpis"]}
    assert any(value not in ("", "0") for value in own.values()) and jobseekers[0][4] == "Gent"
    hidden = [r for r in rows[1:] if r[7] == "ja"]
    assert hidden and all(r[5] == "" for r in hidden)  # a hidden figure stays empty, and says so (Antwerpen's 3 among them)
    sheet = load_workbook(io.BytesIO(book.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["Gemeente", "Gent"] and ["Indicator", "Eenheid"] == values[6][:2]
    assert [v[4] for v in values[7:] if v[0] == "Werkzoekenden"][0] == "Gent" and len(values) == 7 + len(rows) - 1
