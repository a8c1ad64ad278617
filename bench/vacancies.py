#!/usr/bin/env python
"""Benchmark of the vacancy exchange, the public search and the employer's candidate list (issue 12), on PostgreSQL.

    .venv/bin/python bench/vacancies.py            # everything, with the issue's sizes, in the database wr_empl_bench

One command: it makes the database (default postgres://postgres@127.0.0.1:5432/wr_empl_bench, or DATABASE_URL) when it
is missing, migrates it, and fills what the measurements need when it has less: --jobseekers current job seekers (the
synthetic population of `werkregie generate`, with matching profiles) and --vacancies open vacancies (imported through
the exchange). The vacancies are spread over the Flemish municipalities in proportion to their population (the shipped
reference data; --spread population): where people live is roughly where jobs are, so a search within 25 km of Gent
meets the vacancies of Gent and of the towns around it. The first spread, a tenth of the vacancies in each of ten
places and none elsewhere (30,000 in Gent, none in Melle next door), is --spread ten-places; the bench's vacancies
already in the database are moved to the spread asked (their municipality and the place names in the search column).
Then it measures, prints as JSON and writes bench/results/vacancies-<date>.json (bench/resultfile.py):
- importing --import-records JobPosting records (JSON lines, as the regional services send them) through the shipped
  command `werkregie import vacancies FILE --source NAME`, timed from outside as one process (start-up, the matching
  engine's title index, check, normalisation, write): the share of records carrying an ESCO occupation and the share
  and time of those normalised by the matching engine are stated; target 100,000 in under 60 s;
- the public search `GET /api/v1/vacancies/search` over HTTP against `werkregie serve` (gunicorn), one client, with
  --vacancies open vacancies: p50/p95 per kind of query (one word; two words around a place; filters only; a word on
  page 5; a common word, in 40 % of the vacancies, within 25 km of a town, the most common search in real life);
  target p95 under 50 ms with 300,000 open vacancies;
- the employer's candidate list `GET /api/v1/vacancies/{id}/suggestions` over HTTP (an employer's API token; the whole
  stack: authentication, permission, matching, pseudonymisation, access log) for the employer's own vacancies with
  --jobseekers job seekers; target p95 under 100 ms with 250,000.
The load average is recorded at the start and the end, and per kind of search query with the CPU time per query of the
database's backends and of the server (/proc): on a shared machine wall times are upper bounds. --search-only measures
the search alone (bench/results/vacancies-search-<date>.json; with --jobseekers 0 it needs no population).
"""

from __future__ import annotations

import argparse
import itertools
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
# where the bench's vacancies are: "population" (each Flemish municipality in proportion to its population, from the
# shipped reference data: where people live is roughly where jobs are, and a search around Gent then meets the vacancies
# of Gent and of the towns around it), or "ten-places" (the first spread: a tenth of them in each of PLACES, none
# elsewhere, so a radius of 25 km holds one place with 30,000 vacancies or none at all)
SPREADS = ("population", "ten-places")


# of the records without an ESCO occupation, this share has a title as people type it (the others: exactly the
# occupation's preferred label, which the import recognises without the engine)
TYPED_SHARE = 0.5
TYPED = ["Ervaren {}", "{} (m/v/x)", "{} - voltijds", "Junior {}", "{} gezocht", "Enthousiaste {} voor ons team"]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def place_weights(spread: str) -> tuple[list[str], list[float]]:
    """The municipalities (NIS codes) vacancies are drawn from, with their weights (SPREADS)."""
    if spread == "ten-places":
        return PLACES, [1.0] * len(PLACES)
    from werkregie.geo.models import Municipality, Region

    rows = Municipality.objects.filter(region=Region.FLANDERS, population__gt=0).order_by("nis_code").values_list("nis_code", "population")
    return [code for code, _ in rows], [float(population) for _, population in rows]


