"""Writing generated rows into the database fast: COPY on PostgreSQL, executemany on SQLite.

For large PostgreSQL loads the generator runs in a second process that also formats the COPY text, so that
generating (one core) and ingesting (PostgreSQL, the other core) overlap.
"""

from __future__ import annotations

import multiprocessing as mp
from typing import Callable, Iterator

from django.db import connection, transaction

from werkregie.core.bulk import copy_into, copy_text, insert_rows
from werkregie.people.synthetic import (
    CONSENT_COLUMNS,
    CONTACT_COLUMNS,
    EPISODE_COLUMNS,
    LANGUAGE_COLUMNS,
    PARTNER_LINK_COLUMNS,
    PERSON_COLUMNS,
    Batch,
    PopulationGenerator,
)

TABLES = (
    ("people_person", PERSON_COLUMNS, "persons"),
    ("people_statusepisode", EPISODE_COLUMNS, "episodes"),
    ("people_personlanguage", LANGUAGE_COLUMNS, "languages"),
    ("people_contactchannel", CONTACT_COLUMNS, "contacts"),
    ("people_consent", CONSENT_COLUMNS, "consents"),
    ("people_partnerlink", PARTNER_LINK_COLUMNS, "partner_links"),
)
def write_batch(batch: Batch) -> int:
    for table, columns, attribute in TABLES:
        insert_rows(table, columns, getattr(batch, attribute))
    return len(batch.persons)


def _produce(generator: PopulationGenerator, first_id: int, count: int, size: int, queue: "mp.Queue") -> None:
    try:
        for batch in generator.batches(first_id, count, size):
            queue.put((len(batch.persons), [copy_text(getattr(batch, attr)) for _t, _c, attr in TABLES]))
        queue.put(None)
    except BaseException as exc:  # report, never hang the consumer
        queue.put(exc)


def _pipelined(generator: PopulationGenerator, first_id: int, count: int, size: int) -> Iterator[tuple[int, list[bytes]]]:
    context = mp.get_context("fork")
    queue = context.Queue(maxsize=4)
    connection.close()  # never share a database connection with the forked producer
    producer = context.Process(target=_produce, args=(generator, first_id, count, size, queue), daemon=True)
    producer.start()
    try:
        while True:
            item = queue.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise RuntimeError("population generator failed") from item
            yield item
    finally:
        producer.join(timeout=5)
        if producer.is_alive():
            producer.terminate()


def load_population(generator: PopulationGenerator, first_id: int, count: int, size: int,
                    progress: Callable[[int], None] | None = None) -> int:
    """Generate and write `count` persons from `first_id`, one transaction per batch."""
    written = 0
    if connection.vendor == "postgresql" and count >= 50_000:
        for persons, parts in _pipelined(generator, first_id, count, size):
            with transaction.atomic():
                for (table, columns, _attr), data in zip(TABLES, parts):
                    if data:
                        copy_into(table, columns, data)
            written += persons
            if progress:
                progress(persons)
    else:
        for batch in generator.batches(first_id, count, size):
            with transaction.atomic():
                written += write_batch(batch)
            if progress:
                progress(len(batch.persons))
    reset_sequences()
    return written


def reset_sequences() -> None:
    """After inserting explicit ids, move PostgreSQL's identity past them (SQLite needs nothing), and refresh the
    planner's statistics and the visibility map, so that the first queries after a bulk load are planned well."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table, _columns, _attr in TABLES:
            # VACUUM cannot run inside a transaction (a caller's, or a test's); ANALYZE alone can
            cursor.execute(f"ANALYZE {table}" if connection.in_atomic_block else f"VACUUM (ANALYZE) {table}")
        for table, _columns, _attr in TABLES:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
