"""The attack on a demo of issue 13, on the pages: the counsellor's EVC page of an assessment assigned to a partner
offered the forms to plan it and record its results (now: a notice, no forms, and the history names who recorded the
results); the career signals showed "0" beside "minder dan 10" under "Aantallen onder 10 tonen we niet" (now "geen",
explained); the learning account said "Vervalt binnenkort" for credit lapsing thirteen months later (now "Vervaldatum").
Each at 390 px, axe-clean."""

import datetime as dt

import pytest

from tests import factories as f
from tests.browser.test_pages import login
from tests.careers_support import PASSWORD, key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from tests.test_signals_platform import WIRE, fresh_signals, vacancies  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.careers.use_cases import evc
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.matching.models import PersonExperience
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.workflows.services import PLATFORM

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_counsellor_reads_who_assesses_and_who_recorded(page, world):
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(2))
    req = evc.assign(world.p(world.counsellor), req.pk, world.partner_org.pk, req.version)
    day = next_working_day()
    req = evc.plan(world.p(world.partner), req.pk, day, "EVC-centrum Gent", req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(10), clock.BRUSSELS)):
        page.set_viewport_size(PHONE)
        login(page, "bart")
        page.wait_for_url("**/caseload/")
        page.goto(f"/evc/{req.pk}/")
        page.get_by_test_id("evc-assigned-elsewhere").wait_for()
        assert page.get_by_role("button", name="Resultaat bewaren").count() == 0
        assert page.get_by_role("button", name="Plannen").count() == 0
        evc.record_results(world.p(world.partner), req.pk, {s.skill_uri: {"result": "certified", "level": "expert", "evidence": "portfolio"}
                                                             for s in req.skills.all()}, req.version)
        page.reload()
        recorded = page.locator("ol.history li", has_text="Resultaat vastleggen")
        assert "door" in recorded.inner_text() and "EVC-centrum Gent" in recorded.inner_text()
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)


def test_signals_say_geen_and_the_account_a_date(page, ref):
    employer = f.organisation(OrganisationKind.EMPLOYER)
    person = f.person(birth_date=dt.date(1988, 4, 2))
    f.episode(person, StatusKind.EMPLOYED, start=dt.date(2020, 1, 1))
    PersonExperience.objects.create(person=person, occupation_uri=WIRE, years=6)
    f.user(Role.CITIZEN, person=person, username="lotte", password=PASSWORD)
    vacancies(employer, WIRE, 5, dt.date(2026, 1, 10), closed=dt.date(2026, 4, 2))  # a small cell in the first quarter
    vacancies(employer, WIRE, 40, dt.date(2026, 10, 5))
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)):
        learning.credit_yearly(person, 2025, PLATFORM)  # valid up to and including 31/12/2027
        page.set_viewport_size(PHONE)
        login(page, "lotte")
        page.wait_for_url("**/mijn-gegevens/")
        page.goto("/mijn-loopbaan/")
        signals = page.locator("section.career-signals")
        signals.get_by_text("„Geen” betekent nul").wait_for()
        seekers = signals.locator('td[data-label="Werkzoekenden"]').all_inner_texts()
        assert seekers == ["geen"] * 4, seekers
        assert "minder dan 10" in signals.locator('td[data-label="Openstaande vacatures"]').all_inner_texts()
        account = page.locator("section", has=page.locator("#h-learning-account"))
        assert "Vervalt binnenkort" not in account.inner_text() and "Vervaldatum" in account.inner_text()
        assert "vervalt na 31/12/2027" in account.inner_text()
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)