def records(n: int, seed: int, tax, kbos: list[str], share_with_occupation: float, typed_share: float = TYPED_SHARE,  # noqa: ANN001
            places: tuple[list[str], list[float]] = (PLACES, [1.0] * len(PLACES))) -> list[str]:
    """n JobPosting lines: titles from ESCO occupations, a share without the occupation (to be normalised), each in a
    municipality drawn from `places` (place_weights)."""
    rnd = random.Random(seed)
    codes, weights = places
    cumulative = list(itertools.accumulate(weights))
    occupations = [o for o in tax.occupations if o.essential][:2000]
    out = []
    for i in range(n):
        o = rnd.choice(occupations)
        title = o.label("nl")
        record = {"@type": "JobPosting", "identifier": {"value": f"B{seed}-{i}"}, "title": title[:1].upper() + title[1:],
                  "description": f"{title} gezocht. " + " ".join(rnd.sample(WORDS, 4)),
                  "hiringOrganization": {"name": f"Bench werkgever {i % len(kbos)}", "identifier": f"BE{kbos[i % len(kbos)]}"},
                  "jobLocation": {"identifier": {"value": rnd.choices(codes, cum_weights=cumulative)[0]}}, "workHours": f"{rnd.choice([19, 24, 30, 38, 38, 38])} h/week",
                  "employmentType": [rnd.choice(["FULL_TIME", "TEMPORARY", "PART_TIME"])],
                  "skills": [{"termCode": tax.skills[s].uri} for s in o.essential[:4]]}
        if rnd.random() < share_with_occupation:
            record["occupationalCategory"] = [o.uri]
        elif rnd.random() < typed_share:  # as people type titles: the matching engine's title search decides these
            record["title"] = rnd.choice(TYPED).format(title)
        out.append(json.dumps(record, ensure_ascii=False))
    return out


DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/wr_empl_bench"
JOBSEEKER_SHARE = 0.06  # about this share of a generated population is a job seeker today (to size a top-up)


def ensure_database(url: str) -> bool:
    """Create the database when it is missing; True when it was made."""
    import psycopg

    name = urllib.parse.urlparse(url).path.lstrip("/")
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        conn.execute(f'CREATE DATABASE "{name}"')
    return True


def prepare_jobseekers(wanted: int, prepared: dict) -> int:
    """Top the synthetic population up until `wanted` persons are job seekers today, and give each a matching profile."""
    from tqdm import tqdm

    from werkregie.core import clock
    from werkregie.demo.services import generate_population
    from werkregie.matching import platform
    from werkregie.matching.demo import _seed_profiles
    from werkregie.matching.engine import geography
    from werkregie.matching.engine.synthetic import SyntheticMarket
    from werkregie.matching.models import PersonSkill
    from werkregie.matching.signals import bump

    seed = 11
    while (have := len(platform.seeking_ids(clock.today()))) < wanted:
        missing = int((wanted - have) / JOBSEEKER_SHARE) + 1000
        t0 = time.perf_counter()
        with tqdm(total=missing, desc="generate persons", unit="persons", file=sys.stderr) as bar:
            generate_population(missing, seed=seed, progress=bar.update)
        prepared.setdefault("generate", []).append({"persons": missing, "seconds": round(time.perf_counter() - t0, 1)})
        seed += 1
    with_profile = PersonSkill.objects.values("person_id").distinct().count()
    if with_profile < 0.9 * have:
        t0 = time.perf_counter()
        _seed_profiles(SyntheticMarket(platform.taxonomy(), geography.places(), seed=2026), None)
        bump()
        prepared["profiles_seconds"] = round(time.perf_counter() - t0, 1)
    return have


def prepare_vacancies(wanted: int, tax, kbos: list[str], prepared: dict, places: tuple[list[str], list[float]]) -> int:  # noqa: ANN001
    from werkregie.vacancies.exchange import import_records
    from werkregie.vacancies.models import Vacancy

    seed = 2
    while (have := Vacancy.objects.filter(open=True).count()) < wanted:
        while Vacancy.objects.filter(source=f"bench-fill{seed}").exists():
            seed += 1
        t0 = time.perf_counter()
        import_records(records(min(wanted - have, 100_000), seed, tax, kbos, 1.0, places=places), f"bench-fill{seed}")
        prepared.setdefault("vacancies", []).append({"seconds": round(time.perf_counter() - t0, 1), "records": min(wanted - have, 100_000)})
    return have


