"""Texts the platform writes itself (task titles, the steps and agreements of the special routes) are stored as codes
with parameters and shown in the reader's language: worklist page and API, trajectory pages, messages."""

import datetime as dt
import json

import pytest
from django.test import Client
from django.utils import translation
from hypothesis import example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests import factories
from tests.trajectories_support import caseload, partner_org
from werkregie.access.purposes import Purpose
from werkregie.core import clock
from werkregie.people.enums import StatusKind
from werkregie.people.models import StatusEpisode
from werkregie.trajectories import labels as tl
from werkregie.trajectories import use_cases as uc
from werkregie.workflows import labels
from werkregie.workflows.services import PLATFORM
from werkregie.worklist.models import Task

DAY = dt.date(2026, 3, 2)
TEST = labels.register("tests.label.sample", "Stap %(step)s vervalt op %(date)s")


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
@example("§", dt.date(2000, 1, 1))  # found by the full suite: a typed "§" was read as a coded text and shown as ""
def test_a_coded_text_fits_its_column_and_shows_its_parameters(step, day):
    stored = labels.coded(TEST, step=step, date=day)
    assert labels.is_coded(stored) and len(stored) <= labels.MAX_LENGTH
    shown = labels.render(stored)
    assert shown.startswith("Stap ") and shown.endswith(day.strftime("%d/%m/%Y"))
    kept = json.loads(stored[len(labels.MARK) + len(TEST):])["step"]
    assert step.startswith(kept.removesuffix("…")) and kept in shown


@given(st.text(max_size=300).filter(lambda t: not t.startswith(labels.MARK)))
def test_a_text_a_person_typed_is_shown_as_typed(text):
    assert labels.render(text) == text


def test_unknown_codes_and_broken_parameters_never_fail():
    assert labels.render(labels.MARK + "gone.away{}") == "gone.away"
    assert labels.render(labels.MARK + TEST + "{not json") == "Stap %(step)s vervalt op %(date)s"
    assert labels.render(None) == ""
    with pytest.raises(KeyError):
        labels.coded("never.registered")
    with pytest.raises(ValueError):
        labels.register(TEST, "another text")


def test_nested_codes_are_translated_too():
    stored = labels.coded(tl.EVIDENCE, step=labels.coded(tl.SICKNESS_STEP))
    with translation.override("nl"):
        assert labels.render(stored) == "Bewijs nakijken: Re-integratiegesprek met het ziekenfonds (Terug-naar-werk)"
    with translation.override("fr"):
        shown = labels.render(stored)
    assert "ziekenfonds" not in shown and "Bewijs" not in shown


@pytest.fixture
def sick(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        mutuality = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        StatusEpisode.objects.create(person=person, kind=StatusKind.SICK, start=dt.date(2026, 2, 1))
        t = uc.start_sickness_route(PLATFORM, person.pk, mutuality_id=mutuality.pk, sick_since=dt.date(2026, 2, 1))
    return {"counsellor": counsellor, "person": person, "citizen": citizen, "trajectory": t, "mutuality": mutuality}


def test_the_routes_store_codes_not_dutch(sick):
    t = sick["trajectory"]
    agreement = t.agreements.get()
    step = agreement.steps.get()
    task = Task.objects.get(key=f"trajectory:{t.pk}:reintegration_review")
    for stored in (agreement.title, agreement.notes, step.title, task.title):
        assert labels.is_coded(stored), stored


@pytest.mark.parametrize(("language", "expected", "dutch"), [
    ("fr", "Examiner la réintégration avec la mutualité", "Re-integratie bekijken"),
    ("en", None, "Re-integratie bekijken"),
    ("nl", "Re-integratie bekijken met het ziekenfonds", None),
])
def test_worklist_page_and_api_show_the_task_in_the_readers_language(sick, language, expected, dutch):
    client = Client()
    client.force_login(sick["counsellor"])
    with clock.travel_to(DAY):
        page = client.get("/werklijst/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
        api = client.get("/api/v1/worklist", HTTP_ACCEPT_LANGUAGE=language,
                         HTTP_AUTHORIZATION=f"Bearer {factories.token(sick['counsellor'])}").json()
    titles = [item["title"] for item in api["items"]]
    assert titles and not any(labels.MARK in t for t in titles) and labels.MARK not in page
    review = labels.coded(tl.REINTEGRATION_REVIEW, date=Task.objects.get(key__endswith=":reintegration_review").due_on)
    with translation.override(language):
        shown = labels.render(review)
    assert shown in titles and shown in page.replace("&#x27;", "'")
    if expected:
        assert expected in shown
    if dutch:
        assert dutch not in shown


def test_trajectory_pages_show_the_steps_in_the_readers_language(sick):
    client = Client()
    client.force_login(sick["citizen"])
    with clock.travel_to(DAY):
        mine_fr = client.get("/mijn-afspraken/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    counsellor = Client()
    counsellor.force_login(sick["counsellor"])
    with clock.travel_to(DAY):
        # the purpose chosen (stop 33: a person in re-integration has two purposes, so the page asks which one)
        file_en = counsellor.get(f"/personen/{sick['person'].pk}/traject/?doel=sickness_reintegration", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for page in (mine_fr, file_en):
        assert labels.MARK not in page and "Re-integratiegesprek met het ziekenfonds" not in page
    with translation.override("en"):
        assert labels.render(sick["trajectory"].agreements.get().steps.get().title) in file_en.replace("&#x27;", "'")


def test_editing_without_changing_the_shown_title_keeps_the_code(sick):
    agreement = sick["trajectory"].agreements.get()
    cp = factories.principal(sick["counsellor"])
    with clock.travel_to(DAY), translation.override("fr"):
        shown = labels.render(agreement.title)
        draft = uc.update_agreement(cp, agreement.pk, agreement.version, title=shown, notes=labels.render(agreement.notes))
    assert draft.title == agreement.title and labels.is_coded(draft.notes)
    with clock.travel_to(DAY):
        draft = uc.update_agreement(cp, draft.pk, draft.version, title="Réintégration avec la mutualité Solidaris", notes="")
    assert draft.title == "Réintégration avec la mutualité Solidaris"


def test_messages_carry_the_text_in_the_message_language_never_a_code(sick):
    from werkregie.messaging.models import Message
    from werkregie.trajectories.sweeps import sweep

    step = sick["trajectory"].agreements.get().steps.get()
    a = step.agreement
    with clock.travel_to(DAY):  # the acceptance on the scenario's day, not the wall clock's (a step past its date is refused)
        uc.accept_on_paper(factories.principal(sick["counsellor"]), a.pk, a.version, "Besproken met de TNW-coördinator")
    with clock.travel_to(step.due_on - dt.timedelta(days=2)):
        sweep(clock.today())
    reminder = Message.objects.filter(person=sick["person"], template_key="trajectories.step_reminder").first()
    assert reminder is not None and labels.MARK not in reminder.body and "Re-integratiegesprek met het ziekenfonds" in reminder.body
