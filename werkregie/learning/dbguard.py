"""The database's own bookkeeping and refusals for the ledger (see models.py): one trigger keeps every account's
balance in the inserting transaction (so the balance CHECK judges every posting, whoever inserts it), others refuse
UPDATE and DELETE of postings. Installed by migration 0002; `werkregie careers ledger check` reports missing ones.

PostgreSQL keeps the balances with a statement-level trigger over the inserted rows (one UPDATE per statement, so a
bulk COPY of a million postings costs one aggregate, not two million row updates); SQLite with a row trigger. The
statement-level form judges the balance at the end of the statement: within one multi-row INSERT the code checks
the running balance in order (ledger.post_many). Django's `flush` (tests, development) may empty the table on SQLite
through the access log's flush marker, which only this process defines."""

from __future__ import annotations

POSTING = "learning_posting"
ACCOUNT = "learning_account"
REFUSED = "ledger postings are immutable"
SQLITE_FLUSH_FLAG = "werkregie_access_log_flush"  # defined on every SQLite connection by werkregie.access (dbguard)

POSTGRESQL_CREATE = [
    f"""CREATE OR REPLACE FUNCTION learning_posting_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '{REFUSED}: % refused (corrections are new postings)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$""",
    # One aggregate per statement: the change of every account touched, by unit. The UPDATE only meets an account
    # that exists in that unit; fewer rows updated than (account, unit) pairs means an unknown account or a mixed
    # unit, and the whole statement fails. The balance CHECK judges every updated row.
    f"""CREATE OR REPLACE FUNCTION learning_posting_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pairs bigint;
  updated bigint;
BEGIN
  WITH d AS (SELECT account_id, unit, sum(delta) AS delta FROM (
               SELECT credit_account_id AS account_id, unit, amount_minor AS delta FROM new_rows
               UNION ALL SELECT debit_account_id, unit, -amount_minor FROM new_rows) x GROUP BY account_id, unit),
       u AS (UPDATE {ACCOUNT} a SET balance_minor = a.balance_minor + d.delta FROM d
              WHERE a.id = d.account_id AND a.unit = d.unit RETURNING 1)
  SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM u) INTO pairs, updated;
  IF pairs <> updated THEN
    RAISE EXCEPTION 'ledger: a posting on an unknown account or one of another unit' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$""",
    # every posting rewrites two account rows: room in each page keeps those updates HOT (the balance is in no index)
    f"ALTER TABLE {ACCOUNT} SET (fillfactor = 50)",
    f"CREATE TRIGGER learning_posting_no_change BEFORE UPDATE OR DELETE ON {POSTING} FOR EACH ROW EXECUTE FUNCTION learning_posting_immutable()",
    f"CREATE TRIGGER learning_account_no_delete BEFORE DELETE ON {ACCOUNT} FOR EACH ROW EXECUTE FUNCTION learning_posting_immutable()",
    f"CREATE TRIGGER learning_posting_apply AFTER INSERT ON {POSTING} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION learning_posting_apply()",
]
POSTGRESQL_DROP = [
    f"DROP TRIGGER IF EXISTS learning_posting_no_change ON {POSTING}",
    f"DROP TRIGGER IF EXISTS learning_posting_apply ON {POSTING}",
    f"DROP TRIGGER IF EXISTS learning_account_no_delete ON {ACCOUNT}",
]
SQLITE_CREATE = [
    f"CREATE TRIGGER learning_posting_no_update BEFORE UPDATE ON {POSTING} BEGIN SELECT RAISE(ABORT, '{REFUSED}: UPDATE refused'); END",
    f"CREATE TRIGGER learning_posting_no_delete BEFORE DELETE ON {POSTING} WHEN NOT {SQLITE_FLUSH_FLAG}() "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSED}: DELETE refused'); END",
    f"""CREATE TRIGGER learning_posting_apply AFTER INSERT ON {POSTING} BEGIN
  SELECT RAISE(ABORT, 'ledger: a posting on an unknown account or one of another unit')
   WHERE (SELECT unit FROM {ACCOUNT} WHERE id = NEW.debit_account_id) IS NOT NEW.unit
      OR (SELECT unit FROM {ACCOUNT} WHERE id = NEW.credit_account_id) IS NOT NEW.unit;
  UPDATE {ACCOUNT} SET balance_minor = balance_minor - NEW.amount_minor WHERE id = NEW.debit_account_id;
  UPDATE {ACCOUNT} SET balance_minor = balance_minor + NEW.amount_minor WHERE id = NEW.credit_account_id;
END""",
]
SQLITE_CREATE.append(f"CREATE TRIGGER learning_account_no_delete BEFORE DELETE ON {ACCOUNT} WHEN NOT {SQLITE_FLUSH_FLAG}() "
                     f"BEGIN SELECT RAISE(ABORT, 'ledger accounts cannot be deleted'); END")
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS learning_account_no_delete",
    "DROP TRIGGER IF EXISTS learning_posting_no_update",
    "DROP TRIGGER IF EXISTS learning_posting_no_delete",
    "DROP TRIGGER IF EXISTS learning_posting_apply",
]
TRIGGERS = {"postgresql": ("learning_posting_no_change", "learning_posting_apply", "learning_account_no_delete"),
            "sqlite": ("learning_posting_no_update", "learning_posting_no_delete", "learning_posting_apply", "learning_account_no_delete")}


def statements(vendor: str, create: bool = True) -> list[str]:
    if vendor == "postgresql":
        return POSTGRESQL_CREATE if create else POSTGRESQL_DROP
    if vendor == "sqlite":
        return SQLITE_CREATE if create else SQLITE_DROP
    return []


def install(connection) -> None:  # noqa: ANN001 - a Django connection (or a migration's schema_editor.connection)
    """(Re)create the triggers, idempotently."""
    with connection.cursor() as cursor:
        for sql in statements(connection.vendor, create=False) + statements(connection.vendor, create=True):
            cursor.execute(sql)


def missing_triggers(using: str = "default") -> list[str]:
    from django.db import connections

    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")
        elif connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            return []
        present = {row[0] for row in cursor.fetchall()}
    return [name for name in TRIGGERS.get(connection.vendor, ()) if name not in present]