def respread_vacancies(spread: str, places: tuple[list[str], list[float]], prepared: dict) -> None:
    """Move the bench's own vacancies (source bench-fill*) to the asked spread when the database holds the other one:
    a new municipality per vacancy drawn by weight, and its names in the search column replaced (the search reads
    them there; a sample is checked against what the platform itself writes, vacancies.search.text_of)."""
    from django.db import connection

    from werkregie.geo.models import Municipality
    from werkregie.vacancies.models import Vacancy
    from werkregie.vacancies.search import normalise, text_of

    bench_rows = Vacancy.objects.filter(source__startswith="bench-fill")
    held = set(bench_rows.values_list("municipality_id", flat=True).distinct())
    if not held or (len(held) > len(PLACES)) == (spread == "population"):
        return
    t0 = time.perf_counter()
    codes, weights = places
    ids = list(bench_rows.order_by("pk").values_list("pk", flat=True))
    drawn = random.Random(7).choices(codes, weights=weights, k=len(ids))
    names = {code: normalise(f"{nl} {fr}") for code, nl, fr in Municipality.objects.values_list("nis_code", "name_nl", "name_fr")}
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE bench_place (nis text PRIMARY KEY, names text)")
        cursor.execute("CREATE TEMP TABLE bench_move (id bigint PRIMARY KEY, nis text)")
        with cursor.cursor.copy("COPY bench_place FROM STDIN") as copy:
            for row in names.items():
                copy.write_row(row)
        with cursor.cursor.copy("COPY bench_move FROM STDIN") as copy:
            for row in zip(ids, drawn, strict=True):
                copy.write_row(row)
        # the names are [0-9a-z ]: nothing to escape in the pattern; the first match only (no 'g' flag)
        cursor.execute("UPDATE vacancies_vacancy v SET municipality_id = m.nis, "
                       "search_text = regexp_replace(v.search_text, ' ' || o.names || '( |$)', ' ' || n.names || '\\1') "
                       "FROM bench_move m, bench_place n, bench_place o WHERE v.id = m.id AND n.nis = m.nis AND o.nis = v.municipality_id")
        cursor.execute("DROP TABLE bench_move, bench_place")
    sample = bench_rows.select_related("municipality").order_by("?")[:300]
    wrong = [v.pk for v in sample if text_of(v) != v.search_text]
    if wrong:
        raise RuntimeError(f"the search column of vacancies {wrong[:10]} differs from what the platform writes after the move")
    prepared["respread"] = {"spread": spread, "vacancies": len(ids), "seconds": round(time.perf_counter() - t0, 1)}


def employer_token(kbo: str) -> tuple[str, list[int]]:
    """An API token of a user of one bench employer, and that employer's open vacancies with a place."""
    from werkregie.accounts.models import ApiToken, Role, User
    from werkregie.organisations.models import Organisation
    from werkregie.vacancies.models import Vacancy

    org = Organisation.objects.get(kbo_number=kbo)
    user = User.objects.filter(username="bench-werkgever").first() or User(username="bench-werkgever")
    user.role, user.organisation, user.first_name, user.last_name = Role.EMPLOYER, org, "Bench", "Werkgever"
    user.set_unusable_password()
    user.save()
    user.api_tokens.all().delete()
    _token, raw = ApiToken.issue(user, "bench")
    ids = list(Vacancy.objects.filter(employer=org, open=True, municipality__isnull=False).order_by("pk").values_list("pk", flat=True)[:500])
    return raw, ids


def timed_get(url: str, headers: dict | None = None, timeout: float = 30) -> tuple[float, object]:
    request = urllib.request.Request(url, headers=headers or {})
    t = time.perf_counter()
    with urllib.request.urlopen(request, timeout=timeout) as response:
        body = json.loads(response.read())
    return (time.perf_counter() - t) * 1000, body


def summary(times: list[float]) -> dict:
    return {"n": len(times), "p50": round(pct(times, 50), 1), "p95": round(pct(times, 95), 1), "max": round(max(times), 1)}


