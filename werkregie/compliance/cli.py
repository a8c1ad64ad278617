"""Command-line commands of compliance; registered by werkregie/cli.py. Import Django code inside the command functions only
(the parser is built before Django is set up).

    werkregie compliance rules [--on YYYY-MM-DD]                      the uniform decision rule table (JSON)
    werkregie compliance propose INFRINGEMENT [--earlier N] [--deliberate] [--on YYYY-MM-DD]
    werkregie compliance sweep [--as-of YYYY-MM-DD]                  the compliance part of the deadline sweep
    werkregie compliance counts                                       open cases per step (no personal data)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def cmd_rules(args: argparse.Namespace) -> int:
    from werkregie.compliance import rules
    from werkregie.core import clock

    print(json.dumps(rules.table(args.on or clock.today()), ensure_ascii=False, indent=2))
    return 0


def cmd_propose(args: argparse.Namespace) -> int:
    import sys

    from werkregie.compliance import rules
    from werkregie.compliance.enums import Infringement
    from werkregie.core import clock

    if args.infringement not in Infringement.values:
        print(f"infringement: one of {', '.join(Infringement.values)}", file=sys.stderr)
        return 2
    try:
        proposal = rules.propose(args.infringement, args.earlier, args.on or clock.today(), deliberate=args.deliberate)
    except ValueError as exc:
        print(f"on: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({**proposal.as_json(), "range": proposal.range_text()}, ensure_ascii=False, indent=2))
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    from werkregie.compliance.services import sweep_cases
    from werkregie.core import clock

    print(json.dumps(sweep_cases(args.as_of or clock.today())))
    return 0


def cmd_counts(args: argparse.Namespace) -> int:
    from django.db.models import Count

    from werkregie.compliance.models import Case

    rows = Case.objects.values("state", "infringement").annotate(n=Count("pk")).order_by("state", "infringement")
    print(json.dumps([dict(r) for r in rows], ensure_ascii=False))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this domain's sub-commands to the `werkregie` parser."""
    compliance = sub.add_parser("compliance", help="availability control: the uniform sanction rules, the case sweep, counts")
    cs = compliance.add_subparsers(dest="compliance_command", required=True)
    rules = cs.add_parser("rules", help="the uniform decision rule table in force on a day, with sources and uncertainty (JSON)")
    rules.add_argument("--on", type=_date, default=None)
    rules.set_defaults(func=cmd_rules)
    propose = cs.add_parser("propose", help="the proposal for an infringement with N earlier ones in the repetition window (JSON)")
    propose.add_argument("infringement")
    propose.add_argument("--earlier", type=int, default=0)
    propose.add_argument("--deliberate", action="store_true")
    propose.add_argument("--on", type=_date, default=None)
    propose.set_defaults(func=cmd_propose)
    sweep = cs.add_parser("sweep", help="start terms from deemed notifications, expire hearing terms, close after the appeal term (idempotent)")
    sweep.add_argument("--as-of", type=_date, default=None)
    sweep.set_defaults(func=cmd_sweep)
    counts = cs.add_parser("counts", help="cases per step and infringement (JSON)")
    counts.set_defaults(func=cmd_counts)
