"""Command-line commands of the KPIs; registered by werkregie/cli.py. Django is imported inside the functions.

    werkregie kpi refresh [--full]     bring the KPI tables up to date (incremental from the changes since the last refresh)
    werkregie kpi schedule             install the daily incremental refresh in the task runner (django-q2)
    werkregie kpi catalogue            every KPI with its definition, unit, source and formula (JSON lines)
"""

from __future__ import annotations

import argparse
import json


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


def register(sub: argparse._SubParsersAction) -> None:
    kpi = sub.add_parser("kpi", help="KPI tables: refresh, schedule, catalogue")
    kpi_sub = kpi.add_subparsers(dest="kpi_command", required=True)
    refresh = kpi_sub.add_parser("refresh", help="update the KPI tables (incremental unless --full)")
    refresh.add_argument("--full", action="store_true", help="recompute everything from the register")
    refresh.set_defaults(func=cmd_refresh)
    kpi_sub.add_parser("schedule", help="install the daily incremental refresh (django-q2)").set_defaults(func=cmd_schedule)
    kpi_sub.add_parser("catalogue", help="the KPI catalogue (JSON lines)").set_defaults(func=cmd_catalogue)
