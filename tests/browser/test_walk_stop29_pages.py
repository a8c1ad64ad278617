"""Walk of stop 28 (issue 16, point 10): on a phone the caseload's seven filters came before "Eerst aan de beurt";
on a wide screen a column heading broke in the middle of a word. The next person now comes first at every width (and
follows the filters through htmx); headings break between words only at desktop width, with no sideways scrolling."""

import pytest

from .checks import PHONE
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
    page.evaluate(f"document.cookie = 'django_language={language}; path=/'")  # what the language menu sets
    page.goto("/controle/dossiers/")
    assert page.locator("html").get_attribute("lang") == language
    page.locator("main tbody tr").first.wait_for()
    assert page.evaluate(BROKEN_HEADING_WORDS) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
