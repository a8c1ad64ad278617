"""The KPI engine, plain Python: one person's facts in, that person's contributions to the KPI tables out.

A contribution is one count (and, for hours, an amount) on one day, in one municipality, for one group (sex, age band,
education level, work limitation, origin). The aggregate tables are the sums of every person's contributions, so a
refresh of a few persons only has to take their old contributions out and put their new ones in (refresh.py); a full
refresh recomputes everyone. Because a person's contributions depend on nothing but that person's facts, incremental
and full refreshes give the same tables (tested with hypothesis in tests/test_kpis_refresh.py).

Stocks are kept as flows: an episode adds `<status>.in` on its first day and `<status>.out` on the day after its last;
an age band changing during it adds `<status>.age_out` (old band) and `<status>.age_in` (new band) on the birthday.
The stock on a day is the sum of ins minus outs up to that day — an aggregate, never a scan of persons.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from werkregie.core.lifecourse import age_on

# The statuses whose stock and flows are kept. "jobseeker" is either kind of job seeker (one episode when they overlap).
STOCKS = ("jobseeker", "jobseeker_benefit", "jobseeker_no_benefit", "leefloon", "social_economy")
JOBSEEKER_KINDS = ("jobseeker_benefit", "jobseeker_no_benefit")
DECISIONS = ("none", "warning", "suspension", "exclusion", "indefinite")
HOUR_KINDS = ("community_service", "wijk_werken")
# periods in calendar months (added with plus_months, as relativedelta(months=…) would)
SCREEN_MONTHS, AGREEMENT_MONTHS = 2, 3
WORK_MONTHS = {"6": 6, "12": 12}
# a social-economy job that ends is a transition to the normal economy when a job as employee starts within this time
TRANSITION_MONTHS = 3
ONE_DAY = dt.timedelta(days=1)

AGE_BANDS = (("-24", 0), ("25-34", 25), ("35-44", 35), ("45-54", 45), ("55-64", 55), ("65+", 65))
SEXES = ("M", "F", "X")
EDUCATION = ("low", "mid", "high", "unknown")
LIMITATION = ("yes", "no", "unknown")
ORIGINS = ("BE", "EU", "non_EU", "unknown")
BAND_NAMES = tuple(b for b, _ in AGE_BANDS)
DIMENSIONS = {"sex": SEXES, "age": tuple(b for b, _ in AGE_BANDS), "education": EDUCATION, "limitation": LIMITATION, "origin": ORIGINS}
# The EU member states other than Belgium (ISO 3166-1 alpha-2), for the origin group (the register has nationality only).
EU = frozenset("AT BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())


@dataclass(frozen=True)
class Episode:
    kind: str
    start: dt.date
    end: dt.date | None
    municipality: str | None = None


@dataclass
class Facts:
    """Everything about one person that a KPI reads."""

    person_id: int
    birth_date: dt.date
    sex: str
    nationality: str
    education_level: int | None
    work_limitation: bool | None
    municipality: str
    episodes: list[Episode] = field(default_factory=list)
    assessments: list[dt.date] = field(default_factory=list)       # screening assessments (days)
    agreements: list[dt.date] = field(default_factory=list)        # binding agreements accepted (days, from the transition log)
    not_self_reliant: list[dt.date] = field(default_factory=list)  # the days of the assessments that found them not self-reliant
    decisions: list[tuple[dt.date, str]] = field(default_factory=list)  # compliance decisions (day, decision)
    hours: list[tuple[dt.date, str, Decimal]] = field(default_factory=list)  # community attendance (day, kind, hours)


# (kpi, day, municipality, sex, age, education, limitation, origin) → (n, value)
Key = tuple[str, dt.date, str, str, str, str, str, str]

# Vacancies: a vacancy is no person, so its cells carry no group ("" in every group field) and its place is where the
# work is. Time to fill is kept as a histogram (one cell key per number of days, the last one "that many or more"), so
# the median of any place and period is read from summed cells, like every other figure.
FILL_DAYS_CAP = 365
FILLED = "vacancy.filled"
FILL_DAYS = tuple(f"vacancy.days.{d}" for d in range(FILL_DAYS_CAP + 1))
NO_GROUP = ("", "", "", "", "")


@dataclass(frozen=True)
class VacancyFacts:
    """Everything about one vacancy that a KPI reads: where, when first published, when filled (from the transition log)."""

    vacancy_id: int
    municipality: str | None
    published: dt.date | None
    filled: dt.date | None


def vacancy_contributions(facts: VacancyFacts) -> dict[Key, tuple[int, Decimal]]:
    """A filled vacancy with a place: one count on the day it was filled (its value the days it took) and one in the
    histogram of days to fill. Anything else contributes nothing."""
    if facts.filled is None or not facts.municipality:
        return {}
    days = max(0, (facts.filled - (facts.published or facts.filled)).days)
    base = (facts.filled, facts.municipality, *NO_GROUP)
    return {(FILLED, *base): (1, Decimal(days)), (FILL_DAYS[min(days, FILL_DAYS_CAP)], *base): (1, Decimal(days))}


def age_band(birth: dt.date, on: dt.date) -> str:
    age = age_on(birth, on)
    band = AGE_BANDS[0][0]
    for name, lowest in AGE_BANDS:
        if age >= lowest:
            band = name
    return band


def education_group(level: int | None) -> str:
    if level is None:
        return "unknown"
    return "low" if level <= 2 else "mid" if level <= 4 else "high"


def origin_group(nationality: str) -> str:
    code = (nationality or "").upper()
    if not code:
        return "unknown"
    return "BE" if code == "BE" else "EU" if code in EU else "non_EU"


def limitation_group(value: bool | None) -> str:
    return "unknown" if value is None else "yes" if value else "no"


def _birthday(birth: dt.date, years: int) -> dt.date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February in a common year
        return dt.date(birth.year + years, 3, 1)


def merge(episodes: Iterable[Episode]) -> list[Episode]:
    """Overlapping or adjacent episodes of the same kind and municipality as one."""
    merged: list[Episode] = []
    for ep in sorted(episodes, key=lambda e: (e.kind, e.municipality or "", e.start)):
        last = merged[-1] if merged else None
        if last and last.kind == ep.kind and last.municipality == ep.municipality and (
                last.end is None or ep.start <= last.end + dt.timedelta(days=1)):
            end = None if last.end is None or ep.end is None else max(last.end, ep.end)
            merged[-1] = Episode(last.kind, last.start, end, last.municipality)
        else:
            merged.append(ep)
    return merged


def _first_in(days: Iterable[dt.date], start: dt.date, until: dt.date | None = None) -> dt.date | None:
    if until is None:
        return min((d for d in days if d >= start), default=None)
    return min((d for d in days if start <= d <= until), default=None)


def status_intervals(facts: Facts) -> list[Episode]:
    """The stock episodes: each kind merged, plus "jobseeker" (either kind) and leefloon per granting municipality."""
    kept = [e for e in facts.episodes if e.kind in STOCKS]
    seekers = [Episode("jobseeker", e.start, e.end) for e in facts.episodes if e.kind in JOBSEEKER_KINDS]
    kinds = [Episode(e.kind, e.start, e.end, e.municipality if e.kind == "leefloon" else None) for e in kept]
    return merge(kinds) + merge(seekers)


@lru_cache(maxsize=65_536)
def _band_days(birth: dt.date) -> tuple[dt.date, ...]:
    """The birthdays on which someone born on `birth` enters the next age band (persons share birth dates: cached)."""
    return tuple(_birthday(birth, lowest) for _name, lowest in AGE_BANDS[1:])


class _Bands:
    """One person's age band on any day, from the five birthdays on which it changes."""

    __slots__ = ("changes",)

    def __init__(self, birth: dt.date) -> None:
        self.changes = _band_days(birth)

    def on(self, day: dt.date) -> str:
        return BAND_NAMES[bisect_right(self.changes, day)]


