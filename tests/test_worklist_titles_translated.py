"""A browser walk found Dutch task titles on French and English worklist pages: the domains wrote their titles and
details as Dutch text when the task was made. Every title and detail the platform composes is now a coded text
(werkregie.workflows.labels), shown in the reader's language; what a person typed stays as typed. Each path that
makes a task is walked here, and the French worklist page (and API) must show the French text, not the Dutch."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext_lazy

from tests import factories as f
from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from tests.test_matching_platform import SKILLS
from tests.test_trajectories_fixes import missed_agreement
from tests.test_vacancies import _interviewed, logged_in, world  # noqa: F401 - fixture
from tests.trajectories_support import caseload
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.messaging import outbox, templates
from werkregie.municipalities import use_cases as municipalities
from werkregie.organisations.models import OrganisationKind
from werkregie.privacy import collect
from werkregie.vacancies import feedback as feedback_cases
from werkregie.workflows import labels
from werkregie.worklist.models import Task

templates.register("test.titles", subject=gettext_lazy("Bericht van VDAB: %(title)s"), body=gettext_lazy("Beste %(name)s,\n\n%(text)s"))


def _pages(day: dt.date | None = None, language: str = "fr") -> tuple[str, list[dict]]:
    """The worklist page and API of an administrator (who sees every task), in `language`."""
    admin = f.user(Role.ADMIN)
    client = Client()
    client.force_login(admin)
    with clock.travel_to(day or clock.today()):
        page = client.get("/werklijst/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
        api = client.get("/api/v1/worklist", HTTP_ACCEPT_LANGUAGE=language, HTTP_AUTHORIZATION=f"Bearer {f.token(admin)}").json()
    return html.unescape(page), api["items"]


def _shown(stored: str, language: str) -> str:
    with translation.override(language):
        return labels.render(stored)


def _check(task: Task, french: list[str], dutch: list[str], day: dt.date | None = None) -> None:
    """The task's title (and detail) are coded, and the French page and API show them in French, with no Dutch left."""
    assert labels.is_coded(task.title), task.title
    page, items = _pages(day)
    [item] = [i for i in items if i["id"] == task.pk]
    assert labels.MARK not in page and labels.MARK not in item["title"] + item["detail"]
    for field in ("title", "detail"):
        stored = getattr(task, field)
        if stored:
            shown = _shown(stored, "fr")
            assert item[field] == shown
            for line in shown.splitlines():
                assert line in page, line
    text = f"{item['title']}\n{item['detail']}"
    for words in french:
        assert words in text, (words, text)
    for words in dutch:
        assert words not in text and words not in page, words
    assert _shown(task.title, "nl") != _shown(task.title, "fr")


def test_a_question_about_a_vacancy(world):  # noqa: F811
    job = world["job"]
    logged_in(world["citizen"]).post(f"/vacatures/{job.pk}/", {"form": "question", "question": "Is dit in ploegen?"})
    task = Task.objects.get(key=f"vacancy-question:{job.pk}:{world['person'].pk}")
    assert task.detail == "Is dit in ploegen?"  # typed: as typed
    assert _shown(task.title, "nl") == f"Vraag over vacature “{job.title}”"
    _check(task, ["Question sur l'offre", job.title, "Is dit in ploegen?"], ["Vraag over vacature"])


def test_a_question_without_text(world):  # noqa: F811
    job = world["job"]
    logged_in(world["citizen"]).post(f"/vacatures/{job.pk}/", {"form": "question", "question": ""})
    task = Task.objects.get(key=f"vacancy-question:{job.pk}:{world['person'].pk}")
    assert _shown(task.detail, "nl") == "De werkzoekende wil deze vacature bespreken."
    _check(task, ["Le demandeur d'emploi souhaite discuter de cette offre."], ["De werkzoekende wil"])


def test_an_employers_feedback_with_missing_skills_and_a_note(world):  # noqa: F811
    application = _interviewed(world)
    feedback_cases.give(f.principal(world["boss"]), application.pk, "missing_skills", missing_skills=[SKILLS[2]],
                        note="Geen ervaring met reachtrucks.", reject=True, version=application.version)
    task = Task.objects.get(key=f"employer-feedback:{application.pk}")
    nl = _shown(task.title, "nl")
    assert nl == f"Terugkoppeling van Logistiek Gent nv over “{world['job'].title}”: Ontbrekende competenties"
    assert _shown(task.detail, "nl").startswith("Geen ervaring met reachtrucks.\nOntbrekende competenties: ")
    _check(task, ["Retour de Logistiek Gent nv", "Compétences manquantes", "Geen ervaring met reachtrucks."],
           ["Terugkoppeling van", "Ontbrekende competenties"])


