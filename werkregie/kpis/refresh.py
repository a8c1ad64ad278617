"""Keeping the KPI tables up to date: `full()` recomputes every person's contributions and sums them into cells;
`incremental()` recomputes only the persons changed since the last refresh (marked by signals.py, or found by the
watermark for bulk loads), takes their old contributions out of the cells and puts the new ones in. One refresh at a
time (a row lock on RefreshState). Used by `werkregie kpi refresh [--full]` and the daily scheduled job (tasks.py)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import multiprocessing.pool
import os
import time
import uuid
from collections.abc import Callable, Iterable

from django.db import connection, transaction
from django.db.models import UniqueConstraint

from werkregie.core import clock

from . import engine, spawned
from .models import GROUP_FIELDS, KEY_FIELDS, Cell, Contribution, DirtyPerson, RefreshState

CHUNK = 2000
PARALLEL_FROM = 100_000  # persons: from this size a full refresh on PostgreSQL computes in worker processes (full())
ROW_COLUMNS = ("person_id", *KEY_FIELDS, "n", "value")  # a contribution as a row (what _rows gives and _write stores)


_day = clock.day_of


def gather(person_ids: Iterable[int], span: tuple[int, int] | None = None) -> list[engine.Facts]:
    """The facts of these persons (merged duplicates and deleted persons have none). With `span` (lowest excluded,
    highest included), the persons are every one whose id lies in it: the full refresh reads ranges, not lists of ids."""
    from werkregie.community.models import Attendance
    from werkregie.compliance.models import Case
    from werkregie.people.models import Person, StatusEpisode
    from werkregie.screening.models import Assessment
    from werkregie.trajectories.models import Agreement
    from werkregie.workflows.models import TransitionLog

    ids = list(person_ids)
    who = {"person_id__gt": span[0], "person_id__lte": span[1]} if span else {"person_id__in": ids}
    persons = Person.objects.filter(pk__gt=span[0], pk__lte=span[1]) if span else Person.objects.filter(pk__in=ids)
    facts = {
        row[0]: engine.Facts(*row)
        for row in persons.values_list("id", "birth_date", "sex", "nationality", "education_level", "work_limitation", "municipality_id")
    }
    if not facts:
        return []
    if not span:
        who = {"person_id__in": list(facts)}
    nobody = engine.Facts(0, dt.date.min, "", "", None, None, "")  # a merged person's rows within a span: read, left aside
    for pid, *episode in StatusEpisode.objects.filter(**who).values_list("person_id", "kind", "start", "end", "municipality_id"):
        facts.get(pid, nobody).episodes.append(engine.Episode(*episode))
    for pid, at, self_reliant in Assessment.objects.filter(**who).values_list("person_id", "assessed_at", "self_reliant"):
        day = _day(at)
        facts.get(pid, nobody).assessments.append(day)
        if not self_reliant:
            facts.get(pid, nobody).not_self_reliant.append(day)
    accepted = list(TransitionLog.objects.filter(workflow="agreement", to_state="accepted", **who).values_list("person_id", "object_id", "at"))
    binding = set(Agreement.objects.filter(pk__in={obj for _p, obj, _a in accepted}, binding=True).values_list("pk", flat=True))
    for pid, obj, at in accepted:
        if obj in binding:
            facts.get(pid, nobody).agreements.append(_day(at))
    # the decision in force: one changed on appeal counts as the new decision, one annulled on appeal not at all
    for pid, at, decision, outcome, on_appeal in Case.objects.filter(decided_at__isnull=False, **who).exclude(decision="").values_list(
            "person_id", "decided_at", "decision", "appeal_outcome", "appeal_decision"):
        if outcome == "annulled":
            continue
        facts.get(pid, nobody).decisions.append((_day(at), on_appeal if outcome == "changed" and on_appeal else decision))
    for pid, day, kind, hours in Attendance.objects.filter(**who).values_list("person_id", "day", "kind", "hours"):
        facts.get(pid, nobody).hours.append((day, kind, hours))
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


def _person_rows(persons: list[engine.Facts]) -> list[tuple]:
    rows: list[tuple] = []
    for facts in persons:
        pid = facts.person_id
        rows.extend((pid, *key, n, value) for key, (n, value) in engine.contributions(facts).items())
    return rows


def _rows(owner_ids: list[int], span: tuple[int, int] | None = None) -> list[tuple]:
    """The contributions of these owners as rows (ROW_COLUMNS): a person by its id, a vacancy by minus its id (one table,
    one refresh; `span` as in gather). Plain tuples: model instances cost more to make than the engine takes to compute them."""
    rows = _person_rows(gather([i for i in owner_ids if i > 0], span))
    for vacancy in gather_vacancies([-i for i in owner_ids if i < 0]):
        rows.extend((-vacancy.vacancy_id, *key, n, value) for key, (n, value) in engine.vacancy_contributions(vacancy).items())
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


def full(progress: Callable[[int], None] | None = None, workers: int | None = None) -> dict:
    """Recompute every table from scratch. On PostgreSQL, called outside any transaction and for a register of at least
    PARALLEL_FROM persons, the persons' contributions are computed by `workers` worker processes (default: one per CPU),
    range of ids by range, each copying its rows into a new contribution table that is indexed once and swapped in
    (`_fill_parallel`); otherwise here, range by range, into the emptied table."""
    from werkregie.vacancies.models import Vacancy

    began, started = clock.now(), time.monotonic()
    pool = _pool(workers)
    staging = None
    try:
        if pool is not None:
            _one_full_refresh_at_a_time()
            with connection.cursor() as cursor:  # committed at once (autocommit), so that the workers see it
                staging = _fresh_table(cursor, Contribution)
        with transaction.atomic():
            state = _state()
            marked = list(DirtyPerson.objects.values_list("person_id", flat=True))
            with connection.cursor() as cursor:
                if staging:
                    persons = _fill_parallel(pool, staging, progress)
                else:
                    _empty(cursor, Contribution._meta.db_table)  # read by the refreshes only (the cells: rebuild_cells)
                    persons = _fill(cursor, progress)
                vacancies = [-pk for pk in Vacancy.objects.order_by("pk").values_list("pk", flat=True)]
                for start in range(0, len(vacancies), CHUNK):
                    _write(cursor, staging or Contribution._meta.db_table, _rows(vacancies[start:start + CHUNK]))
                if staging:
                    cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
                    _index_and_swap(cursor, Contribution, staging)
            rebuild_cells()
            DirtyPerson.objects.filter(person_id__in=marked).delete()
            seconds = time.monotonic() - started
            state.full_at = state.incremental_at = clock.now()
            state.watermark, state.last_persons, state.last_seconds, state.stamp = began, persons, seconds, uuid.uuid4().hex
            state.save()
        staging = None
    finally:
        if pool is not None:
            pool.close()
            pool.join()
            with connection.cursor() as cursor:
                if staging:  # the refresh failed: its half-filled table goes, the stored contributions stay as they were
                    cursor.execute(f"DROP TABLE IF EXISTS {staging}")
                cursor.execute("SELECT pg_advisory_unlock(%s)", [FULL_REFRESH_LOCK])
    return {"mode": "full", "persons": persons, "cells": Cell.objects.count(), "seconds": round(seconds, 3)}


# A session lock of PostgreSQL's (an arbitrary number, the same in every process) held by the full refresh that fills a
# new contribution table: a second one waits for it rather than drop the table the first is filling.
FULL_REFRESH_LOCK = 7_140_614


def _one_full_refresh_at_a_time() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [FULL_REFRESH_LOCK])


def _fill(cursor, progress: Callable[[int], None] | None) -> int:  # noqa: ANN001
    """Every person's contributions stored, computed here, CHUNK persons at a time; the number of persons."""
    from werkregie.people.models import Person

    persons = last = 0
    while True:
        ids = list(Person.objects.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:CHUNK])
        if not ids:
            return persons
        _write(cursor, Contribution._meta.db_table, _rows(ids, span=(last, ids[-1])))
        persons, last = persons + len(ids), ids[-1]
        if progress:
            progress(len(ids))


