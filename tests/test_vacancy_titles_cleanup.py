"""Issue 12/16: vacancies stored before the title check may have titles that are empty or made only of invisible
characters. Migration 0016 (and `werkregie manage clean_vacancy_titles`, both vacancies/titles.py) removes the
invisible characters; a vacancy whose title has nothing visible left is withdrawn through the declared transition,
logged by the platform with its reason, and leaves the public search. Idempotent; run on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import search, titles
from werkregie.vacancies.models import Vacancy
from werkregie.workflows.models import TransitionLog

from . import factories as f
from .test_matching_platform import vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(db):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    made = {"blank": vacancy(employer, title="\u202e" * 5), "draft": vacancy(employer, title="\u200b \u200d", open=False, state="draft"),
            "closed": vacancy(employer, title="\ufeff", open=False, state="closed"),
            "expired": vacancy(employer, title="\u2066\u2069", open=False, state="expired"),
            "padded": vacancy(employer, title="\u202e Lasser\u200b "), "inner": vacancy(employer, title="Heftruck\u200bchauffeur\t\u0007"),
            "fine": vacancy(employer, title="Magazijnier")}
    return made


def _historical_clean() -> None:
    """Migration 0016 itself, on the historical models of its state."""
    state = MigrationLoader(connection).project_state(("vacancies", "0016_clean_stored_titles"), at_end=False)
    module = importlib.import_module("werkregie.vacancies.migrations.0016_clean_stored_titles")
    module._clean(state.apps, None)


def _fresh(made: dict) -> dict:
    return {k: Vacancy.objects.get(pk=v.pk) for k, v in made.items()}


def test_clean_title_keeps_what_a_reader_sees():
    assert titles.clean_title("\u202e Lasser\u200b ") == "Lasser" and titles.clean_title("\u202e" * 5) == ""
    assert titles.clean_title("Heftruck\u200bchauffeur\t\u0007") == "Heftruckchauffeur" and titles.clean_title("Lasser\nTIG") == "Lasser TIG"
    assert titles.clean_title("Magazijnier") == "Magazijnier"


def test_the_migration_withdraws_blank_titles_with_a_logged_reason_and_cleans_the_rest(stored):
    fine_updated = Vacancy.objects.get(pk=stored["fine"].pk).updated_at
    _historical_clean()
    now = _fresh(stored)
    for key in ("blank", "draft", "expired"):
        v = now[key]
        assert (v.title, v.state, v.open) == ("", "closed", False), key
        [log] = TransitionLog.objects.filter(workflow="vacancy", object_id=v.pk, transition="withdraw")
        assert log.actor_role == "system" and log.actor_id is None and log.to_state == "closed"
        assert log.reason.startswith("Titel zonder zichtbare tekens (U+") and "reason.vacancy.blank_title" in log.data["reason_code"]
    assert TransitionLog.objects.get(object_id=now["blank"].pk, transition="withdraw").data["title_was"] == ["U+202E"] * 5
    assert (now["closed"].title, now["closed"].state) == ("", "closed")  # already closed: emptied, no transition
    assert not TransitionLog.objects.filter(workflow="vacancy", object_id=now["closed"].pk).exists()
    assert now["padded"].title == "Lasser" and now["padded"].state == "published" and now["padded"].open
    assert now["padded"].search_text.startswith("lasser |")
    assert now["inner"].title == "Heftruckchauffeur"
    assert now["fine"].title == "Magazijnier" and now["fine"].updated_at == fine_updated  # untouched
    found = {hit.vacancy.pk for hit in search.search(search.Filters(page_size=50)).hits}
    assert now["blank"].pk not in found and now["padded"].pk in found and now["fine"].pk in found
    assert [hit.vacancy.pk for hit in search.search(search.Filters(q="lasser")).hits] == [now["padded"].pk]


def test_it_is_idempotent(stored):
    _historical_clean()
    logged, rows = TransitionLog.objects.count(), {v.pk: (v.title, v.state, v.version, v.updated_at) for v in Vacancy.objects.all()}
    _historical_clean()
    assert titles.clean() == {"cleaned": 0, "withdrawn": 0, "emptied": 0}
    assert TransitionLog.objects.count() == logged
    assert {v.pk: (v.title, v.state, v.version, v.updated_at) for v in Vacancy.objects.all()} == rows


def test_the_command_counts_first_then_cleans_with_the_current_models(stored):
    out = io.StringIO()
    call_command("clean_vacancy_titles", "--dry-run", stdout=out)
    assert json.loads(out.getvalue()) == {"cleaned": 2, "withdrawn": 3, "emptied": 1}
    assert Vacancy.objects.get(pk=stored["blank"].pk).open  # a dry run changes nothing
    out = io.StringIO()
    call_command("clean_vacancy_titles", stdout=out)
    assert json.loads(out.getvalue()) == {"cleaned": 2, "withdrawn": 3, "emptied": 1}
    blank = Vacancy.objects.get(pk=stored["blank"].pk)
    assert (blank.title, blank.state, blank.open, blank.version) == ("", "closed", False, stored["blank"].version + 1)
    out = io.StringIO()
    call_command("clean_vacancy_titles", stdout=out)
    assert json.loads(out.getvalue()) == {"cleaned": 0, "withdrawn": 0, "emptied": 0}
