#!/usr/bin/env python
"""KPI refresh and dashboard benchmark (issue 14), on its own PostgreSQL database.

    .venv/bin/python bench/kpis.py --persons 6700000          # the issue's size (the lead's quiet run)
    .venv/bin/python bench/kpis.py --persons 20000            # a check that it works (shared machine)

One command: creates the database `wr_kpis_bench` on 127.0.0.1 (as postgres) unless DATABASE_URL names another, migrates,
loads the reference data, generates the population with the existing generator (COPY on PostgreSQL) up to --persons,
then measures:
- a full refresh (`refresh.full`), and the publication of today's figures after it (`figures.warm`, what
  `werkregie kpi refresh` and the nightly job do: suppression computed once and stored);
- an incremental refresh after --changed persons (default 10,000, the issue's day of changes) got a new episode;
- the dashboard pages over HTTP against `werkregie serve` (gunicorn): the first request of every page after the
  refresh (a fresh server process: what the first visitor gets), then --requests more (p50/p95); and, apart, the cost
  of a page whose figures were not published yet (the published rows deleted, one request: the suppression computed).
Targets: full refresh < 10 min (2 cores), incremental of 10,000 changed persons < 15 s, every page p95 < 300 ms.
Writes bench/results/kpis-<date>.json through bench/resultfile.py.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import resultfile  # noqa: E402 - bench/resultfile.py, beside this script
from deadlines import _ServerCpu  # noqa: E402 - the CPU seconds of the database's backends while a run lasts
from foundation import pct  # noqa: E402 - the one percentile of the benchmarks

DATABASE = "wr_kpis_bench"
PAGES = {"analyst": "/kerncijfers/?kpi=jobseekers", "analyst_groups": "/kerncijfers/?kpi=screened_2m&niveau=province&code=40000&groep=age",
         "municipality": "/kerncijfers/gemeente/?gemeente=44021", "management": "/kerncijfers/management/",
         "vacancies": "/kerncijfers/?kpi=time_to_fill&niveau=province&code=40000", "catalogue": "/kerncijfers/catalogus/"}


def ensure_database() -> None:
    """DATABASE_URL, or the benchmark's own database (created when missing)."""
    if os.environ.get("DATABASE_URL"):
        return
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone():
            conn.execute(f'CREATE DATABASE "{DATABASE}"')
    os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"


def serve(port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "werkregie.cli", "serve", "--port", str(port), "--workers", str(workers)],
                              env={**os.environ, "WEB_CONCURRENCY": str(workers)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600  # the server warms up before it listens
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
            return server
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"werkregie serve did not start (exit code {server.returncode})") from None
            time.sleep(0.5)


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=120)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def get_ms(opener: urllib.request.OpenerDirector, url: str) -> float:
    started = time.perf_counter()
    with opener.open(url, timeout=120) as response:
        response.read()
        assert response.status == 200, (url, response.status)
    return (time.perf_counter() - started) * 1000


def measured(run) -> tuple[object, dict]:  # noqa: ANN001 - a callable
    """Run it; its wall seconds, and the CPU seconds of this process with its worker processes and of the database's
    backends (on a shared machine the wall time is mostly waiting for a core; the CPU time is what the run costs)."""
    from django.db import connection

    database = connection.settings_dict["NAME"]
    connection.close()  # the backend opened for the run is new: its CPU is the run's
    server = _ServerCpu(database)
    server.start()
    before, started = os.times(), time.perf_counter()
    result = run()
    wall, after = time.perf_counter() - started, os.times()
    own = sum(after[:4]) - sum(before[:4])  # user, system, children's user, children's system
    return result, {"seconds": round(wall, 2), "process_cpu_seconds": round(own, 1), "database_cpu_seconds": server.seconds(),
                    "load_average": round(os.getloadavg()[0], 2)}


