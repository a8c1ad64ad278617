"""The rules of community service (gemeenschapsdienst) and wijk-werken, in plain Python over simple values (no Django,
no database): who is eligible, how many hours may be registered, how long an assignment may last, and the hourly
allowance. Every number is a dated parameter in `parameters/` (read with werkregie.core.dated), so a change in law is a
data change. The use cases feed these functions with the register's episodes and the recorded hours.

The unemployment spell is the register's one definition (`werkregie.people.history.nonworking_jobseeker_months`); this
module never computes a second one."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable, Iterable, Mapping

from dateutil.relativedelta import relativedelta

from werkregie.core import dated
from werkregie.people.history import nonworking_jobseeker_months
from werkregie.workflows.deadlines import term

PARAMETERS = Path(__file__).resolve().parent / "parameters"

COMMUNITY_SERVICE = "community_service"
WIJK_WERKEN = "wijk_werken"
KINDS = (COMMUNITY_SERVICE, WIJK_WERKEN)
PREFIX = {COMMUNITY_SERVICE: "gemeenschapsdienst", WIJK_WERKEN: "wijkwerken"}

SICK = "sick"
WORKING = frozenset({"employed", "social_economy", "igu"})
CENT = Decimal("0.01")


def parameter(kind: str, name: str, on: dt.date) -> dated.DatedValue:
    """The dated parameter `name` of a kind (e.g. max_hours_month) on a day; ValueError before the scheme existed."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    return dated.value(PARAMETERS, f"{PREFIX[kind]}_{name}", on)


def _number(kind: str, name: str, on: dt.date) -> Decimal:
    return Decimal(str(parameter(kind, name, on).value))


def in_force(kind: str, on: dt.date) -> bool:
    try:
        parameter(kind, "max_hours_month", on)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Limits:
    kind: str
    eligibility_months: int
    min_hours_month: Decimal | None  # community service only (a warning, not a refusal)
    max_hours_month: Decimal
    max_hours_year: Decimal | None  # wijk-werken only
    max_months: int
    max_hours_day: Decimal  # both kinds of a person together on one day


# The 2 years after which community service is possible is one of the platform's legal terms (issue 11, point 3),
# kept with the others in werkregie/workflows/parameters; wijk-werken's own condition is a parameter of this domain.
ELIGIBILITY_TERM = {COMMUNITY_SERVICE: "community_service_after"}


def eligibility_months(kind: str, on: dt.date) -> int:
    if kind in ELIGIBILITY_TERM:
        found = term(ELIGIBILITY_TERM[kind], on)
        if found.unit != "months":
            raise ValueError(f"{ELIGIBILITY_TERM[kind]} is in {found.unit}; expected months")
        return int(found.value)
    return int(parameter(kind, "eligibility_months", on).value)


def catalogue(on: dt.date) -> list[dict]:
    """Every number of community service and wijk-werken with its value on a day, unit, sources and uncertainty."""
    from werkregie.workflows.deadlines import PARAMETERS as TERMS

    rows = []
    for p in dated.catalogue(PARAMETERS) + [dated.parameter(TERMS, key) for key in ELIGIBILITY_TERM.values()]:
        meta = p.metadata or {}
        value = p(on.isoformat())
        rows.append({"key": p.name.split(".")[-1], "on": on.isoformat(), "value": float(value) if value is not None else None,
                     "unit": meta.get("unit", ""), "description": p.description or "", "reference": list(meta.get("reference") or []),
                     "uncertainty": meta.get("uncertainty", "")})
    return rows


def limits(kind: str, on: dt.date) -> Limits:
    """The limits in force on a day."""
    return Limits(
        kind=kind,
        eligibility_months=eligibility_months(kind, on),
        min_hours_month=_number(kind, "min_hours_month", on) if kind == COMMUNITY_SERVICE else None,
        max_hours_month=_number(kind, "max_hours_month", on),
        max_hours_year=_number(kind, "max_hours_year", on) if kind == WIJK_WERKEN else None,
        max_months=int(parameter(kind, "max_months", on).value),
        max_hours_day=_number(kind, "max_hours_day", on),
    )


def hourly_rate(kind: str, on: dt.date) -> Decimal:
    return _number(kind, "hourly_allowance", on)


def last_day(kind: str, start: dt.date) -> dt.date:
    """The last day an assignment that starts on `start` may run (the maximum duration in force on the start)."""
    return start + relativedelta(months=limits(kind, start).max_months) - dt.timedelta(days=1)


# --- eligibility -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    months_searching: int
    months_required: int
    reasons: tuple[str, ...]  # codes of what stands in the way: not_in_force, not_searching, too_short, working, sick, exempted


