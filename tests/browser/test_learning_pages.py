"""Issue 13, point 4: the citizen reads their learning account — balance, chart and the same figures in a table, in
Belgian formats — at 390 px without accessibility violations; their counsellor opens the same statement."""

from decimal import Decimal

import pytest

from werkregie.learning import use_cases as uc
from werkregie.workflows.services import PLATFORM

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login, people  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_citizen_reads_the_statement_and_the_counsellor_too(page, people):
    mine = people["mine"]
    uc.credit_yearly(mine, 2025, PLATFORM)
    uc.credit_yearly(mine, 2026, PLATFORM)
    booked = uc.reserve(mine, Decimal("1.5"), key="browser-1", reference="Excel voor beginners", who=PLATFORM)
    uc.release(booked, PLATFORM, "sessie afgelast")
    uc.reserve(mine, Decimal("150.75"), key="browser-2", reference="Heftruckchauffeur", who=PLATFORM)
    page.set_viewport_size(PHONE)
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-loopbaan/leerrekening/")
    main = page.locator("main")
    text = main.inner_text()
    assert "€ 249,25" in text and "€ 150,75" in text
    assert "geannuleerd, teruggeboekt" in text and "nog gereserveerd" in text
    assert page.get_by_role("img", name="Saldo doorheen de tijd").is_visible()
    rows = page.locator("table").first.locator("tbody tr")
    assert rows.count() == 5
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    page.context.clear_cookies()
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{mine.pk}/leerrekening/")
    assert "Sofie Peeters" in page.locator("h1").inner_text() and "€ 249,25" in page.locator("main").inner_text()
    assert_axe_clean(page)
