"""The nightly batch: the top vacancies for every current job seeker, computed from the register and written to
models.NightlyMatches (for notifications and reports). `werkregie match nightly` runs it (cli.py).

The work is split into partitions of persons, each done by two pure steps that a distributed runner can schedule
as tasks (werkregie/batch):

    index = nightly_index(day)                                # once: the open vacancies (no persons needed)
    rows = nightly_partition(person_ids, index, day, top=20)  # per partition: reads those persons, scores them
    write_nightly(day, person_ids, rows)                      # per partition: replaces that partition's results

`nightly_partition` reads the profiles of the partition's persons (those who are job seekers on `day`) and the
counsellors' exclusions, and returns one row per job seeker: (person_id, [[vacancy_id, score, ring, distance_km],
…] best first). It writes nothing. `write_nightly` deletes the partition's results of that day and inserts the new
ones in one transaction: running a partition twice, or after a crash, gives the same table (idempotent and
restartable per partition). The index is read-only and can be shared by forked workers (copy-on-write).

`run_nightly` is the one-machine runner: the index built once, then the partitions spread over `workers` forked
processes (one core each), each reading and writing its own partitions.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing as mp
import time
from typing import Callable

from django.db import connection, connections, transaction

from werkregie.core.bulk import insert_rows

from . import platform
from .engine.index import MatchIndex
from .models import DecisionKind, MatchDecision, NightlyMatches

Row = tuple[int, list[list]]
KEEP_DAYS = 7  # earlier nights' results are deleted by run_nightly


def nightly_index(day: dt.date) -> MatchIndex:
    """The open vacancies with a location (the persons are read per partition)."""
    return platform.build_index(day, persons=False)


def nightly_partition(person_ids: list[int], index: MatchIndex, day: dt.date, top: int = 20) -> list[Row]:
    """Top vacancies for the job seekers among `person_ids` (see the module's docstring); excluded vacancies never."""
    profiles = platform.person_profiles(platform.seeking_ids(day, list(person_ids)))
    excluded: dict[int, set[int]] = {}
    for person_id, vacancy_id in MatchDecision.objects.filter(person_id__in=[p.id for p in profiles], kind=DecisionKind.EXCLUDE).values_list(
            "person_id", "vacancy_id"):
        excluded.setdefault(person_id, set()).add(vacancy_id)
    rows = []
    for person in sorted(profiles, key=lambda p: (p.place, p.id)):  # neighbours in turn: the same reach and distances stay cached
        matches = index.vacancies_for(person, top=top, exclude=excluded.get(person.id, frozenset()))
        rows.append((person.id, [[m.id, m.score, m.ring, m.distance_km] for m in matches]))
    return sorted(rows)


def write_nightly(day: dt.date, person_ids: list[int], rows: list[Row]) -> int:
    """Replace the results of `day` for the partition `person_ids` by `rows` (one transaction; COPY on PostgreSQL)."""
    with transaction.atomic():
        NightlyMatches.objects.filter(day=day, person_id__in=list(person_ids)).delete()
        insert_rows(NightlyMatches._meta.db_table, ("person_id", "day", "vacancies"),
                    [(person_id, day.isoformat(), json.dumps(vacancies, separators=(",", ":"))) for person_id, vacancies in rows])
    return len(rows)


def partitions(day: dt.date, size: int) -> list[list[int]]:
    """The job seekers of `day`, by id, in partitions of `size`."""
    ids = platform.seeking_ids(day)
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def seeking_count(day: dt.date) -> int:
    return len(platform.seeking_ids(day))


_WORKER: dict = {}


def _run_partition(person_ids: list[int]) -> tuple[int, list[Row] | None]:
    index, day, top, keep = _WORKER["index"], _WORKER["day"], _WORKER["top"], _WORKER["keep"]
    rows = nightly_partition(person_ids, index, day, top)
    write_nightly(day, person_ids, rows)
    return len(person_ids), rows if keep else None


def run_nightly(day: dt.date, top: int = 20, workers: int = 2, partition_size: int = 2000, keep_rows: bool = False,
                progress: Callable[[int], None] | None = None) -> dict:
    """The whole batch on this machine. Returns timings and counts (and `rows` with `keep_rows`). Inside a
    transaction (tests) it runs in this process: forked workers would not see uncommitted rows."""
    started = time.perf_counter()
    index = nightly_index(day)
    built = time.perf_counter()
    parts = partitions(day, partition_size)
    _WORKER.update(index=index, day=day, top=top, keep=keep_rows)
    kept: list[Row] = []
    persons = 0
    if workers <= 1 or connection.in_atomic_block:
        results = map(_run_partition, parts)
        pool = None
    else:
        connections.close_all()  # never hand an open connection to forked workers
        pool = mp.get_context("fork").Pool(workers, maxtasksperchild=None)
        results = pool.imap_unordered(_run_partition, parts)
    try:
        for count, rows in results:
            persons += count
            kept += rows or []
            if progress:
                progress(count)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    NightlyMatches.objects.filter(day__lt=day - dt.timedelta(days=KEEP_DAYS)).delete()
    summary = {"day": day.isoformat(), "vacancies": len(index.v_id), "job_seekers": persons, "partitions": len(parts), "workers": workers,
               "index_s": round(built - started, 1), "total_s": round(time.perf_counter() - started, 1),
               "written": NightlyMatches.objects.filter(day=day).count()}
    if keep_rows:
        summary["rows"] = sorted(kept)
    return summary
