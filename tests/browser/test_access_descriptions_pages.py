"""Issue 16, point 8: on "Wie heeft mijn gegevens geraadpleegd" a French or English reader reads what was consulted
in their language ("store codes, translate on display"), at 390 and 1280 px; a description without a template stays
as stored, marked lang="nl"."""

import pytest

from werkregie.access.services import record_access

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import PASSWORD, people  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STORED = ("sollicitaties voor vacature 9566 (naam, toestand)", "aanwervingssteun voor vacature 9566 (effect, met toestemming)",
          "sollicitaties en terugkoppeling van werkgevers", "persoonsgegevens: contact, profile", "iets van vroeger")
SHOWN = {
    "fr": ("candidatures pour l'offre 9566 (nom, état)", "aide à l'embauche pour l'offre 9566 (effet, avec consentement)",
           "candidatures et retours des employeurs", "données personnelles : coordonnées, profil"),
    "en": ("applications for vacancy 9566 (name, state)", "hiring support for vacancy 9566 (effect, with consent)",
           "applications and feedback from employers", "personal data: contact details, profile"),
}


@pytest.mark.parametrize("width", [PHONE["width"], 1280])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_descriptions_are_shown_in_the_readers_language(browser, live_server, people, language, width):  # noqa: F811
    bart = f.principal(people["counsellor"]).actor()
    for what in STORED:
        record_access(bart, [people["mine"].pk], what, "guidance", "web")
    context = browser.new_context(locale=f"{language}-BE", base_url=live_server.url, viewport={"width": width, "height": 844})
    page = context.new_page()
    try:
        page.goto("/login/")
        page.locator("input[name=username]").fill("sofie")
        page.locator("input[name=password]").fill(PASSWORD)
        page.locator("form button[type=submit]").first.click()
        page.wait_for_url("**/mijn-gegevens/")
        page.goto("/mijn-gegevens/raadplegingen/")
        for summary in page.locator("main details summary").all():
            summary.click()
        text = page.locator("main").inner_text()
        for shown in SHOWN[language]:
            assert shown in text, shown
        assert not any(stored in text for stored in STORED[:-1]) and "contact, profile" not in text
        assert page.locator('main [lang="nl"]', has_text="iets van vroeger").count() == 1  # no template: as stored, marked Dutch
        assert page.locator('main [lang="nl"]', has_text="9566").count() == 0
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)
    finally:
        context.close()
