"""KPI pages, API and export: every route × role (the rows for the permission matrix), a municipality only ever gets its
own dashboard, bad input is a problem (never a 500), the export carries the definition and the Belgian formats."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories
from werkregie.accounts.models import ApiToken, Role
from werkregie.core import clock
from werkregie.kpis import refresh

ON = "2025-06-30"
PAGES = {
    "/kerncijfers/": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
    "/kerncijfers/gemeente/": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
    "/kerncijfers/management/": {Role.ANALYST, Role.ADMIN},
    "/kerncijfers/catalogus/": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
    "/kerncijfers/export.csv": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
    "/kerncijfers/export.xlsx": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
}
API = {
    "/api/v1/kpis/catalogue": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
    "/api/v1/kpis/figures": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
    "/api/v1/kpis/municipalities/44021/comparison": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
    "/api/v1/kpis/management": {Role.ANALYST, Role.ADMIN},
    "/api/v1/kpis/official": {Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY},
}
ROLES = [Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST, Role.ADMIN]


@pytest.fixture
def world(ref):
    # born in one age band on the reference day (1985–86: 39 on 30/06/2025), whatever the number of persons made before
    # (the factory's dates follow a counter: a world across a band's birthday hides other cells, see the test below)
    for offset, (nis, count) in ((0, ("44021", 25)), (100, ("11002", 15))):
        for i in range(count):
            p = factories.person(municipality_id=nis, sex="MF"[i % 2], birth_date=dt.date(1985, 9, 1) + dt.timedelta(days=offset + i))
            factories.episode(p, "jobseeker_benefit", dt.date(2025, 1, 6))
            if i % 2:
                factories.episode(p, "leefloon", dt.date(2025, 2, 1), municipality=nis)
    refresh.full()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_page_for_every_role(client, world, role):
    client.force_login(factories.user(role))
    with clock.travel_to(dt.date(2025, 6, 30)):
        for url, allowed in PAGES.items():
            response = client.get(url, {"peildatum": ON})
            assert response.status_code == (200 if role in allowed else 403), (url, role, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_endpoint_for_every_role(client, world, role):
    token = ApiToken.issue(factories.user(role), "t")[1] if hasattr(ApiToken, "issue") else None
    if token is None:
        client.force_login(factories.user(role))
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    for url, allowed in API.items():
        response = client.get(url, {"on": ON, "kpi": "jobseekers"}, **headers)
        assert response.status_code == (200 if role in allowed else 403), (url, role, response.status_code, response.content[:200])


@pytest.mark.django_db
def test_a_municipality_gets_only_its_own_dashboard(client, world):
    worker = factories.user(Role.MUNICIPALITY)  # its organisation is Gent's OCMW
    client.force_login(worker)
    page = client.get("/kerncijfers/gemeente/", {"gemeente": "11002", "peildatum": ON}).content.decode()
    assert "Kerncijfers van Gent" in page and "Kerncijfers van Antwerpen" not in page
    data = client.get("/api/v1/kpis/municipalities/11002/comparison", {"on": ON}).json()
    assert data["municipality"]["code"] == "44021" and len(data["peers"]) == 10
    assert "44021" not in {p["code"] for p in data["peers"]}


@pytest.mark.django_db
def test_figures_bad_input_is_a_problem(client, world):
    client.force_login(factories.user(Role.ANALYST))
    bad = client.get("/api/v1/kpis/figures", {"kpi": "nope"})
    assert bad.status_code == 422 and bad["Content-Type"].startswith("application/problem+json")
    assert client.get("/api/v1/kpis/figures", {"kpi": "jobseekers", "on": "31/02/2025"}).status_code == 422
    assert client.get("/api/v1/kpis/figures", {"kpi": "jobseekers", "level": "province", "code": "99999"}).status_code == 404
    assert client.get("/api/v1/kpis/figures", {"kpi": "jobseekers", "dimension": "religion"}).status_code == 422
    assert client.get("/kerncijfers/", {"kpi": "nope"}).status_code == 400


@pytest.mark.django_db
def test_drilldown_and_groups_from_aggregates(client, world):
    client.force_login(factories.user(Role.ANALYST))
    flanders = client.get("/api/v1/kpis/figures", {"kpi": "jobseekers", "on": ON}).json()
    assert flanders["total"]["value"] == 40 and flanders["kpi"]["definition"] and flanders["kpi"]["statistic"]
    provinces = {r["unit"]["code"]: r["value"] for r in flanders["rows"]}
    assert provinces["40000"] == 25 and provinces["10000"] == 15
    gent = client.get("/api/v1/kpis/figures", {"kpi": "jobseekers", "on": ON, "level": "municipality", "code": "44021", "dimension": "sex"}).json()
    by_sex = {r["label"]: r["value"] for r in gent["rows"]}
    # Antwerpen's 8 men and 7 women are hidden, so Gent's are too (else Flanders − Gent gives Antwerpen's); both or neither
    assert by_sex["Man"] in (13, None) and by_sex["Vrouw"] in (12, None) and (by_sex["Man"] is None) == (by_sex["Vrouw"] is None)
    assert gent["total"]["value"] == 25
    assert gent["total"]["per_100"] > 0
    page = client.get("/kerncijfers/", {"kpi": "jobseekers", "peildatum": "30/06/2025"}).content.decode()
    assert "<svg" in page and "Oost-Vlaanderen" in page and "Definitie" in page


@pytest.mark.django_db
def test_a_small_age_group_stays_hidden_whatever_else_is_published(client, ref):
    """Found at stop 30 as a test that failed only in the whole suite: its persons' birth dates followed the factory's
    counter, and a world across a band's birthday hid the provinces. That world is here on purpose: Gent has 5 job
    seekers of 25–34 (a small group), 20 of 35–44; Antwerpen 15 of 25–34. Whatever the suppression hides to protect
    the 5, no published difference may give them away, and Flanders' total stays published."""
    for offset, (nis, count) in ((0, ("44021", 25)), (100, ("11002", 15))):
        for i in range(count):
            born = dt.date(1990, 6, 30) + dt.timedelta(days=1 + i + offset if nis == "11002" or i >= 20 else -1 - i)
            factories.episode(factories.person(municipality_id=nis, birth_date=born), "jobseeker_benefit", dt.date(2025, 1, 6))
    refresh.full()
    client.force_login(factories.user(Role.ANALYST))

    def ages(**where):
        data = client.get("/api/v1/kpis/figures", {"kpi": "jobseekers", "on": ON, "dimension": "age", **where}).json()
        return data["total"]["value"], {r["label"]: r["value"] for r in data["rows"]}

    flanders_total, flanders = ages()
    gent_total, gent = ages(level="municipality", code="44021")
    antwerpen_total, antwerpen = ages(level="municipality", code="11002")
    assert flanders_total == 40
    assert gent["25–34 jaar"] is None
    # each way to compute Gent's 25–34 from published figures is closed
    assert None in (gent_total, gent["35–44 jaar"])
    assert None in (flanders["25–34 jaar"], antwerpen["25–34 jaar"])


