"""Walk of issue 16, finding 12 (the small ones): the caseload said "nog niet gescreend" of people who are never screened
(a newcomer, someone on long-term sick leave); skill badges ran into one word for a screen reader or a copy
("gebruikenheftrucks bedienen"); the screening page nested brackets ("(versnelde herscreening (langdurig
werkzoekend))"). The refusal of a referral without a reason now starts with a capital (tests/test_municipalities_person_actions)."""

import datetime as dt

import pytest
from django.utils import timezone

from werkregie.matching.models import PersonSkill
from werkregie.people.enums import StatusKind
from werkregie.screening.views import DUE_REASONS

from .. import factories as f
from ..test_matching_platform import SKILLS
from .test_pages import login, people  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_caseload_says_who_needs_no_screening(page, people):
    newcomer = f.person(first_name="Amina", last_name="Nieuw", team=people["mine"].team, counsellor=people["counsellor"])
    f.episode(newcomer, StatusKind.NEWCOMER, start=dt.date(2025, 3, 1))
    login(page, "bart")
    page.goto("/caseload/")
    amina = page.locator("tr", has_text="Nieuw, Amina").first.inner_text()
    sofie = page.locator("tr", has_text="Peeters, Sofie").first.inner_text()
    assert "geen screening nodig" in amina and "nog niet gescreend" not in amina, amina
    assert "nog niet gescreend" in sofie, sofie


def test_skill_badges_read_as_a_list(page, people):
    for uri in SKILLS[:3]:
        PersonSkill.objects.create(person=people["mine"], skill_uri=uri, source="declared", added_at=timezone.now())
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.goto("/mijn-vacatures/")
    badges = page.locator(".badge").filter(has=page.locator(".skill"))
    assert badges.count() >= 3
    container = badges.first.locator("xpath=..")
    spoken = container.text_content()
    labels = [b.text_content() for b in badges.all()[:3]]
    assert f"{labels[0]}, {labels[1]}" in spoken, spoken  # what a screen reader reads and a copy keeps


def test_due_reasons_need_no_brackets_of_their_own():
    # the screening page puts the reason in brackets: "Volgende screening uiterlijk 14/02/2027 (…)."
    assert not [str(r) for r in DUE_REASONS.values() if "(" in str(r)]
