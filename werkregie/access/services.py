"""Writing and verifying the keyed, hash-chained access log (checkpoints: checkpoints.py)."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Iterable, Sequence

from django.db import connection, transaction

from werkregie.core import clock, keys

from .models import GENESIS_HASH, MAC_USE, AccessLogEntry, AccessLogHead, Channel, Shown
from .purposes import Purpose


@dataclass(frozen=True)
class Actor:
    """Who reads: a user (or a partner's API client) in a role, for an organisation."""

    user_id: int | None
    label: str
    role: str
    organisation_name: str = ""


# What lists record: a person read as one line of these was shown in a list, not their record (the citizen's view groups them).
LIST_PREFIXES = (
    "zoekresultaat", "export", "screeningswerklijst", "controle: lijst", "matching: kandidatenlijst", "matching: uitgesloten",
    "werklijst", "agenda", "beheer: lijst", "digitale ondersteuning", "traject: stappen toegewezen", "dubbels",
)


def shown_as(what: str, count: int) -> str:
    """Whether an entry records a read of the record itself or a line in a list (several persons at once, or a list's what)."""
    return Shown.LIST if count > 1 or what.startswith(LIST_PREFIXES) else Shown.RECORD


def record_access(
    actor: Actor, person_ids: Iterable[int], what: str, purpose: Purpose | str, channel: Channel | str,
    shown: Shown | str | None = None,
) -> list[AccessLogEntry]:
    """Append one entry per person read, atomically, under the chain's head lock. Each entry's hash is keyed with
    the current key (werkregie.core.keys), its key id stored with it."""
    ids = list(dict.fromkeys(int(p) for p in person_ids))
    if not ids:
        return []
    Purpose(purpose)  # refuse unknown purposes before writing anything
    Channel(channel)
    shown = Shown(shown) if shown else shown_as(what, len(ids))
    kid = keys.current_kid_cached()
    mac_key = keys.mac_key(kid, MAC_USE)
    with transaction.atomic():
        seq, prev = _reserve(len(ids))
        at = clock.now()
        entries = []
        for person_id in ids:
            seq += 1
            entry = AccessLogEntry(
                seq=seq, at=at, actor_id=actor.user_id, actor_label=actor.label[:200], actor_role=actor.role,
                organisation_name=actor.organisation_name[:200], person_id=person_id, what=what[:200],
                purpose=str(purpose), channel=str(channel), shown=str(shown), key_id=kid, prev_hash=prev,
            )
            entry.entry_hash = hmac.new(mac_key, entry.content(), hashlib.sha256).hexdigest()
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
    head_seq: int = 0
    head_hash: str = GENESIS_HASH


def verify_chain(progress: "callable | None" = None, batch: int = 5000, after_seq: int = 0, after_hash: str = GENESIS_HASH) -> VerifyResult:
    """Walk the chain in order (from the start, or from a known-good point `after_seq`/`after_hash`, e.g. the last
    checkpoint); report the first entry that was changed, forged or inserted, or where entries were deleted.

    Refuses any entry with seq < 1, an entry whose keyed hash does not match (recomputing the chain needs the key,
    which is not in the database), an unknown key id, a count that differs from the head, and a head that differs
    from the last entry."""
    head, _ = AccessLogHead.objects.get_or_create(pk=1)
    below = AccessLogEntry.objects.filter(seq__lt=1).order_by("seq").first()
    if below is not None:
        return VerifyResult(False, 0, f"entry {below.seq} (id {below.pk}) has a sequence number below 1: it was inserted outside the log", below.seq)
    known, secrets = set(keys.all_kids()), {}  # the key ids on disk, and their HMAC keys once loaded
    expected_prev, expected_seq, checked = after_hash, after_seq + 1, 0
    last_seq = after_seq
    while True:
        chunk: Sequence[AccessLogEntry] = list(AccessLogEntry.objects.filter(seq__gt=last_seq).order_by("seq")[:batch])
        if not chunk:
            break
        for entry in chunk:
            if entry.seq != expected_seq:
                return VerifyResult(False, checked, f"entries {expected_seq}…{entry.seq - 1} are missing (deleted) before entry {entry.seq} (id {entry.pk})", expected_seq)
            if entry.prev_hash != expected_prev:
                return VerifyResult(False, checked, f"entry {entry.seq} (id {entry.pk}) does not follow its predecessor: the entry before it was changed or deleted", entry.seq)
            if entry.key_id not in known:
                why = "it carries no key id (an unkeyed entry)" if not entry.key_id else f"its key id {entry.key_id!r} is unknown"
                return VerifyResult(False, checked, f"entry {entry.seq} (id {entry.pk}) was not made by the platform: {why}", entry.seq)
            secret = secrets.get(entry.key_id) or secrets.setdefault(entry.key_id, keys.mac_key(entry.key_id, MAC_USE))
            if not hmac.compare_digest(hmac.new(secret, entry.content(), hashlib.sha256).hexdigest(), entry.entry_hash):
                return VerifyResult(False, checked, f"entry {entry.seq} (id {entry.pk}) was changed: its content no longer matches its keyed hash", entry.seq)
            expected_prev, expected_seq = entry.entry_hash, entry.seq + 1
            checked += 1
        last_seq = chunk[-1].seq
        if progress:
            progress(len(chunk))
    last = expected_seq - 1
    if head.seq != last or head.entry_hash != expected_prev:
        return VerifyResult(False, checked, f"the chain ends at entry {last} but its head says {head.seq}: entries {last + 1}…{head.seq} were deleted", last + 1, last, expected_prev)
    count = AccessLogEntry.objects.count()
    if count != head.seq:
        return VerifyResult(False, checked, f"the log holds {count} entries but its head says {head.seq}", None, last, expected_prev)
    return VerifyResult(True, checked, head_seq=last, head_hash=expected_prev)
