"""A vacancy whose title was five U+202E characters had a blank heading and was found by the public search: a
required free text that is empty once its control and format characters are gone is refused, by the intake and the
import alike (werkregie.core.text.required_text_problem), naming the field."""

from __future__ import annotations

import json

import pytest

from werkregie.accounts.models import Role
from werkregie.core.errors import InvalidInput
from werkregie.core.text import required_text_problem, visible_text
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import intake, jobposting
from werkregie.vacancies.exchange import ImportRefused, import_records
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_matching_platform import vacancy

INVISIBLE = ["\u202e" * 5, "\u200b\u200d\ufeff", "\u0007\u0000 \u2066\u2069", " \u200e\u200f "]


@pytest.mark.parametrize("text", INVISIBLE)
def test_invisible_only_text_is_empty(text):
    assert visible_text(text) == "" and required_text_problem(text, 2, 200)


def test_visible_text_keeps_what_a_reader_sees():
    assert visible_text(" Lasser\u202e ") == "Lasser" and required_text_problem("Lasser\u200b", 2, 200) is None
    assert required_text_problem("L\u202e\u202e", 2, 200)  # one visible character is too short for a title


@pytest.mark.django_db
@pytest.mark.parametrize("text", INVISIBLE)
def test_the_intake_refuses_an_invisible_title_on_the_title_field(text):
    employer = f.user(Role.EMPLOYER)
    with pytest.raises(InvalidInput) as refused:
        intake.create(f.principal(employer), {"title": text, "municipality": "44021", "hours_per_week": "38"})
    assert "title" in {e.field for e in refused.value.errors}
    assert not Vacancy.objects.filter(employer=employer.organisation).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("field, path", [("title", ("title",)), ("hiringOrganization.name", ("hiringOrganization", "name"))])
def test_the_import_refuses_an_invisible_required_text_naming_the_field(field, path):
    original = vacancy(f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv"))
    record = json.loads(json.dumps(jobposting.job_posting(original)))
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "\u202e" * 5
    with pytest.raises(ImportRefused) as refused:
        import_records([json.dumps(record)], "forem")
    assert (1, field) in {(e.line, e.field) for e in refused.value.report.errors}
    assert not Vacancy.objects.filter(source="forem").exists()
