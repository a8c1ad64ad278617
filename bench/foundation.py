#!/usr/bin/env python
"""Benchmark of the foundation (issue 2) on PostgreSQL with a million persons.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkregie_bench python bench/foundation.py

Measures, and prints as JSON (also written to bench/results/foundation-<date>.json with the README's rows):
- generating the population (`werkregie generate`) when the database has fewer persons than --persons;
- search by INSZ and by name through the search use case (p50/p95, access log included);
- the counsellor's caseload page of 50 rows (server time, in process, through the full Django stack);
- GET /api/v1/persons/{id} against `werkregie serve` (gunicorn) with 100 concurrent connections from wrk:
  once paced (each client waits a random think time, --rate requests/s in total) and once flat out (saturation).
Needs Debian's `wrk` (apt-get install wrk).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import resultfile  # noqa: E402 - bench/resultfile.py, beside this script

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(ms: list[float]) -> dict:
    return {"n": len(ms), "p50_ms": round(pct(ms, 50), 2), "p95_ms": round(pct(ms, 95), 2), "max_ms": round(max(ms), 2)}


def timed(fn, samples):  # noqa: ANN001, ANN201
    out = []
    for sample in samples:
        start = time.perf_counter()
        fn(sample)
        out.append((time.perf_counter() - start) * 1000)
    return out


LUA = """
local ids = {%(ids)s}
local token = "%(token)s"
local think_ms = %(think_ms)d
math.randomseed(%(seed)d)
request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/api/v1/persons/" .. id, {["Authorization"] = "Bearer " .. token})
end
if think_ms > 0 then
  delay = function() return math.floor(think_ms * (0.5 + math.random())) end