def _pool(workers: int | None) -> multiprocessing.pool.Pool | None:
    """Worker processes for a large full refresh on PostgreSQL, or None. Started fresh (spawn), never forked: a fork
    copies every open connection, and a connection opened by any thread of this process (a web server's, a test's
    live server) would then be shared by the children and this process, who read each other's answers (the whole test
    run hung on it). Each child sets Django up, opens its own connection to the same database and reads committed data
    only, which is why a caller's transaction (a test's, say) keeps the refresh in this process."""
    from werkregie.people.models import Person

    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers < 2 or not _postgres() or connection.in_atomic_block or Person.objects.count() < PARALLEL_FROM:
        return None
    database = {key: connection.settings_dict[key] for key in ("NAME", "USER", "PASSWORD", "HOST", "PORT")}
    return multiprocessing.get_context("spawn").Pool(workers, initializer=spawned.start, initargs=(os.environ.get("DJANGO_SETTINGS_MODULE"), database))


def _fill_parallel(pool: multiprocessing.pool.Pool, table: str, progress: Callable[[int], None] | None) -> int:
    """Every person's contributions stored in `table`: ranges of CHUNK ids computed by the pool, each worker copying its
    rows in over its own connection (two COPYs at once, where one connection fed by this process held them all)."""
    from django.db.models import Max, Min

    from werkregie.people.models import Person

    bounds = Person.objects.aggregate(lo=Min("pk"), hi=Max("pk"))
    if bounds["lo"] is None:
        return 0
    spans = [(lo, min(lo + CHUNK, bounds["hi"])) for lo in range(bounds["lo"] - 1, bounds["hi"], CHUNK)]
    persons = 0
    for count in pool.imap_unordered(spawned.span_copy, [(span, table) for span in spans]):
        persons += count
        if progress:
            progress(count)
    return persons


