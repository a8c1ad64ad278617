"""The shipped stylesheet's stacked tables at 390 px, on a static page (no server, no database): a cell's every line
stays beside its label, and a short word is never broken in a card (walk of issue 11: the worklist,
the trajectory and the controller list put a cell's second line under its label, and "Afgewerkt" broke in two)."""

from pathlib import Path

import pytest

import werkregie

pytestmark = pytest.mark.browser

CSS = Path(werkregie.__file__).parent / "web" / "static" / "web" / "site.css"

PAGE = """<!DOCTYPE html><html lang="nl"><head><meta name="viewport" content="width=device-width, initial-scale=1"><style>{css}</style></head>
<body><main><table class="stack"><thead><tr><th>Stap</th><th>Termijn</th><th>Status</th></tr></thead><tbody><tr>
<td data-label="Stap" id="step">Opleiding heftruck<br><span id="second" class="hint">bij VDAB Gent, Kortrijksesteenweg</span></td>
<td data-label="Termijn" id="term">12/03/2026 <strong class="badge" id="badge">termijn verstreken, te beslissen</strong></td>
<td data-label="Toestand van de stap in het traject" id="state">Afgewerkt</td>
<td data-label="" id="bare"><a href="#">Openen</a></td></tr></tbody></table>
<table><tr><td>Opleiding</td><td id="status">Afgewerkt</td><td>{long}</td></tr></table></main></body></html>"""


@pytest.fixture
def static_page(browser, tmp_path):
    def open_at(width: int):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.set_content(PAGE.format(css=CSS.read_text(encoding="utf-8"), long="Een lange toelichting bij de stap. " * 12))
        return context, page

    return open_at


def test_every_line_of_a_stacked_cell_stays_beside_its_label(static_page):
    context, page = static_page(390)
    try:
        for cell, inner in (("#step", "#second"), ("#term", "#badge")):
            box, line = page.locator(cell).bounding_box(), page.locator(inner).bounding_box()
            assert line["x"] >= box["x"] + 0.39 * box["width"], (cell, box, line)
        bare, link = page.locator("#bare").bounding_box(), page.locator("#bare a").bounding_box()
        assert link["x"] < bare["x"] + 5  # a cell without a label uses the whole width
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_a_short_word_is_not_broken_in_a_card(static_page):
    context, page = static_page(390)
    try:
        lines = page.evaluate("""() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('#state'));
                                 return new Set([...r.getClientRects()].filter(b => b.width > 0).map(b => Math.round(b.bottom))).size; }""")
        assert lines == 1  # one line: the word is whole
    finally:
        context.close()
