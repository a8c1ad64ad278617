#!/usr/bin/env python
"""Benchmark of the vacancy exchange and the public search (issue 12), on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkregie_bench python bench/vacancies.py [--import-records 100000] [--vacancies 300000]

Measures, prints as JSON and writes to bench/results/vacancies-<date>.json:
- importing --import-records JobPosting records (JSON lines, as the regional services send them) through the shipped
  path (`werkregie import vacancies`, exchange.import_records): check, normalisation of the records without an ESCO
  occupation by the matching engine (the share is stated), and the write; target 100,000 in under 60 s;
- the public search `GET /api/v1/vacancies/search` over HTTP against `werkregie serve` (gunicorn), one client, with
  --vacancies open vacancies in the database (topped up by further imports): p50/p95 per kind of query; target p95 under
  50 ms with 300,000 open vacancies.
The employer's candidate list with 250,000 job seekers (the issue's third target) is not measured by this script.
The machine is shared with other work: the load average is recorded at the start and the end; wall times are upper bounds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import resultfile  # noqa: E402 - bench/resultfile.py, beside this script

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

WORDS = ["ervaring", "ploegen", "magazijn", "klantvriendelijk", "rijbewijs", "zelfstandig", "team", "opleiding", "weekend", "nacht"]
PLACES = ["44021", "11002", "24062", "31005", "71016", "35013", "12025", "23088", "46021", "73042"]  # NIS codes across Flanders


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def records(n: int, seed: int, tax, kbos: list[str], share_with_occupation: float) -> list[str]:  # noqa: ANN001
    """n JobPosting lines: titles from ESCO occupations, a share without the occupation (to be normalised)."""
    rnd = random.Random(seed)
    occupations = [o for o in tax.occupations if o.essential][:2000]
    out = []
    for i in range(n):
        o = rnd.choice(occupations)
        title = o.label("nl")
        record = {"@type": "JobPosting", "identifier": {"value": f"B{seed}-{i}"}, "title": title[:1].upper() + title[1:],
                  "description": f"{title} gezocht. " + " ".join(rnd.sample(WORDS, 4)),
                  "hiringOrganization": {"name": f"Bench werkgever {i % len(kbos)}", "identifier": f"BE{kbos[i % len(kbos)]}"},
                  "jobLocation": {"identifier": {"value": rnd.choice(PLACES)}}, "workHours": f"{rnd.choice([19, 24, 30, 38, 38, 38])} h/week",
                  "employmentType": [rnd.choice(["FULL_TIME", "TEMPORARY", "PART_TIME"])],
                  "skills": [{"termCode": tax.skills[s].uri} for s in o.essential[:4]]}
        if rnd.random() < share_with_occupation:
            record["occupationalCategory"] = [o.uri]
        out.append(json.dumps(record, ensure_ascii=False))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--import-records", type=int, default=100_000)
    parser.add_argument("--vacancies", type=int, default=300_000, help="open vacancies in the database for the search")
    parser.add_argument("--with-occupation", type=float, default=0.8, help="share of records that carry an ESCO occupation")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("error: set DATABASE_URL to a PostgreSQL database (the targets are for PostgreSQL)", file=sys.stderr)
        return 2
    started = resultfile.machine()
    import django

    django.setup()
    from werkregie.cli import load_reference, migrate
    from werkregie.core.identifiers import make_kbo
    from werkregie.matching.platform import taxonomy
    from werkregie.vacancies.exchange import import_records
    from werkregie.vacancies.models import Vacancy

    migrate()
    load_reference(quiet=True)
    tax = taxonomy()
    kbos = [make_kbo(7_000_000 + i) for i in range(500)]
    figures: dict = {"import_records": args.import_records, "share_with_occupation": args.with_occupation}

    # the matching engine's title index loads once per process (a server preloads it): timed apart from the import
    from werkregie.matching.engine.titles import default_index

    t0 = time.perf_counter()
    default_index().search(["heftruckchauffeur"], "nl", 1)
    figures["title_index_load_seconds"] = round(time.perf_counter() - t0, 1)

    # 1. the import, through the shipped path, from a file
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(records(args.import_records, 1, tax, kbos, args.with_occupation)) + "\n")
    source = f"bench{int(time.time())}"
    t0 = time.perf_counter()
    with open(handle.name, encoding="utf-8") as lines:
        report = import_records(lines, source)
    total = time.perf_counter() - t0
    os.unlink(handle.name)
    figures["import"] = {"seconds_total": round(total, 1), "seconds_check": report.seconds_check, "seconds_normalise": report.seconds_normalise,
                         "seconds_write": report.seconds_write, "created": report.created, "with_occupation": report.with_occupation,
                         "normalised": report.normalised, "left_without_occupation": report.without_occupation,
                         "records_per_second": round(args.import_records / total)}
    print(json.dumps(figures["import"]), file=sys.stderr)

    # 2. top up the open vacancies for the search
    seed = 2
    while Vacancy.objects.filter(open=True).count() < args.vacancies:
        missing = args.vacancies - Vacancy.objects.filter(open=True).count()
        import_records(records(min(missing, 100_000), seed, tax, kbos, 1.0), f"bench-fill{seed}")
        seed += 1
    figures["open_vacancies"] = Vacancy.objects.filter(open=True).count()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE vacancies_vacancy")

    # 3. the search over HTTP, against our own server (a free port: another server on a fixed port would answer instead)
    if not args.port:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "werkregie.cli", "serve", "--port", str(args.port), "--workers", str(args.workers)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{args.port}/api/v1/health", timeout=5).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"werkregie serve did not start (exit code {server.returncode})") from None
                time.sleep(1)
        rnd = random.Random(3)
        kinds = {
            "one word": lambda: {"q": rnd.choice(["heftruck", "verpleeg", "schoonmaak", "kok", "lasser", "chauffeur", "magazijn", "boekhoud"])},
            "two words + place 25 km": lambda: {"q": rnd.choice(["heftruck ploegen", "schoonmaak team", "chauffeur rijbewijs"]),
                                                "place": rnd.choice(["Gent", "9000", "Antwerpen", "Leuven"]), "radius_km": 25},
            "filters only, newest first": lambda: {"place": rnd.choice(["Gent", "Brugge"]), "radius_km": 50, "contract": "permanent", "sort": "date"},
            "word, page 5": lambda: {"q": rnd.choice(["medewerker", "technicus", "verkoper"]), "page": 5},
        }
        figures["search_ms"] = {}
        for name, make in kinds.items():
            times = []
            for i in range(args.requests // len(kinds) + 5):
                url = f"http://127.0.0.1:{args.port}/api/v1/vacancies/search?" + urllib.parse.urlencode(make())
                t = time.perf_counter()
                with urllib.request.urlopen(url, timeout=30) as response:
                    body = json.loads(response.read())
                if i >= 5:  # the first few warm the worker
                    times.append((time.perf_counter() - t) * 1000)
            figures["search_ms"][name] = {"n": len(times), "p50": round(pct(times, 50), 1), "p95": round(pct(times, 95), 1),
                                          "max": round(max(times), 1), "last_count": body["count"]}
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:  # gunicorn's graceful stop can outlast a loaded machine
            server.kill()
            server.wait(timeout=30)
    worst = max(v["p95"] for v in figures["search_ms"].values())
    readme = [
        {"what": f"import {args.import_records:,} JobPosting records ({round(100 * report.with_occupation / max(1, report.created))} % with an "
                 f"ESCO occupation; {report.normalised:,} normalised by the matching engine in {report.seconds_normalise} s), PostgreSQL",
         "target": "< 60 s for 100,000", "measured": f"{total:.1f} s"},
        {"what": f"public vacancy search over HTTP, {figures['open_vacancies']:,} open vacancies, worst kind of query",
         "target": "p95 < 50 ms with 300,000", "measured": resultfile.ms(worst)},
    ]
    path = resultfile.write("vacancies", figures, readme, started=started)
    print(json.dumps(figures, indent=2))
    print(f"written to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
