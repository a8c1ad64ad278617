"""A due date and its "te laat" mark in a stacked caseload card at 390 px (walk of issue 16, finding 6: the card read
"02/12/2025te laat"). The stacked cell is a CSS table, in which chromium drops a white-space-only text node between
two inline children: the component itself must keep the date and its mark apart."""

import datetime
from pathlib import Path

import pytest
from django.template.loader import render_to_string

import werkregie

pytestmark = pytest.mark.browser

CSS = Path(werkregie.__file__).parent / "web" / "static" / "web" / "site.css"


def test_the_overdue_mark_stands_apart_from_its_date_in_a_stacked_card(browser, settings):
    settings.LANGUAGE_CODE = "nl"
    due = render_to_string("web/components/due.html", {"day": datetime.date(2025, 12, 2), "today": datetime.date(2026, 1, 5)})
    assert "te laat" in due
    page_html = (f'<!DOCTYPE html><html lang="nl"><head><meta name="viewport" content="width=device-width, initial-scale=1">'
                 f'<style>{CSS.read_text(encoding="utf-8")}</style></head><body><main><table class="stack"><tbody><tr>'
                 f'<td data-label="Screening" id="cell">{due}</td></tr></tbody></table></main></body></html>')
    context = browser.new_context(viewport={"width": 390, "height": 900})
    try:
        page = context.new_page()
        page.set_content(page_html)
        assert "02/12/2025 te laat" in page.locator("#cell").inner_text()
        date, mark = page.locator("#cell .date").bounding_box(), page.locator("#cell strong").bounding_box()
        assert mark["y"] > date["y"] + 2 or mark["x"] >= date["x"] + date["width"] + 2, (date, mark)  # a space, or the next line
    finally:
        context.close()
