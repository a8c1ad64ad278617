"""The walk of issue 12's employer side in the browser: the VDAB administrator finds the employers' pending first
administrators in the menu and confirms one; the skill-gap statistic page (table and chart) for an analyst. Desktop
and 390 px, axe clean, no sideways scroll, no leaked codes."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.core.identifiers import make_kbo
from werkregie.organisations.models import EmployerMembership, Organisation, OrganisationKind
from werkregie.vacancies.models import Application, ApplicationFeedback

from .. import factories as f
from ..test_matching_platform import SKILLS, seeker, vacancy
from .checks import assert_clean_on_desktop_and_phone, assert_no_leaks, follow_menu
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NOW = dt.datetime(2026, 11, 2, tzinfo=dt.timezone.utc)


def test_the_admin_confirms_a_first_administrator_from_the_list(page, ref):
    f.user(Role.ADMIN, f.organisation(OrganisationKind.VDAB_TEAM), username="beheer", password=PASSWORD)
    asker = f.user(Role.CITIZEN, first_name="Lotte", last_name="Peeters")
    org = Organisation.objects.create(kind=OrganisationKind.EMPLOYER, name="Bakkerij Lotte bv", kbo_number=make_kbo(5151), self_registered=True)
    EmployerMembership.objects.create(user=asker, organisation=org, role="administrator", state="requested", requested_at=NOW)
    login(page, "beheer")
    page.goto("/werkgever/toegang/")
    follow_menu(page, "Aanvragen van werkgevers")
    page.get_by_role("heading", level=1, name="Aanvragen van werkgevers").wait_for()
    assert "Bakkerij Lotte bv" in page.locator("main").inner_text()
    assert_clean_on_desktop_and_phone(page)
    assert_no_leaks(page)
    page.get_by_role("button", name="Bevestigen").click()
    page.locator(".messages").wait_for()
    assert "De aanvraag is bevestigd." in page.locator(".messages").inner_text()
    asker.refresh_from_db()
    assert asker.role == Role.EMPLOYER


def test_the_analyst_reads_the_missed_competences(page, ref, settings):
    settings.WERKREGIE_SUPPRESS_BELOW = 3
    f.user(Role.ANALYST, username="analist", password=PASSWORD)
    job = vacancy(f.organisation(OrganisationKind.EMPLOYER))
    for _i in range(4):
        a = Application.objects.create(vacancy=job, person=seeker(SKILLS[:1]), origin="applied")
        ApplicationFeedback.objects.create(application=a, stage="rejected", reason="missing_skills", missing_skills=[SKILLS[1]], given_at=NOW)
    login(page, "analist")
    page.goto("/vacatures/gemiste-competenties/")
    page.get_by_role("heading", level=1, name="Competenties die werkgevers missen").wait_for()
    # one bar for the one shown count (the platform's chart since the walk of stop 42: its ground and hatch pattern are
    # rects too; the bars are those in the first colour)
    assert page.locator('main svg rect[fill="#0072B2"]').count() == 1 and page.locator("main table tbody tr").count() == 1
    assert_clean_on_desktop_and_phone(page)
    assert_no_leaks(page)