def _current(start: dt.date, end: dt.date | None, day: dt.date) -> bool:
    return start <= day and (end is None or end >= day)


def eligibility(kind: str, episodes: Iterable, exemptions: Iterable, today: dt.date) -> Eligibility:
    """Whether a person may be proposed for `kind` today: searching without work for at least the dated number of
    months (community service: 2 years), not working, not sick, not exempted. `episodes` have kind/start/end (the
    register's status episodes); `exemptions` have start/end (a recorded exemption with its reason)."""
    episodes = list(episodes)
    if not in_force(kind, today):
        return Eligibility(False, 0, 0, ("not_in_force",))
    required = limits(kind, today).eligibility_months
    months = nonworking_jobseeker_months(episodes, today)
    searching = any(e.kind in ("jobseeker_benefit", "jobseeker_no_benefit") and _current(e.start, e.end, today) for e in episodes)
    reasons = []
    if not searching:
        reasons.append("not_searching")
    elif months < required:
        reasons.append("too_short")
    if any(e.kind in WORKING and _current(e.start, e.end, today) for e in episodes):
        reasons.append("working")
    if any(e.kind == SICK and _current(e.start, e.end, today) for e in episodes):
        reasons.append("sick")
    if any(_current(x.start, x.end, today) for x in exemptions):
        reasons.append("exempted")
    return Eligibility(not reasons, months, required, tuple(reasons))


