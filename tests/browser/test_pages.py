"""Citizen, counsellor and municipality worker log in through the real login page and see exactly what each may;
every page passes axe-core without violations (WCAG 2.1 A/AA rules)."""

import datetime as dt

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core.identifiers import format_insz
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind

from .. import factories as f
from .checks import follow_menu

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-demo-password"
AXE = Axe()


AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
# What axe says when the page it is reading is replaced under it (a click's navigation landing mid-run).
REPLACED_MID_RUN = ("reading 'documentElement'", "Execution context was destroyed")


def assert_accessible(page):
    # A click that navigates returns before the new page has loaded; axe must read the page the user ends on,
    # so it waits for it, and reads it again if the old document was swapped out while it ran.
    page.wait_for_load_state("load")
    try:
        results = AXE.run(page, options=AXE_OPTIONS)
    except PlaywrightError as error:
        if not any(sign in str(error) for sign in REPLACED_MID_RUN):
            raise
        page.wait_for_load_state("load")
        results = AXE.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def login(page, username):
    page.goto("/login/")
    assert_accessible(page)
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()


@pytest.fixture
def people(ref):
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    ocmw = f.organisation(OrganisationKind.MUNICIPALITY, name="OCMW Gent", municipality_id="44021")
    counsellor = f.user(Role.COUNSELLOR, team, username="bart", password=PASSWORD, first_name="Bart", last_name="De Smet")
    worker = f.user(Role.MUNICIPALITY, ocmw, username="lien", password=PASSWORD)
    mine = f.person(first_name="Sofie", last_name="Peeters", team=team, counsellor=counsellor)
    f.episode(mine, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 2, 1))
    teammate = f.person(first_name="Jef", last_name="Aerts", team=team)
    leefloon = f.person(first_name="Samira", last_name="Azzouzi")
    f.episode(leefloon, StatusKind.LEEFLOON, start=dt.date(2025, 5, 1), municipality="44021")
    stranger = f.person(first_name="Piet", last_name="Onbekend")
    citizen = f.user(Role.CITIZEN, username="sofie", password=PASSWORD, person=mine)
    return {"counsellor": counsellor, "worker": worker, "citizen": citizen, "mine": mine, "teammate": teammate,
            "leefloon": leefloon, "stranger": stranger}


def test_counsellor_sees_caseload_and_opens_a_record_with_a_purpose(page, people):
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    assert_accessible(page)
    table = page.locator("#results table").inner_text()
    assert "Peeters, Sofie" in table and "Aerts, Jef" in table
    assert "Azzouzi" not in table and "Onbekend" not in table
    page.get_by_label("Zoeken op naam, INSZ of geboortedatum").fill("aerts")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_function("!document.querySelector('#results').innerText.includes('Peeters')")
    assert "Aerts, Jef" in page.locator("#results").inner_text()
    page.get_by_role("link", name="Aerts, Jef").click()
    page.get_by_role("heading", name="Waarom raadpleegt u dit dossier?").wait_for()
    assert_accessible(page)
    page.get_by_label("Screening afstand tot de arbeidsmarkt").check()
    page.get_by_role("button", name="Dossier openen").click()
    page.get_by_role("heading", name="Jef Aerts").wait_for()
    assert format_insz(people["teammate"].insz) in page.content()
    assert_accessible(page)
    entry = AccessLogEntry.objects.filter(person_id=people["teammate"].pk).order_by("-seq").first()
    assert entry.purpose == "screening"
    assert page.goto(f"/personen/{people['stranger'].pk}/").status == 404


def test_citizen_sees_own_data_and_who_consulted_it(page, people):
    from werkregie.access.services import record_access

    record_access(f.principal(people["counsellor"]).actor(), [people["mine"].pk], "persoonsgegevens", "guidance", "web")
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    assert_accessible(page)
    body = page.locator("main").inner_text()
    assert "Welkom, Sofie" in body and format_insz(people["mine"].insz) in body
    assert "Werkzoekende met uitkering" in body
    log = page.get_by_role("region", name="Wie heeft mijn gegevens geraadpleegd").inner_text()
    assert "Bart De Smet" in log and "Begeleiding naar werk" in log
    assert "Aerts" not in body and "Azzouzi" not in body
    assert page.goto("/caseload/").status == 403
    assert page.goto(f"/personen/{people['teammate'].pk}/").status == 403


