"""Signed checkpoints of the access log, published outside the database (issue 17, point 6).

Every hour (django-q2 schedule "access log: checkpoint (hourly)", or `werkregie audit checkpoint`) the platform
appends one line to an append-only JSON-lines file outside the database — settings.ACCESS_LOG_CHECKPOINTS, env
WERKREGIE_ACCESS_LOG_CHECKPOINTS, default <DATA_DIR>/audit/access-log-checkpoints.jsonl; in production a path on
another volume or host, shipped to a second store:

    {"v": 1, "seq": 1234, "head": "<entry hash of entry 1234>", "at": "2026-11-30T03:00:00+00:00",
     "prev": "<sha256 of the previous line>", "sig": "<detached JWS, EdDSA, kid>"}

The signature (werkregie.core.keys.sign_jws, Ed25519) covers the line without "sig"; anyone can check it with the
platform's public keys (`jwks()`), and "prev" links each line to the one before, so lines cannot be dropped or
reordered unseen. Before signing, the entries since the last checkpoint are verified: a tampered head is never
blessed. `werkregie audit verify --checkpoints` then catches any divergence: a checkpointed entry whose hash differs,
a checkpoint beyond the head (a deleted tail), a broken or unsigned line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from werkregie.core import clock, keys

from .models import GENESIS_HASH, AccessLogEntry, AccessLogHead
from .services import verify_chain

FIELDS = ("v", "seq", "head", "at", "prev")


def path() -> Path:
    from django.conf import settings

    configured = getattr(settings, "ACCESS_LOG_CHECKPOINTS", None) or os.environ.get("WERKREGIE_ACCESS_LOG_CHECKPOINTS")
    return Path(configured) if configured else Path(settings.DATA_DIR) / "audit" / "access-log-checkpoints.jsonl"


def _payload(line: dict) -> bytes:
    return json.dumps({k: line[k] for k in FIELDS}, sort_keys=True, separators=(",", ":")).encode()


def _line_hash(raw: str) -> str:
    return hashlib.sha256(raw.rstrip("\n").encode()).hexdigest()


def read(file: Path | None = None) -> list[tuple[int, str]]:
    """The file's lines as (line number, raw text), empty lines skipped."""
    file = file or path()
    if not file.exists():
        return []
    return [(n, raw) for n, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1) if raw.strip()]


class CheckpointRefused(RuntimeError):
    """The chain since the last checkpoint does not verify: nothing is signed."""


def publish(file: Path | None = None) -> dict:
    """Verify the entries since the last checkpoint, then sign and append (seq, head hash, time). Returns the line."""
    file = file or path()
    lines = read(file)
    last = json.loads(lines[-1][1]) if lines else None
    result = verify_chain(after_seq=last["seq"], after_hash=last["head"]) if last else verify_chain()
    if not result.ok:
        raise CheckpointRefused(f"access log BROKEN at entry {result.broken_seq}: {result.problem}")
    line = {"v": 1, "seq": result.head_seq, "head": result.head_hash, "at": clock.now().astimezone(dt.timezone.utc).isoformat(timespec="seconds"),
            "prev": _line_hash(lines[-1][1]) if lines else GENESIS_HASH}
    line["sig"] = keys.sign_jws(_payload(line), detached=True)
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as f:
        f.write(json.dumps(line, sort_keys=True, separators=(",", ":")) + "\n")
        f.flush()
        os.fsync(f.fileno())
    return line


def publish_task() -> None:
    """The scheduled job (django-q2): a refused checkpoint fails the task, so it shows among the failed tasks."""
    publish()


SCHEDULE = "access log: checkpoint (hourly)"


def ensure_schedule() -> None:
    """Declare the hourly checkpoint with the task runner (django-q2), idempotent by name (beside messaging.runner's)."""
    from django_q.models import Schedule

    func = f"{__name__}.publish_task"
    if not Schedule.objects.filter(name=SCHEDULE).update(func=func):
        Schedule.objects.create(name=SCHEDULE, func=func, schedule_type=Schedule.HOURLY, repeats=-1, next_run=clock.now())


@dataclass(frozen=True)
class CheckpointResult:
    ok: bool
    checkpoints: int
    problem: str = ""


def verify(file: Path | None = None) -> CheckpointResult:
    """Check every published line (signature, link to the line before, order) against the database's log."""
    file = file or path()
    lines = read(file)
    if not lines:
        return CheckpointResult(False, 0, f"no checkpoints published in {file}")
    head = AccessLogHead.objects.filter(pk=1).first()
    head_seq = head.seq if head else 0
    prev, last_seq, last_at = GENESIS_HASH, 0, ""
    for number, raw in lines:
        where = f"checkpoint line {number} of {file}"
        try:
            line = json.loads(raw)
            keys.verify_jws(line["sig"], _payload(line))
        except (ValueError, KeyError, TypeError, keys.BadSignature) as exc:
            return CheckpointResult(False, number - 1, f"{where} is not a valid signed checkpoint ({exc})")
        if line["prev"] != prev:
            return CheckpointResult(False, number - 1, f"{where} does not follow the line before it: a checkpoint was removed or changed")
        if line["seq"] < last_seq or line["at"] < last_at:
            return CheckpointResult(False, number - 1, f"{where} goes back in sequence or time")
        if line["seq"] > head_seq:
            return CheckpointResult(False, number - 1, f"{where} vouches for entry {line['seq']} but the log's head is at {head_seq}: entries were deleted")
        if line["seq"] > 0:
            found = AccessLogEntry.objects.filter(seq=line["seq"]).values_list("entry_hash", flat=True).first()
            if found is None:
                return CheckpointResult(False, number - 1, f"{where} vouches for entry {line['seq']}, which is missing from the log: entries were deleted")
            if found != line["head"]:
                return CheckpointResult(False, number - 1, f"entry {line['seq']} differs from the published {where}: the chain was rewritten")
        prev, last_seq, last_at = _line_hash(raw), line["seq"], line["at"]
    count = AccessLogEntry.objects.count()
    if count < last_seq:
        return CheckpointResult(False, len(lines), f"the log holds {count} entries, fewer than the {last_seq} of the last checkpoint: entries were deleted")
    return CheckpointResult(True, len(lines))
