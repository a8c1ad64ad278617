"""Issue 16, the lead's shortfalls after the first round: permission names in the reader's language, the counsellor's
vacancy list links the vacancy itself, the search ring and the distance labelled, workflow states in words in the admin,
and every XLSX export through one helper (real dates, numbers as numbers, levels in words)."""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import re
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Permission
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook

from werkregie.accounts.admin import permission_label
from werkregie.accounts.models import Role
from werkregie.formats.names import ring_name
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import Vacancy
from werkregie.web.exports import Share, xlsx_response

from . import compliance_support as cs
from . import factories as f


def admin_client(language: str = "nl") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(f.user(Role.ADMIN, username="beheer", is_staff=True, is_superuser=True))
    return client


def option_texts(html: str, name: str) -> list[str]:
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, flags=re.S)
    assert select, name
    return [t.strip() for t in re.findall(r"<option[^>]*>([^<]*)</option>", select.group(1))]


# 1. permission names -------------------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_the_permission_pickers_name_permissions_in_dutch():
    """Django stores "Can add gebruiker"; the user and group pages showed it as such on a Dutch admin."""
    stored = Permission.objects.get(codename="add_user", content_type__app_label="accounts")
    assert stored.name.startswith("Can add")  # what Django stores, in English: never shown
    client = admin_client()
    target = f.user(Role.COUNSELLOR, username="bart")
    for path, field in ((f"/admin/accounts/user/{target.pk}/change/", "user_permissions"), ("/admin/auth/group/add/", "permissions")):
        html = client.get(path).content.decode()
        options = option_texts(html, field)
        assert len(options) == Permission.objects.count(), path
        assert not [o for o in options if re.search(r"\bCan (add|change|delete|view)\b", o)], path
        assert "Gebruikers, aanmeldingen en achtergrondtaken | Gebruiker | Mag gebruiker toevoegen" in options, path


@pytest.mark.django_db
def test_a_permission_is_named_when_shown_so_a_language_switch_never_shows_the_stored_english():
    stored = Permission.objects.get(codename="view_user", content_type__app_label="accounts")
    with translation.override("nl"):
        assert permission_label(stored).endswith("| Mag gebruiker bekijken")
    for language in ("fr", "en"):
        with translation.override(language):
            label = permission_label(stored)
        assert not label.endswith(stored.name) and " | " in label, (language, label)
    assert Permission.objects.get(pk=stored.pk).name == stored.name  # nothing stored in the language of whoever looked


# 2. the counsellor's vacancy list ------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_each_vacancy_in_the_counsellors_list_links_to_its_page_and_its_candidates(ref):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent BV")
    vacancy = Vacancy.objects.create(employer=employer, title="Heftruckchauffeur", municipality_id="44021")
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.COUNSELLOR))
    html = client.get("/vacatures/").content.decode()
    assert f'<a href="/vacatures/{vacancy.pk}/">Heftruckchauffeur</a>' in html
    link = re.search(rf'<a href="/vacatures/{vacancy.pk}/kandidaten/">(.*?)</a>', html, flags=re.S)
    assert link and re.sub(r"<[^>]+>", "", link.group(1)) == "Kandidaten bekijken voor Heftruckchauffeur"  # unique link text
    assert client.get(f"/vacatures/{vacancy.pk}/").status_code == 200  # the counsellor may open it


# 3. rings ------------------------------------------------------------------------------------------------------------

def explanation(**overrides) -> str:
    e = SimpleNamespace(score=82.0, pinned=False, ring=1, ring_name="Vlaanderen", distance_km=0.0, distance_band="", matched=[], missing=[],
                        optional_matched=[], occupation="zelfde beroep", languages=[], hours_ok=True)
    for key, value in overrides.items():
        setattr(e, key, value)
    text = render_to_string("matching/_explanation.html", {"e": e})
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))


