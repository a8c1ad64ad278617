"""Command-line commands of messaging; registered by werkregie/cli.py. Import Django code inside the command functions only
(the parser is built before Django is set up).

    werkregie keys init | rotate | list          the platform's signing keys (outside the repository, WERKREGIE_KEY_DIR)
    werkregie messages evidence ID [--output DIR]  the evidence bundle of a message (sealed PDF + signed JSON)
    werkregie messages verify BUNDLE             check a bundle; exit 1 naming what was changed
    werkregie messages dispatch [--all]          dispatch what is due now (what the scheduled job does)
    werkregie messages digital-support           persons to offer a digital-skills step (JSON lines)
    werkregie messages report CHANNEL FILE...    take in delivery reports (DSN, SMS report, MAGDA status, print event)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def cmd_keys_init(args: argparse.Namespace) -> int:
    from werkregie.core import keys

    kid, made = keys.init()
    print(json.dumps({"key_id": kid, "created": made, "directory": str(keys.key_dir())}))
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    """The same use case as the administrator's page and API: the rotation is recorded in the platform's key audit."""
    from werkregie.core import keys
    from werkregie.core.errors import InvalidInput
    from werkregie.credentials import platform_keys
    from werkregie.workflows.services import Who

    try:
        done = platform_keys.rotate(Who(None, "admin", "werkregie keys rotate (command line)"), args.reason, confirmed=True)
    except InvalidInput as exc:
        print(f"error: {'; '.join(str(e.message) for e in exc.errors) or exc.detail}", file=sys.stderr)
        return 2
    print(json.dumps({"key_id": done.kid, "previous": done.previous, "kept": keys.all_kids(), "directory": str(keys.key_dir())}))
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    from werkregie.core import keys

    print(json.dumps({"current": keys.current_kid(), "keys": keys.all_kids(), "directory": str(keys.key_dir())}))
    return 0


def cmd_evidence(args: argparse.Namespace) -> int:
    from werkregie.messaging import evidence
    from werkregie.messaging.models import Message

    msg = Message.objects.select_related("person").filter(pk=args.id).first()
    if msg is None:
        print(f"error: message {args.id} not found", file=sys.stderr)
        return 2
    from werkregie.access.services import Actor, record_access
    from werkregie.accounts.models import User

    user = User.objects.select_related("organisation").filter(username=args.user).first() if args.user else None
    if args.user and user is None:
        print(f"error: no user {args.user}", file=sys.stderr)
        return 2
    if user is not None and not _may_export(user, msg.person_id, args.purpose):
        # the access log would name someone who may not read the message (verification of stop 29: an employer)
        print(f"error: {args.user} may not read messages of person {msg.person_id} for {args.purpose}", file=sys.stderr)
        return 2
    folder = evidence.build(msg, Path(args.output))
    # the bundle holds the whole message: its export is a read of personal data, logged like the API's (second attack of
    # stop 29: the command wrote nothing to the access log)
    actor = (Actor(user.pk, user.get_full_name() or user.username, user.role, user.organisation.name if user.organisation_id else "")
             if user else Actor(None, "Beheer (opdrachtregel)", "admin"))
    record_access(actor, [msg.person_id], f"bericht {msg.pk}: bewijsbundel (volledige inhoud, PDF)", args.purpose, "cli")
    print(json.dumps({"bundle": str(folder), "files": sorted(p.name for p in folder.iterdir())}))
    return 0


def _may_export(user, person_id: int, purpose: str) -> bool:  # noqa: ANN001 - an accounts User
    """Who may export a message's evidence bundle: the admin (administration, complaint handling), a controller who may
    control the person (availability control), a counsellor of the person (guidance is not an export purpose)."""
    from werkregie.accounts.models import Role
    from werkregie.accounts.principal import Principal
    from werkregie.people import perms

    if user.role == Role.ADMIN:
        return purpose in ("administration", "complaint_handling")
    if user.role == Role.CONTROLLER:
        return purpose == "availability_control" and perms.can_view_person(Principal.for_session(user), person_id)
    return False


def cmd_verify(args: argparse.Namespace) -> int:
    from werkregie.messaging import evidence

    folder = Path(args.bundle)
    if not folder.is_dir():
        print(f"error: {folder}: not a bundle folder", file=sys.stderr)
        return 2
    verdict = evidence.verify(folder)
    for line in verdict.checks:
        print(f"ok    {line}")
    for line in verdict.problems:
        print(f"FAIL  {line}")
    print("VALID: the bundle is intact and sealed by the platform" if verdict.ok else "INVALID: the bundle was changed or is not the platform's")
    return 0 if verdict.ok else 1


def cmd_dispatch(args: argparse.Namespace) -> int:
    from werkregie.messaging import outbox

    result = outbox.flush() if args.all else {}
    result.update({f"due:{k}": v for k, v in outbox.retry_due().items()})
    print(json.dumps(result))
    return 0


def cmd_digital_support(args: argparse.Namespace) -> int:
    from werkregie.messaging.digital import flagged

    for row in flagged(limit=args.limit):
        print(json.dumps(row, ensure_ascii=False, default=str))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from werkregie.messaging.reports import ReportError, intake

    failed = 0
    for name in args.files:
        try:
            result = intake(args.channel, sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes())
        except (OSError, ReportError) as exc:
            print(json.dumps({"file": name, "error": str(exc)}, ensure_ascii=False), file=sys.stderr)
            failed += 1
            continue
        print(json.dumps({"file": name, **result}, ensure_ascii=False))
    return 1 if failed else 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this domain's sub-commands to the `werkregie` parser."""
    keys = sub.add_parser("keys", help="the platform's signing keys (Ed25519 for JWS, RSA seal + certificate for PAdES)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    keys_sub.add_parser("init", help="make the first key in WERKREGIE_KEY_DIR (nothing when one exists)").set_defaults(func=cmd_keys_init)
    rotate = keys_sub.add_parser("rotate", help="make a new key and use it; old keys stay for verification (recorded with the reason)")
    rotate.add_argument("--reason", default="vernieuwd via de opdrachtregel", help="why (kept in the key audit; at least 5 characters)")
    rotate.set_defaults(func=cmd_keys_rotate)
    keys_sub.add_parser("list", help="the key ids, current first").set_defaults(func=cmd_keys_list)

    messages = sub.add_parser("messages", help="the outbox: evidence bundles, their verification, dispatch")
    messages_sub = messages.add_subparsers(dest="messages_command", required=True)
    ev = messages_sub.add_parser("evidence", help="write the evidence bundle of a message (sealed, timestamped PDF + signed JSON)")
    ev.add_argument("id", type=int)
    ev.add_argument("--output", default=".", help="folder to write message-ID/ into (default: here)")
    ev.add_argument("--user", default="", help="who exports it (logged in the person's access log; default: the platform's administration)")
    ev.add_argument("--purpose", default="administration", choices=["administration", "availability_control", "complaint_handling"],
                    help="why (logged): administration, availability_control (a case for the labour court), complaint_handling")
    ev.set_defaults(func=cmd_evidence)
    verify = messages_sub.add_parser("verify", help="verify an evidence bundle; exit 1 when anything was changed")
    verify.add_argument("bundle")
    verify.set_defaults(func=cmd_verify)
    dispatch = messages_sub.add_parser("dispatch", help="dispatch the messages that are due (retries); --all: every queued one now")
    dispatch.add_argument("--all", action="store_true")
    dispatch.set_defaults(func=cmd_dispatch)
    digital = messages_sub.add_parser("digital-support", help="persons with weak digital skills or bounced messages (JSON lines)")
    digital.add_argument("--limit", type=int, default=100)
    digital.set_defaults(func=cmd_digital_support)
    report = messages_sub.add_parser("report", help="take in the channel's delivery reports (bounces go to paper, a worklist task, a flag)")
    report.add_argument("channel", choices=["email", "sms", "ebox", "registered", "paper"])
    report.add_argument("files", nargs="+", help="report files ('-': standard input)")
    report.set_defaults(func=cmd_report)
