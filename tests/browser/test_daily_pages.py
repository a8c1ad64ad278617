"""Issue 16, points 4, 5, 6 and 9 in a real browser, at desktop width and on a 390 px phone: the counsellor's landing
page (status, distance, due dates, last contact; sort, filter, the next person one click away; whose file the purpose
page opens), the screening form (empty at the start, the proposal always shown and kept after an error, the
confirmation in view), the citizen's explanation with a next step, Belgian amounts and no raw codes or English on
Dutch pages, the analyst's trend with its CSV."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.worklist import services
from werkregie.worklist.enums import TaskKind

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_in_viewport, assert_no_horizontal_scroll, assert_no_leaks
from .test_pages import PASSWORD, login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WIDTHS = [None, PHONE]


@pytest.fixture(autouse=True)
def warm(page):
    """The live server's first request imports every page (slow on a busy machine): make it before the test's steps."""
    page.goto("/login/", timeout=120_000)


@pytest.fixture
def due(people):  # noqa: F811 - the fixture
    today = clock.today()
    services.upsert_task(f"agreement:{people['teammate'].pk}:b", person_id=people["teammate"].pk, kind=TaskKind.AGREEMENT_TO_MAKE,
                         due_on=today - dt.timedelta(days=2), title="Bindende afspraken maken", url=f"/personen/{people['teammate'].pk}/")
    services.upsert_task(f"screening:{people['mine'].pk}:b", person_id=people["mine"].pk, kind=TaskKind.SCREENING_DUE,
                         due_on=today + dt.timedelta(days=9), title="Screening", url=f"/personen/{people['mine'].pk}/")
    return people


def _checks(page, size, context=None) -> None:  # noqa: ANN001
    assert_axe_clean(page, context)
    assert_no_leaks(page)
    if size:
        assert_no_horizontal_scroll(page)


@pytest.mark.parametrize("size", WIDTHS, ids=["desktop", "phone"])
def test_counsellor_landing_sorts_filters_and_opens_the_next_person(page, due, size):
    if size:
        page.set_viewport_size(size)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    table = page.locator("#results table")
    headings = table.locator("thead").inner_text()
    for column in ("Huidige status", "Afstand tot de arbeidsmarkt", "Screening uiterlijk", "Afspraken uiterlijk", "Volgende taak", "Laatste contact"):
        assert column in headings
    text = table.inner_text()
    assert text.index("Aerts") < text.index("Peeters"), "the overdue agreement first"
    assert "Werkzoekende met uitkering" in text and "nog niet gescreend" in text
    _checks(page, size)

    if not size:  # the column headings sort on a wide screen
        page.get_by_role("link", name="Naam").click()
        page.wait_for_url("**sorteer=naam**")
        page.locator("th[aria-sort=ascending]").wait_for()
        page.get_by_role("link", name="Naam").click()
        page.locator("th[aria-sort=descending]").wait_for()
    else:  # on a phone the table stacks: the sort is in the form
        page.get_by_label("Sorteren op").select_option("naam")
        page.wait_for_url("**sorteer=naam**")
        page.get_by_label("Volgorde").select_option("af")
        page.wait_for_url("**richting=af**")
    page.wait_for_function("(() => { const t = document.querySelector('#results tbody').innerText; return t.indexOf('Peeters') < t.indexOf('Aerts'); })()")

    if size:  # on a phone the filters fold behind "Filters" (walk of stop 31): the user opens the panel first
        page.locator("details.filter-panel > summary").click()
    page.get_by_label("Termijn screening of afspraken").select_option("overdue")  # filtered in the database
    page.wait_for_function("!document.querySelector('#results').innerText.includes('Peeters')")
    assert "Aerts, Jef" in page.locator("#results").inner_text()

    page.goto("/caseload/")
    page.get_by_role("link", name="Jef Aerts").click()  # "Eerst aan de beurt", one click
    page.get_by_role("heading", name="Waarom raadpleegt u dit dossier?").wait_for()
    assert "U opent het dossier van Jef Aerts" in page.locator("main").inner_text()
    _checks(page, size)


@pytest.mark.parametrize("size", WIDTHS, ids=["desktop", "phone"])
def test_screening_form_starts_empty_keeps_the_proposal_and_confirms(page, people, size):  # noqa: F811
    from ..screening_support import install_models

    install_models()
    if size:
        page.set_viewport_size(size)
    login(page, "bart")
    page.wait_for_url("**/caseload/")
    page.goto(f"/personen/{people['mine'].pk}/screening/")
    page.get_by_role("heading", name="Voorstel (voorlopig)").wait_for()  # the proposal from the start
    assert page.get_by_label("Motivatie").input_value() == "", "no answer pre-filled"
    assert page.get_by_label("Competenties voor de gezochte jobs").input_value() == ""
    body = page.locator("main").inner_text()
    assert "Uw " not in body and " uw " not in body, "the counsellor reads about the person in the third person"
    _checks(page, size)

    page.get_by_label("Competenties voor de gezochte jobs").select_option("sufficient")
    page.get_by_label("Niveau Nederlands (ERK)").select_option("B2")
    page.get_by_label("Digitale vaardigheden").select_option("basic")
    page.get_by_label("Motivatie").select_option("high")
    page.get_by_role("heading", name="Voorstel", exact=True).wait_for()
    page.get_by_label("Afstand tot de arbeidsmarkt (leeg = het voorstel volgen)").select_option("not_deployable")
    page.get_by_role("button", name="Beoordeling registreren").click()
    page.locator(".error-summary").wait_for()
    assert_in_viewport(page, ".error-summary")
    assert page.get_by_role("heading", name="Voorstel", exact=True).is_visible(), "the proposal stays after an error"
    _checks(page, size)

    page.get_by_label("Reden van afwijking (verplicht bij afwijken)").fill("Ernstige zorgen gemeld door de huisarts.")
    page.get_by_role("button", name="Beoordeling registreren").click()
    # the save opens the trajectory and refreshes the worklist in the same request: on two loaded cores (the suite's
    # two passes side by side) it once took longer than the default 15 s (stops 28 and 29); the outcome is the same
    page.get_by_text("De beoordeling van Sofie Peeters is geregistreerd").wait_for(timeout=60_000)
    assert_in_viewport(page, ".messages")

    page.context.clear_cookies()  # the citizen reads the outcome
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-kans-op-werk/")
    main = page.locator("main").inner_text()
    assert "Wat dit voor u betekent" in main and "Volgende stap" in main and "Het model alleen kwam uit op" in main
    assert "model v" not in main.lower()
    _checks(page, size)


def test_amounts_the_belgian_way_and_no_leaks_on_the_job_bonus(page, people):  # noqa: F811
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-jobbonus/")
    page.get_by_label("Bruto maandloon (EUR)").fill("2.500")
    page.get_by_label("Prestatiebreuk (1 = voltijds, 0,5 = halftijds)").fill("0,8")
    page.get_by_role("button", name="Berekenen").click()
    page.get_by_role("heading", name="Uw jobbonus voor 2024").wait_for()
    assert "€ 2.500,00" in page.locator("main").inner_text()
    _checks(page, None)


def test_known_leaks_check_can_fail(page):
    page.set_content("<main><p>Woont in Gent / Gand, Nederlands native, education_level=3</p></main>")
    from .checks import leaks

    assert set(leaks(page)) >= {"Gent / Gand", "native", "education_level"}


@pytest.mark.parametrize("size", WIDTHS, ids=["desktop", "phone"])
def test_analyst_statistics_have_a_trend_and_a_dutch_csv(page, ref, size):
    from werkregie.people.enums import StatusKind

    for _ in range(12):
        f.episode(f.person(), StatusKind.JOBSEEKER_BENEFIT, clock.today() - dt.timedelta(days=200))
    f.user(Role.ANALYST, username="ana", password=PASSWORD)
    if size:
        page.set_viewport_size(size)
    login(page, "ana")
    page.wait_for_url("**/statistiek/")
    page.get_by_role("heading", name="Verloop over de laatste twaalf maanden").wait_for()
    assert page.locator("#h-trend ~ .chart-wrap svg[role=img]").count() == 1
    main = page.locator("main").inner_text()
    assert clock.today().strftime("%d/%m/%Y") in main
    # the chart's axis labels are SVG text on drawn lines, whose contrast axe cannot decide ("needs review"); the chart
    # is an image with a title and a description, and the table beside it holds the same figures: checked without it
    _checks(page, size, {"exclude": [[".chart-wrap"]]})
    with page.expect_download() as download:
        page.get_by_role("link", name="Deze cijfers downloaden (CSV)").click()
    content = open(download.value.path(), encoding="utf-8-sig").read()
    assert content.startswith("Status;01/") and "Werkzoekende met uitkering;" in content
