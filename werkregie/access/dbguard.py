"""The database's own refusal to change the access log (issue 17, point 6): triggers on PostgreSQL and SQLite.

- `access_accesslogentry`: every UPDATE and DELETE is refused, whoever sends it (the ORM, raw SQL, a console);
  on PostgreSQL a TRUNCATE too.
- `access_accessloghead`: the head only moves forward (a lower `seq` is refused), so hiding a deleted tail needs a
  superuser who disables triggers — and that is what the keyed chain and the published checkpoints catch.

The one exception is Django's `flush` (the test suite empties every table between transactional tests; `werkregie
manage flush` empties a development database): it runs with a marker the triggers accept — a transaction-local
setting on PostgreSQL, an SQL function that only this process defines on SQLite (the sqlite3 shell does not know it,
so its DELETE fails).
"""

from __future__ import annotations

import contextlib
import threading

ENTRY = "access_accesslogentry"
HEAD = "access_accessloghead"
FLUSH_SETTING = "werkregie.access_log_flush"
SQLITE_FLAG = "werkregie_access_log_flush"
REFUSED = "the access log is append-only"

POSTGRESQL_CREATE = [
    f"""CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' AND current_setting('{FLUSH_SETTING}', true) = 'on' THEN RETURN NULL; END IF;
  RAISE EXCEPTION '{REFUSED}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$""",
    f"""CREATE OR REPLACE FUNCTION access_log_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq < OLD.seq THEN RAISE EXCEPTION '{REFUSED}: the head cannot move back' USING ERRCODE = 'insufficient_privilege'; END IF;
  RETURN NEW;
END $$""",
    f"CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON {ENTRY} FOR EACH ROW EXECUTE FUNCTION access_log_append_only()",
    f"CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON {ENTRY} FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only()",
    f"CREATE TRIGGER access_log_head_forward BEFORE UPDATE ON {HEAD} FOR EACH ROW EXECUTE FUNCTION access_log_head_forward()",
]
POSTGRESQL_DROP = [
    f"DROP TRIGGER IF EXISTS access_log_no_change ON {ENTRY}",
    f"DROP TRIGGER IF EXISTS access_log_no_truncate ON {ENTRY}",
    f"DROP TRIGGER IF EXISTS access_log_head_forward ON {HEAD}",
    "DROP FUNCTION IF EXISTS access_log_append_only()",
    "DROP FUNCTION IF EXISTS access_log_head_forward()",
]
SQLITE_CREATE = [
    f"CREATE TRIGGER access_log_no_update BEFORE UPDATE ON {ENTRY} BEGIN SELECT RAISE(ABORT, '{REFUSED}: UPDATE refused'); END",
    f"CREATE TRIGGER access_log_no_delete BEFORE DELETE ON {ENTRY} WHEN NOT {SQLITE_FLAG}() BEGIN SELECT RAISE(ABORT, '{REFUSED}: DELETE refused'); END",
    f"CREATE TRIGGER access_log_head_forward BEFORE UPDATE ON {HEAD} WHEN NEW.seq < OLD.seq BEGIN SELECT RAISE(ABORT, '{REFUSED}: the head cannot move back'); END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS access_log_no_update",
    "DROP TRIGGER IF EXISTS access_log_no_delete",
    "DROP TRIGGER IF EXISTS access_log_head_forward",
]


def statements(vendor: str, create: bool = True) -> list[str]:
    if vendor == "postgresql":
        return POSTGRESQL_CREATE if create else POSTGRESQL_DROP
    if vendor == "sqlite":
        return SQLITE_CREATE if create else SQLITE_DROP
    return []


_flushing = threading.local()


@contextlib.contextmanager
def flushing():
    _flushing.active = True
    try:
        yield
    finally:
        _flushing.active = False


def _flag() -> int:
    return 1 if getattr(_flushing, "active", False) else 0


def on_connection(sender, connection, **kwargs) -> None:  # noqa: ANN001, ANN003
    """connection_created: define the flush marker function on every SQLite connection of this process."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(SQLITE_FLAG, 0, _flag)


def install_flush_marker() -> None:
    """Let Django's `flush` (and only it) empty the log: wrap DatabaseOperations.execute_sql_flush once."""
    from django.db.backends.base.operations import BaseDatabaseOperations

    original = BaseDatabaseOperations.execute_sql_flush
    if getattr(original, "_access_log_marker", False):
        return

    def execute_sql_flush(self, sql_list):  # noqa: ANN001, ANN202
        if self.connection.vendor == "postgresql" and any(ENTRY in sql for sql in sql_list):
            sql_list = [f"SET LOCAL {FLUSH_SETTING} = 'on'", *sql_list]
        with flushing():
            return original(self, sql_list)

    execute_sql_flush._access_log_marker = True
    BaseDatabaseOperations.execute_sql_flush = execute_sql_flush


def install(using: str = "default") -> None:
    """(Re)create the triggers (idempotent). On SQLite a table rebuild by a later migration drops them: `audit verify`
    warns, and `werkregie audit guard` puts them back."""
    from django.db import connections

    connection = connections[using]
    with connection.cursor() as cursor:
        for sql in statements(connection.vendor, create=False):
            if not sql.startswith("DROP FUNCTION"):
                cursor.execute(sql)
        for sql in statements(connection.vendor, create=True):
            cursor.execute(sql)


TRIGGERS = {"postgresql": ("access_log_no_change", "access_log_no_truncate", "access_log_head_forward"),
            "sqlite": ("access_log_no_update", "access_log_no_delete", "access_log_head_forward")}


def missing_triggers(using: str = "default") -> list[str]:
    from django.db import connections

    connection = connections[using]
    wanted = TRIGGERS.get(connection.vendor, ())
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")
        elif connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            return []
        present = {row[0] for row in cursor.fetchall()}
    return [name for name in wanted if name not in present]
