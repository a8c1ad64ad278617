"""Findings of the walk of stop 41 on the KPI pages, fixed at stop 42: the report's quarter in the reader's language
(the French read "2025-K2" in the title, the form and the file name), the management table that left out the Flanders
bar of its chart, and exports that gave a share as a fraction, an unexplained "Aantal", no group column for a
breakdown by group and no figure per 100 inhabitants where the page shows one."""

from __future__ import annotations

import csv
import io
import re

import pytest

from tests import factories
from tests.test_kpis_report import TODAY, report_text
from tests.test_kpis_report import world as report_world  # noqa: F401 - the fixture
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.kpis import report

from .test_kpis_faces import world  # noqa: F401 - the fixture


@pytest.mark.parametrize("text,expected", [("T3 2025", (2025, 3)), ("2025-T1", (2025, 1)), ("K4 2024", (2024, 4)), ("q2-2025", (2025, 2))])
def test_a_quarter_is_read_with_the_french_t_and_with_the_letter_first(text, expected):
    assert report.parse_quarter(text) == expected


def test_the_form_names_the_quarters_in_the_readers_language_and_sends_one_value():
    from django.utils import translation

    with translation.override("fr"):
        choices = report.quarter_choices(2, today=TODAY)
    assert choices == [{"value": "2025-K2", "label": "2025-T2"}, {"value": "2025-K1", "label": "2025-T1"}]
    with translation.override("en"):
        assert report.quarter_choices(1, today=TODAY)[0]["label"] == "2025-Q2"


@pytest.mark.django_db
def test_a_french_reader_gets_a_french_report_name_and_title(client, report_world):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    with clock.travel_to(TODAY):
        response = client.get("/kerncijfers/gemeente/rapport.pdf", {"gemeente": "44021", "kwartaal": "2025-K2"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert 'filename="rapport-de-transparence-44021-2025-T2.pdf"' in response["Content-Disposition"]
    assert "2025-T2" in report_text(response.content) and "2025-K2" not in report_text(response.content)


@pytest.mark.django_db
def test_the_management_table_holds_every_bar_of_its_chart(client, world):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    page = client.get("/kerncijfers/management/", {"peildatum": "30/06/2025"}).content.decode()
    first = page.split("<section", 2)[1]
    chart = first[first.index("<svg"):first.index("</svg>")]
    bars = re.findall(r'<text class="bar-label"[^>]*>([^<]+)</text>', chart)  # each bar's name
    table = first[first.index("<table"):first.index("</table>")]
    rows = re.findall(r'<th scope="row"[^>]*>([^<]+)</th>', table)
    assert rows[0] == "Vlaams Gewest" and len(rows) == 6  # Flanders and its five provinces ...
    assert bars == rows  # ... as the bars of the chart


def _csv(client, **params) -> list[list[str]]:
    body = client.get("/kerncijfers/export.csv", {"peildatum": "30/06/2025", **params}).content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body), delimiter=";"))


@pytest.mark.django_db
def test_an_export_by_group_names_the_group_of_each_row(client, world):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    rows = _csv(client, kpi="jobseekers", groep="sex")
    head = next(r for r in rows if r[:3] == ["Niveau", "Code", "Naam"])
    assert head[3] == "Geslacht" and head[4] == "Waarde (personen)" and head[5] == "Aantal waarop het cijfer steunt"
    body = rows[rows.index(head) + 1:]
    assert [r[3] for r in body] == ["alle groepen", "Man", "Vrouw", "Onbekend / anders"]
    assert {r[2] for r in body} == {"Vlaams Gewest"}  # the place, the same on every row


@pytest.mark.django_db
def test_an_exported_share_is_in_percent_and_its_count_is_the_inflow(client, world):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    rows = _csv(client, kpi="screened_2m")
    head = next(r for r in rows if r[:3] == ["Niveau", "Code", "Naam"])
    assert head[3] == "Waarde (%)" and head[4] == "Instroom waarop het aandeel steunt"
    for row in rows[rows.index(head) + 1:]:
        if row[3]:
            assert 0 <= float(row[3].replace(",", ".")) <= 100 and re.fullmatch(r"\d+,\d\d", row[3])


@pytest.mark.django_db
def test_an_export_carries_the_figure_per_100_inhabitants_as_the_page_does(client, world):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    rows = _csv(client, kpi="jobseekers")
    head = next(r for r in rows if r[:3] == ["Niveau", "Code", "Naam"])
    assert "per 100 inwoners van 20–69 jaar" in head
    page = client.get("/kerncijfers/", {"kpi": "jobseekers", "peildatum": "30/06/2025"}).content.decode()
    assert "per 100 inwoners 20–69" in page


@pytest.mark.django_db
def test_a_refusal_says_where_to_go_from_there(client, world):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    response = client.get("/kerncijfers/gemeente/", {"gemeente": "99999"})
    page = response.content.decode()
    assert response.status_code == 404 and "Onbekende gemeente" in page
    assert '<a href="/kerncijfers/">De kerncijfers van Vlaanderen</a>' in page and '<a href="/kerncijfers/catalogus/">' in page


@pytest.mark.django_db
def test_flanders_official_panel_compares_with_belgium_and_its_regions_not_a_walloon_province_or_eu28_of_2017(client):
    client.force_login(factories.user(Role.ANALYST))
    page = client.get("/kerncijfers/").content.decode()
    section = page[page.index('class="kpi-official"'):page.index("</section>", page.index('class="kpi-official"'))]
    assert "Vlaams Gewest" in section and "België" in section and "Waals Gewest" in section and "Provincie Oost-Vlaanderen" in section
    assert "Henegouwen" not in section and "EU28" not in section


@pytest.mark.django_db
def test_a_french_page_names_the_municipalities_and_arrondissements_in_french(client, world):  # noqa: F811
    """Walk of stop 42: « Indicateurs clés de Gent », « Communes comparables : Antwerpen, Leuven… »."""
    from werkregie.organisations.models import Organisation

    worker = factories.user(Role.MUNICIPALITY)
    worker.organisation = Organisation.objects.create(name="OCMW Gent", kind="municipality", municipality_id="44021")
    worker.save()
    client.force_login(worker)
    page = client.get("/kerncijfers/gemeente/", {"peildatum": "30/06/2025"}, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Gand" in page and ">Gent<" not in page
    client.force_login(factories.user(Role.ANALYST))
    drill = client.get("/kerncijfers/", {"kpi": "jobseekers", "niveau": "province", "code": "40000", "peildatum": "30/06/2025"},
                       HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Arrondissement Gand" in drill or "Gand" in drill
