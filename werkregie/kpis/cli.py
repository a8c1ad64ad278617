"""Command-line commands of the KPIs; registered by werkregie/cli.py. Django is imported inside the functions.

    werkregie kpi refresh [--full]     bring the KPI tables up to date (incremental from the changes since the last refresh)
    werkregie kpi schedule             install the daily incremental refresh in the task runner (django-q2)
    werkregie kpi catalogue            every KPI with its definition, unit, source and formula (JSON lines)
    werkregie kpi report --municipality NIS [--quarter 2026-K3] [--out FILE]   the quarterly transparency report (PDF)
"""

from __future__ import annotations

import argparse
import json
import sys


def cmd_refresh(args: argparse.Namespace) -> int:
    from werkregie.core import clock
    from werkregie.kpis import figures, refresh

    result = refresh.full() if args.full else refresh.incremental()
    result["published"] = figures.warm(clock.today())
    print(json.dumps(result))
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:  # noqa: ARG001
    from werkregie.kpis import tasks

    print(json.dumps({"scheduled": tasks.ensure_schedule()}))
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:  # noqa: ARG001
    from werkregie.kpis import use_cases

    for row in use_cases.catalogue_rows():
        print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from werkregie.accounts.models import Role, User
    from werkregie.accounts.principal import Principal
    from werkregie.core.errors import DomainError
    from werkregie.kpis import report

    # the command runs with the rights of an analyst account (aggregates only), like the page
    analyst = User.objects.filter(role=Role.ANALYST, is_active=True).order_by("pk").first()
    if analyst is None:
        print("error: no active analyst account to run the report as", file=sys.stderr)
        return 2
    try:
        filename, pdf = report.municipality_report(Principal.for_session(analyst), args.municipality, args.quarter)
    except DomainError as exc:
        details = "; ".join(f"{e.field}: {e.message}" for e in exc.errors)
        print(f"error: {exc.detail}" + (f" ({details})" if details else ""), file=sys.stderr)
        return 2
    out = Path(args.out or filename)
    out.write_bytes(pdf)
    print(json.dumps({"file": str(out), "bytes": len(pdf)}))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    kpi = sub.add_parser("kpi", help="KPI tables: refresh, schedule, catalogue")
    kpi_sub = kpi.add_subparsers(dest="kpi_command", required=True)
    refresh = kpi_sub.add_parser("refresh", help="update the KPI tables (incremental unless --full)")
    refresh.add_argument("--full", action="store_true", help="recompute everything from the register")
    refresh.set_defaults(func=cmd_refresh)
    kpi_sub.add_parser("schedule", help="install the daily incremental refresh (django-q2)").set_defaults(func=cmd_schedule)
    kpi_sub.add_parser("catalogue", help="the KPI catalogue (JSON lines)").set_defaults(func=cmd_catalogue)
    rep = kpi_sub.add_parser("report", help="a municipality's quarterly transparency report (PDF)")
    rep.add_argument("--municipality", required=True, help="NIS code, e.g. 44021")
    rep.add_argument("--quarter", default="", help="e.g. 2026-K3 (default: the last completed quarter)")
    rep.add_argument("--out", default="", help="PDF file (default: transparantierapport-<nis>-<quarter>.pdf)")
    rep.set_defaults(func=cmd_report)