def measure_import(args: argparse.Namespace, tax, kbos: list[str]) -> dict:  # noqa: ANN001
    """The shipped command, as an operator runs it, in its own process; the rows are removed afterwards."""
    from django.db import connection

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(records(args.import_records, 1, tax, kbos, args.with_occupation, args.typed_share, args.places)) + "\n")
    source = f"bench{int(time.time())}"
    import resource

    children, machine = resource.getrusage(resource.RUSAGE_CHILDREN), machine_cpu()
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "werkregie.cli", "import", "vacancies", handle.name, "--source", source],
                          cwd=ROOT, capture_output=True, text=True)
    total = time.perf_counter() - t0
    after, busy = resource.getrusage(resource.RUSAGE_CHILDREN), machine_cpu()
    command_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    os.unlink(handle.name)
    if done.returncode != 0:
        raise RuntimeError(f"werkregie import vacancies failed ({done.returncode}): {done.stderr[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    with connection.cursor() as cursor:  # the next run imports the same records afresh
        cursor.execute("DELETE FROM vacancies_vacancyskill WHERE vacancy_id IN (SELECT id FROM vacancies_vacancy WHERE source = %s)", [source])
        cursor.execute("DELETE FROM vacancies_vacancy WHERE source = %s", [source])
    created = max(1, report["created"])
    return {"seconds_total": round(total, 1), "seconds_check": report["seconds_check"], "seconds_normalise": report["seconds_normalise"],
            "seconds_write": report["seconds_write"],
            "seconds_start": round(total - report["seconds_check"] - report["seconds_normalise"] - report["seconds_write"], 1),
            "created": report["created"], "rejected": report["rejected"], "with_occupation": report["with_occupation"],
            "share_with_occupation": round(report["with_occupation"] / created, 3), "normalised": report["normalised"],
            "share_normalised": round(report["normalised"] / created, 3), "normalised_by_label": report["normalised_by_label"],
            "normalised_by_engine": report["normalised"] - report["normalised_by_label"], "left_without_occupation": report["without_occupation"],
            "records_per_second": round(args.import_records / total),
            # where the time went: the command's own CPU seconds, and the share of both cores busy over the run (the
            # command, its database backend, PostgreSQL's writers, anything else on the machine)
            "command_cpu_seconds": round(command_cpu, 1), "machine_busy_share": round((busy[0] - machine[0]) / max(busy[1] - machine[1], 1), 2)}


def machine_cpu() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine so far (/proc/stat): busy is all but idle and I/O wait."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return sum(ticks) - ticks[3] - ticks[4], sum(ticks)


def import_readme(args: argparse.Namespace, imp: dict | None) -> list[dict]:
    """The README's line for the import (none when it was not measured)."""
    if imp is None:
        return []
    return [{"what": f"`werkregie import vacancies` of {args.import_records:,} JobPosting records, PostgreSQL, one process from start to end "
                     f"({round(100 * imp['share_with_occupation'])} % carry an ESCO occupation; {imp['normalised']:,} "
                     f"({round(100 * imp['share_normalised'])} %) normalised, {imp['normalised_by_label']:,} "
                     f"titles that are an occupation's preferred label, {imp['normalised_by_engine']:,} by the engine's title search, "
                     f"{imp['left_without_occupation']:,} left without, the searches running beside the check and the write; "
                     f"process start and migration check {imp['seconds_start']} s, check {imp['seconds_check']} s, write {imp['seconds_write']} s, "
                     f"waiting for the last searches {imp['seconds_normalise']} s)",
             "target": "< 60 s for 100,000", "measured": f"{imp['seconds_total']:.1f} s"}]


def start_server(args: argparse.Namespace) -> subprocess.Popen:
    if not args.port:  # a free port: another server on a fixed port would answer instead
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "werkregie.cli", "serve", "--port", str(args.port), "--workers", str(args.workers)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 900  # a loaded machine starts gunicorn (migrate check, warm start) slowly
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{args.port}/api/v1/health", timeout=5).read()
            return server
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"werkregie serve did not start (exit code {server.returncode})") from None
            time.sleep(1)


