"""Issue 16, last items (4) in the browser: the statistics page on a 390 px phone and at 1280 px. The trend was one
560-wide chart of every status, scaled down to 7 px text on a phone, its legend's labels running into each other and out
of the drawing, and the tables under it broke "13.310" and "Werkend" into a character a line. Now one small chart per
status on its own scale (`people/trend_chart.py`), text about 14 px on a phone, and tables whose figures stay whole in a
region that scrolls sideways while the page does not."""

import datetime as dt

import pytest

from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.people.enums import StatusKind

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# the words and figures of the tables' cells that a line break cuts in two (a Range over the word has more than one line
# box; as tests/browser/test_walk_stop29_pages.py does for headings), in the cells on screen
BROKEN_WORDS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll('main td, main tbody th')) {
    if (cell.getBoundingClientRect().width <= 1) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}"""
# the rendered size of the charts' text: the font size in the drawing times the drawing's scale
SMALLEST_TEXT = """() => Math.min(...[...document.querySelectorAll('.trend-panels svg')].map(svg => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(t.getAttribute('font-size')) * scale));
}))"""


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, PHONE], ids=["desktop", "phone"])
def test_the_trend_reads_on_a_phone_and_its_tables_keep_their_figures_whole(page, ref, size):
    page.goto("/login/", timeout=120_000)  # the live server's first request imports every page
    today = clock.today()
    for i in range(40):  # working for a year; from spring on, some lose their job (a line that moves)
        p = f.person()
        lost = today - dt.timedelta(days=30 * (1 + i % 8)) if i < 16 else None
        f.episode(p, StatusKind.EMPLOYED, today - dt.timedelta(days=800), lost - dt.timedelta(days=1) if lost else None)
        if lost:
            f.episode(p, StatusKind.JOBSEEKER_BENEFIT, lost)
    for _ in range(12):
        f.episode(f.person(), StatusKind.SICK, today - dt.timedelta(days=500))
    f.user(Role.ANALYST, username="ana", password=PASSWORD)
    page.set_viewport_size(size)
    login(page, "ana")
    page.wait_for_url("**/statistiek/")
    captions = page.locator(".trend-panels figcaption").all_inner_texts()
    assert captions == ["Werkend", "Werkzoekende met uitkering", "Langdurig ziek"], captions  # by today's count
    for figure in page.locator(".trend-panels figure").all():  # each chart an image named by its caption
        labelled = figure.locator("svg[role=img]").get_attribute("aria-labelledby").split()
        assert page.locator(f"#{labelled[0]}").inner_text() == figure.locator("figcaption").inner_text()
        assert "op de eerste dag van elke maand" in page.locator(f"#{labelled[1]}").text_content()
    assert page.evaluate(SMALLEST_TEXT) >= 11, page.evaluate(SMALLEST_TEXT)
    assert page.evaluate(BROKEN_WORDS) == []
    assert "{#" not in page.locator("main").inner_text()  # a template comment over two lines is shown
    assert_no_horizontal_scroll(page)
    assert_axe_clean(page)
