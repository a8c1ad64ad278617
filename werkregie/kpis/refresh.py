"""Keeping the KPI tables up to date: `full()` recomputes every person's contributions and sums them into cells;
`incremental()` recomputes only the persons changed since the last refresh (marked by signals.py, or found by the
watermark for bulk loads), takes their old contributions out of the cells and puts the new ones in. One refresh at a
time (a row lock on RefreshState). Used by `werkregie kpi refresh [--full]` and the daily scheduled job (tasks.py)."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal

from django.db import connection, transaction

from werkregie.core import clock

from . import engine
from .models import GROUP_FIELDS, KEY_FIELDS, Cell, Contribution, DirtyPerson, RefreshState

CHUNK = 2000


def _day(at: dt.datetime) -> dt.date:
    return at.astimezone(clock.BRUSSELS).date() if at.tzinfo else at.date()


def gather(person_ids: Iterable[int]) -> list[engine.Facts]:
    """The facts of these persons (merged duplicates and deleted persons have none)."""
    from werkregie.community.models import Attendance
    from werkregie.compliance.models import Case
    from werkregie.people.models import Person, StatusEpisode
    from werkregie.screening.models import Assessment
    from werkregie.trajectories.models import Agreement
    from werkregie.workflows.models import TransitionLog

    ids = list(person_ids)
    facts = {
        row["id"]: engine.Facts(row["id"], row["birth_date"], row["sex"], row["nationality"], row["education_level"], row["work_limitation"],
                                row["municipality_id"])
        for row in Person.objects.filter(pk__in=ids).values("id", "birth_date", "sex", "nationality", "education_level", "work_limitation",
                                                             "municipality_id")
    }
    ids = list(facts)
    if not ids:
        return []
    for row in StatusEpisode.objects.filter(person_id__in=ids).values_list("person_id", "kind", "start", "end", "municipality_id"):
        facts[row[0]].episodes.append(engine.Episode(*row[1:]))
    for pid, at, self_reliant in Assessment.objects.filter(person_id__in=ids).values_list("person_id", "assessed_at", "self_reliant"):
        facts[pid].assessments.append(_day(at))
        if not self_reliant:
            facts[pid].not_self_reliant.append(_day(at))
    accepted = list(TransitionLog.objects.filter(workflow="agreement", to_state="accepted", person_id__in=ids).values_list("person_id", "object_id", "at"))
    binding = set(Agreement.objects.filter(pk__in={obj for _p, obj, _a in accepted}, binding=True).values_list("pk", flat=True))
    for pid, obj, at in accepted:
        if obj in binding:
            facts[pid].agreements.append(_day(at))
    for pid, at, decision in Case.objects.filter(person_id__in=ids, decided_at__isnull=False).exclude(decision="").values_list(
            "person_id", "decided_at", "decision"):
        facts[pid].decisions.append((_day(at), decision))
    for pid, day, kind, hours in Attendance.objects.filter(person_id__in=ids).values_list("person_id", "day", "kind", "hours"):
        facts[pid].hours.append((day, kind, hours))
    return list(facts.values())


def gather_vacancies(vacancy_ids: Iterable[int]) -> list[engine.VacancyFacts]:
    """The facts of these vacancies: their place, the day first published (the transition log, else the day made: bulk
    loads and imports enter published) and the day filled (the transition log)."""
    from werkregie.vacancies.models import Vacancy
    from werkregie.workflows.models import TransitionLog

    rows = list(Vacancy.objects.filter(pk__in=list(vacancy_ids)).values_list("pk", "municipality_id", "created_at"))
    ids = [r[0] for r in rows]
    published: dict[int, dt.date] = {}
    filled: dict[int, dt.date] = {}
    for obj, to_state, at in TransitionLog.objects.filter(workflow="vacancy", object_id__in=ids, to_state__in=("published", "filled")).order_by(
            "at", "id").values_list("object_id", "to_state", "at"):
        (published if to_state == "published" else filled).setdefault(obj, _day(at))
    return [engine.VacancyFacts(pk, nis, published.get(pk, _day(made) if made else None), filled.get(pk)) for pk, nis, made in rows]


def _rows(owner_ids: list[int]) -> list[Contribution]:
    """The contributions of these owners: a person by its id, a vacancy by minus its id (one table, one refresh)."""
    rows = []
    for facts in gather([i for i in owner_ids if i > 0]):
        for key, (n, value) in engine.contributions(facts).items():
            rows.append(Contribution(person_id=facts.person_id, n=n, value=value, **dict(zip(KEY_FIELDS, key))))
    for vacancy in gather_vacancies([-i for i in owner_ids if i < 0]):
        for key, (n, value) in engine.vacancy_contributions(vacancy).items():
            rows.append(Contribution(person_id=-vacancy.vacancy_id, n=n, value=value, **dict(zip(KEY_FIELDS, key))))
    return rows


def everyone() -> list[int]:
    """Every owner of contributions: each person's id, and minus each vacancy's id."""
    from werkregie.people.models import Person
    from werkregie.vacancies.models import Vacancy

    return [*Person.objects.order_by("pk").values_list("pk", flat=True), *(-pk for pk in Vacancy.objects.order_by("pk").values_list("pk", flat=True))]


def drop_gone() -> None:
    """Delete the contributions of persons and vacancies that no longer exist (a full run of the batch job)."""
    from werkregie.people.models import Person
    from werkregie.vacancies.models import Vacancy

    Contribution.objects.filter(person_id__gt=0).exclude(person_id__in=Person.objects.values("pk")).delete()
    gone = set(-i for i in Contribution.objects.filter(person_id__lt=0).values_list("person_id", flat=True).distinct())
    gone -= set(Vacancy.objects.filter(pk__in=gone).values_list("pk", flat=True))
    Contribution.objects.filter(person_id__in=[-i for i in gone]).delete()


def _state() -> RefreshState:
    RefreshState.objects.get_or_create(id=1)
    return RefreshState.objects.select_for_update().get(id=1)


def locked_state() -> RefreshState:
    """The refresh state, locked until the caller's transaction ends (one refresh at a time)."""
    return _state()