# --- hours ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A refusal (`refused` True) or a warning about registered hours. `limit` is the number of the rule at stake; `day`
    the day concerned (for a month or a year: its last day among those being registered)."""

    code: str  # not_in_force, hours_not_positive, day_over_max, future_day, before_start, after_max_duration, month_over_max, year_over_max, month_under_min(_partial)
    day: dt.date
    limit: Decimal | None = None
    total: Decimal | None = None
    refused: bool = True


def month_key(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def check_hours(kind: str, others: Mapping[dt.date, Decimal], proposed: Mapping[dt.date, Decimal], *, start: dt.date, end: dt.date,
                today: dt.date, other_kinds: Mapping[dt.date, Decimal] | None = None) -> list[Finding]:
    """What is wrong with registering `proposed` (day → hours of one assignment; 0 removes the day).

    `others` are the person's hours of the same kind on other assignments and on the days of this assignment that are
    not being changed (day → hours); `other_kinds` the person's hours of the other kind (only the day's maximum counts
    across kinds). `start`..`end` is the assignment's allowed period (its start and the last day of its maximum
    duration). Refusals: any hours ≤ 0 other than the 0 that removes, more than the day's maximum (a dated
    parameter, both kinds together), a day in the future or
    outside the period, a month above the monthly maximum, a calendar year above the yearly cap. Warnings: a month of
    community service under the monthly minimum."""
    findings: list[Finding] = []
    other_kinds = other_kinds or {}
    for day, hours in sorted(proposed.items()):
        if hours < 0:
            findings.append(Finding("hours_not_positive", day, Decimal(0), hours))
            continue
        if hours == 0:
            continue
        if day > today:
            findings.append(Finding("future_day", day))
        if not in_force(kind, day):
            findings.append(Finding("not_in_force", day))
            continue
        day_total = others.get(day, Decimal(0)) + other_kinds.get(day, Decimal(0)) + hours
        day_limit = _number(kind, "max_hours_day", day)
        if day_total > day_limit:
            findings.append(Finding("day_over_max", day, day_limit, day_total))
        if day < start:
            findings.append(Finding("before_start", day))
        elif day > end:
            findings.append(Finding("after_max_duration", day, Decimal(limits(kind, start).max_months)))
    totals = dict(others)
    for day, hours in proposed.items():
        if hours > 0:
            totals[day] = totals.get(day, Decimal(0)) + hours
    months: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    years: dict[int, Decimal] = defaultdict(Decimal)
    for day, hours in totals.items():
        months[month_key(day)] += hours
        years[day.year] += hours
    if any(f.code == "not_in_force" for f in findings):
        return findings
    for year, month in sorted({month_key(d) for d, h in proposed.items() if h > 0}):
        first = dt.date(year, month, 1)
        days = [d for d, h in proposed.items() if h > 0 and month_key(d) == (year, month)]
        rule = _rule(kind, first, days)
        total = months[(year, month)]
        if total > rule.max_hours_month:
            findings.append(Finding("month_over_max", max(days), rule.max_hours_month, total))
        elif rule.min_hours_month is not None and not month_in_progress(year, month, today=today, until=end):
            # a month in progress never warns; the first or last month the assignment covers only partly has its
            # minimum pro rata of its working days (walk of stop 29)
            minimum, partial = month_minimum(rule.min_hours_month, year, month, start=start, until=end)
            if total < minimum:
                findings.append(Finding("month_under_min_partial" if partial else "month_under_min", max(days), minimum, total, refused=False))
    for year in sorted({d.year for d, h in proposed.items() if h > 0}):
        days = [d for d, h in proposed.items() if h > 0 and d.year == year]
        rule = _rule(kind, dt.date(year, 1, 1), days)
        if rule.max_hours_year is not None and years[year] > rule.max_hours_year:
            findings.append(Finding("year_over_max", max(days), rule.max_hours_year, years[year]))
    return findings


def _rule(kind: str, first: dt.date, days: list[dt.date]) -> Limits:
    """The limits of a month or year: those in force on its first day, or (a scheme that started within it) on its
    first registered day."""
    return limits(kind, first if in_force(kind, first) else min(days))


def refusals(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.refused]


# --- allowance -------------------------------------------------------------------------------------------------------


def month_in_progress(year: int, month: int, *, today: dt.date, until: dt.date | None = None) -> bool:
    """Whether a month is still in progress for an assignment: until its last day has passed, or the assignment's last
    day (`until`: its end, the last day of its maximum duration or the activity's end) when that comes first. A month
    in progress cannot be under the minimum yet (walk and attack: on the 10th the month showed "onder het minimum")."""
    last = dt.date(year, month, 1) + relativedelta(months=1) - dt.timedelta(days=1)
    if until is not None:
        last = min(last, until)
    return today <= last


def month_minimum(minimum: Decimal, year: int, month: int, *, start: dt.date | None = None, until: dt.date | None = None) -> tuple[Decimal, bool]:
    """The minimum of a month for an assignment from `start` to `until`, and whether the month is partial: the whole
    minimum for a month it covers entirely; for the first or last month it covers only partly, the minimum pro rata of
    the working days it covers (weekends and Belgian public holidays skipped), to the cent. E.g. started on Monday
    28/09/2026: 3 of September's 22 working days, 32 × 3 / 22 = 4,36 hours (walk of stop 29: "onder het minimum")."""
    from werkregie.core.workdays import is_working_day

    first = dt.date(year, month, 1)
    last = first + relativedelta(months=1) - dt.timedelta(days=1)
    low = max(first, start) if start is not None else first
    high = min(last, until) if until is not None else last
    if low == first and high == last:
        return minimum, False
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    working = [d for d in days if is_working_day(d)]
    covered = [d for d in working if low <= d <= high]
    if len(covered) == len(working):  # only days off are missing (started on Monday 2/2 after Sunday 1/2): a whole month
        return minimum, False
    return (minimum * len(covered) / len(working)).quantize(CENT, ROUND_HALF_UP), True


@dataclass(frozen=True)
class MonthTotal:
    year: int
    month: int
    hours: Decimal
    allowance: Decimal  # euro, rounded to the cent per month
    min_hours: Decimal | None
    max_hours: Decimal
    in_progress: bool = False  # the month (or the assignment within it) has not ended yet
    partial: bool = False  # the assignment covers only part of the month: min_hours is pro rata of its working days

    @property
    def under_minimum(self) -> bool:
        """Only a month that has ended can be under the minimum."""
        return self.min_hours is not None and not self.in_progress and self.hours < self.min_hours


def monthly(kind: str, days: Mapping[dt.date, Decimal], rate: Callable[[str, dt.date], Decimal] = hourly_rate, *,
            today: dt.date | None = None, until: dt.date | None = None, start: dt.date | None = None) -> list[MonthTotal]:
    """Hours and allowance per calendar month: each day's hours times the hourly rate in force on that day. With
    `today` (and the assignment's last day `until`), a month not yet over is marked in progress (never under the
    minimum); without it every month is taken as ended."""
    hours: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    money: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for day, h in days.items():
        if h <= 0:
            continue
        hours[month_key(day)] += h
        money[month_key(day)] += h * rate(kind, day)
    found = []
    for year, month in sorted(hours):
        rule = limits(kind, dt.date(year, month, 1)) if in_force(kind, dt.date(year, month, 1)) else None
        minimum, partial = (month_minimum(rule.min_hours_month, year, month, start=start, until=until)
                            if rule and rule.min_hours_month is not None else (None, False))
        found.append(MonthTotal(year, month, hours[(year, month)], money[(year, month)].quantize(CENT, ROUND_HALF_UP),
                                minimum, rule.max_hours_month if rule else Decimal(0),
                                today is not None and month_in_progress(year, month, today=today, until=until), partial))
    return found
