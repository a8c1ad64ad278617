"""Community service pages in the browser: the counsellor proposes an eligible person, the municipality worker starts
the assignment and registers a week's hours (a refusal above the monthly maximum first), creates an activity with a
mistake, and every page passes axe-core and fits a 390 px phone without sideways scrolling."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.community import use_cases as uc
from werkregie.community.models import Assignment, Attendance
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind

from .. import community_support as cs
from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-demo-password"


def login(page, username):  # noqa: ANN001, ANN201
    page.goto("/login/", timeout=60_000)  # the live server's first request imports the whole site
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_load_state()


@pytest.fixture
def planning(ref):  # noqa: ANN001, ANN201
    today = clock.today()
    gent = f.organisation(OrganisationKind.MUNICIPALITY, name="OCMW Gent", municipality_id=cs.GENT)
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    counsellor = f.user(Role.COUNSELLOR, team, username="bart", password=PASSWORD, first_name="Bart", last_name="De Smet")
    worker = f.user(Role.MUNICIPALITY, gent, username="lien", password=PASSWORD, first_name="Lien", last_name="Maes")
    working = cs.seeker(dt.date(2022, 5, 2), counsellor=counsellor, first_name="Jan", last_name="Aerts")
    waiting = cs.seeker(dt.date(2023, 2, 6), counsellor=counsellor, first_name="Mira", last_name="Bosmans")
    library = cs.activity(gent, start=today - dt.timedelta(days=90))
    with clock.travel_to(today - dt.timedelta(days=30)):
        a = uc.propose(f.principal(counsellor), working.pk, library.pk)
        uc.transition(f.principal(counsellor), a.pk, "accept")
    with clock.travel_to(today - dt.timedelta(days=28)):
        a = uc.transition(f.principal(worker), a.pk, "start")
    return {"counsellor": counsellor, "worker": worker, "working": working, "waiting": waiting, "library": library, "assignment": a}


def test_counsellor_proposes_an_eligible_person(page, planning):
    login(page, "bart")
    page.goto("/gemeente/gemeenschapsdienst/in-aanmerking/")
    page.get_by_role("heading", name="Wie komt in aanmerking").wait_for()
    table = page.locator("table").inner_text()
    assert "Mira Bosmans" in table and "Jan Aerts" not in table  # Aerts already has an assignment
    assert_axe_clean(page)
    page.get_by_role("button", name="Voorstellen").click()
    page.get_by_role("heading", name="Toewijzing van Mira Bosmans").wait_for()
    assert "is voorgesteld" in page.locator(".messages").inner_text()
    page.get_by_text("Weigering registreren").first.click()
    assert_axe_clean(page)
    page.get_by_role("button", name="Aanvaarden").click()
    page.locator(".messages").wait_for()
    assert Assignment.objects.get(person=planning["waiting"]).state == "accepted"
    page.set_viewport_size(PHONE)
    assert_no_horizontal_scroll(page)


def test_municipality_registers_a_week_and_sees_the_allowance(page, planning):
    login(page, "lien")
    page.get_by_role("link", name="Gemeenschapsdienst").first.click()
    page.get_by_role("heading", name="Gemeenschapsdienst en wijk-werken").wait_for()
    assert "Jan Aerts" in page.locator("table").nth(1).inner_text()
    assert_axe_clean(page)
    page.get_by_role("link", name="Jan Aerts").click()
    page.get_by_role("heading", name="Toewijzing van Jan Aerts").wait_for()
    page.get_by_role("link", name="Vorige week").click()
    monday = clock.today() - dt.timedelta(days=clock.today().weekday() + 7)
    tuesday, thursday = monday + dt.timedelta(days=1), monday + dt.timedelta(days=3)
    page.get_by_label(f"dinsdag {tuesday:%d/%m/%Y}").fill("30")
    page.get_by_role("button", name="Uren van deze week bewaren").click()
    page.locator(".error-summary").wait_for()
    assert "tussen 0 en 24 uur" in page.locator(".error-summary").inner_text()
    assert_axe_clean(page)
    assert not Attendance.objects.exists()
    page.get_by_label(f"dinsdag {tuesday:%d/%m/%Y}").fill("4")
    page.get_by_label(f"donderdag {thursday:%d/%m/%Y}").fill("3,5")
    page.get_by_role("button", name="Uren van deze week bewaren").click()
    page.locator(".messages").wait_for()
    assert sorted(Attendance.objects.values_list("hours", flat=True)) == [3.5, 4]
    assert "Uren en vergoeding per maand" in page.content()
    assert_axe_clean(page)
    page.set_viewport_size(PHONE)
    assert_no_horizontal_scroll(page)
    page.goto("/gemeente/gemeenschapsdienst/uren/")
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)


def test_municipality_creates_an_activity_after_a_mistake(page, planning):
    login(page, "lien")
    page.goto("/gemeente/gemeenschapsdienst/activiteiten/nieuw/")
    page.get_by_label("Wijk-werken").check()
    page.get_by_label("Titel").fill("Klusjes bij ouderen")
    page.get_by_label("Organisatie (verplicht)", exact=True).fill("Wijk-werkorganisatie Gent vzw")
    page.get_by_label("Adres").fill("Sint-Pietersnieuwstraat 30")
    page.get_by_label("Uren per week").fill("6")
    page.get_by_label("Aantal plaatsen").fill("0")
    page.get_by_role("button", name="Bewaren").click()
    page.locator(".error-summary").wait_for()
    assert_axe_clean(page)
    page.get_by_label("Aantal plaatsen").fill("3")
    page.get_by_role("button", name="Bewaren").click()
    page.get_by_role("heading", name="Gemeenschapsdienst en wijk-werken").wait_for()
    assert "Klusjes bij ouderen" in page.locator("table").first.inner_text()
    page.set_viewport_size(PHONE)
    assert_no_horizontal_scroll(page)
    assert_axe_clean(page)


def test_saved_hours_confirmation_is_in_view_on_a_phone(page, planning):
    from playwright.sync_api import expect

    page.set_viewport_size(PHONE)
    login(page, "lien")
    page.goto(f"/gemeente/gemeenschapsdienst/toewijzingen/{planning['assignment'].pk}/")
    page.get_by_role("heading", name="Toewijzing van Jan Aerts").wait_for()
    monday = clock.today() - dt.timedelta(days=clock.today().weekday())
    field = page.get_by_label(f"maandag {monday:%d/%m/%Y}")
    field.scroll_into_view_if_needed()
    field.fill("1")  # far under the monthly minimum: a warning besides the confirmation
    page.get_by_role("button", name="Uren van deze week bewaren").click()
    page.locator(".messages").wait_for()
    assert "zijn bewaard" in page.locator(".messages").inner_text()
    expect(page.locator(".messages")).to_be_in_viewport()
    assert_no_horizontal_scroll(page)
