"""Walk of issue 16, finding 12 (the small ones): the caseload said "nog niet gescreend" of people who are never screened
(a newcomer, someone on long-term sick leave); skill badges ran into one word for a screen reader or a copy
("gebruikenheftrucks bedienen"); the screening page nested brackets ("(versnelde herscreening (langdurig
werkzoekend))"). The refusal of a referral without a reason now starts with a capital (tests/test_municipalities_person_actions)."""

import datetime as dt

import pytest

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


def test_skill_badges_read_as_a_list(page, db):
    """The badges as the pages render them ({% skill_badges %}: the explanation of a match, the guide, the employer's
    suggestions), read in the browser; the profile's own skills are a table since they can be removed (walk16 finding 6)."""
    from django.template import Context, Template
    from django.utils import translation

    from werkregie.matching import labels

    with translation.override("nl"):
        html = Template("{% load skills %}<p id='badges'>{% skill_badges entries %}</p>").render(Context({"entries": labels.skills(SKILLS[:3], "nl")}))
    page.set_content(f"<html lang='nl'><body>{html}</body></html>")
    badges = page.locator("#badges .badge")
    assert badges.count() == 3
    spoken = page.locator("#badges").text_content()
    texts = [b.text_content() for b in badges.all()]
    assert f"{texts[0]}, {texts[1]}, {texts[2]}" in spoken, spoken  # what a screen reader reads and a copy keeps


def test_due_reasons_need_no_brackets_of_their_own():
    # the screening page puts the reason in brackets: "Volgende screening uiterlijk 14/02/2027 (…)."
    assert not [str(r) for r in DUE_REASONS.values() if "(" in str(r)]
