"""ESCO skills without a Dutch label (about 60 % of the skills in the shipped extract: werkregie/matching/data, from the
Belgian "ESCO – VDAB Competences" mapping, which covers 5,418 of 13,896 skills; nothing else shipped holds Dutch skill
labels) are shown in English honestly, never passed off as Dutch: marked lang="en" with a visible "EN" on the career
signals panel (rising skills, the skills an adjacent occupation asks), the course page and the EVC request page; the
ELM export keys such a label "en"; the EVC API says each label's language."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils.html import escape

from tests import factories
from tests.careers_support import key_folder, setup  # noqa: F401 - fixtures
from tests.careers_support import world as careers_world  # noqa: F401 - fixture
from tests.test_signals_platform import TODAY, WIRE, fresh_signals, vacancies, world  # noqa: F401 - fixtures and helpers
from tests.training_support import provider, record
from werkregie.careers import signals_panel
from werkregie.careers.use_cases import evc
from werkregie.core import clock
from werkregie.credentials import elm
from werkregie.credentials import use_cases as credentials
from werkregie.matching.platform import taxonomy
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Course
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def english_only(n: int = 1) -> list[tuple[str, str]]:
    found = [(s.uri, s.labels["en"][0]) for s in taxonomy().skills if not s.labels.get("nl") and s.labels.get("en")]
    return found[:n]


def dutch() -> tuple[str, str]:
    item = next(s for s in taxonomy().skills if s.labels.get("nl"))
    return item.uri, item.labels["nl"][0]


def marked(html: str, label: str) -> bool:
    return f'<span lang="en">{escape(label)}</span> <span class="lang-mark"' in html


def test_the_shipped_extract_lacks_dutch_labels_for_most_skills():
    """What the report says, checked: the share of skills with a Dutch label, and that the marks are needed."""
    skills = taxonomy().skills
    with_dutch = sum(1 for s in skills if s.labels.get("nl"))
    assert 0.35 < with_dutch / len(skills) < 0.45 and all(s.labels.get("en") for s in skills)


def test_the_signals_panel_marks_an_english_rising_skill(world):  # noqa: F811 - the fixture
    [(uri, label)] = english_only()
    vacancies(world["employer"], WIRE, 12, dt.date(2026, 1, 10), closed=dt.date(2026, 4, 2))
    vacancies(world["employer"], WIRE, 20, dt.date(2026, 10, 5), skills=(uri,))
    request = RequestFactory().get("/mijn-loopbaan/")
    request.user = world["citizen"]
    with clock.travel_to(TODAY):
        template, context = signals_panel.panel(request, world["person"])
        html = render_to_string(template, context, request=request)
    assert marked(html, label)
    missing = [g for s in context["signals"] for a in s["adjacent"] for g in a["missing"]]
    assert all(g["lang"] in ("nl", "en", "fr") for g in missing)  # entries with their language, rendered by {% skill_label %}


def test_the_course_page_marks_an_english_skill_and_keeps_dutch_plain(db, ref):
    [(en_uri, en_label)], (nl_uri, nl_label) = english_only(), dutch()
    assert import_catalogue(provider(), [record("LBL", title_nl="Cursus met labels", skills=[en_uri, nl_uri])]).written
    course = Course.objects.get(course_id="LBL")
    client = Client()
    client.force_login(factories.user("counsellor"))
    html = client.get(f"/opleidingen/{course.pk}/").content.decode()
    assert marked(html, en_label) and f'<span class="skill">{escape(nl_label)}</span>' in html


def test_the_evc_request_page_and_api_mark_english_labels(careers_world, client):  # noqa: F811 - the fixture
    [(uri, label)] = english_only()
    from werkregie.matching.models import PersonSkill

    PersonSkill.objects.create(person=careers_world.person, skill_uri=uri, source="declared", added_at=clock.now())
    client.force_login(careers_world.citizen)
    assert marked(client.get("/mijn-loopbaan/evc/aanvragen/").content.decode(), label)
    evc.request(careers_world.p(careers_world.citizen), skill_uris=[uri])
    answer = client.get("/api/v1/careers/evc", HTTP_AUTHORIZATION=f"Bearer {factories.token(careers_world.citizen)}").json()
    assert [(s["label"], s["lang"]) for s in answer[0]["skills"]] == [(label, "en")]
    assert marked(client.get("/mijn-loopbaan/").content.decode(), label)  # the list names the skill asked, marked


def test_the_elm_export_keys_an_english_label_as_english(careers_world):  # noqa: F811 - the fixture
    [(en_uri, en_label)], (nl_uri, nl_label) = english_only(), dutch()
    made = credentials.issue(person=careers_world.person, kind="certified_competence", title="Magazijn", skills=[en_uri, nl_uri], who=PLATFORM)
    outcomes = elm.to_elm(made)["credentialSubject"]["hasClaim"][0]["specifiedBy"]["learningOutcome"]
    assert [o["title"] for o in outcomes] == [{"en": en_label}, {"nl": nl_label}]
