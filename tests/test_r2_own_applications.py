"""Issue 16, walk: "Vacatures voor mij" listed first a vacancy the citizen had applied to and was not retained for,
without a word. Each vacancy now says the person's own application (a running one with its day); the ended ones
come after the others."""

from __future__ import annotations

import re

import pytest

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.vacancies import feedback as feedback_cases
from werkregie.vacancies.models import Application

from .test_matching_platform import vacancy
from .test_vacancies import logged_in, world  # noqa: F401 - the vacancy page's fixture

pytestmark = pytest.mark.django_db


def _items(html: str) -> list[str]:
    listed = html.split('id="h-results"')[1].split("</ol>")[0]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", li)) for li in listed.split("<li><h3>")[1:]]


def test_my_vacancies_mark_the_own_applications_and_put_the_ended_ones_last(world):  # noqa: F811
    boss = feedback_cases.wf.PLATFORM.__class__(world["boss"].pk, Role.EMPLOYER, "boss")
    rejected = Application.objects.create(vacancy=world["job"], person=world["person"], origin="applied")
    feedback_cases.wf.transition(rejected, "reject", boss, reason="Andere kandidaat.")
    running_job = vacancy(world["employer"], title="Magazijnier")
    Application.objects.create(vacancy=running_job, person=world["person"], origin="applied")
    free_job = vacancy(world["employer"], title="Orderpicker")
    items = _items(logged_in(world["citizen"]).get("/mijn-vacatures/").content.decode())
    titles = [next(t for t in ("Heftruckchauffeur", "Magazijnier", "Orderpicker") if t in item) for item in items]
    assert titles[-1] == "Heftruckchauffeur", titles  # the one they were not retained for: after the others
    assert set(titles) == {"Heftruckchauffeur", "Magazijnier", "Orderpicker"}
    by_title = dict(zip(titles, items, strict=True))
    assert "U solliciteerde al — niet weerhouden" in by_title["Heftruckchauffeur"]
    assert f"U solliciteerde op {clock.today():%d/%m/%Y}" in by_title["Magazijnier"]
    assert "solliciteerde" not in by_title["Orderpicker"] and free_job.pk
