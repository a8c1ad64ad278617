"""Writing generated rows into the database fast: COPY on PostgreSQL, executemany on SQLite."""

from __future__ import annotations

from typing import Sequence

from django.db import connection

from .population import (
    CONSENT_COLUMNS, CONTACT_COLUMNS, EPISODE_COLUMNS, LANGUAGE_COLUMNS, PARTNER_LINK_COLUMNS, PERSON_COLUMNS, Batch,
)

TABLES = (
    ("people_person", PERSON_COLUMNS, "persons"),
    ("people_statusepisode", EPISODE_COLUMNS, "episodes"),
    ("people_personlanguage", LANGUAGE_COLUMNS, "languages"),
    ("people_contactchannel", CONTACT_COLUMNS, "contacts"),
    ("people_consent", CONSENT_COLUMNS, "consents"),
    ("people_partnerlink", PARTNER_LINK_COLUMNS, "partner_links"),
)


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def write_rows(table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    if not rows:
        return
    cols = ", ".join(_quote(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            raw = cursor.cursor  # the psycopg 3 cursor under Django's wrapper
            with raw.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)


def write_batch(batch: Batch) -> int:
    for table, columns, attribute in TABLES:
        write_rows(table, columns, getattr(batch, attribute))
    return len(batch.persons)


def reset_sequences() -> None:
    """After inserting explicit ids, move PostgreSQL's identity past them (SQLite needs nothing)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table, _columns, _attr in TABLES:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