def span_copy(span: tuple[int, int], table: str) -> int:
    """In a worker: the contributions of the persons with an id in `span` (lowest excluded) copied into `table` over its
    own connection (committed at once); the number of persons."""
    facts = gather([], span)
    text = _copy_text(_person_rows(facts))
    if text:
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({', '.join(ROW_COLUMNS)}) FROM STDIN") as copy:
            copy.write(text)
    return len(facts)


def _copy_text(rows: list[tuple]) -> bytes:
    """Rows (ROW_COLUMNS) as COPY text. The text fields are codes (KPI names, NIS codes, groups); should one hold a
    character that COPY reads as a separator or an escape (checked once over the whole text), every field is escaped."""
    text = "".join(f"{p}\t{k}\t{d.isoformat()}\t{m}\t{s}\t{a}\t{e}\t{li}\t{o}\t{n}\t{v}\n" for p, k, d, m, s, a, e, li, o, n, v in rows)
    if text.count("\t") == 10 * len(rows) and text.count("\n") == len(rows) and "\\" not in text and "\r" not in text:
        return text.encode()
    return "".join("\t".join(_escaped(field) for field in row) + "\n" for row in rows).encode()


def _escaped(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


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


# ---- set-based writing: COPY on PostgreSQL, executemany on SQLite; the cells adjusted in SQL ------------------------
# The differences of one refresh are gathered in a temporary table (kpi_delta: minus the old contributions, plus the new
# ones), summed per key, and added to the cells in three statements: cells that become empty are deleted (the table's
# check forbids an empty cell), the others are upserted.

_KEYS = ", ".join(KEY_FIELDS)
_KEY_TYPES = ("kpi varchar(40), day date, municipality varchar(5), sex varchar(1), age varchar(5), education varchar(7), "
              "limitation varchar(7), origin varchar(7)")


def _same_key(a: str, b: str) -> str:
    return " AND ".join(f"{a}.{name} = {b}.{name}" for name in KEY_FIELDS)


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def _write(cursor, table: str, rows: list[tuple], columns: tuple[str, ...] = ROW_COLUMNS) -> None:  # noqa: ANN001 - a DB-API cursor
    """Store rows: COPY on PostgreSQL, one executemany elsewhere (dates and amounts as text, as Django stores them)."""
    if not rows:
        return
    names = ", ".join(columns)
    if _postgres():
        with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    day, value = columns.index("day"), columns.index("value")
    plain = [(*row[:day], row[day].isoformat(), *row[day + 1:value], str(row[value]), *row[value + 1:]) for row in rows]
    cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})", plain)


def _empty(cursor, table: str) -> None:  # noqa: ANN001
    cursor.execute(f"TRUNCATE {table}" if _postgres() else f"DELETE FROM {table}")


