"""Writing and verifying the hash-chained access log."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from django.db import transaction

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
        head = _locked_head()
        at = clock.now()
        entries = []
        prev, seq = head.entry_hash, head.seq
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
        AccessLogEntry.objects.bulk_create(entries)
        AccessLogHead.objects.filter(pk=1).update(seq=seq, entry_hash=prev)
    return entries


def _locked_head() -> AccessLogHead:
    head = AccessLogHead.objects.select_for_update().filter(pk=1).first()
    if head is None:  # a database flushed by tests or created without migrations' data
        AccessLogHead.objects.get_or_create(pk=1)
        head = AccessLogHead.objects.select_for_update().get(pk=1)
    return head


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
