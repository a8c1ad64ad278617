"""Issue 13's browser walk: at 1280 px the learning account statement and the passport table broke dates and amounts
mid-number ("30/11/2↵026", "€ 180,0↵0"); at 390 px a stacked row put part of a cell (a second element in it) in the
label column. Dates and amounts stay on one line; every stacked cell's content stays right of its label."""

from decimal import Decimal

import pytest

from tests.browser.checks import PHONE
from tests.browser.test_pages import login
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.core import clock
from werkregie.credentials import use_cases as credentials
from werkregie.learning import use_cases as learning
from werkregie.workflows.services import PLATFORM

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}

# for every date (dd/mm/yyyy) and amount (€ …) in the table's text: on how many lines it is drawn
LINES = r"""sel => { const found = [];
  for (const table of document.querySelectorAll(sel)) {
    const walk = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      for (const m of node.textContent.matchAll(/\d{2}\/\d{2}\/\d{4}|[-+−]?\s?€\s[\d.]+,\d{2}/g)) {
        const range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        found.push([m[0], new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom))).size]);
      } } }
  return found; }"""
# for each stacked cell: how far its content starts right of the cell's left edge (the label column is at least 6 rem)
OFFSETS = """sel => [...document.querySelectorAll(sel)].filter(el => ['grid', 'table'].includes(getComputedStyle(el).display)).map(el => {
  const range = document.createRange(); range.selectNodeContents(el);
  const rects = [...range.getClientRects()].filter(r => r.width > 0);
  return rects.length ? Math.min(...rects.map(r => r.left)) - el.getBoundingClientRect().left : 999; })"""


def _check(page, table: str) -> None:
    page.set_viewport_size(DESKTOP)
    lines = page.evaluate(LINES, table)
    assert lines and all(n == 1 for _text, n in lines), lines
    page.set_viewport_size(PHONE)
    offsets = page.evaluate(OFFSETS, f"{table} td[data-label]")
    assert offsets and min(offsets) >= 90, offsets


def test_dates_and_amounts_stay_whole_and_stacked_cells_stay_right_of_their_label(page, world):
    for n in range(4):
        credentials.issue(person=world.person, kind="certified_competence", title=f"Heftruck besturen in een koelcel, deel {n}",
                          skills=skill_uris(3), who=PLATFORM, valid_until=clock.now().replace(year=clock.now().year + 3))
    learning.credit_yearly(world.person, clock.today().year, PLATFORM)
    booked = learning.reserve(world.person, Decimal("180.00"), key="walk-1", reference="Heftruckchauffeur voor gevorderden met reachtruck, orderpicker en het veiligheidsattest VCA in een koelcel te Gent-Zeehaven", who=PLATFORM)
    learning.release(booked, PLATFORM, "sessie afgelast")
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-loopbaan/leerrekening/")
    _check(page, "main table")
    page.goto("/mijn-loopbaan/")
    _check(page, "main table:has(td[data-label='Uitgegeven op'])")
