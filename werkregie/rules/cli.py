"""`werkregie rules work-pays`: the "Loont werken?" comparison on the command line (issue 15, point 15).
Registered under `werkregie rules` by werkregie/cli.py; amounts may be typed the Belgian way (2.300,50)."""

from __future__ import annotations

import argparse
import json
import sys

GIVEN = "given by the person or counsellor (not encoded in the rules)"


def cmd_work_pays(args: argparse.Namespace) -> int:
    from .calc import RuleInputError
    from .work_pays import as_dict, compare, read_input

    raw = {name: getattr(args, name) for name in ("start", "gross_monthly", "hours_per_week", "full_time_hours", "distance_km",
                                                  "benefit_monthly", "days_per_week", "cost_per_km", "travel_allowance_monthly",
                                                  "net_monthly", "withholding_monthly")}
    raw["blue_collar"] = args.blue_collar
    try:
        result = as_dict(compare(read_input(raw)))
    except RuleInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for note in result["notes"]:
        print(f"note: {note}", file=sys.stderr)
    print(json.dumps(result))
    return 0


def register_work_pays(rules_sub: argparse._SubParsersAction) -> None:
    wp = rules_sub.add_parser("work-pays", help="Loont werken? net income in a job offer against the current benefit, month by month (JSON)")
    wp.add_argument("--start", required=True, help="first month in work: 2024-09 or 09/2024 (from 07/2023)")
    wp.add_argument("--gross", dest="gross_monthly", required=True, help="the offer's gross monthly wage, e.g. 2.300,50")
    wp.add_argument("--hours", dest="hours_per_week", required=True, help="the offer's hours a week")
    wp.add_argument("--full-time-hours", dest="full_time_hours", default="38", help="a full-time week in the sector (default 38)")
    wp.add_argument("--distance", dest="distance_km", required=True, help="km one way, home to work")
    wp.add_argument("--benefit", dest="benefit_monthly", required=True, help=f"the current net benefit per month, {GIVEN}")
    wp.add_argument("--blue-collar", dest="blue_collar", action="store_true", help="arbeider (108 %% basis, blue-collar werkbonus)")
    wp.add_argument("--days", dest="days_per_week", default="5", help="days a week travelled (default 5)")
    wp.add_argument("--cost-per-km", dest="cost_per_km", default="0", help=f"what a km costs, {GIVEN}")
    wp.add_argument("--travel-allowance", dest="travel_allowance_monthly", default="0", help="the employer's travel allowance per month")
    wp.add_argument("--net", dest="net_monthly", help=f"the offer's net wage per month when known, {GIVEN}")
    wp.add_argument("--withholding", dest="withholding_monthly", help=f"the withholding tax per month when known, {GIVEN}")
    wp.set_defaults(func=cmd_work_pays)