end
done = function(summary, latency, requests)
  io.write(string.format('RESULT {"requests": %%d, "duration_s": %%.2f, "p50_ms": %%.2f, "p95_ms": %%.2f, "p99_ms": %%.2f, "max_ms": %%.2f, "errors_status": %%d, "errors_socket": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def run_wrk(port: int, ids: list[int], token: str, connections: int, seconds: int, think_ms: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(LUA % {"ids": ",".join(map(str, ids)), "token": token, "think_ms": think_ms, "seed": 42})
    result = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", handle.name, f"http://127.0.0.1:{port}/"],
        capture_output=True, text=True, timeout=seconds + 60,
    )
    os.unlink(handle.name)
    line = next((l for l in result.stdout.splitlines() if l.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {result.stdout}\n{result.stderr}")
    data = json.loads(line.removeprefix("RESULT "))
    data["requests_per_s"] = round(data["requests"] / data["duration_s"], 1)
    data["connections"] = connections
    return data


def readme_rows(f: dict) -> list[dict]:
    def p(name: str) -> str:
        return f"p50 {f[name]['p50_ms']} ms, p95 {f[name]['p95_ms']} ms"

    paced, flat = f["api_person_paced"], f["api_person_saturation"]
    rows = []
    if "generate" in f:
        rows.append({"what": f"`werkregie generate --persons {f['generate']['persons']:,}` into {f['database']}", "target": "< 5 min",
                     "measured": f"{f['generate']['seconds']} s"})
    rows += [
        {"what": f"search by INSZ, whole register of {f['persons']:,} persons", "target": "p95 < 20 ms", "measured": p("search_insz")},
        {"what": "search by full name / last name / 4-letter prefix", "target": "p95 < 20 ms",
         "measured": f"p95 {f['search_full_name']['p95_ms']} / {f['search_last_name']['p95_ms']} / {f['search_last_name_prefix_4']['p95_ms']} ms"},
        {"what": f"caseload page, 50 rows, caseload of {f['caseload_page']['caseload_persons']:,} persons (server time)", "target": "p95 < 150 ms",
         "measured": p("caseload_page")},
        {"what": f"`GET /api/v1/persons/{{id}}` over HTTP, 100 connections with think time ({paced['requests_per_s']} req/s), access log written",
         "target": "p95 ≤ 50 ms, p99 ≤ 200 ms, 0 errors",
         "measured": f"p50 {paced['p50_ms']} ms, p95 {paced['p95_ms']} ms, p99 {paced['p99_ms']} ms, {paced['errors_status'] + paced['errors_socket']} errors "
                     f"({paced['requests']:,} requests)"},
        {"what": "the same flat out (saturation)", "target": "≥ 250 req/s",
         "measured": f"{flat['requests_per_s']} req/s, {flat['errors_status'] + flat['errors_socket']} errors (p95 {flat['p95_ms']} ms)"},
    ]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument("--rate", type=int, default=200, help="total requests/s of the paced API run")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    machine_at_start = resultfile.machine()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal
    from werkregie.cli import load_reference, migrate
    from werkregie.demo.services import create_demo_accounts, generate_population
    from werkregie.people.models import Person
    from werkregie.people.use_cases import search_persons

    if connection.vendor != "postgresql":
        print("warning: the targets are defined on PostgreSQL; this run uses " + connection.vendor, file=sys.stderr)
    if not shutil.which("wrk"):
        print("error: wrk not found (apt-get install wrk)", file=sys.stderr)
        return 2
    figures: dict = {"database": connection.vendor, "cpus": os.cpu_count()}
    migrate()
    load_reference(quiet=True)
    missing = args.persons - Person.all_objects.count()
    if missing > 0:
        from tqdm import tqdm

        start = time.perf_counter()
        with tqdm(total=missing, desc="generate", unit="persons", file=sys.stderr) as bar:
            generate_population(missing, progress=bar.update)
        figures["generate"] = {"persons": missing, "seconds": round(time.perf_counter() - start, 1)}
    figures["persons"] = Person.objects.count()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE") if connection.vendor == "postgresql" else None
    accounts = {a["role"]: a for a in create_demo_accounts()}
    admin = Principal.for_session(User.objects.get(username="beheerder"))
    counsellor_user = User.objects.get(username="bemiddelaar")
    counsellor = Principal.for_session(counsellor_user)

    rng = random.Random(7)
    top = Person.all_objects.order_by("-id").values_list("id", flat=True).first()
    ids = rng.sample(range(1, top + 1), args.samples)
    sample = list(Person.objects.filter(pk__in=ids).values("insz", "first_name", "last_name"))
    search_persons(admin, sample[0]["insz"])  # warm up
    figures["search_insz"] = summary(timed(lambda p: search_persons(admin, p["insz"], page_size=20), sample))
    figures["search_full_name"] = summary(timed(lambda p: search_persons(admin, f"{p['first_name']} {p['last_name']}", page_size=20), sample))
    figures["search_last_name"] = summary(timed(lambda p: search_persons(admin, p["last_name"], page_size=20), sample))
    figures["search_last_name_prefix_4"] = summary(timed(lambda p: search_persons(admin, p["last_name"][:4], page_size=20), sample))
    figures["search_insz_in_caseload"] = summary(timed(lambda p: search_persons(counsellor, p["insz"], page_size=20), sample))

    client = Client()
    client.force_login(counsellor_user)
    caseload_size = Person.objects.filter(team=counsellor_user.organisation).count()
    pages = max(1, caseload_size // 50)
    client.get("/caseload/")
    figures["caseload_page"] = summary(timed(lambda n: client.get(f"/caseload/?pagina={n}"), [rng.randint(1, pages) for _ in range(200)]))
    figures["caseload_page"]["caseload_persons"] = caseload_size
    figures["caseload_page_search"] = summary(timed(lambda p: client.get("/caseload/", {"q": p["last_name"][:4]}), sample[:200]))

    api_ids = list(Person.objects.filter(team=counsellor_user.organisation).values_list("pk", flat=True)[:20000])
    env = {**os.environ, "WEB_CONCURRENCY": str(args.workers)}
    server = subprocess.Popen([sys.executable, "-m", "werkregie.cli", "serve", "--port", str(args.port), "--workers", str(args.workers)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # the server warms up (taxonomy, vectors, match index) before it listens: up to a minute or more on a busy machine
        deadline = time.monotonic() + 600
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{args.port}/api/v1/health", timeout=1)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"werkregie serve did not start (exit code {server.returncode})") from None
                time.sleep(0.5)
        token = accounts["counsellor"]["token"]
        run_wrk(args.port, api_ids, token, 20, 5, 0)  # warm up every worker
        think_ms = int(100 * 1000 / args.rate)
        figures["api_person_paced"] = run_wrk(args.port, api_ids, token, 100, args.seconds, think_ms)
        figures["api_person_paced"]["target_rate_per_s"] = args.rate
        figures["api_person_saturation"] = run_wrk(args.port, api_ids, token, 100, args.seconds, 0)
        figures["api_workers"] = args.workers
    finally:
        server.terminate()
        try:
            server.wait(timeout=120)  # gunicorn's graceful stop can take long on a busy machine
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    path = resultfile.write("foundation", figures, readme_rows(figures), started=machine_at_start)
    print(json.dumps(figures, indent=2))
    print(f"results: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
