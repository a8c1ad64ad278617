"""Writing and verifying the hash-chained access log."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from django.db import connection, transaction

from werkregie.core import clock

from .models import GENESIS_HASH, AccessLogEntry, AccessLogHead, Channel
from .purposes import Purpose


@dataclass(frozen=True)
class Actor:
    """Who reads: a user (or a partner's API client) in a role, for an organisation."""

    user_id: int | None
    label: str
    role: str
    organisation_name: str = ""


def record_access(
    actor: Actor, person_ids: Iterable[int], what: str, purpose: Purpose | str, channel: Channel | str
) -> list[AccessLogEntry]:
    """Append one entry per person read, atomically, under the chain's head lock."""
    ids = list(dict.fromkeys(int(p) for p in person_ids))
    if not ids:
        return []
    Purpose(purpose)  # refuse unknown purposes before writing anything
    Channel(channel)
    with transaction.atomic():
        seq, prev = _reserve(len(ids))
        at = clock.now()
        entries = []
        for person_id in ids:
            seq += 1
            entry = AccessLogEntry(
                seq=seq, at=at, actor_id=actor.user_id, actor_label=actor.label[:200], actor_role=actor.role,
                organisation_name=actor.organisation_name[:200], person_id=person_id, what=what[:200],
                purpose=str(purpose), channel=str(channel), prev_hash=prev,
            )
            entry.entry_hash = entry.compute_hash()
            prev = entry.entry_hash
            entries.append(entry)
        _insert(entries)
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {HEAD} SET entry_hash = %s WHERE id = 1", [prev])
    return entries


HEAD = AccessLogHead._meta.db_table
_FIELDS = [f for f in AccessLogEntry._meta.concrete_fields if not f.primary_key]


def _insert(entries: list[AccessLogEntry]) -> None:
    """One plain INSERT for all entries (the ORM's bulk_create costs more than the statement itself here)."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in _FIELDS)
    row = "(" + ", ".join(["%s"] * len(_FIELDS)) + ")"
    params = [f.get_db_prep_save(getattr(e, f.attname), connection) for e in entries for f in _FIELDS]
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {quote(AccessLogEntry._meta.db_table)} ({columns}) VALUES {', '.join([row] * len(entries))}", params)


def _reserve(count: int) -> tuple[int, str]:
    """Lock the chain's head and reserve `count` sequence numbers in one round trip: (last seq, last hash).
    The row stays locked until the transaction ends, so concurrent writers queue and the chain never forks."""
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {HEAD} SET seq = seq + %s WHERE id = 1 RETURNING seq - %s, entry_hash", [count, count])
        row = cursor.fetchone()
    if row is None:  # a database flushed by tests or created without the migrations' data
        AccessLogHead.objects.get_or_create(pk=1)
        return _reserve(count)
    return int(row[0]), row[1]


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    problem: str = ""
    broken_seq: int | None = None


def verify_chain(progress: "callable | None" = None, batch: int = 5000) -> VerifyResult:
    """Walk the chain in order; report the first entry that was changed, or where entries were deleted."""
    head, _ = AccessLogHead.objects.get_or_create(pk=1)
    expected_prev, expected_seq, checked = GENESIS_HASH, 1, 0
    last_seq = 0
    while True:
        chunk: Sequence[AccessLogEntry] = list(AccessLogEntry.objects.filter(seq__gt=last_seq).order_by("seq")[:batch])
        if not chunk:
            break
        for entry in chunk:
            if entry.seq != expected_seq:
                return VerifyResult(False, checked, f"entries {expected_seq}…{entry.seq - 1} are missing (deleted) before entry {entry.seq} (id {entry.pk})", expected_seq)
            if entry.prev_hash != expected_prev:
                return VerifyResult(False, checked, f"entry {entry.seq} (id {entry.pk}) does not follow its predecessor: the entry before it was changed or deleted", entry.seq)
            if entry.compute_hash() != entry.entry_hash:
                return VerifyResult(False, checked, f"entry {entry.seq} (id {entry.pk}) was changed: its content no longer matches its hash", entry.seq)
            expected_prev, expected_seq = entry.entry_hash, entry.seq + 1
            checked += 1
        last_seq = chunk[-1].seq
        if progress:
            progress(len(chunk))
    if head.seq != expected_seq - 1 or head.entry_hash != expected_prev:
        return VerifyResult(False, checked, f"the chain ends at entry {expected_seq - 1} but its head says {head.seq}: entries {expected_seq}…{head.seq} were deleted", expected_seq)
    return VerifyResult(True, checked)
