"""Walk of stop 28 (issue 16, point 10): on a phone the caseload's seven filters came before "Eerst aan de beurt";
on a wide screen a column heading broke in the middle of a word. The next person now comes first at every width (and
follows the filters through htmx); headings break between words only at desktop width, with no sideways scrolling."""

import pytest

from .checks import PHONE, assert_in_viewport
from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# the words of every heading that a line break cuts in two (a Range over the word has more than one line box)
BROKEN_HEADING_WORDS = """() => {
  const broken = [];
  for (const th of document.querySelectorAll('main thead th')) {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""


@pytest.fixture(autouse=True)
def warm(page):
    page.goto("/login/", timeout=120_000)


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_the_next_person_comes_before_the_filters(page, people, size):  # noqa: F811
    from tests import factories as f
    from werkregie.trajectories import use_cases as uc

    uc.start_trajectory(f.principal(people["counsellor"]), people["mine"].pk, "standard")  # an agreement to make: a due date
    if size:
        page.set_viewport_size(size)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    nxt = page.locator(".next-person")
    nxt.wait_for()
    filters = page.locator("form[role=search]")
    assert nxt.bounding_box()["y"] < filters.bounding_box()["y"]
    assert "Peeters" in nxt.inner_text()
    page.locator("#id_q").fill("Aerts")  # htmx: the results and the next person follow the search
    page.locator("#results tbody tr", has_text="Aerts").wait_for()
    page.wait_for_function("!document.querySelector('.next-person')")
    assert page.locator("#next-person").count() == 1


@pytest.mark.parametrize("width", [1024, 1280])
def test_caseload_headings_break_between_words_and_nothing_scrolls_sideways(page, people, width):  # noqa: F811
    page.set_viewport_size({"width": width, "height": 900})
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.locator("#results tbody tr").first.wait_for()
    assert page.evaluate(BROKEN_HEADING_WORDS) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("language", ["nl", "en", "fr"])
def test_case_list_headings_break_between_words_at_1024(page, people, language):  # noqa: F811
    """The controller's case list at 1024 px: in English "Case" and "Controller" broke in two (walk of stop 28)."""
    import datetime as dt

    from tests import factories as f
    from werkregie.accounts.models import Role
    from werkregie.compliance import services
    from werkregie.core import clock

    from .test_pages import PASSWORD

    f.user(Role.CONTROLLER, username="kris", password=PASSWORD)
    for i in range(3):
        services.open_case(people["mine"].pk, "missed_appointment", source=("appointment", 900 + i),
                           facts={"occurred_on": (clock.today() - dt.timedelta(days=10 + i)).isoformat(),
                                  "summary": "Niet verschenen op het gesprek over de afspraken, zonder bericht."})
    page.set_viewport_size({"width": 1024, "height": 900})
    login(page, "kris")
    page.wait_for_url("**/caseload/")
    # the caseload's own load finished first: a cookie the login's responses still set could overwrite the one set here
    # (CI of stop 44 read "nl" for "en" once)
    page.wait_for_load_state("load")
    page.evaluate(f"document.cookie = 'django_language={language}; path=/'")  # what the language menu sets
    page.goto("/controle/dossiers/")
    assert page.locator("html").get_attribute("lang") == language
    page.locator("main tbody tr").first.wait_for()
    assert page.evaluate(BROKEN_HEADING_WORDS) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_applying_after_the_jump_to_the_next_step_shows_the_message_in_view_with_focus(page, people):  # noqa: F811
    """Walk of stop 29 (issue 16, point 2): after "Solliciteren of eerst overleggen" the redirect kept "#h-next", and
    the message sat 1,800–3,500 px above the screen with the focus nowhere."""
    from tests import factories as f
    from tests.browser.test_vacancy_pages import FORKLIFT
    from werkregie.organisations.models import OrganisationKind
    from werkregie.vacancies.models import Vacancy

    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent BV")
    vacancies = [Vacancy.objects.create(employer=employer, title=f"Heftruckchauffeur {n}", municipality_id="44021", occupation_uri=FORKLIFT.uri,
                                        monthly_wage=2650, description="Laden en lossen van vrachtwagens in ons magazijn in Gent. " * 30)
                 for n in (1, 2)]
    for size, vacancy in zip((PHONE, {"width": 1280, "height": 900}), vacancies):
        page.set_viewport_size(size)
        login(page, "sofie")
        page.goto(f"/vacatures/{vacancy.pk}/")
        page.get_by_role("link", name="Solliciteren of eerst overleggen").click()
        page.wait_for_function("() => location.hash === '#h-next'")
        if size is PHONE:
            page.get_by_role("button", name="Solliciteren").click()
        else:
            page.get_by_label("Uw vraag aan uw bemiddelaar (niet verplicht)").fill("Werkt men hier in ploegen?")
            page.get_by_role("button", name="Vraag het mijn bemiddelaar").click()
        assert_in_viewport(page, ".messages")
        assert page.evaluate("document.activeElement.id") == "messages"
        page.context.clear_cookies()


def test_the_work_pays_result_comes_in_view_with_focus(page, people):  # noqa: F811
    """Walk of stop 29: the result of "Loont werken?" appeared 1,817 px down a phone, focus nowhere."""
    page.set_viewport_size(PHONE)
    login(page, "sofie")
    page.goto("/loont-werken/")
    assert page.get_by_label("Uren per week van een voltijdse job in die sector").input_value() == "38"  # not "38,00"
    page.get_by_label("Eerste maand van het werk (MM/JJJJ)").fill("01/2027")
    page.get_by_label("Bruto maandloon van het aanbod (EUR)").fill("2.500")
    page.get_by_label("Uren per week in het aanbod").fill("38")
    page.get_by_label("Afstand van huis naar het werk, enkele rit (km)").fill("12,5")
    page.get_by_label("Uw huidige netto-uitkering per maand (EUR)").fill("1.450,50")
    page.get_by_role("button", name="Berekenen").click()
    assert_in_viewport(page, "#uitkomst")
    assert page.evaluate("document.activeElement.id") == "uitkomst"


def test_long_dutch_headings_break_at_a_syllable_on_a_phone(page, people):  # noqa: F811
    from werkregie.formats.templatetags.punctuation import hyphenate

    assert hyphenate("Samenwerkingsovereenkomsten") == "Sa\u00admen\u00adwer\u00adkings\u00adover\u00adeen\u00adkom\u00adsten"
    assert hyphenate("Korte titel") == "Korte titel"
    page.set_viewport_size({"width": 320, "height": 700})
    login(page, people["worker"].username)
    page.goto("/gemeente/samenwerking/")
    # where the heading's first line ends: at a soft hyphen (a syllable), not in the middle of one
    ends = page.evaluate("""() => {
      const node = document.querySelector('main h1').firstChild, text = node.textContent, range = document.createRange();
      let top = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i); range.setEnd(node, i + 1);
        const r = range.getClientRects()[0];
        if (!r) continue;
        if (top === null) top = Math.round(r.top);
        else if (Math.round(r.top) > top + 2) return text.slice(Math.max(0, i - 3), i);
      }
      return null;
    }""")
    assert ends is None or "\u00ad" in ends, repr(ends)  # the break falls at a soft hyphen ("Samenwerkingsovereen-/komsten")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
