"""The full refresh's swap on PostgreSQL (refresh._swap_in): when most cells change, the cell table is built anew,
indexed once and swapped in. The swapped-in table must be the table the migrations made — the same constraints,
indexes, identity and names — or a later migration, the upsert of the incremental refresh (ON CONFLICT on the unique
key) or the empty-cell check would break; and a full refresh that changes few cells keeps the table and its rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction

from tests import factories
from werkregie.kpis import refresh
from werkregie.kpis.models import Cell, Contribution

pytestmark = pytest.mark.django_db
D0 = dt.date(2024, 1, 1)


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("the swap is PostgreSQL's (SQLite rebuilds the cells in place)")


def catalogue(model=Cell) -> dict:  # noqa: ANN001
    """What PostgreSQL knows of the model's table: its constraints and indexes (by name), its columns' defaults and
    identity, and the sequence behind the identity."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
        cursor.execute("SELECT column_name, column_default, is_identity, identity_generation, is_nullable, data_type "
                       "FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position", [table])
        columns = cursor.fetchall()
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
        sequence = cursor.fetchone()[0]
        cursor.execute("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass ORDER BY conname", [table])
        definitions = cursor.fetchall()
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s ORDER BY indexname", [table])
        indexes = cursor.fetchall()
    return {"constraints": constraints, "columns": columns, "sequence": sequence, "definitions": definitions, "indexes": indexes}


def population(count: int) -> list:
    persons = [factories.person(birth_date=dt.date(1960 + i, 2, 1 + i)) for i in range(count)]
    for i, p in enumerate(persons):
        factories.episode(p, "jobseeker_benefit", D0 + dt.timedelta(days=17 * i), D0 + dt.timedelta(days=200 + 11 * i))
        factories.episode(p, "leefloon", D0 + dt.timedelta(days=300 + 5 * i), None, "44021")
    return persons


def test_the_swapped_in_table_is_the_table_the_migrations_made(ref):
    before = catalogue()
    population(6)
    assert not Cell.objects.exists()
    refresh.full()  # an empty cell table: every cell is new, so the table is swapped
    after = catalogue()
    assert after == before
    assert Cell.objects.exists()
    # the identity hands out new ids, the unique key and the empty-cell check still hold
    cell = Cell.objects.order_by("id").first()
    made = Cell.objects.create(kpi="probe.in", day=D0, municipality="44021", sex="F", age="25-34", education="mid",
                               limitation="no", origin="BE", n=1, value=Decimal("0"))
    assert made.id > Cell.objects.exclude(pk=made.pk).order_by("-id").first().id
    with pytest.raises(IntegrityError), transaction.atomic():
        Cell.objects.create(**{f: getattr(cell, f) for f in ("kpi", "day", "municipality", "sex", "age", "education", "limitation", "origin")},
                            n=1, value=Decimal("0"))
    with pytest.raises(IntegrityError), transaction.atomic():
        Cell.objects.create(kpi="probe.out", day=D0, municipality="44021", sex="F", age="25-34", education="mid", limitation="no",
                            origin="BE", n=0, value=Decimal("0"))


def test_a_full_refresh_that_changes_few_cells_keeps_the_table_and_a_big_change_swaps_it(ref):
    persons = population(12)
    refresh.full()
    first = {cell.key(): (cell.id, cell.n) for cell in Cell.objects.all()}
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::regclass::oid", [Cell._meta.db_table])
        table_before = cursor.fetchone()[0]
    refresh.full()  # nothing changed: no cell differs, the same rows stay
    assert {cell.key(): (cell.id, cell.n) for cell in Cell.objects.all()} == first
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::regclass::oid", [Cell._meta.db_table])
        assert cursor.fetchone()[0] == table_before
    # most persons' histories rewritten behind the signals' back: most cells differ, so the table is swapped
    from werkregie.people.models import StatusEpisode

    StatusEpisode.objects.filter(person__in=persons[:10]).update(start=D0 + dt.timedelta(days=3))
    refresh.full()
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::regclass::oid", [Cell._meta.db_table])
        assert cursor.fetchone()[0] != table_before
    # and what it holds is the contributions' sums, as the incremental refresh keeps them
    swapped = refresh.snapshot()
    refresh.incremental([p.pk for p in persons])
    assert refresh.snapshot() == swapped
    assert Cell.objects.filter(kpi="jobseeker.in", day=D0 + dt.timedelta(days=3)).exists()


@pytest.mark.django_db(transaction=True)
def test_the_workers_fill_a_new_contribution_table_that_is_swapped_in_as_the_migrations_made_it(ref, monkeypatch):
    """A large register's full refresh: the worker processes copy into a new contribution table, indexed once and
    swapped in; it stores what one process stores, and the table is the one the migrations made."""
    persons = population(5)
    refresh.full(workers=1)  # in this process, into the emptied table
    one = sorted(Contribution.objects.values_list("person_id", "kpi", "day", "municipality", "sex", "age", "n", "value"))
    cells = refresh.snapshot()
    before = catalogue(Contribution)
    monkeypatch.setattr(refresh, "PARALLEL_FROM", 0)
    monkeypatch.setattr(refresh, "CHUNK", 2)
    monkeypatch.setattr(refresh, "_fill", lambda *a: pytest.fail("the refresh stayed in this process"))
    result = refresh.full(workers=2)
    assert result["persons"] == len(persons)
    assert sorted(Contribution.objects.values_list("person_id", "kpi", "day", "municipality", "sex", "age", "n", "value")) == one
    assert refresh.snapshot() == cells and one
    assert catalogue(Contribution) == before
    with connection.cursor() as cursor:  # no table left beside it
        cursor.execute("SELECT count(*) FROM pg_class WHERE relname LIKE 'kpis_%%_next'")
        assert cursor.fetchone()[0] == 0
    # the incremental refresh swaps a person's rows in the swapped-in table (its index and identity at work)
    factories.episode(persons[0], "jobseeker_no_benefit", D0 + dt.timedelta(days=999))
    refresh.incremental()
    assert Cell.objects.filter(kpi="jobseeker_no_benefit.in", day=D0 + dt.timedelta(days=999)).exists()


@pytest.mark.django_db(transaction=True)
def test_a_failed_parallel_refresh_leaves_the_stored_contributions_and_no_table_behind(ref, monkeypatch):
    population(3)
    refresh.full(workers=1)
    stored = sorted(Contribution.objects.values_list("person_id", "kpi", "day", "n"))
    monkeypatch.setattr(refresh, "PARALLEL_FROM", 0)

    def broken(*_args, **_kwargs):
        raise RuntimeError("the cells could not be built")

    monkeypatch.setattr(refresh, "rebuild_cells", broken)
    with pytest.raises(RuntimeError):
        refresh.full(workers=2)
    assert sorted(Contribution.objects.values_list("person_id", "kpi", "day", "n")) == stored
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_class WHERE relname LIKE 'kpis_%%_next'")
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s", [refresh.FULL_REFRESH_LOCK])
        assert cursor.fetchone()[0] == 0