def plus_months(day: dt.date, months: int) -> dt.date:
    """`day + relativedelta(months=months)` (the last day of the month where the day does not exist), without the
    relativedelta machinery: the engine adds months a few times for every person."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, monthrange(year, month)[1]))


def contributions(facts: Facts) -> dict[Key, tuple[int, Decimal]]:
    """All of one person's contributions, summed per key (counts as int, hours as Decimal)."""
    out: dict[Key, tuple[int, Decimal]] = {}
    home, sex = facts.municipality, facts.sex
    rest = (education_group(facts.education_level), limitation_group(facts.work_limitation), origin_group(facts.nationality))
    bands = _Bands(facts.birth_date)

    def add(kpi: str, day: dt.date, municipality: str | None = None, n: int = 1, value: Decimal | None = None, band_on: dt.date | None = None) -> None:
        key = (kpi, day, municipality or home, sex, bands.on(band_on or day), *rest)
        old = out.get(key)
        amount = n if value is None else value
        out[key] = (n, amount) if old is None else (old[0] + n, old[1] + amount)

    for ep in status_intervals(facts):
        add(f"{ep.kind}.in", ep.start, ep.municipality)
        for day in bands.changes:
            if ep.start < day and (ep.end is None or day <= ep.end):
                add(f"{ep.kind}.age_out", day, ep.municipality, band_on=day - ONE_DAY)
                add(f"{ep.kind}.age_in", day, ep.municipality)
        if ep.end is not None:
            add(f"{ep.kind}.out", ep.end + ONE_DAY, ep.municipality, band_on=ep.end)
        if ep.kind == "jobseeker":
            _cohort(facts, ep, add)
        if ep.kind == "social_economy" and ep.end is not None:
            work = _first_in([e.start for e in facts.episodes if e.kind == "employed"], ep.end + ONE_DAY, plus_months(ep.end, TRANSITION_MONTHS))
            if work:
                add("social_economy.to_work", work)
    for day, decision in facts.decisions:
        add(f"decision.{decision}", day)
    # the hours count the person once a calendar year, on the first day they worked hours of that kind: over a KPI's
    # window (1 January to the day) the cells' count is then the number of persons behind the hours, what the small-cell
    # rule must read (walk of stop 43: one person's wijk-werken hours were published, counted as 20 days of attendance)
    counted: set[tuple[str, int]] = set()
    for day, kind, hours in sorted(facts.hours):
        first = (kind, day.year) not in counted
        counted.add((kind, day.year))
        add(f"hours.{kind}", day, n=1 if first else 0, value=Decimal(hours))
    return out


