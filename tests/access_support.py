"""Attacks on the access log as someone with access to the database would make them (issue 17, point 6)."""

from __future__ import annotations

import contextlib
import hashlib

from django.db import connection

from werkregie.access import dbguard
from werkregie.access.models import AccessLogEntry


def raw(sql: str, params: list | tuple = ()) -> None:
    """A plain database writer: raw SQL, triggers in force."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@contextlib.contextmanager
def superuser():
    """A superuser who switches the triggers (and CHECK constraints) off: PostgreSQL's replica mode; on SQLite,
    dropping the triggers and ignoring CHECK constraints. Put back afterwards (the test's transaction rolls back anyway)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
            cursor.execute("ALTER TABLE access_accesslogentry DROP CONSTRAINT IF EXISTS access_log_seq_positive")
        else:
            for sql in dbguard.statements("sqlite", create=False):
                cursor.execute(sql)
            cursor.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET session_replication_role = origin")
            else:
                cursor.execute("PRAGMA ignore_check_constraints = OFF")
                for sql in dbguard.statements("sqlite", create=True):
                    cursor.execute(sql)


def tamper(sql: str, params: list | tuple = ()) -> None:
    with superuser():
        raw(sql, params)


def unkeyed_hash(entry: AccessLogEntry) -> str:
    """The chain's old hash, SHA-256 over the entry's fields: what anyone can recompute from the database alone."""
    return hashlib.sha256(entry.content()).hexdigest()


def keyed_hash(entry: AccessLogEntry) -> str:
    """What only a holder of the platform's key can compute (an insider with the key, or a stolen key)."""
    return entry.compute_hash()


def delete_and_recompute(seq: int, rehash=unkeyed_hash) -> None:  # noqa: ANN001
    """Delete entry `seq`, renumber the ones after it, recompute every following hash and the head: the attack of
    issue 17, point 6 (the old chain said "intact" afterwards)."""
    with superuser():
        raw("DELETE FROM access_accesslogentry WHERE seq = %s", [seq])
        before = AccessLogEntry.objects.filter(seq=seq - 1).first()
        prev = before.entry_hash if before else "0" * 64
        for entry in AccessLogEntry.objects.filter(seq__gt=seq).order_by("seq"):
            entry.seq -= 1
            entry.prev_hash = prev
            entry.entry_hash = rehash(entry)
            raw("UPDATE access_accesslogentry SET seq = %s, prev_hash = %s, entry_hash = %s WHERE id = %s", [entry.seq, prev, entry.entry_hash, entry.pk])
            prev = entry.entry_hash
        raw("UPDATE access_accessloghead SET seq = seq - 1, entry_hash = %s WHERE id = 1", [prev])
