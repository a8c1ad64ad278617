"""Command-line commands of the batch jobs; registered by werkregie/cli.py. Django is imported inside the functions.

    werkregie batch run sweep [--as-of YYYY-MM-DD]          the deadline sweep (worklist partitions on the cluster)
    werkregie batch run screening                           today's screening scores of every current job seeker
    werkregie batch run kpis [--full] [--no-publish]        the KPI refresh (incremental unless --full)
    werkregie batch run matching [--top 20]                 the nightly matching
    werkregie batch run rules --period P --input CSV --compute V[,V] --output CSV [--reform R]
        common: [--workers N] [--scheduler tcp://HOST:8786] [--size N] [--key KEY]
    werkregie batch status [--job JOB] [--limit N]          the latest runs and their progress (JSON lines)
    werkregie batch schedule                                install the daily screening and matching jobs in the task runner

A run is identified by its job and key (the date, the day's moment for the KPIs, the input file for rules): running
it again resumes it (done partitions are skipped) or, when it is done, prints its summary without running anything."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys


def _params(args: argparse.Namespace) -> dict:
    from pathlib import Path

    job = args.job
    params: dict = {}
    if job == "sweep" and args.as_of:
        params["as_of"] = dt.date.fromisoformat(args.as_of)
    if job == "kpis":
        params.update(full=args.full, publish=not args.no_publish)
    if job == "matching":
        params["top"] = args.top
    if job == "rules":
        missing = [n for n in ("period", "input", "compute", "output") if not getattr(args, n)]
        if missing:
            raise ValueError("rules: give " + ", ".join(f"--{n}" for n in missing))
        params.update(period=args.period, source=Path(args.input), compute=args.compute.split(","), target=Path(args.output), reform=args.reform)
    if args.size:
        params["size"] = args.size
    return params


def cmd_run(args: argparse.Namespace) -> int:
    from werkregie.batch import use_cases
    from werkregie.core.commands import progress_bar

    try:
        params = _params(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    bar = progress_bar(None, f"batch {args.job}", unit="partitions")

    def progress(done: int, total: int, counts: dict) -> None:
        bar.total = total
        bar.n = done
        bar.set_postfix({k: v for k, v in counts.items() if isinstance(v, int)}, refresh=False)
        bar.refresh()

    try:
        result = use_cases.start(args.job, key=args.key, address=args.scheduler, workers=args.workers, progress=progress, **params)
    except Exception as exc:  # noqa: BLE001 - reported; the ledger keeps the done partitions for the next run
        bar.close()
        print(f"error: {type(exc).__name__}: {exc} (run it again to resume)", file=sys.stderr)
        return 1
    bar.close()
    print(json.dumps(result, ensure_ascii=False, default=str))
    return 1 if result.get("errors") else 0


def cmd_status(args: argparse.Namespace) -> int:
    from werkregie.batch import use_cases

    for row in use_cases.runs(args.job, args.limit):
        print(json.dumps(row, ensure_ascii=False, default=str))
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:  # noqa: ARG001
    from werkregie.batch import tasks

    print(json.dumps({"scheduled": tasks.ensure_schedules()}))
    return 0


JOB_NAMES = ("sweep", "screening", "kpis", "matching", "rules")


def register(sub: argparse._SubParsersAction) -> None:
    batch = sub.add_parser("batch", help="the nightly jobs as partitioned tasks on Dask (a local cluster, or WERKREGIE_DASK_SCHEDULER)")
    batch_sub = batch.add_subparsers(dest="what", required=True)
    run = batch_sub.add_parser("run", help="run or resume a batch job; a JSON summary on stdout, progress on stderr")
    run.add_argument("job", choices=JOB_NAMES)
    run.add_argument("--workers", type=int, help="local cluster: worker processes (default: one per core)")
    run.add_argument("--scheduler", help="address of a running `dask scheduler` (default: WERKREGIE_DASK_SCHEDULER, else a local cluster)")
    run.add_argument("--size", type=int, help="partition size (persons, or rows for rules)")
    run.add_argument("--key", help="the run's key (default: the job's: the date, the input file); the same key resumes")
    run.add_argument("--as-of", help="sweep: the date (default today)")
    run.add_argument("--full", action="store_true", help="kpis: recompute everyone")
    run.add_argument("--no-publish", action="store_true", help="kpis: do not publish today's figures after the refresh")
    run.add_argument("--top", type=int, default=20, help="matching: vacancies per job seeker")
    for name in ("period", "input", "compute", "output", "reform"):
        run.add_argument(f"--{name}", help=f"rules: as `werkregie rules batch --{name}`")
    run.set_defaults(func=cmd_run)
    status = batch_sub.add_parser("status", help="the latest runs with their progress (JSON lines)")
    status.add_argument("--job", choices=JOB_NAMES)
    status.add_argument("--limit", type=int, default=20)
    status.set_defaults(func=cmd_status)
    schedule = batch_sub.add_parser("schedule", help="install the daily screening scores and nightly matching in the task runner")
    schedule.set_defaults(func=cmd_schedule)