def _begin(cursor) -> None:  # noqa: ANN001
    """An empty kpi_delta (and kpi_owners, the owners being swapped, on SQLite) for this connection."""
    cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS kpi_delta ({_KEY_TYPES}, n bigint, value numeric(16,2))")
    cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS kpi_sum ({_KEY_TYPES}, n bigint, value numeric(16,2))")
    cursor.execute("CREATE TEMPORARY TABLE IF NOT EXISTS kpi_owners (id bigint PRIMARY KEY)")
    for table in ("kpi_delta", "kpi_sum", "kpi_owners"):
        cursor.execute(f"DELETE FROM {table}")


def _owned(cursor, owner_ids: list[int]) -> tuple[str, list]:  # noqa: ANN001
    """A condition on person_id for these owners (an array on PostgreSQL: the index is used; a temporary table elsewhere)."""
    if _postgres():
        return "person_id = ANY(%s)", [list(owner_ids)]
    cursor.execute("DELETE FROM kpi_owners")
    cursor.executemany("INSERT INTO kpi_owners (id) VALUES (%s)", [(i,) for i in owner_ids])
    return "person_id IN (SELECT id FROM kpi_owners)", []


def _swap(cursor, owner_ids: list[int], new: list[tuple]) -> None:  # noqa: ANN001
    """These owners' stored contributions replaced by `new`; the difference added to kpi_delta."""
    table = Contribution._meta.db_table
    where, params = _owned(cursor, owner_ids)
    cursor.execute(f"INSERT INTO kpi_delta ({_KEYS}, n, value) SELECT {_KEYS}, -n, -value FROM {table} WHERE {where}", params)
    cursor.execute(f"DELETE FROM {table} WHERE {where}", params)
    _write(cursor, table, new)
    cursor.execute(f"INSERT INTO kpi_delta ({_KEYS}, n, value) SELECT {_KEYS}, n, value FROM {table} WHERE {where}", params)


def _apply(cursor) -> None:  # noqa: ANN001
    """Add kpi_delta to the cells in one upsert, whose conflict look-up goes by the cells' unique key (a join could take
    another index and read every cell of a day). A cell that would become empty cannot be written (the table's check),
    so the upsert marks it with n = -1, which no cell has (every contribution counts at least 1), and it is deleted by id."""
    cell = Cell._meta.db_table
    cursor.execute(f"INSERT INTO kpi_sum ({_KEYS}, n, value) SELECT {_KEYS}, SUM(n), ROUND(SUM(value), 2) FROM kpi_delta "
                   f"GROUP BY {_KEYS} HAVING SUM(n) <> 0 OR ROUND(SUM(value), 2) <> 0")
    cursor.execute(f"INSERT INTO {cell} ({_KEYS}, n, value) SELECT {_KEYS}, n, value FROM kpi_sum WHERE true "
                   f"ON CONFLICT ({_KEYS}) DO UPDATE SET "
                   f"n = CASE WHEN {cell}.n + excluded.n = 0 AND ROUND({cell}.value + excluded.value, 2) = 0 THEN -1 ELSE {cell}.n + excluded.n END, "
                   f"value = ROUND({cell}.value + excluded.value, 2) RETURNING id, n")
    emptied = [pk for pk, n in cursor.fetchall() if n == -1]
    if _postgres():
        cursor.execute(f"DELETE FROM {cell} WHERE id = ANY(%s)", [emptied])
    else:
        cursor.executemany(f"DELETE FROM {cell} WHERE id = %s", [(pk,) for pk in emptied])
    cursor.execute("DELETE FROM kpi_delta")
    cursor.execute("DELETE FROM kpi_sum")


def contributions(person_ids: list[int]) -> list[tuple]:
    """These persons' contributions as rows (ROW_COLUMNS), computed, not saved (reads only: the batch layer computes them in
    a worker)."""
    return _rows(person_ids)


def replace(person_ids: list[int], new: list[tuple]) -> None:
    """Swap these persons' stored contributions for `new` and adjust the cells by the difference (call it inside the
    refresh's transaction; doing it twice with the same rows changes nothing the second time)."""
    with connection.cursor() as cursor:
        _begin(cursor)
        _swap(cursor, person_ids, new)
        _apply(cursor)


