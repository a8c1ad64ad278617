"""`werkregie rules work-pays`: the "Loont werken?" comparison on the command line (issue 15, point 15).
Registered under `werkregie rules` by werkregie/cli.py; amounts may be typed the Belgian way (2.300,50)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from werkregie.core.commands import progress_bar as _progress

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


def _rules_error(exc: Exception) -> int:
    print(f"error: {exc}", file=sys.stderr)
    return 2


def cmd_rules_calc(args: argparse.Namespace) -> int:
    from werkregie.rules.calc import RuleInputError, evaluate

    inputs = {}
    for item in args.set or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            return _rules_error(f"--set {item!r}: use NAME=VALUE or NAME@month=VALUE (also @quarter, @year)")
        inputs[name.strip()] = value.strip()
    try:
        result = evaluate(args.period, inputs, args.compute.split(","), reform=args.reform)
    except RuleInputError as exc:
        return _rules_error(exc)
    output: dict = dict(result.results)
    not_in_force = {name: status.as_dict() for name, status in result.in_force.items() if not status.in_force}
    if not_in_force:  # 0 because the rule does not apply in the period asked: said, not hidden
        output["in_force"] = not_in_force
        for name, status in not_in_force.items():
            print(f"note: {name} is not in force in {result.period} (from {status['from']} until {status['until'] or 'now'}): 0", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    print(json.dumps(output))
    return 0


def cmd_rules_list(args: argparse.Namespace) -> int:
    from werkregie.rules.calc import PERIOD_FORMS, variables

    if args.reforms:
        from werkregie.rules.reforms import REFORMS

        reforms = [{"name": key, "description": reform.name} for key, reform in sorted(REFORMS.items())]
        print(json.dumps(reforms, ensure_ascii=False, indent=2) if args.json else "\n".join(f"{r['name']:<24} {r['description']}" for r in reforms))
        return 0
    rows = [v.as_dict() for v in variables()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"Periods: {PERIOD_FORMS}.")
    print("Inputs: --set NAME=VALUE is a value for the whole period asked; NAME@month=, NAME@quarter=, NAME@year= say the period of the value.\n")
    for row in rows:
        kind = "input" if row["is_input"] else "rule"
        print(f"{row['name']:<44} {kind:<5} {row['period']:<8} {row['unit']:<14} {row['description']}")
        print(f"{'':<44} period: {row['input_period']}")
        if row["is_input"]:
            print(f"{'':<44} {'default: ' + row['default'] if row['default'] else 'required when a rule needs it'}")
        elif row["in_force_from"] or row["in_force_until"]:
            print(f"{'':<44} in force: {row['in_force_from'] or '…'} – {row['in_force_until'] or 'now'}")
    return 0


def cmd_rules_batch(args: argparse.Namespace) -> int:
    from werkregie.rules.calc import RuleInputError, batch

    report: list = []
    try:
        with _progress(None, "computing", "persons") as bar:
            count = batch(args.period, Path(args.input), args.compute.split(","), Path(args.output), progress=bar.update, reform=args.reform,
                          report=report)
    except RuleInputError as exc:
        return _rules_error(exc)
    summary: dict = {"persons": count, "output": args.output}
    if report and report[0].passed_through:
        summary["passed_through"] = report[0].passed_through
    if report and report[0].not_in_force:
        summary["in_force"] = report[0].not_in_force
    print(json.dumps(summary))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    rules = sub.add_parser("rules", help="Flemish rules as code (OpenFisca)")
    rules_sub = rules.add_subparsers(dest="what", required=True)
    calc = rules_sub.add_parser("calc", help="compute variables for one person; prints JSON")
    calc.add_argument("--period", required=True, help="2024, 2024-03, 2024-Q1, 2024-2025 (school year), month:2024-01:3, year:2024-09")
    calc.add_argument("--set", action="append", metavar="NAME[@month|@quarter|@year]=VALUE",
                      help="an input, for the whole period asked or, with @month/@quarter/@year, per month, quarter or year (repeatable)")
    calc.add_argument("--compute", required=True, help="VARIABLE[,VARIABLE]")
    calc.add_argument("--reform", help="compute with a what-if reform (see `werkregie rules list --reforms`)")
    calc.set_defaults(func=cmd_rules_calc)
    rlist = rules_sub.add_parser("list", help="every variable with description, entity, period, unit and legal reference")
    rlist.add_argument("--json", action="store_true")
    rlist.add_argument("--reforms", action="store_true", help="list the what-if reforms instead of the variables")
    rlist.set_defaults(func=cmd_rules_list)
    rbatch = rules_sub.add_parser("batch", help="compute a population from a CSV of inputs (vectorised)")
    rbatch.add_argument("--period", required=True, help="as for calc: 2024, 2024-Q1, 2024-2025, ...")
    rbatch.add_argument("--input", required=True, help="CSV with a header; input columns NAME or NAME@month; other columns pass through")
    rbatch.add_argument("--compute", required=True)
    rbatch.add_argument("--output", required=True)
    rbatch.add_argument("--reform", help="compute with a what-if reform")
    rbatch.set_defaults(func=cmd_rules_batch)
    register_work_pays(rules_sub)
    register_simulate(rules_sub)


def cmd_simulate(args: argparse.Namespace) -> int:
    from .calc import RuleInputError
    from .simulation import SyntheticSpec, as_csv, as_dict, from_csv, parse_changes, simulate, synthetic

    try:
        changes = parse_changes(args.change or [])
        if args.input:
            population = from_csv(Path(args.input), args.variable, args.year)
        else:
            population = synthetic(SyntheticSpec(persons=args.persons, seed=args.seed, wage_median=args.wage_median,
                                                 wage_sigma=args.wage_sigma), args.year)
        result = simulate(population, str(args.year), args.variable, args.reform, changes)
    except RuleInputError as exc:
        return _rules_error(exc)
    if args.csv:
        Path(args.csv).write_text(as_csv(result), encoding="utf-8")
    for assumption in result.assumptions:
        print(f"assumption: {assumption.text}", file=sys.stderr)
    print(json.dumps(as_dict(result), ensure_ascii=False))
    return 0


def register_simulate(rules_sub: argparse._SubParsersAction) -> None:
    sim = rules_sub.add_parser("simulate", help="policy simulation: a reform beside the enacted rules over a population (JSON)")
    sim.add_argument("--year", type=int, required=True, help="the reference year, e.g. 2024")
    sim.add_argument("--variable", default="jobbonus", help="the amount simulated (default jobbonus; others need --input with their inputs)")
    sim.add_argument("--reform", help="a named reform (see `werkregie rules list --reforms`)")
    sim.add_argument("--change", action="append", metavar="PARAMETER+=AMOUNT", help="a parameter change, e.g. 'jobbonus.ondergrens += 100' (repeatable)")
    sim.add_argument("--input", help="a population CSV in the batch format (else a synthetic population)")
    sim.add_argument("--persons", type=int, default=200_000, help="synthetic population size (at most 3,000,000)")
    sim.add_argument("--seed", type=int, default=2026)
    sim.add_argument("--wage-median", dest="wage_median", type=float, default=3200.0, help="ASSUMPTION: median full-time gross monthly wage")
    sim.add_argument("--wage-sigma", dest="wage_sigma", type=float, default=0.35, help="ASSUMPTION: spread of the log wage")
    sim.add_argument("--csv", help="also write the breakdowns as CSV to this file")
    sim.set_defaults(func=cmd_simulate)

