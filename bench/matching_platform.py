"""Matching in the platform, on PostgreSQL (issue 18, points 7 and 8): the shipped nightly command end to end, and
the live index under edits, in the engine and through the whole HTTP stack.

One command, which builds its database when it is missing or short (default `wr_match_bench`):

    .venv/bin/python bench/matching_platform.py [--persons 250000] [--vacancies 300000] [--database wr_match_bench]

1. prepare: `werkregie generate --persons N` (the demo's population, COPY), every person made a current job seeker
   (an open "werkzoekend zonder uitkering" episode for those who are not), then `matching.demo.seed_matching_demo`
   (N_v vacancies and a profile for every job seeker, from engine/synthetic.py); skipped when already there.
2. nightly: `werkregie match nightly` (the shipped command, its defaults: 2 processes) in its own process, timed from
   the outside: index, scoring, results written to matching_nightlymatches; the rows written are counted.
3. live: a second process saves `--edits-per-s` edits a second (a vacancy's hours or skills, a person's competences,
   through the ORM: each writes the change log) while this process measures (a) the engine path: the process's
   live index brought up to date (`platform.current_index()`, the change log read and applied) plus top-20
   vacancies for a person / top-50 candidates for a vacancy; (b) the whole stack over HTTP: GET
   /api/v1/matching/persons/{id}/vacancies?top=20 and GET /api/v1/matching/vacancies/{id}/candidates?top=50 against
   `werkregie serve` (gunicorn, 2 workers, its access log written; started before the edits, its warm start not
   counted) from one keep-alive client on the same machine (middleware, API, token, permission, explanations, one
   access-log entry per listed person), as an admin. Until stop 45 (b) went through Django's test client in process. It also saves a vacancy itself and
   measures how long until the index answers with it, and counts full rebuilds during the run (target: none).

Writes bench/results/matching-platform-<date>.json through bench/resultfile.py. Stages: --stage prepare|nightly|live|all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from deadlines import WERKREGIE  # noqa: E402 - bench/ is on the path: the same database helpers
from deadlines import _ensure_database as ensure_database  # noqa: E402
from deadlines import _env as deadlines_env  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def env(database: str) -> dict:
    return {**deadlines_env(database), "DJANGO_SETTINGS_MODULE": "werkregie.settings"}


def django_setup(database: str) -> None:
    os.environ.update(env(database))
    import django

    django.setup()


def prepare(database: str, persons: int, vacancies: int) -> dict:
    """Build the bench database when missing or short (idempotent: each step checks what is there)."""
    ensure_database(database)
    subprocess.run([WERKREGIE, "manage", "migrate", "-v0"], env=env(database), check=True)
    from django.db import connection, transaction

    from werkregie.core import clock
    from werkregie.matching.demo import seed_matching_demo
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import Person
    from werkregie.vacancies.models import Vacancy

    started = time.perf_counter()
    have = Person.all_objects.count()
    if have < persons:
        subprocess.run([WERKREGIE, "generate", "--persons", str(persons - have)], env=env(database), check=True)
    today = clock.today()
    with transaction.atomic(), connection.cursor() as cursor:  # every person a current job seeker (since a month)
        cursor.execute(
            "INSERT INTO people_statusepisode (person_id, kind, start, \"end\", municipality_id, source) "
            "SELECT p.id, %s, %s, NULL, NULL, 'vdab' FROM people_person p WHERE NOT EXISTS (SELECT 1 FROM people_statusepisode e "
            "WHERE e.person_id = p.id AND e.kind IN ('jobseeker_benefit', 'jobseeker_no_benefit') AND e.start <= %s AND (e.\"end\" IS NULL OR e.\"end\" >= %s))",
            [StatusKind.JOBSEEKER_NO_BENEFIT, today - dt.timedelta(days=30), today, today + dt.timedelta(days=30)])
    if Vacancy.objects.count() < vacancies:
        seed_matching_demo(vacancies=vacancies - Vacancy.objects.count())
    subprocess.run(["vacuumdb", "-h", "127.0.0.1", "-U", "postgres", "--analyze", "--quiet", database], check=True)
    return {"prepare_s": round(time.perf_counter() - started, 1), "persons": Person.all_objects.count(), "vacancies": Vacancy.objects.count()}


def nightly(database: str) -> dict:
    """The shipped command in its own process, timed from the outside."""
    from werkregie.core import clock
    from werkregie.matching.models import NightlyMatches
    from werkregie.matching.platform import seeking_ids

    command = [WERKREGIE, "match", "nightly"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env(database), check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    import json

    summary = json.loads(done.stdout.strip().splitlines()[-1])
    today = clock.today()
    return {"command": "werkregie match nightly", "wall_s": round(wall, 1), "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
            "job_seekers": len(seeking_ids(today)), "written": NightlyMatches.objects.filter(day=today).count(), "summary": summary,
            "load_average_before": round(os.getloadavg()[0], 1)}


def percentiles(samples: list[float]) -> dict:
    import numpy as np

    ms = np.array(samples) * 1000
    return {"p50_ms": round(float(np.percentile(ms, 50)), 2), "p95_ms": round(float(np.percentile(ms, 95)), 2),
            "p99_ms": round(float(np.percentile(ms, 99)), 2), "queries": len(samples)}


def edit_loop(database: str, rate: float, seconds: float, seed: int) -> None:
    """Save `rate` edits a second for `seconds` (a separate process: run by `live`)."""
    django_setup(database)
    from werkregie.core import clock
    from werkregie.matching.models import PersonSkill
    from werkregie.matching.platform import taxonomy
    from werkregie.vacancies.models import Vacancy, VacancySkill

    rng = random.Random(seed)
    tax = taxonomy()
    vacancy_ids = list(Vacancy.objects.filter(open=True).values_list("pk", flat=True)[:50_000])
    person_ids = list(PersonSkill.objects.values_list("person_id", flat=True).distinct()[:50_000])
    started, done = time.monotonic(), 0
    while time.monotonic() - started < seconds:
        kind = done % 3
        skill = tax.skills[rng.randrange(len(tax.skills))].uri
        if kind == 0:
            vacancy = Vacancy.objects.get(pk=rng.choice(vacancy_ids))
            vacancy.hours_per_week = rng.choice([19, 24, 30, 32, 36, 38, 40])
            vacancy.save()
        elif kind == 1:
            VacancySkill.objects.get_or_create(vacancy_id=rng.choice(vacancy_ids), skill_uri=skill, defaults={"essential": False})
        else:
            PersonSkill.objects.get_or_create(person_id=rng.choice(person_ids), skill_uri=skill, defaults={"source": "declared", "added_at": clock.now()})
        done += 1
        print(done, flush=True)  # the last line counts (the process is stopped when the measurements end)
        time.sleep(max(0.0, started + done / rate - time.monotonic()))


def start_server(database: str, log: Path) -> tuple[subprocess.Popen, str]:
    """`werkregie serve` on a free port, on the bench database, with its access log; returns when it answers."""
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([WERKREGIE, "serve", "--port", str(port), "--workers", "2"], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env={**env(database), "WERKREGIE_ACCESS_LOG": str(log)})
    deadline = time.monotonic() + 900  # the warm start builds the match index in the master (about a minute)
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=5).read()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"werkregie serve did not start (exit code {server.returncode})") from None
            time.sleep(1)


def live(database: str, queries: int, rate: float) -> dict:
    import requests

    from werkregie.accounts.models import ApiToken, Role, User
    from werkregie.matching import platform
    from werkregie.vacancies.models import Vacancy

    access_log = Path("/tmp/wr-bench-matching-access.log")
    server_started = time.perf_counter()
    server, base = start_server(database, access_log)
    server_start_s = time.perf_counter() - server_started
    started = time.perf_counter()
    platform.current_index()
    build_s = time.perf_counter() - started
    builds = platform.full_builds()
    index = platform.current_index()
    rng = random.Random(5)
    person_ids = [int(i) for i in rng.sample(list(index.base.p_id), queries)]
    vacancy_ids = [int(i) for i in rng.sample(list(index.base.v_id), queries)]
    person_profiles = {p.id: p for p in platform.person_profiles(person_ids)}
    admin, _ = User.objects.get_or_create(username="bench-matching-admin", defaults={"role": Role.ADMIN, "first_name": "Bench", "last_name": "Beheerder"})
    token = ApiToken.issue(admin, "bench", None)[1]
    client = requests.Session()
    client.headers["Authorization"] = f"Bearer {token}"
    seconds = 3 * queries * 0.2 + 60  # the edits run through every measurement
    editor = subprocess.Popen([sys.executable, __file__, "--database", database, "--edit-loop", str(rate), "--seconds", str(seconds)],
                              env=env(database), stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(2)
        engine_p, engine_v = [], []
        for person_id, vacancy_id in zip(person_ids, vacancy_ids):
            t = time.perf_counter()
            platform.current_index().vacancies_for(person_profiles[person_id], top=20)
            engine_p.append(time.perf_counter() - t)
            t = time.perf_counter()
            live_index = platform.current_index()
            live_index.candidates_for(live_index.vacancy_profile(vacancy_id), top=50)
            engine_v.append(time.perf_counter() - t)
        first = time.perf_counter()  # the first requests after the start (the keep-alive connection opened)
        client.get(f"{base}/api/v1/matching/persons/{person_ids[0]}/vacancies?top=20")
        first_ms = (time.perf_counter() - first) * 1000
        http_p, http_v, statuses = [], [], set()
        for person_id, vacancy_id in zip(person_ids, vacancy_ids):
            t = time.perf_counter()
            statuses.add(client.get(f"{base}/api/v1/matching/persons/{person_id}/vacancies?top=20").status_code)
            http_p.append(time.perf_counter() - t)
            t = time.perf_counter()
            statuses.add(client.get(f"{base}/api/v1/matching/vacancies/{vacancy_id}/candidates?top=50").status_code)
            http_v.append(time.perf_counter() - t)
        # a change of our own: how long until the index answers with it
        vacancy = Vacancy.objects.get(pk=vacancy_ids[0])
        vacancy.hours_per_week = 17
        saved = time.perf_counter()
        vacancy.save()
        while platform.current_index().vacancy_profile(vacancy.pk).hours != 17:
            time.sleep(0.01)
        visible_ms = (time.perf_counter() - saved) * 1000
    finally:
        editor.terminate()
        edits = (editor.communicate()[0].strip().splitlines() or ["0"])[-1]
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
    elapsed = time.perf_counter() - started
    return {"index_build_s": round(build_s, 1), "edits_per_s_target": rate, "edits_saved": int(edits) if edits.isdigit() else None,
            "measured_s": round(elapsed, 1), "full_rebuilds_during_edits": platform.full_builds() - builds,
            "overlay_rows_at_end": platform.current_index().changed(),
            "engine_top20_vacancies": percentiles(engine_p), "engine_top50_candidates": percentiles(engine_v),
            "http_top20_vacancies": percentiles(http_p), "http_top50_candidates": percentiles(http_v), "http_statuses": sorted(statuses),
            "http": "werkregie serve (gunicorn, 2 workers, access log), one keep-alive client", "server_start_s": round(server_start_s, 1),
            "http_first_request_ms": round(first_ms, 1), "access_log_lines": len(access_log.read_text().splitlines()) if access_log.exists() else 0,
            "own_edit_visible_after_ms": round(visible_ms, 1)}


def readme_rows(f: dict) -> list[dict]:
    from resultfile import ms

    rows = []
    if "nightly" in f:
        n = f["nightly"]
        rows.append({"what": f"`werkregie match nightly` end to end from PostgreSQL: {n['job_seekers']:,} job seekers × {f['vacancies']:,} vacancies, "
                             f"top 20 written ({n['written']:,} rows), 2 processes", "target": "< 5 min on 2 cores",
                     "measured": f"{n['wall_s']} s wall ({n['summary']['index_s']} s index), {n['cpu_s']} s CPU"})
    if "live" in f:
        lv = f["live"]
        edits = f"{lv['edits_saved']} edits in {lv['measured_s']} s"
        rows += [
            {"what": f"engine under edits ({edits}): change log applied + top-20 vacancies / top-50 candidates", "target": "p95 < 10 ms / < 20 ms",
             "measured": f"{ms(lv['engine_top20_vacancies']['p95_ms'])} / {ms(lv['engine_top50_candidates']['p95_ms'])}"},
            {"what": "whole stack over HTTP under the same edits (`werkregie serve`, 2 workers): GET …/persons/{id}/vacancies?top=20 / "
                     "…/vacancies/{id}/candidates?top=50 (API, permission, explanations, access log)" if "http" in lv else
                     "whole stack in process (Django's test client) under the same edits: GET …/persons/{id}/vacancies?top=20 / "
                     "…/vacancies/{id}/candidates?top=50 (API, permission, explanations, access log)", "target": "p95 < 100 ms",
             "measured": f"{ms(lv['http_top20_vacancies']['p95_ms'])} / {ms(lv['http_top50_candidates']['p95_ms'])}"},
            {"what": "a saved vacancy visible to the index; full rebuilds during the edits", "target": "within seconds; 0",
             "measured": f"{ms(lv['own_edit_visible_after_ms'])}; {lv['full_rebuilds_during_edits']}"},
        ]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="wr_match_bench")
    parser.add_argument("--persons", type=int, default=250_000)
    parser.add_argument("--vacancies", type=int, default=300_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--edits-per-s", type=float, default=10.0)
    parser.add_argument("--stage", choices=["prepare", "nightly", "live", "all"], default="all")
    parser.add_argument("--edit-loop", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=60, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.edit_loop:
        edit_loop(args.database, args.edit_loop, args.seconds, seed=11)
        return 0
    sys.path.insert(0, str(ROOT / "bench"))
    import resultfile

    start_machine = resultfile.machine()
    ensure_database(args.database)
    django_setup(args.database)
    figures: dict = {"database": args.database}
    figures.update(prepare(args.database, args.persons, args.vacancies))
    if args.stage in ("nightly", "all"):
        figures["nightly"] = nightly(args.database)
    if args.stage in ("live", "all"):
        figures["live"] = live(args.database, args.queries, args.edits_per_s)
    import json

    print(json.dumps(figures, indent=2))
    if args.stage != "prepare":
        name = "matching-platform" if args.persons >= 250_000 else "matching-platform-small"
        print(resultfile.write(name, figures, readme_rows(figures), started=start_machine))
    return 0


if __name__ == "__main__":
    sys.exit(main())
