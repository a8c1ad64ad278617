"""The embedded demo database (SQLite) in write-ahead-log mode: readers no longer hold off the one writer, and the
writer does not wait for every reader to finish before it commits. In SQLite's default rollback journal a page read
by one worker (the caseload, an export) kept a writer of another waiting until the 30 s busy timeout ended in
"database is locked" (walk and attack of stop 37, under a browser walk and an attack at once). Production runs
PostgreSQL; this only concerns the demo and the tests' SQLite files."""

from __future__ import annotations

from django.db import OperationalError


def on_connection(sender, connection, **kwargs) -> None:  # noqa: ANN001, ANN003 - Django's signal contract
    if connection.vendor != "sqlite" or _in_memory(connection.settings_dict.get("NAME")):
        return
    try:
        with connection.cursor() as cursor:
            # persistent in the file: after the first connection this is a no-op that returns "wal"
            cursor.execute("PRAGMA journal_mode=WAL")
    except OperationalError:  # another connection holds the file at the very first switch: the next one switches it
        pass


def _in_memory(name: object) -> bool:
    text = str(name or "")
    return not text or text == ":memory:" or "mode=memory" in text