def test_the_ring_and_the_distance_are_labelled():
    """It read "Vlaanderen 0 km": a ring without a name for what it is, a distance that looked like one to Flanders."""
    with translation.override("nl"):
        same = explanation()
        far = explanation(distance_km=31.6)
        band = explanation(distance_km=None, distance_band="10 tot 25 km")
        abroad = explanation(ring=4, ring_name="Buitenland", distance_km=412.0)
    assert "Zoekkring: Vlaanderen" in same and "Afstand: in de eigen gemeente" in same and "0 km" not in same
    assert "Zoekkring: Vlaanderen" in far and "Afstand: 32 km (geschat, over de weg)" in far
    assert "Afstand: 10 tot 25 km" in band
    assert "Zoekkring: Buitenland" in abroad and "Afstand: 412 km" in abroad


def test_every_ring_has_a_name_and_no_template_spells_them_out():
    with translation.override("nl"):
        assert [ring_name(r) for r in (1, 2, 3, 4)] == ["Vlaanderen", "Brussel en Wallonië", "Grensregio", "Buitenland"]
        assert ring_name(None) == ""
    root = pathlib.Path(__file__).resolve().parents[1] / "werkregie"
    spelled = [str(p) for p in root.glob("*/templates/**/*.html") if re.search(r"ring == \d", p.read_text(encoding="utf-8"))]
    assert not spelled, spelled
    unlabelled = [str(p) for p in root.glob("*/templates/**/*.html") if re.search(r'<span class="badge">\{\{ \w+\.ring_name \}\}', p.read_text(encoding="utf-8"))]
    assert not unlabelled, unlabelled


# 4. workflow states in the admin --------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_the_admins_case_pages_show_the_states_in_words(ref):
    case = cs.open_case(cs.jobseeker())
    assert case.state == "opened"
    client = admin_client()
    listing = client.get("/admin/compliance/case/").content.decode()
    assert "Overgedragen aan de controledienst" in listing
    assert not re.search(r">\s*opened\s*<", listing) and not re.search(r">\s*closed\s*<", listing)
    assert "Afgesloten" in listing  # the filter offers every state, in words
    filtered = client.get("/admin/compliance/case/", {"state": "opened"})
    assert filtered.status_code == 200 and f"/admin/compliance/case/{case.pk}/change/" in filtered.content.decode()
    assert f"/admin/compliance/case/{case.pk}/change/" not in client.get("/admin/compliance/case/", {"state": "closed"}).content.decode()
    detail = client.get(f"/admin/compliance/case/{case.pk}/change/").content.decode()
    assert "Overgedragen aan de controledienst" in detail and not re.search(r">\s*opened\s*<", detail)


def test_every_admin_of_a_workflow_row_shows_its_state_in_words():
    from django.contrib import admin

    from werkregie.web.admin_helpers import WorkflowStateAdmin
    from werkregie.workflows.models import WorkflowModel

    admin.autodiscover()
    raw = [m._meta.label for m, a in admin.site._registry.items() if issubclass(m, WorkflowModel) and not isinstance(a, WorkflowStateAdmin)]
    assert not raw, raw


# 5. XLSX ------------------------------------------------------------------------------------------------------------

def read_sheet(response):
    return load_workbook(io.BytesIO(response.content)).active


