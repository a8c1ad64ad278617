"""Walk and attack of stop 37: under a browser walk and an attack at once, the demo's SQLite database answered writes
with "database is locked" after its 30 s busy timeout: in the default rollback journal a reader holds off the writer's
commit. The demo's file database runs in write-ahead-log mode (werkregie/core/sqlite.py): a reader in the middle of
its read no longer stops another connection from committing."""

from __future__ import annotations

import sqlite3

from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper


def _wrapper(path) -> DatabaseWrapper:  # noqa: ANN001
    settings = {**connection.settings_dict, "ENGINE": "django.db.backends.sqlite3", "NAME": str(path),
                "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 0.2}}
    return DatabaseWrapper(settings, alias="wal-test")


def test_a_file_database_is_in_write_ahead_log_mode_and_a_reader_does_not_stop_a_commit(tmp_path, django_db_blocker):
    django_db_blocker.unblock()
    path = tmp_path / "werkregie.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE t (n integer)")
        setup.execute("INSERT INTO t VALUES (1)")
    writer = _wrapper(path)
    try:
        with writer.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
        reader = sqlite3.connect(path, timeout=0.2, isolation_level=None)
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (1,)  # a read in progress
        writer.set_autocommit(False)
        with writer.cursor() as cursor:
            cursor.execute("INSERT INTO t VALUES (2)")
        writer.commit()  # in the rollback journal: "database is locked" after the busy timeout
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (1,)  # the reader's snapshot holds
        reader.execute("COMMIT")
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (2,)
        reader.close()
    finally:
        writer.close()


def test_an_in_memory_database_is_left_as_it_is(django_db_blocker):
    django_db_blocker.unblock()
    memory = _wrapper(":memory:")
    try:
        with memory.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "memory"
    finally:
        memory.close()