def full(progress: Callable[[int], None] | None = None) -> dict:
    """Recompute every table from scratch."""
    from werkregie.people.models import Person
    from werkregie.vacancies.models import Vacancy

    began, started = clock.now(), time.monotonic()
    with transaction.atomic():
        state = _state()
        marked = list(DirtyPerson.objects.values_list("person_id", flat=True))
        Cell.objects.all().delete()
        Contribution.objects.all().delete()
        persons = 0
        last = 0
        while True:
            ids = list(Person.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:CHUNK])
            if not ids:
                break
            Contribution.objects.bulk_create(_rows(ids), batch_size=5000)
            persons, last = persons + len(ids), ids[-1]
            if progress:
                progress(len(ids))
        vacancies = [-pk for pk in Vacancy.objects.order_by("pk").values_list("pk", flat=True)]
        for start in range(0, len(vacancies), CHUNK):
            Contribution.objects.bulk_create(_rows(vacancies[start:start + CHUNK]), batch_size=5000)
        rebuild_cells()
        DirtyPerson.objects.filter(person_id__in=marked).delete()
        seconds = time.monotonic() - started
        state.full_at = state.incremental_at = clock.now()
        state.watermark, state.last_persons, state.last_seconds, state.stamp = began, persons, seconds, uuid.uuid4().hex
        state.save()
    return {"mode": "full", "persons": persons, "cells": Cell.objects.count(), "seconds": round(seconds, 3)}


def changed_persons(since: dt.datetime | None) -> set[int]:
    """Persons marked by the signals, and (for bulk loads that bypass them) persons touched since the watermark; the
    vacancies likewise, as minus their ids."""
    from werkregie.community.models import Attendance
    from werkregie.compliance.models import Case
    from werkregie.people.models import Person
    from werkregie.screening.models import Assessment
    from werkregie.vacancies.models import Vacancy
    from werkregie.workflows.models import TransitionLog

    ids = set(DirtyPerson.objects.values_list("person_id", flat=True))
    if since is not None:
        ids |= set(Person.all_objects.filter(updated_at__gt=since).values_list("pk", flat=True))
        ids |= set(Assessment.objects.filter(assessed_at__gt=since).values_list("person_id", flat=True))
        ids |= set(TransitionLog.objects.filter(at__gt=since, person_id__isnull=False).values_list("person_id", flat=True))
        ids |= set(Attendance.objects.filter(recorded_at__gt=since).values_list("person_id", flat=True))
        ids |= set(Case.objects.filter(decided_at__gt=since).values_list("person_id", flat=True))
        ids |= {-pk for pk in Vacancy.objects.filter(updated_at__gt=since).values_list("pk", flat=True)}
        ids |= {-pk for pk in TransitionLog.objects.filter(workflow="vacancy", at__gt=since).values_list("object_id", flat=True)}
    return ids