@pytest.mark.django_db
def test_csv_export_has_definition_and_belgian_numbers(client, world):
    client.force_login(factories.user(Role.ANALYST))
    response = client.get("/kerncijfers/export.csv", {"kpi": "screened_2m", "peildatum": "30/06/2025"})
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "Definitie;" in text and "Formule;" in text and "eigen cijfer van het platform" in text
    # nobody screened: a share of 0 % on a cohort of 40 (a share in percent since the walk of stop 41: it read "0,0000",
    # a fraction, where the page says "0,0 %")
    assert "Gewest;02000;Vlaams Gewest;0,00;40;nee" in text


@pytest.mark.django_db
def test_refresh_command_and_schedule(world, capsys):
    from werkregie.cli import main

    assert main(["kpi", "refresh"]) == 0
    assert '"mode": "incremental"' in capsys.readouterr().out
    assert main(["kpi", "schedule"]) == 0
    from django_q.models import Schedule

    assert Schedule.objects.get(name="kpi refresh (daily, incremental)").func == "werkregie.kpis.tasks.refresh_kpis"


@pytest.mark.django_db
def test_xlsx_export_holds_numbers(client, world):
    import io

    from openpyxl import load_workbook

    client.force_login(factories.user(Role.ANALYST))
    response = client.get("/kerncijfers/export.xlsx", {"kpi": "jobseekers", "peildatum": "30/06/2025"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Indicator" and rows[1][0] == "Definitie"
    # the figure, the count it rests on, per 100 inhabitants (exported since the walk of stop 41), hidden or not
    assert any(r[:5] == ("Gewest", "02000", "Vlaams Gewest", 40, 40) and r[5] is not None and r[6] == "nee" for r in rows)


@pytest.mark.django_db
def test_the_export_heads_its_columns_in_the_readers_language(client, world):  # noqa: F811
    """Walk of stop 41: the French CSV's header read "Niveau;Code;Nom;Valeur;Aantal;Verborgen"."""
    client.force_login(factories.user(Role.ANALYST))
    body = client.get("/kerncijfers/export.csv", {"kpi": "jobseekers", "peildatum": "30/06/2025"}, HTTP_ACCEPT_LANGUAGE="fr").content.decode("utf-8-sig")
    # (since the walk of stop 41 the heads also say the unit and what the count is, and the per-100 column is exported)
    assert "Niveau;Code;Nom;Valeur (personnes);Nombre sur lequel repose le chiffre;pour 100 habitants de 20 à 69 ans;Masqué" in body


@pytest.mark.django_db
def test_a_drill_down_says_the_level_and_a_group_breakdown_its_groups(client, world):  # noqa: F811
    """Walk of stop 41: the arrondissement and the municipality of Aalst were both "Werkzoekenden: Aalst"; per group the
    phone's stacked rows read "Plaats: Man" under an empty per-100 column."""
    client.force_login(factories.user(Role.ANALYST))
    page = client.get("/kerncijfers/", {"kpi": "jobseekers", "niveau": "arrondissement", "code": "44000", "peildatum": "30/06/2025"}).content.decode()
    assert "Werkzoekenden: Arrondissement Gent</h2>" in page
    grouped = client.get("/kerncijfers/", {"kpi": "jobseekers", "groep": "sex", "peildatum": "30/06/2025"}).content.decode()
    assert 'data-label="Groep"' in grouped and 'data-label="Plaats"' not in grouped and "per 100 inwoners 20–69</th>" not in grouped


@pytest.mark.django_db
def test_the_kpi_submenu_marks_the_current_page_and_offers_flanders_to_a_municipality(client, world):  # noqa: F811
    """Walk of stop 41: no aria-current in the KPI submenu; a municipality worker's submenu lacked /kerncijfers/,
    which opens for them."""
    client.force_login(factories.user(Role.MUNICIPALITY))
    page = client.get("/kerncijfers/gemeente/", {"peildatum": "30/06/2025"}).content.decode()
    nav = page[page.index('class="subnav"'):page.index("</nav>", page.index('class="subnav"'))]
    assert 'href="/kerncijfers/gemeente/" aria-current="page"' in nav and 'href="/kerncijfers/"' in nav
    assert nav.count("aria-current") == 1