def readme_rows(f: dict) -> list[dict]:
    scale = f"{f['persons']:,} persons"
    def cost(run: dict) -> str:
        return (f"{run['seconds']:.1f} s wall, {run['process_cpu_seconds'] + run['database_cpu_seconds']:.1f} s CPU "
                f"(load {run['load_average']:.1f})")

    rows = [{"what": f"KPI full refresh, {scale}", "target": "< 10 min (6.7 M persons)", "measured": cost(f["full_refresh"])},
            {"what": f"KPI publication after it (suppression of every breakdown), {scale}", "target": "—", "measured": cost(f["publish"])},
            {"what": f"KPI incremental refresh, {f['incremental']['changed_persons']:,} changed persons", "target": "< 15 s",
             "measured": cost(f["incremental"])},
            {"what": "KPI publication after it (unchanged breakdowns reused)", "target": "—", "measured": cost(f["incremental"]["publish"])}]
    for name, page in f["pages"].items():
        rows.append({"what": f"KPI page {name} over HTTP, {scale} (first after refresh {page['first_ms']:.0f} ms)", "target": "p95 < 300 ms",
                     "measured": f"p95 {resultfile.ms(page['p95_ms'])}"})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--changed", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    machine_at_start = resultfile.machine()
    ensure_database()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.db.models import Max
    from django.test import Client

    from werkregie.accounts.models import Role, User
    from werkregie.cli import load_reference, migrate
    from werkregie.core import clock
    from werkregie.demo.services import generate_population
    from werkregie.kpis import figures, refresh
    from werkregie.kpis.models import Published, RefreshState
    from werkregie.kpis.signals import mark
    from werkregie.people.models import Person, StatusEpisode

    out: dict = {"database": connection.vendor, "cpus": os.cpu_count()}
    migrate()
    load_reference(quiet=True)
    missing = args.persons - Person.all_objects.count()
    if missing > 0:
        started = time.perf_counter()
        generate_population(missing)
        out["generate"] = {"persons": missing, "seconds": round(time.perf_counter() - started, 1)}
    out["persons"], out["episodes"] = Person.objects.count(), StatusEpisode.objects.count()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    today = clock.today()

    full, out["full_refresh"] = measured(refresh.full)
    # the generator stamps its rows with a time up to an hour ahead; left so, the incremental refresh's watermark (the
    # full refresh's start) would take every person for changed. The full refresh has just counted them all, so the
    # watermark moves past their stamps. (Before stop 41 the bench rewrote their `updated_at` instead: an UPDATE of
    # 6.7 million rows and every index of people_person, over 15 minutes, before anything was measured.)
    latest = Person.all_objects.aggregate(latest=Max("updated_at"))["latest"]
    if latest is not None:
        RefreshState.objects.filter(id=1, watermark__lt=latest).update(watermark=latest)
    out["full_refresh_seconds"] = out["full_refresh"]["seconds"]
    out["cells"] = full["cells"]
    _count, out["publish"] = measured(lambda: figures.warm(today))
    out["publish_seconds"] = out["publish"]["seconds"]

    changed = min(args.changed, out["persons"])
    ids = list(Person.objects.order_by("?").values_list("pk", flat=True)[:changed])
    StatusEpisode.objects.bulk_create([StatusEpisode(person_id=pid, kind="jobseeker_no_benefit", start=today) for pid in ids], batch_size=5000)
    mark(ids)  # bulk_create bypasses the signals, as a bulk load would
    inc, cost = measured(refresh.incremental)
    out["incremental"] = {"changed_persons": inc["persons"], **cost}
    _count, cost = measured(lambda: figures.warm(today))
    out["incremental"]["publish_seconds"] = cost["seconds"]
    out["incremental"]["publish"] = cost

    user, _ = User.objects.get_or_create(username="bench-analyst", defaults={"role": Role.ANALYST})
    client = Client()
    client.force_login(user)
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("Cookie", f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}")]
    base = f"http://127.0.0.1:{args.port}"
    server = serve(args.port, args.workers)
    out["pages"] = {}
    try:
        for name, url in PAGES.items():
            first = get_ms(opener, base + url)
            times = [get_ms(opener, base + url) for _ in range(args.requests)]
            out["pages"][name] = {"first_ms": round(first, 1), "p50_ms": round(pct(times, 50), 1), "p95_ms": round(pct(times, 95), 1), "n": len(times)}
    finally:
        stop(server)
    # apart: a page whose figures are not published yet (its suppression computed in the request), fresh server
    Published.objects.all().delete()
    server = serve(args.port, args.workers)
    try:
        for name, url in PAGES.items():
            out["pages"][name]["unpublished_first_ms"] = round(get_ms(opener, base + url), 1)
    finally:
        stop(server)
    figures.warm(today)
    path = resultfile.write("kpis", out, readme_rows(out), started=machine_at_start)
    print(path)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
