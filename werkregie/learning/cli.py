"""Command-line commands of the learning account, under the `careers` group of werkregie/cli.py (each module in
CAREERS_COMMANDS there adds its own subcommands). Django code is imported inside the command functions only.

    werkregie careers ledger check [--json]          the auditor's reconciliation; exit 1 naming what is wrong
    werkregie careers ledger credit --year YYYY      the year's learning credit for every eligible person (idempotent)
    werkregie careers ledger expire [--on DATE]      let unused credit lapse (the nightly sweep does this too)
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


def cmd_check(args: argparse.Namespace) -> int:
    from werkregie.learning.check import check_books

    report = check_books()
    if args.json:
        print(json.dumps({"ok": report.ok, "problems": report.problems, **report.figures}, ensure_ascii=False))
    else:
        figures = report.figures
        print(f"{figures.get('postings', 0)} postings, {figures.get('accounts', 0)} accounts; balances per unit {figures.get('balances', {})}; "
              f"open reservations {figures.get('open_reservations', {})}")
        for problem in report.problems:
            print(f"WRONG: {problem}", file=sys.stderr)
        print("the books balance" if report.ok else f"the books do NOT balance ({len(report.problems)} problems)")
    return 0 if report.ok else 1


def cmd_credit(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError
    from werkregie.learning import use_cases
    from werkregie.workflows.services import PLATFORM

    try:
        covered = use_cases.credit_yearly_all(args.year, PLATFORM)
    except (DomainError, ValueError) as exc:
        print(f"error: {getattr(exc, 'detail', exc)}", file=sys.stderr)
        return 2
    print(json.dumps({"year": args.year, "persons": covered}))
    return 0


def cmd_expire(args: argparse.Namespace) -> int:
    from werkregie.core import clock
    from werkregie.learning import use_cases

    on = args.on or clock.today()
    print(json.dumps({"on": on.isoformat(), "expired": use_cases.expire_due(on)}))
    return 0


def register_careers(careers_sub: argparse._SubParsersAction) -> None:
    ledger = careers_sub.add_parser("ledger", help="the learning and career account's ledger")
    ledger_sub = ledger.add_subparsers(dest="ledger_command", required=True)
    check = ledger_sub.add_parser("check", help="prove the books balance (entries, balances, no negative balance, chain); exit 1 naming what is wrong")
    check.add_argument("--json", action="store_true", help="one line of JSON")
    check.set_defaults(func=cmd_check)
    credit = ledger_sub.add_parser("credit", help="post the year's learning credit for every eligible person (idempotent)")
    credit.add_argument("--year", type=int, required=True)
    credit.set_defaults(func=cmd_credit)
    expire = ledger_sub.add_parser("expire", help="let unused credit lapse on a day (default today)")
    expire.add_argument("--on", type=_date)
    expire.set_defaults(func=cmd_expire)