def test_the_xlsx_helper_writes_dates_numbers_and_words_as_a_belgian_spreadsheet_wants():
    with translation.override("nl"):
        response = xlsx_response("t.xlsx", "een titel die langer is dan eenendertig tekens", [
            ["datum", dt.date(2025, 6, 30)], ["moment", dt.datetime(2025, 6, 30, 8, 15, tzinfo=dt.UTC)], ["aantal", 1542],
            ["gemiddelde", 2.7], ["bedrag", Decimal("2500.50")], ["heel", 40.0], ["aandeel", Share(0.352)], ["leeg", Share(None)],
            ["lui", gettext_lazy("Gewest")], ["formule", "=1+1"], ["vlag", True],
        ])
    assert response["Content-Disposition"] == 'attachment; filename="t.xlsx"'
    sheet = read_sheet(response)
    assert len(sheet.title) == 31
    cells = {row[0].value: row[1] for row in sheet.iter_rows()}
    assert cells["datum"].value == dt.datetime(2025, 6, 30) and cells["datum"].number_format == "DD/MM/YYYY"
    assert cells["moment"].value == dt.datetime(2025, 6, 30, 10, 15) and cells["moment"].number_format == "DD/MM/YYYY HH:MM"  # Brussels
    assert cells["aantal"].value == 1542 and cells["aantal"].number_format == "#,##0"
    assert cells["gemiddelde"].value == 2.7 and cells["gemiddelde"].number_format == "#,##0.0#"
    assert cells["bedrag"].value == 2500.5 and cells["heel"].number_format == "#,##0"
    assert cells["aandeel"].value == 0.352 and cells["aandeel"].number_format == "0.0%"
    assert cells["leeg"].value is None
    assert cells["lui"].value == "Gewest" and cells["formule"].value == "'=1+1" and cells["vlag"].value == "ja"


@pytest.mark.django_db
@pytest.mark.parametrize("kpi,kind", [("jobseekers", "count"), ("screened_2m", "rate")])
def test_the_kpi_spreadsheet_has_a_real_date_levels_in_words_and_numbers(ref, kpi, kind):
    from werkregie.kpis import refresh

    for i in range(12):
        f.episode(f.person(municipality_id="44021"), "jobseeker_benefit", dt.date(2025, 1, 6))
    refresh.full()
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.ANALYST))
    sheet = read_sheet(client.get("/kerncijfers/export.xlsx", {"kpi": kpi, "peildatum": "30/06/2025"}))
    rows = {row[0].value: row for row in sheet.iter_rows() if row[0].value is not None}
    assert rows["Peildatum"][1].value == dt.datetime(2025, 6, 30) and rows["Peildatum"][1].number_format == "DD/MM/YYYY"
    assert isinstance(rows["Cellen kleiner dan"][1].value, int)
    levels = {row[0].value for row in sheet.iter_rows(min_row=len(rows) - 1) if row[1].value and str(row[1].value).isdigit()}
    assert levels == {"Gewest", "Provincie"}
    flanders = next(row for row in sheet.iter_rows() if row[1].value == "02000")
    assert isinstance(flanders[3].value, (int, float)) and flanders[3].number_format == ("0.0%" if kind == "rate" else "#,##0")
    assert flanders[4].value == 12 and flanders[4].number_format == "#,##0"


@pytest.mark.django_db
def test_the_kpi_csv_names_the_level_and_writes_the_date_the_belgian_way(ref):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.ANALYST))
    text = client.get("/kerncijfers/export.csv", {"kpi": "jobseekers", "peildatum": "30/06/2025"}).content.decode("utf-8-sig")
    assert "Peildatum;30/06/2025" in text and "\nGewest;02000;" in text.replace("\r\n", "\n") and "region;" not in text


def test_every_xlsx_export_goes_through_the_one_helper():
    root = pathlib.Path(__file__).resolve().parents[1] / "werkregie"
    own = [str(p.relative_to(root)) for p in root.rglob("*.py") if "openpyxl" in p.read_text(encoding="utf-8") and p != root / "web" / "exports.py"]
    assert not own, own


@pytest.mark.django_db
def test_the_vacancy_admin_shows_its_state_in_words_and_leaves_it_to_the_workflow(ref):
    vacancy = Vacancy.objects.create(employer=f.organisation(OrganisationKind.EMPLOYER), title="Magazijnier")
    client = admin_client()
    assert "Gepubliceerd" in client.get("/admin/vacancies/vacancy/").content.decode()
    detail = client.get(f"/admin/vacancies/vacancy/{vacancy.pk}/change/").content.decode()
    assert "Gepubliceerd" in detail and 'name="state"' not in detail
    assert client.get("/admin/vacancies/vacancy/add/").status_code == 200
