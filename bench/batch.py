"""Batch layer (issue 18 point 9): one job in process against the same job on a two-worker local Dask cluster, on
PostgreSQL. The job is the full KPI refresh (every person's contributions recomputed, the cells rebuilt): in process
`refresh.full()` (what `werkregie kpi refresh --full` runs), then `werkregie batch run kpis --full --workers 2` (the
cluster's start counted in its time). Both must leave exactly the same cells; the benchmark fails otherwise.

The bench database (default `wr_batch_bench`) is filled once with the demo's population generator (COPY).
Results: bench/results/batch-<date>.json through bench/resultfile.py, and stdout.
Run: .venv/bin/python bench/batch.py [--persons 100000] [--database wr_batch_bench] [--workers 2] [--size 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import resultfile  # bench/resultfile.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
SERVER = "postgres://postgres@127.0.0.1:5432"


def _ensure_database(database: str) -> None:
    """Create the bench database (an existing one is kept: createdb then fails, which is fine)."""
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], capture_output=True, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--database", default="wr_batch_bench")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--size", type=int, default=2000)
    args = parser.parse_args()
    started = resultfile.machine()
    _ensure_database(args.database)
    os.environ.update({"DATABASE_URL": f"{SERVER}/{args.database}", "WERKREGIE_DATA_DIR": f"/tmp/{args.database}",
                       "DJANGO_SETTINGS_MODULE": "werkregie.settings"})
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from werkregie.core.commands import migrate
    from werkregie.demo.services import generate_population
    from werkregie.geo.models import Municipality
    from werkregie.geo.services import load_reference_data
    from werkregie.people.models import Person

    migrate()
    if not Municipality.objects.exists():
        load_reference_data()
    have = Person.objects.count()
    if have < args.persons:
        generate_population(args.persons - have)
    persons = Person.objects.count()

    from werkregie.batch import use_cases
    from werkregie.batch.models import BatchRun
    from werkregie.kpis import refresh

    t0 = time.perf_counter()
    in_process = refresh.full()
    in_process_s = time.perf_counter() - t0
    expected = refresh.snapshot()
    BatchRun.objects.filter(job="kpis").delete()
    t0 = time.perf_counter()
    result = use_cases.start("kpis", full=True, publish=False, workers=args.workers, size=args.size)
    cluster_s = time.perf_counter() - t0
    same = refresh.snapshot() == expected
    # the default choice (no --workers, no scheduler): below WERKREGIE_BATCH_IN_PROCESS_BELOW items, in the driver's process
    BatchRun.objects.filter(job="kpis").delete()
    t0 = time.perf_counter()
    auto = use_cases.start("kpis", full=True, publish=False, size=args.size)
    auto_s = time.perf_counter() - t0
    where = BatchRun.objects.get(pk=auto["run"]).cluster
    same_auto = refresh.snapshot() == expected
    same = same and same_auto
    figures = {"persons": persons, "cells": in_process["cells"], "workers": args.workers, "partition_size": args.size,
               "partitions": result["partitions"], "in_process_s": round(in_process_s, 1), "cluster_s": round(cluster_s, 1),
               "speedup": round(in_process_s / cluster_s, 2), "default_choice": where, "default_s": round(auto_s, 1), "same_cells": same}
    rows = [{"what": f"KPI full refresh, {persons:,} persons: in process", "target": "—", "measured": f"{in_process_s:.1f} s"},
            {"what": f"the same on a {args.workers}-worker local Dask cluster (start included)", "target": "same cells",
             "measured": f"{cluster_s:.1f} s, cells {'identical' if same else 'DIFFERENT'}"},
            {"what": f"the same as `werkregie batch run kpis --full` chooses by default ({where}; ledger and partitions kept)",
             "target": "not slower than in process by more than the ledger", "measured": f"{auto_s:.1f} s"}]
    path = resultfile.write("batch", figures, rows, started=started)
    print(json.dumps({**figures, "file": str(path)}))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
