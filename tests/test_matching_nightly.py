"""The nightly batch (issue 18, point 8): partitions computed by a pure step and written idempotently, the same
answers as the live index, and the shipped command writing to the database."""

from __future__ import annotations

import argparse
import json

import pytest

from werkregie.core import clock
from werkregie.matching import platform
from werkregie.matching.models import MatchDecision, NightlyMatches
from werkregie.matching.nightly import nightly_index, nightly_partition, partitions, run_nightly, write_nightly

from .test_matching_platform import market  # noqa: F401 - the shared fixture


def test_partitions_give_what_the_live_index_gives(market):
    day = clock.today()
    index = nightly_index(day)
    live = platform.current_index()
    seekers = [market["strong"].pk, market["weak"].pk, market["elsewhere"].pk]
    rows = dict(nightly_partition(seekers, index, day, top=5))
    assert set(rows) == set(seekers)
    for profile in platform.person_profiles(seekers):
        assert rows[profile.id] == [[m.id, m.score, m.ring, m.distance_km] for m in live.vacancies_for(profile, top=5)]
    assert nightly_partition([market["employer"].pk + 10_000], index, day) == []  # nobody there: no row


def test_writing_a_partition_replaces_only_that_partition_and_twice_is_once(market):
    day = clock.today()
    summary = run_nightly(day, top=3, workers=2, partition_size=1, keep_rows=True)  # in a transaction: in this process
    assert summary["job_seekers"] == 3 and summary["partitions"] == 3 and summary["written"] == 3
    first = {m.person_id: m.vacancies for m in NightlyMatches.objects.filter(day=day)}
    assert first == {p: v for p, v in summary["rows"]}
    again = run_nightly(day, top=3, workers=1, partition_size=2)
    assert again["written"] == 3 and {m.person_id: m.vacancies for m in NightlyMatches.objects.filter(day=day)} == first
    strong = market["strong"].pk
    write_nightly(day, [strong], [(strong, [[market["far"].pk, 1.0, 1, 50.0]])])
    assert NightlyMatches.objects.get(day=day, person_id=strong).vacancies == [[market["far"].pk, 1.0, 1, 50.0]]
    assert NightlyMatches.objects.filter(day=day).count() == 3
    write_nightly(day, [strong], [])  # no longer a job seeker: the partition's old row goes
    assert not NightlyMatches.objects.filter(day=day, person_id=strong).exists()


def test_an_excluded_vacancy_is_never_in_the_nightly_list(market):
    day = clock.today()
    MatchDecision.objects.create(vacancy=market["near"], person=market["strong"], kind="exclude", reason="Weigerde eerder", decided_by=market["counsellor"],
                                 decided_at=clock.now())
    [(person_id, vacancies)] = nightly_partition([market["strong"].pk], nightly_index(day), day)
    assert person_id == market["strong"].pk and market["near"].pk not in [v[0] for v in vacancies]


def test_partitions_cover_every_job_seeker_once(market):
    parts = partitions(clock.today(), 2)
    assert [len(p) for p in parts] == [2, 1]
    assert sorted(i for p in parts for i in p) == sorted([market["strong"].pk, market["weak"].pk, market["elsewhere"].pk])


def test_the_command_writes_to_the_database(market, capsys):
    from werkregie.cli import cmd_match_nightly

    assert cmd_match_nightly(argparse.Namespace(top=5, output=None, workers=2, partition_size=2)) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["written"] == 3 and summary["job_seekers"] == 3
    best = NightlyMatches.objects.get(day=clock.today(), person_id=market["strong"].pk).vacancies[0]
    assert best[0] == market["near"].pk and best[1] == pytest.approx(100.0)


def test_the_demo_seeds_vacancies_and_profiles_in_chunks(db, monkeypatch):
    import datetime as dt

    from werkregie.matching import demo
    from werkregie.matching.models import ChangeKind, IndexChange, MatchingPreferences, PersonSkill
    from werkregie.people.enums import StatusKind
    from werkregie.vacancies.models import Vacancy, VacancySkill

    from . import factories as f

    seekers = [f.person(municipality_id="44021") for _ in range(3)]
    for p in seekers:
        f.episode(p, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 6, 1))
    monkeypatch.setattr(demo, "CHUNK", 2)  # several chunks of vacancies and of profiles
    made = demo.seed_matching_demo(vacancies=45)
    assert made["profiles"] == 3 and 0 < made["vacancies"] == Vacancy.objects.count() <= 45
    assert VacancySkill.objects.values("vacancy").distinct().count() == made["vacancies"]
    assert set(MatchingPreferences.objects.values_list("person_id", flat=True)) == {p.pk for p in seekers}
    assert set(PersonSkill.objects.values_list("person_id", flat=True)) == {p.pk for p in seekers}
    assert IndexChange.objects.filter(kind=ChangeKind.ALL).exists()  # a bulk load: every process rebuilds
    assert demo.seed_matching_demo(vacancies=45) == {"vacancies": 0, "profiles": 0}  # once only
    found = dict(nightly_partition([p.pk for p in seekers], nightly_index(clock.today()), clock.today(), top=5))
    assert set(found) == {p.pk for p in seekers}
