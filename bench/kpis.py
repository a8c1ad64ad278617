"""KPI refresh and dashboard benchmark (issue 14). Reduced scale by default: the 2-core machine is shared.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wr_kpis_bench .venv/bin/python bench/kpis.py --persons 20000

Generates the population with the existing generator if the database has fewer persons, then measures: a full
refresh; an incremental refresh after `--changed` persons (default 1% of the population) got a new episode; and the
dashboard pages through the whole Django stack (p50/p95 over repeated requests, first request excluded as a cold cache).
Full target: 6,700,000 persons, full refresh < 10 min, incremental of 10,000 changed persons < 15 s, pages p95 < 300 ms.
Writes bench/results/kpis.json.
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
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")


def _fallback(n: int) -> None:
    """n synthetic persons with job-seeker, leefloon and employed episodes (seeded), through the ORM."""
    import random

    from werkregie.core.identifiers import make_insz
    from werkregie.geo.models import Municipality
    from werkregie.people.models import Person, StatusEpisode

    rng = random.Random(7)
    munis = list(Municipality.objects.filter(region="02000").values_list("nis_code", flat=True))
    start_serial = Person.all_objects.count()
    for batch in range(0, n, 2000):
        people = []
        for i in range(batch, min(n, batch + 2000)):
            birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(16000))
            people.append(Person(insz=make_insz(birth, 2 * ((start_serial + i) % 499) + 1), first_name="P", last_name=f"B{start_serial + i}", birth_date=birth,
                                 sex=rng.choice("MF"), nationality=rng.choice(["BE"] * 8 + ["NL", "MA"]), municipality_id=rng.choice(munis),
                                 education_level=rng.randrange(9), registered_on=dt.date(2024, 1, 1)))
        made = Person.objects.bulk_create(people, ignore_conflicts=False)
        episodes = []
        for p in made:
            start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
            end = start + dt.timedelta(days=rng.randrange(30, 400)) if rng.random() < 0.6 else None
            episodes.append(StatusEpisode(person=p, kind=rng.choice(["jobseeker_benefit", "jobseeker_no_benefit"]), start=start, end=end))
            if end and rng.random() < 0.5:
                episodes.append(StatusEpisode(person=p, kind="employed", start=end + dt.timedelta(days=1)))
            if rng.random() < 0.1:
                episodes.append(StatusEpisode(person=p, kind="leefloon", start=start, municipality_id=p.municipality_id))
        StatusEpisode.objects.bulk_create(episodes)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--changed", type=int, default=None)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from werkregie.accounts.models import Role, User
    from werkregie.demo.services import generate_population
    from werkregie.geo.services import load_reference_data
    from werkregie.kpis import figures, refresh
    from werkregie.people.models import Person, StatusEpisode

    call_command("migrate", verbosity=0)
    load_reference_data()
    have = Person.objects.count()
    if have < args.persons:
        try:
            generate_population(args.persons - have, seed=7)
        except Exception as exc:  # noqa: BLE001 - the generator can lag behind the register's model: a plain ORM fallback
            print(f"generator failed ({exc.__class__.__name__}: {str(exc)[:120]}); using the ORM fallback", file=sys.stderr)
            _fallback(args.persons - Person.objects.count())
    persons = Person.objects.count()
    out = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "machine": f"{platform.node()} {os.cpu_count()} cores",
           "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip(),
           "command": " ".join(sys.argv), "database": django.db.connection.vendor, "persons": persons,
           "episodes": StatusEpisode.objects.count(), "scale_note": "reduced scale; the target is 6,700,000 persons"}
    started = time.monotonic()
    full = refresh.full()
    out["full_refresh_seconds"] = round(time.monotonic() - started, 2)
    out["cells"] = full["cells"]
    changed = args.changed or max(1, persons // 100)
    ids = list(Person.objects.order_by("?").values_list("pk", flat=True)[:changed])
    today = dt.date.today()
    StatusEpisode.objects.bulk_create([StatusEpisode(person_id=pid, kind="jobseeker_no_benefit", start=today) for pid in ids])
    from werkregie.kpis.signals import mark

    mark(ids)  # bulk_create bypasses the signals, as a bulk load would; the watermark would also find them via the person
    started = time.monotonic()
    inc = refresh.incremental()
    out["incremental"] = {"changed_persons": inc["persons"], "seconds": round(time.monotonic() - started, 2)}
    started = time.monotonic()
    out["publish_today_seconds"] = (figures.warm(today), round(time.monotonic() - started, 2))[1]
    user, _ = User.objects.get_or_create(username="bench-analyst", defaults={"role": Role.ANALYST})
    client = Client()
    client.force_login(user)
    pages = {"analyst": "/kerncijfers/?kpi=jobseekers", "analyst_groups": "/kerncijfers/?kpi=screened_2m&niveau=province&code=40000&groep=age",
             "municipality": "/kerncijfers/gemeente/?gemeente=44021", "management": "/kerncijfers/management/"}
    out["pages_ms"] = {}
    from werkregie.kpis.models import Published

    for name, url in pages.items():
        figures._breakdown.cache_clear()
        Published.objects.all().delete()
        t0 = time.monotonic()
        assert client.get(url).status_code == 200
        cold = (time.monotonic() - t0) * 1000  # computed and published
        figures._breakdown.cache_clear()
        t0 = time.monotonic()
        client.get(url)
        published = (time.monotonic() - t0) * 1000  # another worker: read from the published table
        times = []
        for _ in range(args.requests):
            t0 = time.monotonic()
            client.get(url)
            times.append((time.monotonic() - t0) * 1000)
        times.sort()
        out["pages_ms"][name] = {"cold": round(cold, 1), "from_published": round(published, 1), "p50": round(statistics.median(times), 1), "p95": round(times[int(0.95 * (len(times) - 1))], 1)}
    target = Path(__file__).resolve().parent / "results" / "kpis.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(out, indent=2))
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