def test_municipality_worker_sees_only_its_leefloon_clients(page, people):
    login(page, "lien")
    page.wait_for_url("**/gemeente/clienten/")
    assert_accessible(page)
    table = page.locator("#results table").inner_text()
    assert "Azzouzi, Samira" in table
    assert "Peeters" not in table and "Aerts" not in table and "Onbekend" not in table
    page.get_by_role("link", name="Azzouzi, Samira").click()
    page.get_by_role("heading", name="Samira Azzouzi").wait_for()
    assert "Leefloongerechtigde" in page.locator("main").inner_text()
    assert_accessible(page)
    assert page.goto(f"/personen/{people['mine'].pk}/").status == 404


def test_language_switch_to_french_keeps_belgian_dates(page, people):
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.get_by_label("Taal").select_option("fr")
    page.get_by_role("heading", name="Qui a consulté mes données").wait_for()
    assert people["mine"].birth_date.strftime("%d/%m/%Y") in page.locator("main").inner_text()
    assert_accessible(page)


def test_keyboard_skip_link_reaches_main(page, people):
    page.goto("/login/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Naar de inhoud" in focused


def test_the_accessibility_check_can_fail(page):
    page.set_content('<html><body><img src="x.png"><input type="text"></body></html>')
    results = AXE.run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
    assert results.violations_count >= 2


def test_job_bonus_page_is_accessible(page, people):
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    follow_menu(page, "Loont werken?")  # the menu's "Mijn jobbonus" became "Loont werken?" (issue 15 point 15), under "Meer" (issue 16)
    page.get_by_role("link", name="Zo wordt de jobbonus berekend").click()
    page.get_by_label("Bruto maandloon (EUR)").fill("2000")
    page.get_by_label("Prestatiebreuk (1 = voltijds, 0,5 = halftijds)").fill("0,8")
    page.get_by_role("button", name="Berekenen").click()
    page.get_by_role("heading", name="Uw jobbonus voor 2024: € 354,00").wait_for()
    assert_accessible(page)


def test_counsellor_screens_a_job_seeker_and_overrides_with_a_reason(page, people):
    from werkregie.screening.models import Assessment

    from ..screening_support import install_models

    install_models()
    # issue 11, point 5: the screening-only worklist became the one worklist, filled by the deadline sweep
    from werkregie.worklist.sweep import run

    run()
    login(page, "bart")
    page.get_by_role("link", name="Werklijst").click()
    page.get_by_role("heading", name="Werklijst").wait_for()
    assert page.get_by_text("te laat").count() >= 1, "registered in February 2025: long overdue"
    assert_accessible(page)
    page.get_by_role("link", name="Peeters, Sofie").first.click()
    page.get_by_role("heading", name="Kans op werk en uitleg").wait_for()
    assert "procentpunt" in page.content()
    page.get_by_label("Competenties voor de gezochte jobs").select_option("sufficient")
    page.get_by_label("Niveau Nederlands (ERK)").select_option("B2")
    page.get_by_label("Digitale vaardigheden").select_option("basic")
    page.get_by_label("Motivatie").select_option("high")
    page.get_by_label("Kinderopvang is een drempel").check()
    page.get_by_text("Kinderopvang is een drempel.").wait_for()  # the proposal, refreshed by htmx
    assert_accessible(page)
    page.get_by_label("Afstand tot de arbeidsmarkt (leeg = het voorstel volgen)").select_option("not_deployable")
    page.get_by_role("button", name="Beoordeling registreren").click()
    page.get_by_text("geeft een reden van minstens 10 tekens").first.wait_for()  # in the error summary and beside the field
    assert not Assessment.objects.exists()
    assert_accessible(page)
    page.get_by_label("Reden van afwijking (verplicht bij afwijken)").fill("Ernstige gezondheidsproblemen gemeld door de huisarts.")
    page.get_by_role("button", name="Beoordeling registreren").click()
    page.get_by_role("cell", name="Ernstige gezondheidsproblemen gemeld door de huisarts.").wait_for()
    assessment = Assessment.objects.get()
    assert assessment.overridden and assessment.category == "not_deployable" and assessment.counsellor == people["counsellor"]
    follow_menu(page, "Modelkaart")  # under "Meer" since the header keeps to one row (issue 16)
    page.get_by_role("heading", name="Drift sinds de training").first.wait_for()
    assert page.locator("svg[role=img]").count() >= 10
    assert_accessible(page)


def test_citizen_reads_own_chance_of_work(page, people):
    from ..screening_support import install_models

    install_models()
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    follow_menu(page, "Mijn kans op werk")  # under "Meer" since the header keeps to one row (issue 16)
    page.get_by_role("heading", name="Wat de kans kan verhogen").wait_for()
    assert "Geslacht, nationaliteit, leeftijd en een arbeidsbeperking worden nooit gebruikt" in page.content()
    assert_accessible(page)
