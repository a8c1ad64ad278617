"""Deadline sweep speed on PostgreSQL: the whole sweep (`werkregie deadlines sweep`, every domain's contributor) over
about 250,000 current job seekers. Target (issue 11): under 60 s.

The bench database (default `werkregie_bench_deadlines`) is filled with the demo's population generator
(`werkregie generate --persons N`, written with COPY; 2,100,000 persons give about 258,000 current job seekers) and, once, assessments for a
share of the job seekers (so binding agreements are due for the non-self-reliant on benefit). Then the shipped command
runs in its own process each time and is timed from the outside:

  all_first / all_again / all_next_day — the whole sweep (every domain's contributor): the first run on a database
      without tasks creates every task (and works off the other domains' one-off backlog, e.g. a trajectory for every
      recent assessment); the same date again writes nothing (idempotent); the next day writes only what changed;
  worklist_cold / worklist_again / worklist_next_day — with --worklist-only: the same for `--only worklist` (screenings
      due and agreements to make for every current job seeker).

Each run keeps, beside its wall time, the CPU seconds of the sweep's process and of its database backend, and the load
average before it: on a shared machine the wall time is mostly waiting for a core, the CPU time is what the run costs.
Results go through bench/resultfile.py to bench/results/deadlines-<date>.json (date, commit, machine, command, figures,
README rows) after every run, and to stdout.
Run: .venv/bin/python bench/deadlines.py [--persons 2100000] [--as-of 2026-11-27] [--database werkregie_bench_deadlines]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import resultfile  # bench/resultfile.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
WERKREGIE = str(ROOT / ".venv" / "bin" / "werkregie")
SERVER = "postgres://postgres@127.0.0.1:5432"
ASSESSED_SHARE = 0.1  # of the current job seekers, assessed once in their spell (half of them not self-reliant)


def _env(database: str) -> dict:
    return {**os.environ, "DATABASE_URL": f"{SERVER}/{database}", "WERKREGIE_DATA_DIR": f"/tmp/{database}"}


def _ensure_database(database: str) -> None:
    exists = subprocess.run(["psql", f"{SERVER}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{database}'"],
                            capture_output=True, text=True, check=True).stdout.strip()
    if exists != "1":
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)


def _django(database: str) -> None:
    os.environ.update(_env(database))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
    import django

    django.setup()


def _populate(database: str, persons: int) -> dict:
    from werkregie.people.models import Person

    subprocess.run([WERKREGIE, "manage", "migrate", "-v0"], env=_env(database), check=True)
    have = Person.all_objects.count()
    took = 0.0
    if have < persons:
        started = time.perf_counter()
        subprocess.run([WERKREGIE, "generate", "--persons", str(persons - have)], env=_env(database), check=True)
        took = time.perf_counter() - started
        # as a database in use would be: vacuumed and analysed after the bulk load (autovacuum would, some time later)
        subprocess.run(["vacuumdb", "-h", "127.0.0.1", "-U", "postgres", "--analyze", "--quiet", database], check=True)
    return {"persons": Person.all_objects.count(), "generate_seconds": round(took, 1)}


def _assess(as_of: dt.date, share: float) -> int:
    """Assessments for a fixed share of the current job seekers (idempotent: skipped when the bench made them before)."""
    import random

    from werkregie.accounts.models import Role, User
    from werkregie.core import clock
    from werkregie.screening.models import Assessment
    from werkregie.worklist.sweeps import current_jobseekers

    if Assessment.objects.exists():  # the bench database's assessments are the bench's own
        return Assessment.objects.count()
    counsellor = User.objects.filter(role=Role.COUNSELLOR, organisation__isnull=False).order_by("id").first()
    rng = random.Random(11)
    ids = current_jobseekers(as_of)
    chosen = [pid for pid in ids if rng.random() < share]
    rows = []
    for pid in chosen:
        self_reliant = rng.random() < 0.5
        at = dt.datetime.combine(as_of - dt.timedelta(days=rng.randint(1, 300)), dt.time(10), tzinfo=clock.BRUSSELS)
        category = "short" if self_reliant else rng.choice(["medium", "long"])
        rows.append(Assessment(person_id=pid, counsellor=counsellor, assessed_at=at, competences="sufficient", dutch_level="B2", digital_skills="basic",
                               motivation="high", proposed_category=category, proposed_self_reliant=self_reliant, reasons=[], category=category,
                               self_reliant=self_reliant))
    Assessment.objects.bulk_create(rows, batch_size=5000)
    return len(rows)


class _ServerCpu(threading.Thread):
    """CPU seconds of the database server's client backends for `database` while a run lasts (the server runs on this
    machine: pg_stat_activity gives the backends, /proc their CPU time), polled every half second."""

    def __init__(self, database: str) -> None:
        super().__init__(daemon=True)
        self.database, self.done, self.seen = database, threading.Event(), {}

    def run(self) -> None:
        import psycopg

        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
            while not self.done.wait(0.5):
                for (pid,) in conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s AND backend_type = 'client backend'",
                                           (self.database,)).fetchall():
                    try:
                        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    except OSError:
                        continue
                    self.seen[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def seconds(self) -> float:
        self.done.set()
        self.join()
        return round(sum(self.seen.values()), 1)


def _sweep(database: str, as_of: dt.date, only: list[str] | None = None) -> dict:
    from django.db import connection

    command = [WERKREGIE, "deadlines", "sweep", "--as-of", as_of.isoformat()] + (["--only", *only] if only else [])
    connection.close()  # the bench's own backend is not counted
    server = _ServerCpu(database)
    server.start()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=_env(database), capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time is what a run costs whatever else the machine does (wall time on a shared machine is mostly waiting)
    cpu = {"sweep_process_cpu_seconds": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
           "database_cpu_seconds": server.seconds()}
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        sys.stderr.write(done.stderr[-3000:])
        return {"command": " ".join(command[1:]), "wall_seconds": round(wall, 2), "failed": f"exit {done.returncode}", **cpu}
    # a contributor that fails is reported (exit 1) and the others still run: keep the figures and the errors
    return {"command": " ".join(command[1:]), "wall_seconds": round(wall, 2), **cpu, "sweep_seconds": result["seconds"],
            "contributors": result["contributors"], "errors": result.get("errors", {})}


def _machine() -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    return {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(), "postgresql": version,
            "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}


def readme_rows(result: dict) -> list[dict]:
    """The README's row, from the figures: the first run (wall and CPU) and the rerun at the same date."""
    runs = result["runs"]
    first = runs.get("all_first") or runs.get("worklist_cold")
    again = runs.get("all_again") or runs.get("worklist_again")
    if first is None:
        return []
    what = (f"deadline sweep, {result['persons']:,} persons, {result['current_jobseekers']:,} job seekers (first run / rerun)"
            + ("" if "all_first" in runs else ", worklist contributor only"))
    measured = (f"{first['wall_seconds']} s wall, {first['sweep_process_cpu_seconds'] + first['database_cpu_seconds']:.1f} s CPU"
                + (f" / {again['wall_seconds']} s wall" if again else "") + f" (load average {first['load_average_before']})")
    return [{"what": what, "target": f"< {result['target_seconds']} s", "measured": measured}]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=2_100_000)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None, help="default: today")
    parser.add_argument("--database", default="werkregie_bench_deadlines")
    parser.add_argument("--fresh-tasks", action="store_true", help="delete the worklist's tasks first (a cold first run)")
    parser.add_argument("--assessed-share", type=float, default=ASSESSED_SHARE, help="share of the job seekers with an assessment")
    parser.add_argument("--worklist-only", action="store_true", help="time only the worklist's own contributor (screening, agreements to make)")
    parser.add_argument("--setup-only", action="store_true", help="create and fill the bench database, run nothing")
    parser.add_argument("--out", type=Path, default=None, help="results file (default bench/results/deadlines-<date>.json)")
    args = parser.parse_args()
    _ensure_database(args.database)
    _django(args.database)
    from django.db.models import Q

    from werkregie.core import clock
    from werkregie.worklist.models import Task
    from werkregie.worklist.sweeps import current_jobseekers

    as_of = args.as_of or clock.today()
    population = _populate(args.database, args.persons)
    jobseekers = len(current_jobseekers(as_of))
    assessed = _assess(as_of, args.assessed_share)
    if args.setup_only:
        print(json.dumps({**population, "current_jobseekers": jobseekers, "assessments": assessed}))
        return
    if args.fresh_tasks:
        Task.objects.filter(Q(key__startswith="screening:") | Q(key__startswith="agreement_to_make:")).delete()
    # the worklist's own contributor (screenings due, agreements to make): cold, again, next day
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    result = {
        "date": clock.today().isoformat(), "commit": commit, "machine": _machine(), "database": args.database, "as_of": as_of.isoformat(),
        "command": f"werkregie deadlines sweep --as-of {as_of.isoformat()}", **population, "current_jobseekers": jobseekers,
        "assessments": assessed, "runs": {}, "target_seconds": 60,
    }
    started = resultfile.machine()
    if args.worklist_only:
        plan = [("worklist_cold", as_of, ["worklist"]), ("worklist_again", as_of, ["worklist"]),
                ("worklist_next_day", as_of + dt.timedelta(days=1), ["worklist"])]
    else:  # the whole sweep (every domain): the first run, then the steady state at the same date and the next day
        plan = [("all_first", as_of, None), ("all_again", as_of, None), ("all_next_day", as_of + dt.timedelta(days=1), None)]
    result["tasks_before"] = Task.objects.count()
    for name, day, only in plan:
        load = os.getloadavg()[0]
        result["runs"][name] = {**_sweep(args.database, day, only), "load_average_before": round(load, 2)}
        runs = result["runs"]
        result["tasks"] = Task.objects.count()
        result["met"] = all(r["wall_seconds"] < 60 and not r.get("errors") and "failed" not in r for r in runs.values())
        # after every run: a long bench leaves its figures
        out = resultfile.write("deadlines", result, readme_rows(result), started={**started, **result["machine"]}, out=args.out)
        print(f"{name}: {result['runs'][name]['wall_seconds']} s", file=sys.stderr, flush=True)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"results: {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
