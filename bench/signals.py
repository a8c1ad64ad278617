"""Career signals and the own-data export (issue 13, points 7 and 9): how long the shipped paths take.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wr_signals_bench .venv/bin/python bench/signals.py --persons 20000 --vacancies 50000

Fills the database (if it holds fewer) with a population (the demo's generator), synthetic vacancies spread over the
last five quarters across the most common ESCO occupations and the Flemish municipalities, and a current occupation
per person; then measures `signals_data.for_person` per person with an empty cache (the first person of an
occupation × province that day: every aggregate runs in SQL) and with a warm one (the figures cached for the day),
and the own-data export's background build for one person (JSON, PDF, ZIP). Target: signals p95 < 300 ms cold.
Writes bench/results/signals-<date>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")

import resultfile  # noqa: E402


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


def fill(persons: int, vacancies: int, seed: int) -> None:
    from werkregie.core import clock
    from werkregie.demo.services import generate_population
    from werkregie.geo.models import Municipality
    from werkregie.matching import platform
    from werkregie.matching.models import PersonExperience
    from werkregie.organisations.models import Organisation, OrganisationKind
    from werkregie.people.models import Person
    from werkregie.vacancies.models import Vacancy, VacancySkill

    rng = random.Random(seed)
    missing = persons - Person.all_objects.count()
    if missing > 0:
        generate_population(missing, seed=seed)
    tax = platform.taxonomy()
    occupations = [o.uri for o in sorted(tax.occupations, key=lambda o: -len(o.essential))[:300]]
    have = set(PersonExperience.objects.values_list("person_id", flat=True))
    PersonExperience.objects.bulk_create([PersonExperience(person_id=pk, occupation_uri=rng.choice(occupations), years=rng.randrange(1, 20))
                                          for pk in Person.objects.values_list("pk", flat=True) if pk not in have], batch_size=5000)
    todo = vacancies - Vacancy.objects.count()
    if todo <= 0:
        return
    employer = Organisation.objects.filter(kind=OrganisationKind.EMPLOYER).first() or Organisation.objects.create(
        kind=OrganisationKind.EMPLOYER, name="Bench werkgever", kbo_number="0999999990")
    munis = list(Municipality.objects.filter(region="02000").values_list("nis_code", flat=True))
    now = clock.now()
    for start in range(0, todo, 5000):
        rows = []
        for _ in range(min(5000, todo - start)):
            made = now - dt.timedelta(days=rng.randrange(450))
            closed = rng.random() < 0.6
            rows.append(Vacancy(employer=employer, title="bench", municipality_id=rng.choice(munis), occupation_uri=rng.choice(occupations),
                                state="closed" if closed else "published", open=not closed, created_at=made,
                                state_since=made + dt.timedelta(days=rng.randrange(10, 120)) if closed else made))
        made_rows = Vacancy.objects.bulk_create(rows)
        for v, r in zip(made_rows, rows, strict=True):  # auto_now_add overwrote the date: put it back
            v.created_at = r.created_at
        Vacancy.objects.bulk_update(made_rows, ["created_at"], batch_size=5000)
        skills = []
        for v in made_rows:
            occ = tax.occupations[tax.occupation_index[v.occupation_uri]]
            for s in rng.sample(occ.essential + occ.optional, min(5, len(occ.essential + occ.optional))):
                skills.append(VacancySkill(vacancy=v, skill_uri=tax.skills[s].uri))
        VacancySkill.objects.bulk_create(skills, ignore_conflicts=True, batch_size=5000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--vacancies", type=int, default=50_000)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    started = resultfile.machine()
    os.environ.setdefault("WERKREGIE_DATA_DIR", tempfile.mkdtemp(prefix="wr-signals-bench-"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.conf import settings

    from werkregie.careers import signals_data
    from werkregie.geo.services import load_reference_data
    from werkregie.matching.models import PersonExperience
    from werkregie.people.models import Person
    from werkregie.privacy import use_cases as export_uc
    from werkregie.privacy.models import OwnDataExport
    from werkregie.workflows import services as wf
    from werkregie.workflows.services import PLATFORM

    load_reference_data()
    t0 = time.perf_counter()
    fill(args.persons, args.vacancies, args.seed)
    fill_s = time.perf_counter() - t0
    rng = random.Random(args.seed)
    ids = rng.sample(list(PersonExperience.objects.values_list("person_id", flat=True).distinct()), args.sample)
    persons = list(Person.objects.filter(pk__in=ids))
    cold, warm = [], []
    for person in persons:
        signals_data.forget()
        t = time.perf_counter()
        signals_data.for_person(person)
        cold.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        signals_data.for_person(person)
        warm.append((time.perf_counter() - t) * 1000)
    settings.TASKS_SYNC = True
    builds = []
    OwnDataExport.objects.filter(person__in=persons[:5]).delete()  # a run before left its exports waiting
    for person in persons[:5]:
        export = wf.create(OwnDataExport, PLATFORM, person=person, requested_at=django.utils.timezone.now())
        t = time.perf_counter()
        export_uc.build(export.pk)
        builds.append((time.perf_counter() - t) * 1000)
    figures = {
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1], "persons": Person.objects.count(),
        "vacancies": args.vacancies, "fill_seconds": round(fill_s, 1), "sample": len(persons),
        "signals_cold_ms": {"p50": round(statistics.median(cold), 1), "p95": round(p95(cold), 1)},
        "signals_warm_ms": {"p50": round(statistics.median(warm), 2), "p95": round(p95(warm), 2)},
        "export_build_ms": {"p50": round(statistics.median(builds), 1), "max": round(max(builds), 1)},
        "note": "measured while other helpers ran their tests on the same 2-core machine: upper bounds",
    }
    print(figures)
    readme = [
        {"what": f"career signals for one person, empty cache ({figures['database']}, {args.vacancies:,} vacancies)", "target": "p95 < 300 ms",
         "measured": f"p50 {figures['signals_cold_ms']['p50']} ms, p95 {figures['signals_cold_ms']['p95']} ms"},
        {"what": "career signals for one person, figures cached for the day", "target": "—",
         "measured": f"p50 {figures['signals_warm_ms']['p50']} ms, p95 {figures['signals_warm_ms']['p95']} ms"},
        {"what": "own-data export built in the background (JSON, PDF, ZIP) for one person", "target": "—",
         "measured": f"p50 {figures['export_build_ms']['p50']} ms"},
    ]
    path = resultfile.write(f"signals-{figures['database']}", figures, readme, started=started)
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
