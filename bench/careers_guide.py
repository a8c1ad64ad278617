#!/usr/bin/env python
"""Issue 13 (speed): the training guide for one person, target p95 under 200 ms with a catalogue of 20,000 courses,
over HTTP (`GET /api/v1/me/training-guide?occupation=…` as the citizen, with a bearer token, on the shipped server:
`werkregie serve`, gunicorn, one worker, one kept-alive connection) and in process (the use case).

    WERKREGIE_DATA_DIR=/tmp/wr-guide-bench python bench/careers_guide.py [--courses 20000] [--rounds 400]

Set-up (a fresh data folder is best; DATABASE_URL for PostgreSQL): migrate, reference data, the demo's 30 providers,
then --courses SYNTHETIC courses (werkregie/training/synthetic.py, over --occupations occupations, so that each target
has tens of candidate courses) written through the import path (`importer.import_catalogue`, per provider, as a
provider's file or API delivery is), timed. One citizen in Gent holds a third of each target's essential skills; the
rounds cycle through --targets target occupations, so no answer is a repeat of the one before. Writes
bench/results/careers-guide-<date>.json. The machine is shared with other helpers: figures measured under load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")

import resultfile  # noqa: E402


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _figures(times: list[float]) -> dict:
    return {"n": len(times), "p50_ms": round(_pct(times, 0.50), 2), "p95_ms": round(_pct(times, 0.95), 2), "p99_ms": round(_pct(times, 0.99), 2),
            "mean_ms": round(statistics.fmean(times), 2), "max_ms": round(max(times), 2)}


def _serve(port: int):  # noqa: ANN202 - a Popen
    import subprocess

    server = subprocess.Popen([sys.executable, "-m", "werkregie.cli", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
                              cwd=ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while True:
        try:
            probe = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            probe.request("GET", "/api/v1/health")
            if probe.getresponse().status == 200:
                return server
        except OSError:
            pass
        if time.monotonic() > deadline or server.poll() is not None:
            server.terminate()
            raise SystemExit("the server did not start")
        time.sleep(0.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--courses", type=int, default=20_000)
    parser.add_argument("--occupations", type=int, default=400, help="occupations the synthetic catalogue spreads over")
    parser.add_argument("--targets", type=int, default=20, help="target occupations the rounds cycle through")
    parser.add_argument("--rounds", type=int, default=400)
    args = parser.parse_args()
    started = resultfile.machine()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from tests import factories as f
    from werkregie.accounts.models import ApiToken, Role
    from werkregie.accounts.principal import Principal
    from werkregie.core import clock
    from werkregie.geo.models import Municipality
    from werkregie.geo.services import load_reference_data
    from werkregie.matching.engine import geography
    from werkregie.matching.models import DesiredOccupation, PersonSkill
    from werkregie.matching.platform import taxonomy
    from werkregie.training import demo
    from werkregie.training.importer import import_catalogue
    from werkregie.training.models import Course
    from werkregie.training.synthetic import catalogue
    from werkregie.training.use_cases import guide as guide_cases

    if not Municipality.objects.exists():
        load_reference_data()
    tax = taxonomy()
    providers = demo.ensure_providers()
    records = catalogue(tax, geography.places(), courses=args.courses, start=clock.today(), seed=2026, occupations=args.occupations)
    t0 = time.perf_counter()
    imported = {"created": 0, "updated": 0, "unchanged": 0}
    for code, rows in records.items():
        report = import_catalogue(providers[code], rows)
        for key in imported:
            imported[key] += getattr(report, key)
    import_s = time.perf_counter() - t0
    active = Course.objects.filter(active=True).count()

    # the targets: the occupations with the most courses in the catalogue (their gaps have many candidates)
    per_occupation: dict[str, int] = {}
    for rows in records.values():
        for r in rows:
            name = r["description"]
            per_occupation[name] = per_occupation.get(name, 0) + 1
    targets = []
    for o in tax.occupations:
        label = (o.labels.get("nl") or o.labels.get("en") or [o.uri])[0]
        n = per_occupation.get(f"Synthetische opleiding voor het beroep {label} (ESCO).", 0)
        if n and len(o.essential) >= 6:
            targets.append((n, o))
    targets = [o for _n, o in sorted(targets, key=lambda x: -x[0])[:args.targets]]
    from werkregie.accounts.models import User
    from werkregie.core.identifiers import make_insz

    existing = User.objects.filter(username="bench-guide").select_related("person").first()  # a second run on the same folder
    person = existing.person if existing else f.person(
        municipality_id="44021", first_name="Bench", last_name="Opleidingswijzer", birth_date=dt.date(1985, 6, 15),
        insz=make_insz(dt.date(1985, 6, 15), 777))
    for o in targets:
        DesiredOccupation.objects.get_or_create(person=person, occupation_uri=o.uri)
        for s in list(dict.fromkeys(o.essential))[::3]:
            PersonSkill.objects.get_or_create(person=person, skill_uri=tax.skills[s].uri, defaults={"source": "declared", "added_at": clock.now()})
    user = existing or f.user(Role.CITIZEN, person=person, username="bench-guide")
    raw = ApiToken.issue(user, "bench")[1]
    principal = Principal.for_session(user)

    in_process, sizes = [], []
    for i in range(min(args.rounds, 200) + 5):
        o = targets[i % len(targets)]
        t0 = time.perf_counter()
        view = guide_cases.guide(principal, person.pk, o.uri)
        if i >= 5:
            in_process.append((time.perf_counter() - t0) * 1000)
            sizes.append({"gaps": len(view.gaps), "candidates": view.candidates, "proposed": len(view.proposals), "method": view.method})

    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = _serve(port)
    over_http, statuses = [], {}
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {raw}"}
        for i in range(args.rounds + 10):
            o = targets[i % len(targets)]
            path = "/api/v1/me/training-guide?" + urllib.parse.urlencode({"occupation": o.uri})
            t0 = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
            except (http.client.HTTPException, OSError):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
            body = response.read()
            if i >= 10:  # warm-up: the first requests load the taxonomy and the places
                over_http.append((time.perf_counter() - t0) * 1000)
                statuses[response.status] = statuses.get(response.status, 0) + 1
                if response.status == 200:
                    json.loads(body)
        conn.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except Exception:  # noqa: BLE001 - a server slow to stop on a loaded machine: stop it hard, keep the figures
            server.kill()
            server.wait()

    figures = {
        "database": connection.vendor, "courses_active": active, "import_seconds": round(import_s, 1), "imported": imported,
        "courses_per_second": round(args.courses / import_s) if import_s else None, "targets": len(targets),
        "gaps_mean": round(statistics.fmean(s["gaps"] for s in sizes), 1), "candidates_mean": round(statistics.fmean(s["candidates"] for s in sizes), 1),
        "candidates_max": max(s["candidates"] for s in sizes), "proposed_mean": round(statistics.fmean(s["proposed"] for s in sizes), 1),
        "exact_share": round(sum(s["method"] == "exact" for s in sizes) / len(sizes), 3),
        "in_process": _figures(in_process), "over_http": _figures(over_http), "http_statuses": statuses,
    }
    readme = [
        {"what": f"training guide for one person over HTTP ({active:,} courses, {connection.vendor}), p95", "target": "< 200 ms",
         "measured": resultfile.ms(figures["over_http"]["p95_ms"])},
        {"what": f"training guide in process (use case, {connection.vendor}), p95", "target": "< 200 ms", "measured": resultfile.ms(figures["in_process"]["p95_ms"])},
        {"what": f"catalogue import through the import path ({imported['created']:,} new, {imported['unchanged']:,} unchanged courses, "
                 f"{connection.vendor})", "target": "—", "measured": f"{import_s:.1f} s"},
    ]
    suffix = "" if connection.vendor == "sqlite" else f"-{connection.vendor}"
    path = resultfile.write(f"careers-guide{suffix}", figures, readme, started=started)
    print(json.dumps(figures, indent=2))
    print(f"written to {path}")
    return 0 if statuses.get(200) == len(over_http) else 1


if __name__ == "__main__":
    sys.exit(main())
