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

from .test_concurrency_pg import keeps_reference_data, postgres_only  # noqa: F401 - a fixture and the marker of the race test below

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


def test_settled_records_are_written_while_the_searches_run_and_the_searched_ones_after(db, monkeypatch):
    """Stop 40: the records whose occupation is known (given, or a preferred label) are written before the import waits
    for the title searches; the searched ones follow with the engine's answer. A second import of the same file changes
    nothing (an update compares the searched occupation too)."""
    from werkregie.matching.platform import taxonomy

    occupation = next(o for o in taxonomy().occupations if o.essential)
    lines = [_record(n, t) for n, t in enumerate(TITLES)]
    lines.append(_record(10, "Iets met occupationalCategory", occupationalCategory=[occupation.uri]))
    label = occupation.label("nl")
    lines.append(_record(11, label[:1].upper() + label[1:]))  # a preferred label: settled without the engine
    seen_at_finish: list[set[str]] = []
    finish = normaliser.TitleNormaliser.finish

    def spying(self, waiting, report):  # noqa: ANN001, ANN202
        seen_at_finish.append(set(Vacancy.objects.filter(source="forem").values_list("source_id", flat=True)))
        return finish(self, waiting, report)

    monkeypatch.setattr(normaliser.TitleNormaliser, "finish", spying)
    report = import_records(lines, "forem")
    from werkregie.matching.engine.titles import lookup_text

    by_label = {f"T-{n}" for n, t in enumerate(TITLES) if (("nl", lookup_text(t, "nl")) in normaliser.preferred_labels())}
    assert len(by_label) < len(TITLES)  # some typed titles need the engine
    assert seen_at_finish == [{"T-10", "T-11"} | by_label]  # the typed titles the engine searches were not written yet
    assert report.created == 7 and report.normalised_by_label == 1 + len(by_label)
    assert Vacancy.objects.get(source="forem", source_id="T-11").occupation_uri == occupation.uri
    again = import_records(lines, "forem")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 7)


@postgres_only
def test_two_imports_of_one_source_at_once_write_one_after_the_other(keeps_reference_data, transactional_db):
    """Stop 40: the write reads the source's stored identifiers once, at its start; two imports of the same new records
    at once (the scheduled feed and an operator's file) must not both insert them (the second failed on the unique
    identifier): they write one after the other, the second finding the first's vacancies unchanged."""
    from werkregie.matching.platform import taxonomy

    from .test_concurrency_pg import in_parallel

    occupation = next(o for o in taxonomy().occupations if o.essential)
    lines = [_record(n, f"Vacature {n}", occupationalCategory=[occupation.uri]) for n in range(30)]
    reports = in_parallel(2, lambda i: import_records(lines, "forem"))
    assert not [r for r in reports if isinstance(r, Exception)], reports
    assert sorted((r.created, r.unchanged) for r in reports) == [(0, 30), (30, 0)]
    assert Vacancy.objects.filter(source="forem").count() == 30