def rebuild_cells() -> None:
    """Every cell again as the sum of the stored contributions.

    On PostgreSQL the sums go to a temporary table and one hash join with the cells finds where they differ. When few
    differ (after incremental refreshes that kept them right: nearly none), only those cells change (deleted, updated,
    inserted in key order). When many differ (the first refresh, or a changed engine), the cells are built anew in a
    table without indexes, indexed once and swapped in (`_swap_in`): inserting 5 million cells one index entry at a
    time took 74 s at 1 million persons (the second index is written out of order and outgrows the buffers), more than
    the sums and the join together. Readers are blocked only for the swap's few catalogue updates at the end."""
    columns = ", ".join(KEY_FIELDS)
    cell, contribution = Cell._meta.db_table, Contribution._meta.db_table
    sums = f"SELECT {columns}, SUM(n) AS n, SUM(value) AS value FROM {contribution} GROUP BY {columns} HAVING SUM(n) <> 0 OR SUM(value) <> 0"
    with transaction.atomic(), connection.cursor() as cursor:  # (the temporary tables live until the commit)
        if not _postgres():
            cursor.execute(f"DELETE FROM {cell}")
            cursor.execute(f"INSERT INTO {cell} ({columns}, n, value) {sums} ORDER BY {columns}")
            return
        cursor.execute("SET LOCAL work_mem = '1GB'")  # the sums and the join's hash of a few million keys in memory
        cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")  # the index builds of a swap sort in memory
        # the sums by sorting, not hashing: nearly every contribution is a cell of its own, so the hash table outgrows any
        # work_mem and spills, and the swap's ordered insert sorts again; at 1 million persons 50 s against 80 s
        cursor.execute("SET LOCAL enable_hashagg = off")
        cursor.execute(f"ANALYZE {contribution}")
        cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {cell})")
        if not cursor.fetchone()[0]:
            _swap_in(cursor, sums)  # nothing to compare with
            return
        cursor.execute("DROP TABLE IF EXISTS kpi_full, kpi_diff")
        cursor.execute(f"CREATE TEMPORARY TABLE kpi_full ON COMMIT DROP AS {sums}")
        cursor.execute("ANALYZE kpi_full")
        cursor.execute("SET LOCAL enable_mergejoin = off")  # the planner's merge join sorts both sides: 2.5 times slower here
        fields = ", ".join(f"f.{name}" for name in KEY_FIELDS)
        cursor.execute(f"CREATE TEMPORARY TABLE kpi_diff ON COMMIT DROP AS SELECT c.id, {fields}, f.n, f.value FROM kpi_full f "
                       f"FULL JOIN {cell} c ON {_same_key('f', 'c')} WHERE c.id IS NULL OR f.kpi IS NULL OR c.n <> f.n OR c.value <> f.value")
        cursor.execute("SET LOCAL enable_mergejoin TO DEFAULT")
        cursor.execute("SELECT (SELECT COUNT(*) FROM kpi_diff), (SELECT COUNT(*) FROM kpi_full)")
        differ, total = cursor.fetchone()
        if differ > SWAP_FROM_SHARE * total:
            _swap_in(cursor, f"SELECT {columns}, n, value FROM kpi_full")
            return
        cursor.execute(f"DELETE FROM {cell} WHERE id IN (SELECT id FROM kpi_diff WHERE kpi IS NULL)")
        cursor.execute(f"UPDATE {cell} c SET n = d.n, value = d.value FROM kpi_diff d WHERE c.id = d.id AND d.kpi IS NOT NULL")
        cursor.execute(f"INSERT INTO {cell} ({columns}, n, value) SELECT {columns}, n, value FROM kpi_diff WHERE id IS NULL ORDER BY {columns}")


# Above this share of differing cells a rebuild swaps in a new table rather than changing the cells one by one.
SWAP_FROM_SHARE = 0.2


