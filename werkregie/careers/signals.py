"""Career signals, the engine: plain Python over figures the data layer (signals_data.py) aggregated in SQL.

For one occupation in one region it says whether demand goes up or down (open vacancies and the vacancy-to-job-seeker
ratio over the last four quarters), which adjacent occupations are in high demand with a small skill gap, and which
skills appear increasingly in the occupation's vacancies. Counts that would be shown go through the platform's one
small-cell rule (werkregie.core.suppression): a hidden count hides the ratio made of it, and a trend is only said
when the quarters it compares are publishable, so a signal never rests on a handful of people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from werkregie.core.suppression import suppress, threshold

UP, DOWN, STABLE, UNKNOWN = "up", "down", "stable", "unknown"
CHANGE = 0.10  # a change under 10 % between the first and the last quarter is "stable": noise, not a signal
RISE_POINTS = 0.10  # a skill "rises" when its share of the vacancies grew by at least 10 percentage points
MAX_GAP_SHARE = 0.5  # an adjacent occupation: the person lacks at most half of its essential skills…
MAX_GAP = 8  # …and at most this many
ADJACENT_SHOWN, RISING_SHOWN = 3, 5


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int  # 1..4
    start: dt.date
    end: dt.date  # last day
    at: dt.date  # the day its stock is measured: its last day, or today for the running quarter

    @property
    def key(self) -> str:
        return f"{self.year}-Q{self.number}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _quarter(year: int, number: int, today: dt.date) -> Quarter:
    start = dt.date(year, 3 * number - 2, 1)
    next_start = dt.date(year + 1, 1, 1) if number == 4 else dt.date(year, 3 * number + 1, 1)
    end = next_start - dt.timedelta(days=1)
    return Quarter(year, number, start, end, min(end, today))


def last_quarters(today: dt.date, n: int = 4) -> list[Quarter]:
    """The last `n` quarters, oldest first, the running quarter last (its stock measured today, so a quarter that has
    just begun is not mistaken for a fall)."""
    year, number = quarter_of(today)
    out = []
    for _ in range(n):
        out.append(_quarter(year, number, today))
        year, number = (year - 1, 4) if number == 1 else (year, number - 1)
    return out[::-1]


def trend(first: float | None, last: float | None) -> str:
    """up/down/stable between two figures; unknown when either is missing (hidden or undefined)."""
    if first is None or last is None:
        return UNKNOWN
    if first == 0:
        return UP if last > 0 else STABLE
    change = (last - first) / first
    return UP if change >= CHANGE else DOWN if change <= -CHANGE else STABLE


@dataclass(frozen=True)
class QuarterFigures:
    quarter: Quarter
    vacancies: int | None  # None: hidden (small cell)
    seekers: int | None
    ratio: float | None  # vacancies per job seeker; None when either count is hidden or there are no job seekers
    history: bool = True  # False: a quarter before the platform's first vacancy (no figures, not zero)


@dataclass(frozen=True)
class Demand:
    quarters: list[QuarterFigures]
    vacancies_trend: str
    ratio_trend: str
    change: float | None  # relative change of open vacancies, first → last quarter (None when not shown)


def demand(quarters: list[Quarter], vacancies: list[int | None], seekers: list[int | None], below: int | None = None) -> Demand:
    """The demand signal from the raw counts per quarter (oldest first). A count of None is a quarter before the
    platform held any vacancy: no history, rather than a zero that would make every occupation "rise"."""
    below = threshold() if below is None else below
    cells = {("v", i): int(v) for i, v in enumerate(vacancies) if v is not None}
    cells |= {("s", i): int(s) for i, s in enumerate(seekers) if s is not None}
    hidden = suppress(cells, [], below)  # no published sums: each quarter's counts stand alone
    rows = []
    for i, q in enumerate(quarters):
        v = None if ("v", i) in hidden or ("v", i) not in cells else vacancies[i]
        s = None if ("s", i) in hidden or ("s", i) not in cells else seekers[i]
        rows.append(QuarterFigures(q, v, s, (v / s) if v is not None and s else None, ("v", i) in cells))
    with_history = [r for r in rows if r.history]
    if len(with_history) < 2:
        return Demand(rows, UNKNOWN, UNKNOWN, None)
    first, last = with_history[0], with_history[-1]
    v_trend = trend(first.vacancies, last.vacancies)
    change = None
    if v_trend != UNKNOWN and first.vacancies:
        change = (last.vacancies - first.vacancies) / first.vacancies
    return Demand(rows, v_trend, trend(first.ratio, last.ratio), change)


@dataclass(frozen=True)
class Adjacent:
    occupation: int  # taxonomy index
    open_vacancies: int | None  # None: hidden
    overlap: float  # Jaccard overlap of the ESCO skills of the two occupations
    missing: list = field(default_factory=list)  # the matching engine's Gap rows, most asked-for first
    essential: int = 0


def adjacent(own: int, own_skills: set[int], held: set[int], candidates: list[tuple[int, int, set[int], set[int]]], gaps_of,
             below: int | None = None, shown: int = ADJACENT_SHOWN, exclude: frozenset[int] = frozenset()) -> list[Adjacent]:
    """Occupations in high demand that share ESCO skills with the person's occupation and whose essential skills the
    person (holding `held`) mostly has. `candidates`: (index, open vacancies, its essential and optional skills, its
    essential skills), most open first; `gaps_of(index)` is the matching engine's skill-gap function for the person (the
    essential skills they lack, most asked-for first), asked only for candidates that pass the cheap count first.
    `exclude`: the person's other occupations (current and target), never "adjacent" to one of their own (the walk of
    issue 13 found the forklift operator's own occupation listed under the warehouse manager they aim for)."""
    below = threshold() if below is None else below
    found = []
    for index, open_count, skills, essential in candidates:
        if index == own or index in exclude or not skills or open_count < below:
            continue  # a demand too small to publish is no "high demand"
        union = own_skills | skills
        overlap = len(own_skills & skills) / len(union) if union else 0.0
        if overlap <= 0:
            continue
        lacking = len(essential - held)
        if lacking > MAX_GAP or lacking > MAX_GAP_SHARE * max(len(essential), 1):
            continue
        found.append(Adjacent(index, open_count, round(overlap, 3), [], len(essential)))
    found = [Adjacent(a.occupation, a.open_vacancies, a.overlap, list(gaps_of(a.occupation)), a.essential) for a in found]
    found.sort(key=lambda a: (len(a.missing), -(a.open_vacancies or 0), -a.overlap, a.occupation))
    return found[:shown]


@dataclass(frozen=True)
class RisingSkill:
    skill: int
    recent: int  # vacancies of the last two quarters asking for it
    recent_share: float
    earlier_share: float | None  # None: the earlier count is a small cell, so the share made of it is not shown


def rising_skills(recent: dict[int, int], earlier: dict[int, int], recent_total: int, earlier_total: int, below: int | None = None,
                  shown: int = RISING_SHOWN) -> list[RisingSkill]:
    """Skills asked for by a growing share of the occupation's vacancies (last two quarters against the two before).
    Only skills whose recent count is publishable, and only when both periods have enough vacancies to compare."""
    below = threshold() if below is None else below
    if recent_total < below or earlier_total < below:
        return []
    out = []
    for skill, count in recent.items():
        if count < below:
            continue
        before = earlier.get(skill, 0)
        now_share, before_share = count / recent_total, before / earlier_total
        if now_share - before_share >= RISE_POINTS:
            out.append(RisingSkill(skill, count, now_share, None if 0 < before < below else before_share))
    out.sort(key=lambda r: (-(r.recent_share - (r.earlier_share or 0)), -r.recent, r.skill))
    return out[:shown]
