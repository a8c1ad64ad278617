"""Issue 16, point 12: demo data that hangs together — working age, no status before the 18th birthday, a benefit only
after work or the school leaver's waiting time, education that fits the age, foreign languages that fit the education,
a plausible demo citizen, and employers that post occupations of their own sector. Over the generator's output."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.matching.engine.taxonomy import load
from werkregie.organisations.demo import AGENCY, EMPLOYERS
from werkregie.organisations.sectors import section_for_isco, section_of
from werkregie.people.synthetic import (
    CEFR,
    EDUCATION_BY_AGE,
    FOREIGN_CEFR_BY_EDUCATION,
    NATIVE_LANGUAGE,
    WAITING_DAYS,
    WORKED,
    WORKING_AGE,
    Place,
    PopulationGenerator,
    _years_after,
)

TODAY = dt.date(2026, 11, 27)
PLACES = [Place("44021", 260000, "9000"), Place("11002", 530000, "2000")]


def population(seed: int, count: int = 600) -> list[dict]:
    """The generator's persons with their episodes and languages, as dictionaries."""
    people: dict[int, dict] = {}
    for batch in PopulationGenerator(PLACES, TODAY, seed=seed).batches(1, count, 300):
        for row in batch.persons:
            people[row[0]] = {"birth": dt.date.fromisoformat(row[6]), "nationality": row[8], "education": row[12], "episodes": [], "languages": {},
                              "registered": dt.date.fromisoformat(row[16])}
        for person_id, kind, start, end, _municipality, source in batch.episodes:
            people[person_id]["episodes"].append((kind, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None, source))
        for person_id, language, level in batch.languages:
            people[person_id]["languages"][language] = level
    return list(people.values())


def problems_of(person: dict, today: dt.date = TODAY) -> list[str]:
    found = []
    birth, education = person["birth"], person["education"]
    age = (today - birth).days // 365
    adult_on = _years_after(birth, WORKING_AGE)
    if not WORKING_AGE <= age <= 67:
        found.append(f"age {age}")
    for below, highest in EDUCATION_BY_AGE:
        if age < below and education > highest:
            found.append(f"ISCED {education} at {age}")
            break
    episodes = sorted(person["episodes"], key=lambda e: e[1])
    for kind, start, end, _source in episodes:
        if start < adult_on:
            found.append(f"{kind} from {start}, before the 18th birthday ({adult_on})")
        if end and end < start:
            found.append(f"{kind} ends before it starts")
        if kind in ("jobseeker_benefit", "sick") and start < adult_on + dt.timedelta(days=WAITING_DAYS):
            worked = any(k in WORKED and s < start for k, s, _e, _src in episodes)
            if not worked:
                found.append(f"{kind} from {start}, {(start - adult_on).days} days after school age, without work before")
    registered = person.get("registered")
    if registered and episodes and registered != min(start for _k, start, _e, source in episodes if source == "vdab"):
        found.append(f"registered on {registered}, the register's history begins on {episodes[0][1]}")
    arrived = [start for kind, start, _e, _source in episodes if kind == "newcomer"]
    if arrived and any(source == "vdab" and start < arrived[0] for _k, start, _e, source in episodes):
        found.append(f"a history here before arriving on {arrived[0]}")
    native = NATIVE_LANGUAGE.get(person["nationality"], "en")
    cap = FOREIGN_CEFR_BY_EDUCATION.get(education, "C2")
    for language, level in person["languages"].items():
        if language not in (native, "nl") and level != "native" and CEFR.index(level) > CEFR.index(cap):
            found.append(f"{language} {level} with ISCED {education}")
    return found


def test_the_checks_can_fail():
    child = {"birth": dt.date(2012, 1, 1), "nationality": "BE", "education": 1, "languages": {"en": "C1"},
             "episodes": [("jobseeker_benefit", dt.date(2024, 1, 1), None, "vdab")]}
    found = " | ".join(problems_of(child))
    assert "age 14" in found and "before the 18th birthday" in found and "en C1 with ISCED 1" in found and "without work before" in found
    newcomer = {"birth": dt.date(1990, 1, 1), "nationality": "SY", "education": 3, "languages": {}, "registered": dt.date(2023, 11, 27),
                "episodes": [("employed", dt.date(2022, 1, 1), None, "vdab"), ("newcomer", dt.date(2024, 1, 1), None, "integration_agency")]}
    found = " | ".join(problems_of(newcomer))
    assert "registered on 2023-11-27" in found and "a history here before arriving" in found


@settings(max_examples=4, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000))
def test_generated_persons_hang_together(seed):
    people = population(seed)
    problems = [(p["birth"], problem) for p in people for problem in problems_of(p)]
    assert not problems, problems[:10]
    ages = [(TODAY - p["birth"]).days // 365 for p in people]
    assert min(ages) < 25 and max(ages) > 55, "young and old job seekers are still there"
    assert any(kind == "jobseeker_benefit" for p in people for kind, *_ in p["episodes"])
    assert len({p["registered"] for p in people}) > len(people) // 3, "registration dates differ from person to person"
    assert any(kind == "newcomer" for p in people for kind, *_ in p["episodes"])


def test_employers_post_occupations_of_their_own_sector():
    """The sector mapping used by organisations/demo.py: every demo employer but the temp agency has a sector that
    hires at least one ESCO occupation, so no vacancy has to fall back to a sector that does not hire it."""
    tax = load()
    hired = {section_for_isco(o.isco) for o in tax.occupations}
    for name, nace, _serial in EMPLOYERS:
        if name != AGENCY:
            assert section_of(nace) in hired, (name, nace)


def test_the_demo_citizen_is_a_plausible_job_seeker(ref):
    """The demo makes its citizen a forklift driver (matching/demo.py): an adult with secondary school, on benefit now,
    every status after the 18th birthday, and the checks above hold for them in the database too."""
    from dateutil.relativedelta import relativedelta

    from werkregie.accounts.models import Role
    from werkregie.core import clock
    from werkregie.demo.services import _demo_citizen, generate_population
    from werkregie.organisations.models import OrganisationKind

    from . import factories as f

    generate_population(3000, seed=11)
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    person = _demo_citizen(team, f.user(Role.COUNSELLOR, team))
    today = clock.today()
    age = relativedelta(today, person.birth_date).years
    assert 25 <= age <= 55 and 2 <= person.education_level <= 4, (age, person.education_level)
    episodes = list(person.episodes.values_list("kind", "start", "end", "source"))
    assert any(kind == "jobseeker_benefit" and end is None for kind, _s, end, _src in episodes)
    record = {"birth": person.birth_date, "nationality": person.nationality, "education": person.education_level, "episodes": episodes,
              "languages": dict(person.languages.values_list("language", "level")), "registered": person.registered_on}
    assert not problems_of(record, today)
