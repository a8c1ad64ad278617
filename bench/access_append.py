#!/usr/bin/env python
"""Micro-benchmark of appending to the access log (issue 17, point 6 and "Speed must not pay for it"), in process.

    python bench/access_append.py --label before                 # a fresh SQLite database in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wr_log_bench python bench/access_append.py --label after

Measures `record_access` as the hot path calls it: one person (a GET of one record) and a page of 50 persons (a
caseload or search page), p50/p95 in microseconds and appends per second, plus `audit verify` per 1,000 entries.
Writes bench/results/access-append-<label>-<vendor>-<date>.json (date, commit, machine, command, figures).
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
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")


def pct(values: list[float], p: int) -> float:
    """The p-th percentile (statistics.quantiles, inclusive), in the unit given, one decimal."""
    return round(statistics.quantiles(values, n=100, method="inclusive")[p - 1], 1)


def timed(n: int, fn) -> list[float]:  # noqa: ANN001
    out = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - start) * 1e6)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--label", required=True)
    parser.add_argument("--single", type=int, default=2000, help="appends of one person")
    parser.add_argument("--pages", type=int, default=200, help="appends of a page of 50 persons")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        os.environ["WERKREGIE_DATA_DIR"] = tempfile.mkdtemp(prefix="wr-bench-access-")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from werkregie.access import services

    actor = services.Actor(user_id=1, label="Bench (Bemiddelaar)", role="counsellor", organisation_name="Bench")
    services.record_access(actor, [1], "naam", "guidance", "web")  # warm up (key load, statements)
    single = timed(args.single, lambda i: services.record_access(actor, [i + 1], "naam", "guidance", "api"))
    page = timed(args.pages, lambda i: services.record_access(actor, range(i * 50 + 1, i * 50 + 51), "naam", "guidance", "web"))
    start = time.perf_counter()
    result = services.verify_chain()
    verify_s = time.perf_counter() - start
    cpu = {}
    entry = services.AccessLogEntry.objects.order_by("-seq").first()
    if hasattr(entry, "content"):  # the keyed chain: its extra CPU per entry, measured apart from the database's noise
        import hashlib
        import hmac

        from werkregie.core import keys

        secret = keys.mac_key(entry.key_id, "access-log")
        n = 20000
        plain = timed(n, lambda i: hashlib.sha256(entry.content()).hexdigest())
        keyed = timed(n, lambda i: hmac.new(secret, entry.content(), hashlib.sha256).hexdigest())
        kid = timed(n, lambda i: keys.current_kid_cached())
        cpu = {"per_entry_sha256_us": pct(plain, 50), "per_entry_hmac_us": pct(keyed, 50), "per_append_current_key_us": pct(kid, 50)}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    figures = {
        "date": dt.date.today().isoformat(),
        "commit": commit + " + working tree",
        "label": args.label,
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
                    "note": "2 cores shared with other jobs: absolute figures are noisy, compare before/after"},
        "database": connection.vendor,
        "command": "python bench/access_append.py " + " ".join(sys.argv[1:]),
        "single_person_append_us": {"n": len(single), "p50": pct(single, 50), "p95": pct(single, 95), "per_second": round(len(single) / (sum(single) / 1e6), 1)},
        "page_of_50_append_us": {"n": len(page), "p50": pct(page, 50), "p95": pct(page, 95), "entries_per_second": round(50 * len(page) / (sum(page) / 1e6), 1)},
        "keyed_chain_cpu_p50": cpu,
        "verify": {"entries": result.checked, "ok": result.ok, "ms_per_1000": round(verify_s * 1000 / max(1, result.checked) * 1000, 2)},
    }
    out = ROOT / "bench" / "results" / f"access-append-{args.label}-{connection.vendor}-{figures['date']}.json"
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
