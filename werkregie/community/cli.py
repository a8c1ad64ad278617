"""Command-line commands of community; registered by werkregie/cli.py. Import Django code inside the command functions only
(the parser is built before Django is set up).

    werkregie community parameters [--on YYYY-MM-DD]              the dated limits and allowances (JSON lines)
    werkregie community hours --month YYYY-MM --user USERNAME     hours and allowance per person (JSON lines; logged as USERNAME)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _month(value: str) -> tuple[int, int]:
    if not re.fullmatch(r"\d{4}-\d{2}", value or "") or not 1 <= int(value[5:]) <= 12:
        raise argparse.ArgumentTypeError(f"{value!r} is not a month (YYYY-MM)")
    return int(value[:4]), int(value[5:])


def cmd_parameters(args: argparse.Namespace) -> int:
    from werkregie.community import engine
    from werkregie.core import clock

    for row in engine.catalogue(args.on or clock.today()):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_hours(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal
    from werkregie.community import use_cases as uc
    from werkregie.core.errors import DomainError

    user = User.objects.filter(username=args.user).select_related("organisation").first()
    if user is None:
        print(f"error: no user {args.user!r}", file=sys.stderr)
        return 2
    principal = replace(Principal.for_session(user), channel="cli")
    year, month = args.month
    try:
        rows = uc.hours_overview(principal, year, month)
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    for r in rows:
        a, t = r.assignment, r.total
        print(json.dumps({"assignment_id": a.pk, "person_id": a.person_id, "name": str(a.person), "kind": a.kind, "activity": a.activity.title,
                          "month": f"{year:04d}-{month:02d}", "hours": str(t.hours), "allowance_eur": str(t.allowance),
                          "under_minimum": t.under_minimum, "in_progress": t.in_progress}, ensure_ascii=False))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this domain's sub-commands to the `werkregie` parser."""
    community = sub.add_parser("community", help="community service and wijk-werken: dated limits, hours and allowances")
    community_sub = community.add_subparsers(dest="community_command", required=True)
    parameters = community_sub.add_parser("parameters", help="the dated limits and allowances with their sources (JSON lines)")
    parameters.add_argument("--on", type=_date, default=None, help="the date whose values to show (default: today)")
    parameters.set_defaults(func=cmd_parameters)
    hours = community_sub.add_parser("hours", help="hours and allowance per person for one month (JSON lines; each person read is logged)")
    hours.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    hours.add_argument("--user", required=True, help="the municipality worker, counsellor or admin on whose access the list is made")
    hours.set_defaults(func=cmd_hours)