def backends_cpu(database: str) -> dict[int, float]:
    """CPU seconds so far of each client backend of `database` but this process's own (PostgreSQL runs on this machine:
    pg_stat_activity gives the backends, /proc their CPU time). With the load average, what a query costs the database
    whatever else the shared machine does."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
                       [database])
        pids = [pid for (pid,) in cursor.fetchall()]
    seen = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        seen[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return seen


def process_cpu(pid: int) -> float:
    """CPU seconds so far of a process and its descendants still running (`werkregie serve`: gunicorn and its workers)."""
    tasks = {}
    for task in Path("/proc").iterdir():
        if task.name.isdigit():
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            tasks[int(task.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))
    family, grew = {pid}, True
    while grew:
        grew = False
        for task, (parent, _cpu) in tasks.items():
            if parent in family and task not in family:
                family.add(task)
                grew = True
    return sum(tasks[task][1] for task in family if task in tasks)


def measure_search(args: argparse.Namespace, server: subprocess.Popen) -> dict:
    from django.db import connection

    database = connection.settings_dict["NAME"]
    rnd = random.Random(3)
    kinds = {
        "one word": lambda: {"q": rnd.choice(["heftruck", "verpleeg", "schoonmaak", "kok", "lasser", "chauffeur", "magazijn", "boekhoud"])},
        "two words + place 25 km": lambda: {"q": rnd.choice(["heftruck ploegen", "schoonmaak team", "chauffeur rijbewijs"]),
                                            "place": rnd.choice(["Gent", "9000", "Antwerpen", "Leuven"]), "radius_km": 25},
        "filters only, newest first": lambda: {"place": rnd.choice(["Gent", "Brugge"]), "radius_km": 50, "contract": "permanent", "sort": "date"},
        "word, page 5": lambda: {"q": rnd.choice(["medewerker", "technicus", "verkoper"]), "page": 5},
        # the most common search in real life: one common word (in 40 % of the bench's vacancies) around a town
        "common word + place 25 km": lambda: {"q": rnd.choice(["magazijn", "ervaring", "rijbewijs"]),
                                              "place": rnd.choice(["Gent", "9000", "Antwerpen", "Leuven"]), "radius_km": 25},
    }
    out = {}
    for name, make in kinds.items():
        times = []
        for i in range(args.requests // 4 + 5):  # as many per kind as when there were four
            if i == 5:  # the first few warm the worker
                db_before, server_before, load_before = backends_cpu(database), process_cpu(server.pid), os.getloadavg()[0]
            ms, body = timed_get(f"http://127.0.0.1:{args.port}/api/v1/vacancies/search?" + urllib.parse.urlencode(make()))
            if i >= 5:
                times.append(ms)
        db_after = backends_cpu(database)
        db_seconds = sum(cpu - db_before.get(pid, 0.0) for pid, cpu in db_after.items())
        out[name] = {**summary(times), "last_count": body["count"],
                     "database_cpu_ms_per_query": round(1000 * db_seconds / len(times), 1),
                     "server_cpu_ms_per_query": round(1000 * (process_cpu(server.pid) - server_before) / len(times), 1),
                     "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
    return out


def measure_candidates(args: argparse.Namespace, token: str, vacancy_ids: list[int]) -> dict:
    """The employer's candidate list over HTTP. Each worker builds its match index at its first request (timed apart)."""
    headers = {"Authorization": f"Bearer {token}"}
    url = f"http://127.0.0.1:{args.port}/api/v1/vacancies/{{}}/suggestions"
    warm = []
    for vacancy_id in vacancy_ids[: 3 * args.workers]:
        warm.append(timed_get(url.format(vacancy_id), headers, timeout=900)[0])
    rnd = random.Random(5)
    times, listed = [], []
    for _ in range(args.requests):
        ms, body = timed_get(url.format(rnd.choice(vacancy_ids)), headers)
        times.append(ms)
        listed.append(len(body))
    return {**summary(times), "first_requests_ms": [round(w) for w in warm], "vacancies_asked": len(vacancy_ids),
            "mean_candidates_listed": round(sum(listed) / len(listed), 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--import-records", type=int, default=100_000)
    parser.add_argument("--vacancies", type=int, default=300_000, help="open vacancies in the database for the search")
    parser.add_argument("--jobseekers", type=int, default=250_000, help="current job seekers in the database for the candidate list")
    parser.add_argument("--with-occupation", type=float, default=0.8, help="share of records that carry an ESCO occupation")
    parser.add_argument("--typed-share", type=float, default=TYPED_SHARE,
                        help="of the records without an occupation, the share whose title is typed (not exactly a preferred label)")
    parser.add_argument("--requests", type=int, default=300, help="candidate-list requests; a quarter of it per kind of search query")
    parser.add_argument("--spread", choices=SPREADS, default="population",
                        help="where the vacancies are: by the population of the Flemish municipalities (default), or the first "
                             "spread, a tenth in each of ten places; the bench's vacancies already in the database are moved to it")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--prepare-only", action="store_true", help="make and fill the database, measure nothing")
    parser.add_argument("--skip-import", action="store_true", help="measure the search and the candidate list only (development)")
    parser.add_argument("--import-only", action="store_true",
                        help="measure the import alone (no search, no candidate list: --jobseekers 0 will do), written to "
                             "bench/results/vacancies-import-<date>.json")
    parser.add_argument("--search-only", action="store_true",
                        help="measure the public search only (no import, no candidate list: --jobseekers 0 will do), written to "
                             "bench/results/vacancies-search-<date>.json")
    args = parser.parse_args()
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE)
    os.environ.setdefault("WERKREGIE_DATA_DIR", "/tmp/wr-empl-bench")
    if not os.environ["DATABASE_URL"].startswith("postgres"):
        print("error: DATABASE_URL must be a PostgreSQL database (the targets are for PostgreSQL)", file=sys.stderr)
        return 2
    started = resultfile.machine()
    prepared: dict = {"database_created": ensure_database(os.environ["DATABASE_URL"])}
    import django

    django.setup()
    from django.db import connection

    from werkregie.cli import load_reference, migrate
    from werkregie.core.identifiers import make_kbo
    from werkregie.matching.platform import taxonomy

    migrate()
    load_reference(quiet=True)
    tax = taxonomy()
    kbos = [make_kbo(7_000_000 + i) for i in range(500)]
    args.places = place_weights(args.spread)
    t0 = time.perf_counter()
    jobseekers = prepare_jobseekers(args.jobseekers, prepared)
    open_vacancies = prepare_vacancies(args.vacancies, tax, kbos, prepared, args.places)
    respread_vacancies(args.spread, args.places, prepared)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    prepared["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps({"prepared": prepared, "jobseekers": jobseekers, "open_vacancies": open_vacancies}), file=sys.stderr)
    if args.prepare_only:
        return 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(DISTINCT municipality_id) FROM vacancies_vacancy WHERE open")
        (places_held,) = cursor.fetchone()
    figures: dict = {"database": connection.settings_dict["NAME"], "prepared": prepared, "jobseekers": jobseekers, "spread": args.spread,
                     "municipalities_with_open_vacancies": places_held,
                     "open_vacancies_before_import": open_vacancies, "import_records": args.import_records}
    imp = None
    if not (args.skip_import or args.search_only):
        with connection.cursor() as cursor:  # the prepared rows (or an earlier run's, deleted) vacuumed, as autovacuum would on a server
            for table in ("vacancies_vacancy", "vacancies_term", "vacancies_vacancyskill"):
                cursor.execute(f"VACUUM ANALYZE {table}")
        figures["import"] = imp = measure_import(args, tax, kbos)
        print(json.dumps(imp), file=sys.stderr)
    if args.import_only:
        path = resultfile.write("vacancies-import", figures, import_readme(args, imp), started=started)
        print(json.dumps(figures, indent=2))
        print(f"written to {path}", file=sys.stderr)
        return 0
    with connection.cursor() as cursor:  # the import's rows were deleted: VACUUM, as autovacuum would on a server that runs it
        cursor.execute("VACUUM ANALYZE vacancies_vacancy")
        cursor.execute("VACUUM ANALYZE vacancies_term")  # the search's words by place (migration 0020): its index-only scans
    token, vacancy_ids = employer_token(kbos[0])
    server = start_server(args)
    try:
        figures["search_ms"] = measure_search(args, server)
        if not args.search_only:
            figures["candidates_ms"] = measure_candidates(args, token, vacancy_ids)
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:  # gunicorn's graceful stop can outlast a loaded machine
            server.kill()
            server.wait(timeout=30)
    worst = max(v["p95"] for v in figures["search_ms"].values())
    readme = import_readme(args, imp)
    search_cpu = max(v["database_cpu_ms_per_query"] for v in figures["search_ms"].values())
    readme.append({"what": f"public vacancy search over HTTP, {open_vacancies:,} open vacancies, worst of five kinds of query"
                           + (f" (search only; database CPU per query at most {search_cpu} ms)" if args.search_only else ""),
                   "target": "p95 < 50 ms with 300,000", "measured": resultfile.ms(worst)})
    if not args.search_only:
        readme.append({"what": f"employer's candidate list over HTTP (API token, {jobseekers:,} job seekers, {open_vacancies:,} open vacancies)",
                       "target": "p95 < 100 ms with 250,000", "measured": resultfile.ms(figures["candidates_ms"]["p95"])})
    path = resultfile.write("vacancies-search" if args.search_only else "vacancies", figures, readme, started=started)
    print(json.dumps(figures, indent=2))
    print(f"written to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
