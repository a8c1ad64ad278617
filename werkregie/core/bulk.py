"""Writing many rows fast: COPY on PostgreSQL, one executemany elsewhere (SQLite). Rows are tuples in the order of
`columns`; JSON columns must be passed as JSON text. The caller holds the transaction.

Datetimes are passed as `datetime` objects (aware, as everywhere with USE_TZ) and stored exactly as Django's backend
stores a DateTimeField (`connection.ops.adapt_datetimefield_value`): on SQLite naive UTC text '2025-02-08 10:00:00',
which `__date` lookups and ordering compare as text; an ISO text with 'T' and an offset is a different string there,
and such rows fell out of `given_at__date__lte=...` (issue 12, the demo's consents)."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from django.db import connection

_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def db_value(value: object) -> object:
    """A datetime as this database's backend stores it; any other value unchanged."""
    if isinstance(value, dt.datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value


def _copy_value(value: object) -> str:
    if isinstance(value, dt.datetime):
        value = db_value(value)
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        # most values need no escape: testing for the four characters is far cheaper than translating every string
        return value.translate(_ESCAPES) if ("\\" in value or "\t" in value or "\n" in value or "\r" in value) else value
    return str(value)


def copy_text(rows: list[tuple]) -> bytes:
    """Rows in PostgreSQL's COPY text format."""
    return "".join("\t".join(map(_copy_value, row)) + "\n" for row in rows).encode("utf-8")


def copy_into(table: str, columns: Sequence[str], data: bytes) -> None:
    cols = ", ".join(_quote(c) for c in columns)
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:  # the psycopg 3 cursor under Django's
            copy.write(data)


def insert_rows(table: str, columns: Sequence[str], rows: list[tuple]) -> int:
    if not rows:
        return 0
    if connection.vendor == "postgresql":
        copy_into(table, columns, copy_text(rows))
    else:
        cols = ", ".join(_quote(c) for c in columns)
        marks = ", ".join(["%s"] * len(columns))
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                               [tuple(db_value(v) for v in row) for row in rows])
    return len(rows)
