"""Issue 16, points 4 and 10 (the walk's findings on the caseload and the citizen's page): dates in a table never break
over two lines ("28/08/202" + "6"); at 390 px the hidden sortable headings take no keyboard focus while sorting stays
possible in the filter form; standalone links are at least 24 × 24 px to touch."""

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.worklist import services
from werkregie.worklist.enums import TaskKind

from .checks import PHONE
from .test_pages import login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def due(people):  # noqa: F811 - the fixture
    today = clock.today()
    for name, days in (("mine", 9), ("teammate", -2)):
        services.upsert_task(f"screening:{people[name].pk}:w", person_id=people[name].pk, kind=TaskKind.SCREENING_DUE,
                             due_on=today + dt.timedelta(days=days), title="Screening", url=f"/personen/{people[name].pk}/")
    return people


DATES_WRAPPING = """() => {
  const walker = document.createTreeWalker(document.querySelector('#results tbody'), NodeFilter.SHOW_TEXT);
  const found = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (/\\d{2}\\/\\d{2}\\/\\d{4}/.test(n.textContent)) found.push([n.textContent.trim(), getComputedStyle(n.parentElement).whiteSpace]);
  }
  return found;
}"""


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, PHONE])
def test_dates_in_the_caseload_never_wrap(page, due, size):
    page.set_viewport_size(size)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    dates = page.evaluate(DATES_WRAPPING)
    assert dates, "the caseload should show due dates"
    assert all(space == "nowrap" for _text, space in dates), dates


def test_hidden_sort_headings_take_no_focus_at_390_and_sorting_stays_possible(page, due):
    page.set_viewport_size(PHONE)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.locator("#results table").wait_for()
    assert page.locator("#results thead a").count() > 0
    focused = []
    page.locator("body").focus()
    for _ in range(60):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("""() => { const a = document.activeElement; const r = a.getBoundingClientRect();
            return {inThead: !!a.closest('thead'), w: r.width, h: r.height, html: a.outerHTML.slice(0, 80)}; }"""))
    assert not [f for f in focused if f["inThead"]], "a hidden sort heading took the keyboard focus"
    assert not [f for f in focused if f["w"] < 2 or f["h"] < 2], [f for f in focused if f["w"] < 2 or f["h"] < 2]
    sort = page.get_by_label("Sorteren op")
    assert sort.is_visible()
    sort.select_option("naam")
    page.wait_for_url("**sorteer=naam**")


def _height(page, name: str) -> float:
    box = page.get_by_role("link", name=name, exact=True).bounding_box()
    assert box, name
    return min(box["height"], box["width"])


def test_standalone_links_are_big_enough_to_touch_at_390(page, due):
    page.set_viewport_size(PHONE)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    assert _height(page, "Deze lijst downloaden (CSV)") >= 24
    page.context.clear_cookies()
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    assert _height(page, "Alle raadplegingen, met filters") >= 24
    small = page.evaluate("""() => Array.from(document.querySelectorAll('main :is(p, li, dd, td) > a:only-child'))
        .filter(a => a.offsetParent !== null).map(a => [a.textContent.trim().slice(0, 40), a.getBoundingClientRect().height])
        .filter(([_t, h]) => h < 24)""")
    assert not small, small