def _sum(rows: Iterable, sign: int, into: dict) -> None:
    for row in rows:
        key = row.key()
        n, value = into.get(key, (0, Decimal(0)))
        into[key] = (n + sign * row.n, value + sign * row.value)


def _apply(delta: dict[tuple, tuple[int, Decimal]]) -> None:
    """Add the deltas to the cells: update, create, or delete a cell that became empty."""
    delta = {key: d for key, d in delta.items() if d != (0, 0)}
    by_kpi: dict[str, list[tuple]] = defaultdict(list)
    for key in delta:
        by_kpi[key[0]].append(key)
    updates, creates, deletes = [], [], []
    for kpi, keys in by_kpi.items():
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            existing = {cell.key(): cell for cell in Cell.objects.filter(kpi=kpi, day__in={k[1] for k in chunk}, municipality__in={k[2] for k in chunk})}
            for key in chunk:
                dn, dv = delta[key]
                cell = existing.get(key)
                if cell is None:
                    creates.append(Cell(n=dn, value=dv, **dict(zip(KEY_FIELDS, key))))
                    continue
                cell.n, cell.value = cell.n + dn, cell.value + dv
                (deletes if cell.n == 0 and cell.value == 0 else updates).append(cell)
    Cell.objects.filter(pk__in=[c.pk for c in deletes]).delete()
    Cell.objects.bulk_update(updates, ["n", "value"], batch_size=1000)
    Cell.objects.bulk_create(creates, batch_size=1000)


def contributions(person_ids: list[int]) -> list[Contribution]:
    """These persons' contributions, computed (unsaved; reads only: the batch layer computes them in a worker)."""
    return _rows(person_ids)


def replace(person_ids: list[int], new: list[Contribution]) -> None:
    """Swap these persons' stored contributions for `new` and adjust the cells by the difference (call it inside the
    refresh's transaction; doing it twice with the same rows changes nothing the second time)."""
    delta: dict[tuple, tuple[int, Decimal]] = {}
    old = Contribution.objects.filter(person_id__in=person_ids)
    _sum(old, -1, delta)
    old.delete()
    _sum(new, +1, delta)
    Contribution.objects.bulk_create(new, batch_size=5000)
    _apply(delta)


def rebuild_cells() -> None:
    """Every cell again as the sum of the stored contributions."""
    Cell.objects.all().delete()
    columns = ", ".join(KEY_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {Cell._meta.db_table} ({columns}, n, value) SELECT {columns}, SUM(n), SUM(value) "
                       f"FROM {Contribution._meta.db_table} GROUP BY {columns} HAVING SUM(n) <> 0 OR SUM(value) <> 0")


def incremental(person_ids: Iterable[int] | None = None) -> dict:
    """Recompute the changed persons (or the ones given) and adjust the cells by the difference."""
    began, started = clock.now(), time.monotonic()
    with transaction.atomic():
        state = _state()
        if state.full_at is None:
            return full()
        marked_until = clock.now()
        ids = sorted(set(person_ids) if person_ids is not None else changed_persons(state.watermark))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            replace(chunk, _rows(chunk))
        if person_ids is None:
            DirtyPerson.objects.filter(person_id__in=ids, marked_at__lte=marked_until).delete()
        seconds = time.monotonic() - started
        state.incremental_at, state.watermark, state.last_persons, state.last_seconds = clock.now(), began, len(ids), seconds
        if ids:
            state.stamp = uuid.uuid4().hex
        state.save()
    return {"mode": "incremental", "persons": len(ids), "seconds": round(seconds, 3)}


def snapshot() -> dict[tuple, tuple[int, Decimal]]:
    """The whole cell table as a dict (tests, the benchmark)."""
    return {cell.key(): (cell.n, cell.value) for cell in Cell.objects.all()}


__all__ = ["full", "incremental", "contributions", "replace", "rebuild_cells", "changed_persons", "gather", "gather_vacancies", "everyone", "drop_gone", "snapshot", "GROUP_FIELDS"]
