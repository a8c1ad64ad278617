"""Command-line commands of the access log; registered by werkregie/cli.py. Django code is imported inside the
command functions only (the parser is built before Django is set up).

    werkregie audit verify [--checkpoints] [--file PATH]   walk the keyed chain (and check the published checkpoints)
    werkregie audit checkpoint [--file PATH]               verify the entries since the last checkpoint, sign and publish one
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_verify(args: argparse.Namespace) -> int:
    from werkregie.access import checkpoints, dbguard
    from werkregie.access.models import AccessLogHead
    from werkregie.access.services import verify_chain
    from werkregie.cli import _progress, migrate

    migrate()
    head, _ = AccessLogHead.objects.get_or_create(pk=1)
    with _progress(head.seq, "verifying access log", "entries") as bar:
        result = verify_chain(progress=bar.update)
    if not result.ok:
        print(f"access log BROKEN at entry {result.broken_seq}: {result.problem}", file=sys.stderr)
        return 1
    missing = dbguard.missing_triggers()
    if missing:
        print(f"warning: the database no longer refuses changes to the log (missing triggers: {', '.join(missing)}); run `werkregie audit guard`", file=sys.stderr)
    if args.checkpoints:
        file = Path(args.file) if args.file else checkpoints.path()
        found = checkpoints.verify(file)
        if not found.ok:
            print(f"access log BROKEN: {found.problem}", file=sys.stderr)
            return 1
        print(f"access log intact: {result.checked} entries verified, consistent with {found.checkpoints} signed checkpoints in {file}")
        return 0
    print(f"access log intact: {result.checked} entries verified")
    return 0


def cmd_checkpoint(args: argparse.Namespace) -> int:
    from werkregie.access import checkpoints
    from werkregie.cli import migrate

    migrate()
    file = Path(args.file) if args.file else checkpoints.path()
    try:
        line = checkpoints.publish(file)
    except checkpoints.CheckpointRefused as exc:
        print(f"no checkpoint signed: {exc}", file=sys.stderr)
        return 1
    print(f"checkpoint published in {file}: entry {line['seq']}, head {line['head'][:16]}…, {line['at']}")
    return 0


def cmd_guard(args: argparse.Namespace) -> int:
    """(Re)create the triggers that refuse UPDATE and DELETE (e.g. after an SQLite table rebuild dropped them)."""
    from werkregie.access import dbguard
    from werkregie.cli import migrate

    migrate()
    dbguard.install()
    print("the database refuses UPDATE and DELETE on the access log")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    audit = sub.add_parser("audit", help="the access log")
    audit_sub = audit.add_subparsers(dest="what", required=True)
    verify = audit_sub.add_parser("verify", help="check the keyed hash chain; non-zero exit on the first broken entry")
    verify.add_argument("--checkpoints", action="store_true", help="also check the log against the signed checkpoints published outside the database")
    verify.add_argument("--file", help="the checkpoint file (default: settings.ACCESS_LOG_CHECKPOINTS or <DATA_DIR>/audit/access-log-checkpoints.jsonl)")
    verify.set_defaults(func=cmd_verify)
    checkpoint = audit_sub.add_parser("checkpoint", help="sign and publish a checkpoint (seq, head hash, time); scheduled hourly")
    checkpoint.add_argument("--file", help="the checkpoint file (as for verify)")
    checkpoint.set_defaults(func=cmd_checkpoint)
    guard = audit_sub.add_parser("guard", help="(re)create the database triggers that refuse changes to the log")
    guard.set_defaults(func=cmd_guard)
