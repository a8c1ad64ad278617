"""Issue 14, point 2: the employment rate of the 20–64-year-olds at the levels the shipped reference statistics give it
(Belgium, the regions, a province), beside the 80 % target and the platform's own figures, marked as an official
statistic everywhere (catalogue, API, pages); none per municipality, and the pages say so. The expected figures are read
here from the shipped CSV by hand, not through the module under test."""

from __future__ import annotations

import csv
import re

import pytest

from tests import factories
from werkregie.accounts.models import Role
from werkregie.kpis import geography, official

SHIPPED = official.DATA


def _published(geography_name: str) -> list[tuple[str, float]]:
    with SHIPPED.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["geography"] == geography_name and r["group"] == "20-64 jaar"
                and r["indicator"] in ("werkgelegenheidsgraad", "werkzaamheidsgraad")]
    return sorted(((r["period"], float(r["value"])) for r in rows), key=lambda pv: (pv[0][:4], pv[0][5:] or "9"))


def test_the_shipped_file_is_attributed():
    attribution = (SHIPPED.parent / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "labour_market_headline_indicators.csv" in attribution and "Statbel" in attribution


def test_every_published_rate_per_geography_oldest_first():
    rates = official.employment_rates()
    for name in ("Vlaams Gewest", "België", "Provincie Oost-Vlaanderen", "Brussels Hoofdstedelijk Gewest"):
        assert [(f.period, f.value) for f in rates[name]] == _published(name), name
    assert rates["Vlaams Gewest"][-1].period == "2022Q4" and rates["Vlaams Gewest"][-1].value == 77.2
    assert rates["België"][-1].period == "2024Q1" and rates["België"][-1].text == "71,9 %"
    # a count ("werkenden") or another age band never passes for a rate
    assert all(f.value < 100 for series in rates.values() for f in series)


def test_published_names_map_to_the_platforms_units():
    assert official.unit_of("Provincie Oost-Vlaanderen") == ("province", "40000")
    assert official.unit_of("Vlaams Gewest") == ("region", "02000")
    assert official.unit_of("België") == ("all", "BE")
    assert official.unit_of("EU28") is None
    # the source's "0" for Brussels' missing province was a province called "0" on the drill-down
    assert geography.unit_names()[("province", "04000")] == "Brussels Hoofdstedelijk Gewest"
    assert "0" not in geography.unit_names().values()


@pytest.mark.django_db
def test_the_api_gives_the_rates_beside_the_target(client):
    client.force_login(factories.user(Role.ANALYST))
    data = client.get("/api/v1/kpis/official").json()
    assert data["target"] == 80.0 and "80 procent" in data["target_source"]
    assert data["kpi"]["official"] is True and data["kpi"]["statistic"] == "officiële statistiek"
    by_name = {s["geography"]: s for s in data["series"]}
    assert by_name["Vlaams Gewest"]["latest"]["value"] == 77.2 and by_name["Vlaams Gewest"]["below_target"] == 2.8
    assert by_name["Provincie Oost-Vlaanderen"]["below_target"] == 0.0
    assert [s["geography"] for s in data["series"]][:1] == ["België"]  # Belgium, the regions, the provinces, then the EU
    assert data["series"][-1]["geography"] == "EU28" and data["series"][-1]["unit"] is None
    assert "per gemeente" in data["not_available"]
    assert all(re.match(r"https?://", f["source_url"]) for s in data["series"] for f in s["figures"])


@pytest.mark.django_db
def test_the_catalogue_marks_official_and_own_figures(client):
    client.force_login(factories.user(Role.MUNICIPALITY))
    rows = client.get("/api/v1/kpis/catalogue").json()
    official_rows = [r for r in rows if r["official"]]
    assert [r["code"] for r in official_rows] == ["employment_rate_20_64"]
    assert {r["statistic"] for r in rows if not r["official"]} == {"eigen cijfer van het platform"}
    page = client.get("/kerncijfers/catalogus/").content.decode()
    assert "Werkzaamheidsgraad 20–64 jaar" in page and "officiële statistiek" in page


@pytest.mark.django_db
def test_the_dashboard_shows_the_official_rates_with_chart_and_table(client):
    client.force_login(factories.user(Role.ANALYST))
    page = client.get("/kerncijfers/").content.decode()
    section = page[page.index('class="kpi-official"'):]
    assert "Werkzaamheidsgraad 20–64 jaar" in section and "officiële statistiek" in section
    assert "77,2 %" in section and "2022, 4e kwartaal" in section and "2,8 procentpunt" in section
    assert "doel 80 %" in section  # the target line in the chart
    assert section.count("<svg") == 1 and "statbel.fgov.be" in section


@pytest.mark.django_db
def test_a_municipality_sees_its_province_region_and_country_and_why_not_its_own(client):
    client.force_login(factories.user(Role.MUNICIPALITY))  # Gent: province Oost-Vlaanderen
    page = client.get("/kerncijfers/gemeente/").content.decode()
    section = page[page.index('class="kpi-official"'):page.index("</section>", page.index('class="kpi-official"'))]
    assert "Provincie Oost-Vlaanderen" in section and "doel bereikt" in section
    assert "Vlaams Gewest" in section and "België" in section
    assert "Henegouwen" not in section and "EU28" not in section
    assert "Geen officiële werkzaamheidsgraad per gemeente" in section


@pytest.mark.django_db
def test_other_roles_get_no_official_figures_through_the_kpi_api(client):
    client.force_login(factories.user(Role.CITIZEN))
    assert client.get("/api/v1/kpis/official").status_code == 403


@pytest.mark.django_db
def test_places_outside_flanders_have_no_figures_and_names_follow_the_language(client):
    """Walk of stop 41: Brussels and Wallonia read 0 (an analyst could quote it), and "Vlaams Gewest", "België" stayed
    Dutch on the French and English pages."""
    client.force_login(factories.user(Role.ANALYST))
    page = client.get("/kerncijfers/", {"niveau": "all", "code": "BE"}).content.decode()
    assert "buiten het werkgebied van VDAB" in page and 'code=04000' not in page  # Brussels: no figure, no link to drill into
    assert client.get("/kerncijfers/", {"niveau": "region", "code": "04000"}).status_code in (400, 422)
    api = client.get("/api/v1/kpis/figures", {"kpi": "jobseekers", "level": "region", "code": "03000"})
    assert api.status_code == 422 and api.json()["errors"][0]["field"] == "code"
    assert client.get("/kerncijfers/gemeente/", {"gemeente": "21004"}).status_code in (400, 422)
    french = client.get("/kerncijfers/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    english = client.get("/kerncijfers/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Région flamande" in french and "Vlaams Gewest" not in french
    assert "Flemish Region" in english and "Vlaams Gewest" not in english


@pytest.mark.django_db
def test_a_municipality_compares_its_job_seekers_per_inhabitant_and_the_chart_has_the_tables_rows(client):
    """Walk of stop 41: Gent's 49 job seekers stood beside Genk's 12 as plain counts, and the count charts left out the
    median and Flanders that the table had."""
    client.force_login(factories.user(Role.MUNICIPALITY))  # Gent
    page = client.get("/kerncijfers/gemeente/").content.decode()
    section = page[page.index('id="k-jobseekers"'):page.index("</section>", page.index('id="k-jobseekers"'))]
    assert section.count("per 100 inwoners van 20–69 jaar") >= 2  # the chart's title and the table's column
    assert "Mediaan vergelijkbare" in section.split("</svg>")[0] and "Vlaams Gewest" in section.split("</svg>")[0]
    flows = page[page.index('id="k-jobseekers_in"'):page.index("</section>", page.index('id="k-jobseekers_in"'))]
    assert "Mediaan vergelijkbare" in flows.split("</svg>")[0] and "behalve Vlaanderen" in flows.split("</svg>")[0]
