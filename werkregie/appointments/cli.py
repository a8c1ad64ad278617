"""Command-line commands of appointments; registered by werkregie/cli.py. Import Django code inside the command functions only
(the parser is built before Django is set up).

    werkregie appointments kpis [--since YYYY-MM-DD] [--until YYYY-MM-DD]      no-show rate and lead time (JSON)
    werkregie appointments ics USERNAME [--output FILE]                         a counsellor's agenda as iCalendar

The reminders, link expiry, attendance tasks and referrals run in the nightly sweep: `werkregie deadlines sweep
[--as-of D] --only appointments`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _platform_analyst():  # noqa: ANN202 - a Principal that may read the aggregated figures
    from werkregie.accounts.models import Role, User
    from werkregie.accounts.principal import Principal

    return Principal.for_session(User(username="werkregie-cli", role=Role.ANALYST))


def cmd_kpis(args: argparse.Namespace) -> int:
    from werkregie.appointments.use_cases import kpis
    from werkregie.core.errors import DomainError

    try:
        figures = kpis(_platform_analyst(), args.since, args.until)
    except DomainError as exc:  # bad input: exit 2, the field named
        fields = "; ".join(f"--{e.field}: {e.message}" for e in exc.errors)
        print(f"error: {exc.detail}" + (f" ({fields})" if fields else ""), file=sys.stderr)
        return 2
    print(json.dumps(figures, ensure_ascii=False, default=str, indent=1))
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal
    from werkregie.appointments.ical import agenda_feed
    from werkregie.core.errors import DomainError

    user = User.objects.filter(username=args.username).first()
    if user is None:
        print(f"no user {args.username!r}", file=sys.stderr)
        return 2
    try:
        body = agenda_feed(Principal(user=user, scopes=Principal.for_session(user).scopes, channel="cli"))
    except DomainError as exc:
        print(exc.detail, file=sys.stderr)
        return 2
    if args.output:
        with open(args.output, "wb") as out:
            out.write(body)
    else:
        sys.stdout.buffer.write(body)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this domain's sub-commands to the `werkregie` parser."""
    appointments = sub.add_parser("appointments", help="appointments: KPIs and a counsellor's agenda as iCalendar")
    appointments_sub = appointments.add_subparsers(dest="appointments_command", required=True)
    kpis = appointments_sub.add_parser("kpis", help="no-show rate and days from invitation to appointment per office and municipality (JSON)")
    kpis.add_argument("--since", type=_date, default=None, help="first day (default: a year before --until)")
    kpis.add_argument("--until", type=_date, default=None, help="last day (default: today)")
    kpis.set_defaults(func=cmd_kpis)
    ics = appointments_sub.add_parser("ics", help="a counsellor's agenda as iCalendar (the reads are logged)")
    ics.add_argument("username")
    ics.add_argument("--output", help="write to this file instead of stdout")
    ics.set_defaults(func=cmd_ics)
