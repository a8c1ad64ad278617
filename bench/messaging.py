#!/usr/bin/env python
"""Benchmark of the outbox (issue 11, point 10) on the configured database (default: the embedded SQLite).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkregie_bench python bench/messaging.py --messages 2000

Uses the persons already in the register (run `werkregie generate` first) and the channels' in-memory fakes.
Measures, and prints as JSON (also written to bench/out/messaging.json):
- send(): render, choose channel and language, hash, store, enqueue in the ORM broker (messages/s, p50/p95);
- dispatch(): claim, hand to the gateway, record receipt, delivery and deemed date (messages/s);
- the scheduled retry scan (`retry_due`) over the whole outbox when nothing is due (ms);
- one evidence bundle: sealed, timestamped PDF + signed JSON (build and verify, ms).
The messages it makes carry the dedupe prefix bench: and are deleted at the end (their transition log stays).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))], 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    settings.TASKS_SYNC = False
    from werkregie.core import keys
    from werkregie.messaging import evidence, outbox
    from werkregie.messaging.models import Message
    from werkregie.people.models import Person

    keys.ensure()
    person_ids = list(Person.objects.order_by("id").values_list("pk", flat=True)[: args.messages])
    if not person_ids:
        print("no persons: run `werkregie generate --persons N` first", file=sys.stderr)
        return 2
    Message.objects.filter(dedupe_key__startswith="bench:").delete()
    sends, ids = [], []
    start = time.perf_counter()
    for i in range(args.messages):
        t = time.perf_counter()
        m = outbox.send(person_ids[i % len(person_ids)], "messaging.general", {"title": "bench", "text": f"bericht {i}"}, dedupe_key=f"bench:{i}")
        sends.append((time.perf_counter() - t) * 1000)
        ids.append(m.pk)
    send_s = time.perf_counter() - start
    start = time.perf_counter()
    for pk in ids:
        outbox.dispatch(pk)
    dispatch_s = time.perf_counter() - start
    t = time.perf_counter()
    outbox.retry_due()
    scan_ms = (time.perf_counter() - t) * 1000
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        folder = evidence.build(Message.objects.get(pk=ids[0]), Path(tmp))
        build_ms = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        ok = evidence.verify(folder).ok
        verify_ms = (time.perf_counter() - t) * 1000
    from django.db import connection

    result = {
        "database": connection.vendor, "messages": args.messages, "outbox_rows": Message.objects.count(),
        "send_per_s": round(args.messages / send_s, 1), "send_ms_p50": pct(sends, 50), "send_ms_p95": pct(sends, 95),
        "dispatch_per_s": round(args.messages / dispatch_s, 1), "retry_scan_ms": round(scan_ms, 1),
        "evidence_build_ms": round(build_ms, 1), "evidence_verify_ms": round(verify_ms, 1), "evidence_valid": ok,
    }
    # the tasks enqueued for these messages stay in the broker; when a worker runs them they find nothing to do
    Message.objects.filter(dedupe_key__startswith="bench:").delete()
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "messaging.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
