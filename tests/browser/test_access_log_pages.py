"""Issue 16, point 8: the citizen reads "Wie heeft mijn gegevens geraadpleegd" grouped by who, why and day, opens the
details, filters, in Dutch and French, at 390 px, without accessibility violations."""

import pytest

from werkregie.access.services import record_access

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login, people  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _reads(people):
    bart = f.principal(people["counsellor"]).actor()
    for _ in range(12):
        record_access(bart, [people["mine"].pk, people["teammate"].pk], "zoekresultaat: naam", "guidance", "web")
    record_access(bart, [people["mine"].pk], "persoonsgegevens: contact, identity", "guidance", "web")


def test_citizen_reads_grouped_consultations_opens_details_and_filters(page, people):
    _reads(people)
    page.set_viewport_size(PHONE)
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    region = page.get_by_role("region", name="Wie heeft mijn gegevens geraadpleegd")
    text = region.inner_text()
    assert "Bart De Smet (Bemiddelaar, Team Gent) raadpleegde uw dossier" in text
    assert "U verscheen 12 keer in een lijst van Bart De Smet (Bemiddelaar, Team Gent)" in text
    assert text.index("raadpleegde uw dossier") < text.index("U verscheen 12 keer")  # the record itself first
    assert "Begeleiding naar werk" in text and "counsellor" not in text and "guidance" not in text
    region.get_by_role("link", name="Alle raadplegingen, met filters").click()
    page.wait_for_url("**/mijn-gegevens/raadplegingen/")
    summary = page.locator("summary", has_text="raadpleegde uw dossier")
    summary.click()
    details = page.locator("details[open]").inner_text()
    assert "persoonsgegevens: contactgegevens, identiteit" in details and "Webpagina" in details
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    page.get_by_label("Waar").select_option("list")
    page.get_by_role("button", name="Toon").click()
    page.wait_for_url("**soort=list**")
    found = page.locator("main").inner_text()
    assert "U verscheen 12 keer" in found and "raadpleegde uw dossier" not in found
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)


def test_the_view_speaks_the_readers_language(browser, live_server, people):
    _reads(people)
    context = browser.new_context(locale="fr-BE", base_url=live_server.url)
    page = context.new_page()
    try:
        page.goto("/login/")
        page.locator("input[name=username]").fill("sofie")
        page.locator("input[name=password]").fill("a-long-demo-password")
        page.locator("form button[type=submit]").first.click()
        page.wait_for_url("**/mijn-gegevens/")
        page.goto("/mijn-gegevens/raadplegingen/")
        text = page.locator("main").inner_text()
        assert "Vous êtes apparu·e 12 fois dans une liste de Bart De Smet" in text
        assert "Bemiddelaar" not in text and "Begeleiding naar werk" not in text and "U verscheen" not in text
        assert_axe_clean(page)
    finally:
        context.close()
