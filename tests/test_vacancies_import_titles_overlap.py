"""Import speed (issue 12, bench at stop 39: 56.9 and 60.9 s for 100,000 records, the target 60): the titles without
an occupation are searched by the engine on worker threads while the file's later records are still being checked,
not after the check. The answers are the same as searching them after the check; a refused file cancels the rest."""

from __future__ import annotations

import json

import pytest

from werkregie.core.identifiers import make_kbo
from werkregie.vacancies import exchange, normaliser
from werkregie.vacancies.exchange import ImportRefused, import_records
from werkregie.vacancies.models import Vacancy

TITLES = ["Heftruckchauffeur gezocht", "Lasser TIG ervaren", "Poetshulp voor kantoren", "Magazijnier nachtploeg", "Kok in een brasserie"]


def _record(number: int, title: str, **extra) -> str:  # noqa: ANN003
    return json.dumps({"@type": "JobPosting", "identifier": {"value": f"T-{number}"}, "title": title,
                       "hiringOrganization": {"name": "Forem nv", "identifier": f"BE{make_kbo(4242)}"},
                       "jobLocation": {"address": {"postalCode": "9000", "addressLocality": "Gent"}}, "employmentType": ["FULL_TIME"],
                       "workHours": "38 h/week", **extra})


def test_titles_are_searched_while_later_records_are_checked_with_the_same_answers(db, monkeypatch):
    monkeypatch.setattr(normaliser, "CHUNK", 2)
    events: list[str] = []
    submit, stored = normaliser.TitleNormaliser._submit, exchange._against_stored
    monkeypatch.setattr(normaliser.TitleNormaliser, "_submit", lambda self, language: (events.append("search"), submit(self, language))[1])
    monkeypatch.setattr(exchange, "_against_stored", lambda *a: (events.append("check done"), stored(*a))[1])
    report = import_records([_record(n, t) for n, t in enumerate(TITLES)], "forem")
    assert events[:3] == ["search", "search", "check done"]  # two chunks of two started before the check ended
    assert report.normalised + report.without_occupation == len(TITLES)
    from werkregie.matching.engine.titles import default_index

    for made in Vacancy.objects.filter(source="forem"):  # what the engine answers for the title on its own
        results = default_index().search([made.title], "nl", 1)[0]
        assert made.occupation_uri == (results[0].uri if results and results[0].score >= normaliser.CONFIDENCE else "")


def test_a_refused_file_cancels_the_searches_and_writes_nothing(db, monkeypatch):
    monkeypatch.setattr(normaliser, "CHUNK", 1)
    lines = [_record(n, t) for n, t in enumerate(TITLES)] + [_record(99, "")]  # the last has no title
    with pytest.raises(ImportRefused) as refused:
        import_records(lines, "forem")
    assert [e.field for e in refused.value.report.errors] == ["title"]
    assert not Vacancy.objects.filter(source="forem").exists()
