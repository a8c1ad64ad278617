"""Command-line commands of worklist; registered by werkregie/cli.py. Import Django code inside the command functions only
(the parser is built before Django is set up).

    werkregie deadlines sweep [--as-of YYYY-MM-DD] [--progress] [--only NAME ...]
    werkregie deadlines terms [--on YYYY-MM-DD]
"""

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


def cmd_sweep(args: argparse.Namespace) -> int:
    from werkregie.worklist.sweep import run

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    result = run(args.as_of, progress=progress if args.progress else None, only=args.only or None)
    print(json.dumps(result, ensure_ascii=False))
    return 1 if result["errors"] else 0


def cmd_terms(args: argparse.Namespace) -> int:
    from werkregie.core import clock
    from werkregie.worklist.terms import catalogue

    for row in catalogue(args.on or clock.today()):
        print(json.dumps(row, ensure_ascii=False, default=str))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this domain's sub-commands to the `werkregie` parser."""
    deadlines = sub.add_parser("deadlines", help="legal deadlines: the sweep that fills the worklist, and the dated terms")
    deadlines_sub = deadlines.add_subparsers(dest="deadlines_command", required=True)
    sweep = deadlines_sub.add_parser("sweep", help="compute what is due and overdue for everyone and make the worklist tasks (idempotent)")
    sweep.add_argument("--as-of", type=_date, default=None, help="the date to sweep for (default: today)")
    sweep.add_argument("--progress", action="store_true", help="report each contributor and partition on stderr")
    sweep.add_argument("--only", nargs="*", help="run only these contributors (by name)")
    sweep.set_defaults(func=cmd_sweep)
    terms = deadlines_sub.add_parser("terms", help="every legal term with its value, unit, source and uncertainty (JSON lines)")
    terms.add_argument("--on", type=_date, default=None, help="the date whose values to show (default: today)")
    terms.set_defaults(func=cmd_terms)