def test_an_employers_feedback_without_a_note(world):  # noqa: F811
    application = _interviewed(world)
    feedback_cases.give(f.principal(world["boss"]), application.pk, "other_hired", reject=True, version=application.version)
    task = Task.objects.get(key=f"employer-feedback:{application.pk}")
    assert _shown(task.detail, "nl").startswith("De werkgever koos voor een andere kandidaat.")
    _check(task, ["Retour de Logistiek Gent nv", "L'employeur a choisi un autre candidat."],
           ["Iemand anders aangeworven", "De werkgever koos"])


def test_a_municipalitys_referral(ref):
    day = dt.date(2026, 11, 30)
    person = f.person(municipality_id="44021")
    f.episode(person, "leefloon", dt.date(2026, 2, 1), municipality="44021")
    worker = f.user(Role.MUNICIPALITY, f.organisation(OrganisationKind.MUNICIPALITY, name="OCMW Gent", municipality_id="44021"))
    with clock.travel_to(day):
        referral = municipalities.refer(f.principal(worker), person.pk, "Wil graag werken, heeft rijbewijs B.")
    task = Task.objects.get(key=referral.task_key)
    assert _shown(task.title, "nl") == "Doorverwezen door OCMW Gent: screening en traject"
    assert task.detail == "Wil graag werken, heeft rijbewijs B."  # typed: as typed
    _check(task, ["Orienté par OCMW Gent", "Wil graag werken"], ["Doorverwezen door"], day)
    # the own-data export (in Dutch) shows the text beside its code
    with translation.override("nl"):
        content = collect.collect(person)
    [tasks] = [s["models"]["worklist.Task"] for s in content["sections"] if s["key"] == "tasks"]
    assert tasks["rows"][0]["title_label"] == "Doorverwezen door OCMW Gent: screening en traject" and "title_label" in tasks["fields"]


def test_a_bounced_message(ref):
    p = person_with(email="x@bounce.example", preferred="email")
    m = outbox.send(p.pk, "test.titles", {"title": "uw afspraak", "text": "Tot dinsdag."})
    task = Task.objects.get(key=f"message:{m.pk}:bounced")
    assert _shown(task.title, "nl") == "Bericht niet afgeleverd: Bericht van VDAB: uw afspraak"
    assert _shown(task.detail, "nl").startswith("Verstuurd via E-mail, niet afgeleverd via E-mail: ")
    _check(task, ["Message non délivré", "Envoyé par E-mail, non délivré par E-mail"], ["Bericht niet afgeleverd", "Verstuurd via"])
    with translation.override("fr"):
        letter = labels.render(labels.coded("messaging.task.bounced_detail", first="§messaging.channel.registered", channel="x", error="e"))
    assert letter.startswith("Envoyé par Lettre recommandée")


def test_a_missed_agreement(ref):
    with clock.travel_to(dt.date(2026, 3, 2)):
        counsellor, person, citizen = caseload()
    agreement, day = missed_agreement(counsellor, person, citizen)
    task = Task.objects.get(key=f"agreement:{agreement.pk}:escalate")
    step = agreement.steps.get()
    assert _shown(task.detail, "nl") == f"Niet gehaald: Opleiding heftruck (uiterlijk op {step.due_on.strftime('%d/%m/%Y')})"
    _check(task, ["Non réalisé", "Opleiding heftruck (au plus tard le", step.due_on.strftime("%d/%m/%Y")], ["Niet gehaald", "Afspraak niet nagekomen"], day)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dutch_and_english_pages_read_their_own_language(world, language):  # noqa: F811
    job = world["job"]
    logged_in(world["citizen"]).post(f"/vacatures/{job.pk}/", {"form": "question", "question": ""})
    page, items = _pages(language=language)
    expected = {"nl": "De werkzoekende wil deze vacature bespreken.", "en": "The job seeker wants to discuss this vacancy."}[language]
    assert expected in page and [i["detail"] for i in items] == [expected]