def needs_agreement(facts: Facts, ep: Episode) -> bool:
    """Binding agreements are due (within 3 months of the registration) for a job seeker on benefit whom the screening
    found not self-reliant: the first assessment of the spell says so, and a spell with benefit runs within its first
    3 months. The self-reliant and those without benefit are not in the cohort of agreement_3m nor ever overdue."""
    first = min(((day, not_reliant) for day, not_reliant in
                 [*((d, False) for d in facts.assessments), *((d, True) for d in facts.not_self_reliant)]
                 if day >= ep.start and (ep.end is None or day <= ep.end)), default=None, key=lambda item: (item[0], not item[1]))
    if first is None or not first[1]:
        return False
    until = plus_months(ep.start, AGREEMENT_MONTHS)
    return any(e.kind == "jobseeker_benefit" and e.start <= until and (e.end is None or e.end >= ep.start) for e in facts.episodes)


def _cohort(facts: Facts, ep: Episode, add) -> None:  # noqa: ANN001 - the add closure of contributions()
    """An inflow as job seeker: the cohort KPIs counted on its first day, the overdue stocks on the days they change."""
    s = ep.start
    add("inflow.cohort", s)
    work_starts = [e.start for e in facts.episodes if e.kind == "employed"]
    for months, count in WORK_MONTHS.items():
        if _first_in(work_starts, s, plus_months(s, count)):
            add(f"inflow.work{months}m", s)
    for name, days, within in (("screened", facts.assessments, SCREEN_MONTHS), ("agreement", facts.agreements, AGREEMENT_MONTHS)):
        limit = plus_months(s, within)
        if name == "agreement":
            if not needs_agreement(facts, ep):
                continue
            add("inflow.agreement_cohort", s)
        if _first_in(days, s, limit):
            add(f"inflow.{name}_in_time", s)
            continue
        # overdue from the day after the limit while still a job seeker, until it is done or the episode ends
        overdue_from = limit + ONE_DAY
        if ep.end is not None and ep.end < overdue_from:
            continue
        done = _first_in(days, overdue_from)
        ends = [d for d in (done, ep.end + ONE_DAY if ep.end else None) if d is not None]
        add(f"{name}_overdue.in", overdue_from, band_on=s)
        if ends:
            add(f"{name}_overdue.out", min(ends), band_on=s)
