"""Command-line commands of trajectories; registered by werkregie/cli.py. Import Django code inside the command functions only
(the parser is built before Django is set up).

  werkregie trajectories show PERSON_ID [--user USERNAME]   a person's trajectory file as JSON (logged as that user's read)
  werkregie trajectories sweep [--as-of YYYY-MM-DD]         only this domain's part of the deadline sweep (JSON counts)
  werkregie trajectories uploads [--discard-orphans]        check every stored upload against its SHA-256; remove orphans
"""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    """Add this domain's sub-commands to the `werkregie` parser."""
    parser = sub.add_parser("trajectories", help="activation trajectories, agreements and evidence")
    commands = parser.add_subparsers(dest="trajectories_command", required=True)
    show = commands.add_parser("show", help="a person's trajectory file as JSON")
    show.add_argument("person_id", type=int)
    show.add_argument("--user", default="bemiddelaar", help="the counsellor or admin who reads (the read is logged)")
    show.set_defaults(func=cmd_show)
    sweep = commands.add_parser("sweep", help="this domain's deadline sweep")
    sweep.add_argument("--as-of", default=None)
    sweep.set_defaults(func=cmd_sweep)
    files = commands.add_parser("uploads", help="verify stored uploads (SHA-256) and optionally remove orphans")
    files.add_argument("--discard-orphans", action="store_true")
    files.set_defaults(func=cmd_uploads)


def cmd_show(args: argparse.Namespace) -> int:
    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal
    from werkregie.core.errors import DomainError

    from .api import agreement_out, trajectory_out
    from .use_cases import trajectory_file

    user = User.objects.filter(username=args.user).first()
    if user is None:
        print(json.dumps({"error": f"no user {args.user}"}))
        return 2
    principal = Principal(user=user, scopes=Principal.for_session(user).scopes, channel="cli")
    try:
        view = trajectory_file(principal, args.person_id)
    except DomainError as exc:
        print(json.dumps({"error": exc.detail, "status": exc.status}, ensure_ascii=False))
        return 1
    print(json.dumps({"trajectory": trajectory_out(view.trajectory), "past": [trajectory_out(t) for t in view.past],
                      "agreements": [agreement_out(r.agreement, r.steps, r.history) for r in view.agreements]}, default=str, ensure_ascii=False, indent=2))
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    import datetime as dt

    from werkregie.core import clock

    from .sweeps import sweep

    as_of = dt.date.fromisoformat(args.as_of) if args.as_of else clock.today()
    print(json.dumps({"as_of": as_of.isoformat(), "counts": sweep(as_of)}))
    return 0


def cmd_uploads(args: argparse.Namespace) -> int:
    from werkregie.core import uploads

    from .models import StoredFile

    bad = [f.pk for f in StoredFile.objects.all().iterator() if not _ok(uploads, f)]
    removed = uploads.discard_orphans() if args.discard_orphans else 0
    print(json.dumps({"checked": StoredFile.objects.count(), "changed_or_missing": bad, "orphans_removed": removed}))
    return 1 if bad else 0


def _ok(uploads, stored) -> bool:  # noqa: ANN001
    try:
        return uploads.verify(stored)
    except (FileNotFoundError, ValueError):
        return False