def _swap_in(cursor, rows_sql: str) -> None:  # noqa: ANN001 - a DB-API cursor, inside the rebuild's transaction
    """Replace the cell table by a new one holding `rows_sql`'s rows (the key columns, n, value): the rows go in before
    any index exists, in key order; the indexes are then built by sorting, once."""
    columns = ", ".join(KEY_FIELDS)
    new = _fresh_table(cursor, Cell)
    cursor.execute(f"INSERT INTO {new} ({columns}, n, value) {rows_sql} ORDER BY {columns}")
    _index_and_swap(cursor, Cell, new)


def _fresh_table(cursor, model) -> str:  # noqa: ANN001
    """A new, empty table beside the model's, with the same columns, defaults, identity and checks but no index yet."""
    table = model._meta.db_table
    new = f"{table}_next"
    cursor.execute(f"DROP TABLE IF EXISTS {new}")
    cursor.execute(f"CREATE TABLE {new} (LIKE {table} INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING CONSTRAINTS)")
    return new


def _index_and_swap(cursor, model, new: str) -> None:  # noqa: ANN001
    """`new` indexed as the model's migrations index its table, then put in its place under the same names (primary key,
    unique constraints, indexes, the identity's sequence: tests/test_kpis_refresh_swap.py compares the catalogue before
    and after), so that later migrations and the incremental refresh's upsert find what they expect. Until the commit
    the old table stays readable; the drop and the renames take its exclusive lock for the rest of the transaction."""
    table = model._meta.db_table

    def columns(fields: Iterable[str]) -> str:
        return ", ".join(model._meta.get_field(name).column for name in fields)

    renames = [(f"{new}_pkey", f"{table}_pkey")]
    cursor.execute(f"ALTER TABLE {new} ADD CONSTRAINT {new}_pkey PRIMARY KEY ({model._meta.pk.column})")
    for constraint in model._meta.constraints:
        if isinstance(constraint, UniqueConstraint):
            cursor.execute(f"ALTER TABLE {new} ADD CONSTRAINT {constraint.name}_next UNIQUE ({columns(constraint.fields)})")
            renames.append((f"{constraint.name}_next", constraint.name))
    for index in model._meta.indexes:
        cursor.execute(f"CREATE INDEX {index.name}_next ON {new} ({columns(index.fields)})")
    cursor.execute(f"SELECT pg_get_serial_sequence('{new}', '{model._meta.pk.column}')")
    (sequence,) = cursor.fetchone()
    cursor.execute(f"DROP TABLE {table}")
    cursor.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for old_name, name in renames:  # (a constraint's index is renamed with it)
        cursor.execute(f"ALTER TABLE {table} RENAME CONSTRAINT {old_name} TO {name}")
    for index in model._meta.indexes:
        cursor.execute(f"ALTER INDEX {index.name}_next RENAME TO {index.name}")
    cursor.execute(f"ALTER SEQUENCE {sequence} RENAME TO {table}_{model._meta.pk.column}_seq")
    cursor.execute(f"ANALYZE {table}")


def incremental(person_ids: Iterable[int] | None = None) -> dict:
    """Recompute the changed persons (or the ones given) and adjust the cells by the difference."""
    began, started = clock.now(), time.monotonic()
    with transaction.atomic():
        state = _state()
        if state.full_at is None:
            return full()
        marked_until = clock.now()
        ids = sorted(set(person_ids) if person_ids is not None else changed_persons(state.watermark))
        with connection.cursor() as cursor:
            _begin(cursor)
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                _swap(cursor, chunk, _rows(chunk))
            _apply(cursor)  # once: the cells are touched in one set-based pass
        if person_ids is None:
            DirtyPerson.objects.filter(person_id__in=ids, marked_at__lte=marked_until).delete()
        seconds = time.monotonic() - started
        state.incremental_at, state.watermark, state.last_persons, state.last_seconds = clock.now(), began, len(ids), seconds
        if ids:
            state.stamp = uuid.uuid4().hex
        state.save()
    return {"mode": "incremental", "persons": len(ids), "seconds": round(seconds, 3)}


def snapshot() -> dict[tuple, tuple]:
    """The whole cell table as a dict (tests, the benchmark)."""
    return {cell.key(): (cell.n, cell.value) for cell in Cell.objects.all()}


__all__ = ["full", "incremental", "contributions", "replace", "rebuild_cells", "changed_persons", "gather", "gather_vacancies", "everyone", "drop_gone", "snapshot", "GROUP_FIELDS"]
