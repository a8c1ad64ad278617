"""Cases for the screening model from the register's own history: the features a person had on a reference date,
and the outcome after it (at least 28 days of work within 6 or 12 months). Plain Python over simple records, so
the same code builds the training cases, scores today's job seekers and is tested without a database.

Only data the platform holds and may use for this purpose are inputs. Sex, nationality, age and a work limitation
are carried along in `PROTECTED` columns for the fairness audit and are never handed to the model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from werkregie.core import lifecourse

SEEKING = frozenset({"jobseeker_benefit", "jobseeker_no_benefit"})
WORKING = frozenset({"employed", "social_economy", "igu"})
WORK_DAYS_NEEDED = 28
CEFR_NUMBER = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, "native": 7}
DIGITAL_NUMBER = {"none": 0, "basic": 1, "intermediate": 2, "advanced": 3}
EU = frozenset("AT BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())

NUMERIC = ["months_unemployed", "days_worked_2y", "seeking_spells_3y", "education_isced", "dutch_level", "other_languages",
           "digital_skills"]
CATEGORICAL = ["benefit", "leefloon", "driving_licence", "province"]
FEATURES = NUMERIC + CATEGORICAL
PROTECTED = ["sex", "origin", "age_band", "disability"]
# the known direction of each numeric input on the flag "far from the labour market" (+1 raises it)
MONOTONE = {"months_unemployed": 1, "days_worked_2y": -1, "education_isced": -1, "dutch_level": -1, "digital_skills": -1}


@dataclass(frozen=True)
class Episode:
    kind: str
    start: dt.date
    end: dt.date | None


@dataclass
class PersonRecord:
    id: int
    birth_date: dt.date
    sex: str
    nationality: str
    province: str
    education_isced: int | None
    languages: dict[str, str]  # language code -> CEFR level or "native"
    driving_licences: list[str]
    digital_skills: str
    work_limitation: bool | None
    episodes: list[Episode] = field(default_factory=list)


def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    month += 1
    last = [31, 29 if (day.year + year) % 4 == 0 and ((day.year + year) % 100 or (day.year + year) % 400 == 0) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return dt.date(day.year + year, month, min(day.day, last))


def _overlap_days(episodes: Iterable[Episode], kinds: frozenset, start: dt.date, end: dt.date) -> int:
    """Days in [start, end) covered by episodes of these kinds (overlapping episodes counted once)."""
    spans = sorted((max(e.start, start), min(e.end + dt.timedelta(days=1) if e.end else end, end)) for e in episodes if e.kind in kinds)
    total, reached = 0, start
    for a, b in spans:
        a = max(a, reached)
        if b > a:
            total += (b - a).days
            reached = b
    return total


def seeking_on(person: PersonRecord, day: dt.date) -> Episode | None:
    for e in person.episodes:
        if e.kind in SEEKING and e.start <= day and (e.end is None or e.end >= day):
            return e
    return None


def spell_start(episodes: list[Episode], day: dt.date) -> dt.date | None:
    """Start of the unbroken spell as a job seeker that runs on `day` (the register's one definition, core.lifecourse)."""
    return lifecourse.spell_start(((e.start, e.end) for e in episodes if e.kind in SEEKING), day)


def months_unemployed(episodes: list[Episode], day: dt.date) -> int:
    return lifecourse.spell_months(((e.start, e.end) for e in episodes if e.kind in SEEKING), day)


def age_band(birth: dt.date, day: dt.date) -> str:
    age = lifecourse.age_on(birth, day)
    return "<25" if age < 25 else "25-49" if age < 50 else "50+"


def origin(nationality: str) -> str:
    return "Belg" if nationality == "BE" else "EU" if nationality in EU else "niet-EU"


def features(person: PersonRecord, day: dt.date) -> dict:
    """The model's inputs on `day`, from the history known on that day (episodes that began after it are ignored).

    Education, languages, licences and digital skills are the register's current values: it keeps no history of them."""
    known = [e for e in person.episodes if e.start <= day]
    current = seeking_on(person, day)
    three_years_ago = add_months(day, -36)
    dutch = person.languages.get("nl")
    others = sum(1 for code, level in person.languages.items() if code != "nl" and CEFR_NUMBER.get(level, 0) >= 3)
    return {
        "months_unemployed": months_unemployed(known, day),
        "days_worked_2y": _overlap_days(known, WORKING, day - dt.timedelta(days=730), day),
        "seeking_spells_3y": sum(1 for e in known if e.kind in SEEKING and e.start >= three_years_ago),
        "education_isced": person.education_isced,
        "dutch_level": CEFR_NUMBER.get(dutch) if dutch else None,
        "other_languages": others,
        "digital_skills": DIGITAL_NUMBER.get(person.digital_skills),
        "benefit": "ja" if current is not None and current.kind == "jobseeker_benefit" else "nee",
        "leefloon": "ja" if any(e.kind == "leefloon" and e.start <= day and (e.end is None or e.end >= day) for e in known) else "nee",
        "driving_licence": "ja" if any(code in ("B", "BE", "C", "CE", "C1", "C1E", "D", "DE") for code in person.driving_licences) else "nee",
        "province": person.province or "onbekend",
    }


def protected(person: PersonRecord, day: dt.date) -> dict:
    return {"sex": person.sex, "origin": origin(person.nationality), "age_band": age_band(person.birth_date, day),
            "disability": "onbekend" if person.work_limitation is None else "ja" if person.work_limitation else "nee"}


def found_work(person: PersonRecord, day: dt.date, months: int) -> bool:
    """At least 28 days of work in the `months` after `day`."""
    return _overlap_days(person.episodes, WORKING, day + dt.timedelta(days=1), add_months(day, months) + dt.timedelta(days=1)) >= WORK_DAYS_NEEDED


def reference_dates(first: dt.date, last: dt.date, step_months: int = 3) -> list[dt.date]:
    """Quarter starts from `first` to `last`: the cohorts the model learns from (every job seeker on each date)."""
    day = dt.date(first.year, ((first.month - 1) // step_months) * step_months + 1, 1)
    if day < first:
        day = add_months(day, step_months)
    dates = []
    while day <= last:
        dates.append(day)
        day = add_months(day, step_months)
    return dates


def training_cases(persons: Iterable[PersonRecord], dates: list[dt.date], horizons: tuple[int, ...] = (6, 12),
                   today: dt.date | None = None) -> Iterator[dict]:
    """One case per job seeker per reference date; the outcome for a horizon is left empty (None) when its window
    has not yet ended on `today`, so each horizon learns only from outcomes that are known."""
    for person in persons:
        for day in dates:
            if seeking_on(person, day) is None:
                continue
            case = {"person_id": person.id, "reference_date": day.isoformat(), **features(person, day), **protected(person, day)}
            for months in horizons:
                known = today is None or add_months(day, months) <= today
                case[f"far_from_work_{months}m"] = (0 if found_work(person, day, months) else 1) if known else None
            yield case
