"""Trajectory pages in the browser: the counsellor starts a trajectory, drafts an agreement with a step and proposes it;
the citizen accepts it on "Mijn afspraken" and uploads evidence; the counsellor approves it. Every page passes axe-core
(WCAG 2.1 A/AA) and fits 390 px without horizontal scrolling."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.trajectories.models import Agreement, AgreementStep, Evidence

from .test_pages import assert_accessible, login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def no_horizontal_scroll(page):
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_counsellor_drafts_and_citizen_accepts_and_uploads(page, people, tmp_path):  # noqa: F811
    mine = people["mine"]
    due = (clock.today() + dt.timedelta(days=30)).strftime("%d/%m/%Y")
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{mine.pk}/traject/")
    page.get_by_role("heading", name="Traject van Sofie Peeters").wait_for()
    assert_accessible(page)
    page.get_by_role("button", name="Traject starten").click()
    page.get_by_text("Het traject is gestart.").wait_for()
    page.get_by_label("Titel").first.fill("Afsprakenblad januari")
    page.get_by_role("button", name="Ontwerp maken").click()
    page.get_by_text("Het ontwerp van de afspraken is gemaakt.").wait_for()
    page.get_by_text("Stap toevoegen").first.click()
    page.get_by_label("Soort stap").select_option("training")
    page.get_by_label("Omschrijving").fill("Opleiding heftruckchauffeur")
    page.get_by_label("Uiterlijk op").fill(due)
    page.get_by_label("Gevraagd bewijs").select_option("upload")
    page.get_by_role("button", name="Stap toevoegen").click()
    page.get_by_text("De stap is toegevoegd.").wait_for()
    assert_accessible(page)
    no_horizontal_scroll(page)
    page.get_by_role("button", name="Voorstellen aan de burger").click()
    page.get_by_text("De afspraken zijn aan de burger voorgesteld.").wait_for()
    assert Agreement.objects.get(person=mine).state == "proposed"
    page.context.clear_cookies()

    login(page, "sofie")
    page.goto("/mijn-afspraken/")
    page.get_by_role("heading", name="Mijn afspraken", exact=True).wait_for()
    assert_accessible(page)
    no_horizontal_scroll(page)
    page.get_by_role("button", name="Ik aanvaard deze afspraken").click()
    page.get_by_text("U hebt de afspraken aanvaard.").wait_for()
    bad = tmp_path / "virus.pdf"
    bad.write_bytes(b"MZ this is not a pdf")
    page.get_by_label("Bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)").set_input_files(str(bad))
    page.get_by_role("button", name="Indienen").click()
    page.locator(".error-summary").wait_for()
    assert_accessible(page)
    assert not Evidence.objects.exists()
    good = tmp_path / "attest.pdf"
    good.write_bytes(PDF)
    page.get_by_label("Bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)").set_input_files(str(good))
    page.get_by_role("button", name="Indienen").click()
    page.get_by_text("Uw bewijs is ingediend.").wait_for()
    assert AgreementStep.objects.get(person=mine).state == "evidence_submitted"
    page.context.clear_cookies()

    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{mine.pk}/traject/")
    page.get_by_role("link", name="attest.pdf").wait_for()
    page.get_by_role("button", name="Goedkeuren").click()
    page.get_by_text("De stap is goedgekeurd.").wait_for()
    assert Agreement.objects.get(person=mine).state == "fulfilled"
    assert_accessible(page)


def test_partner_report_is_kept_on_error_and_every_outcome_gives_a_message(page, people):  # noqa: F811
    """Finding: on /partner/stappen/ a report handed in for review on a not-yet-accepted agreement was lost with a cryptic
    message, and an empty report gave no message at all."""
    from tests import factories
    from tests.browser.test_pages import PASSWORD
    from werkregie.access.purposes import Purpose
    from werkregie.accounts.models import Role
    from werkregie.organisations.models import OrganisationKind
    from werkregie.people.models import PartnerLink
    from werkregie.trajectories import use_cases as uc
    from werkregie.workflows.services import PLATFORM

    mine = people["mine"]
    mutuality = factories.organisation(OrganisationKind.PARTNER)
    PartnerLink.objects.create(person=mine, organisation=mutuality, purpose=Purpose.SICKNESS_REINTEGRATION, start=dt.date(2025, 1, 1))
    factories.user(Role.PARTNER, mutuality, username="tnw", password=PASSWORD)
    uc.start_sickness_route(PLATFORM, mine.pk, mutuality_id=mutuality.pk, sick_since=clock.today() - dt.timedelta(days=60))
    login(page, "tnw")
    page.goto("/partner/stappen/")
    page.get_by_role("heading", name="Stappen voor onze organisatie").wait_for()
    page.get_by_label("Verslag", exact=True).fill("Gesprek gehad, hervatting halftijds")
    page.get_by_label("Uitkomst").select_option("submit")
    page.get_by_role("button", name="Bewaren").click()
    page.locator(".error-summary").wait_for()
    assert "nog niet aanvaard" in page.locator(".error-summary").inner_text()
    assert page.get_by_label("Verslag", exact=True).input_value() == "Gesprek gehad, hervatting halftijds"
    assert_accessible(page)
    page.get_by_label("Verslag", exact=True).fill("")
    page.get_by_label("Uitkomst").select_option("approve")
    page.get_by_role("button", name="Bewaren").click()
    page.locator(".error-summary").get_by_text("Schrijf een verslag").wait_for()
    page.get_by_label("Verslag", exact=True).fill("Gesprek gehad")
    page.get_by_label("Uitkomst").select_option("note")
    page.get_by_role("button", name="Bewaren").click()
    page.get_by_text("Uw verslag is bewaard.").wait_for()
    no_horizontal_scroll(page)
    date_cell = page.locator("td.nowrap").first
    assert date_cell.get_attribute("class") == "nowrap"
