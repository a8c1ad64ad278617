#!/usr/bin/env python
"""Is the access log's single chain head the ceiling of the API? (issue 17, "Speed must not pay for it").

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wr_chain_bench python bench/access_chain_concurrency.py

Appends one-person entries (what GET /api/v1/persons/{id} writes) from 1, 4, 16 and 64 threads at once, each thread
with its own database connection, as gunicorn's workers and threads do. Reports appends per second and the p50/p95/p99
wait of one append for each, how long the head row stays locked per append (the serial part: UPDATE … RETURNING,
INSERT, UPDATE, COMMIT), and checks that `verify_chain` passes afterwards (no fork, no gap). The head's ceiling is
1 / lock-hold time; if that is far above the request rate the platform can serve, the single head is not the limit.
Writes bench/results/access-chain-concurrency-<vendor>-<date>.json (date, commit, machine, command, figures).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")


def pct(values: list[float], p: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[p - 1], 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-thread", type=int, default=150)
    parser.add_argument("--threads", default="1,4,16,64")
    args = parser.parse_args()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, connections

    call_command("migrate", verbosity=0)
    from werkregie.access import services

    actor = services.Actor(user_id=1, label="Bench (Bemiddelaar)", role="counsellor", organisation_name="Bench")
    services.record_access(actor, [1], "naam", "guidance", "api")  # warm up: key, statements

    # the serial part: how long one append keeps the head locked (measured alone, so nothing waits in it)
    hold = []
    for i in range(300):
        start = time.perf_counter()
        services.record_access(actor, [i + 1], "naam", "guidance", "api")
        hold.append((time.perf_counter() - start) * 1000)

    runs = []
    for n in [int(x) for x in args.threads.split(",")]:
        waits: list[float] = []
        lock = threading.Lock()
        barrier = threading.Barrier(n)

        def work(t: int) -> None:
            mine = []
            barrier.wait()
            for i in range(args.per_thread):
                start = time.perf_counter()
                services.record_access(actor, [t * 100_000 + i + 1], "naam", "guidance", "api")
                mine.append((time.perf_counter() - start) * 1000)
            connections.close_all()
            with lock:
                waits.extend(mine)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(n)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - start
        runs.append({"threads": n, "appends": len(waits), "appends_per_s": round(len(waits) / seconds, 1),
                     "wait_ms": {"p50": pct(waits, 50), "p95": pct(waits, 95), "p99": pct(waits, 99)}})
        print(json.dumps(runs[-1]), flush=True)
    result = services.verify_chain()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()[0]
    figures = {
        "date": dt.date.today().isoformat(), "commit": commit + " + working tree",
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
                    "load_average_at_end": round(load, 1), "note": "measured under load: 2 cores shared with other helpers' test runs"},
        "database": connection.vendor, "command": "python bench/access_chain_concurrency.py " + " ".join(sys.argv[1:]),
        "head_lock_hold_ms_alone": {"n": len(hold), "p50": pct(hold, 50), "p95": pct(hold, 95)},
        "head_ceiling_appends_per_s": round(1000 / pct(hold, 50), 1),
        "concurrent": runs,
        "verify": {"ok": result.ok, "entries": result.checked, "problem": result.problem},
    }
    out = ROOT / "bench" / "results" / f"access-chain-concurrency-{connection.vendor}-{figures['date']}.json"
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
