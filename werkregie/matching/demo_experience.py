"""A demo job seeker's work experience and wanted occupation, drawn so that they agree with what the register says of
the person (issue 16 point 12: 20 years of work at 30, a director on benefit with upper secondary school, an employment
counsellor with Dutch at A1, a dental lecturer who wants to be a stone driller). Plain Python, no Django.

* The years of work fit the life: they count from the end of school (`SCHOOL_DONE_AGE`), are the register's working
  time in the person's history plus part of the years between school and that history (a newcomer: the years before
  they came, worked abroad), and never more.
* Each occupation fits the education (`EDUCATION_FOR_ISCO`), the Dutch (`DUTCH_FOR_ISCO`: occupations that work in
  language need it) and the years (`MANAGER_YEARS`: a manager has worked for years first).
* A second occupation is of the same ISCO sub-major group as the first (a career, not two random jobs); the wanted
  occupation is one worked in, or of the same ISCO minor group; without work, one the education leads to.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass

import numpy as np

from .engine.synthetic import SyntheticMarket
from .engine.taxonomy import Taxonomy

# the age at which the highest finished level of education (ISCED) is usually reached: working life starts then
SCHOOL_DONE_AGE = {0: 18, 1: 18, 2: 18, 3: 18, 4: 19, 5: 20, 6: 21, 7: 23, 8: 27}
WORKED = ("employed", "igu", "social_economy")
# the least ISCED level for an occupation, by the longest ISCO-08 prefix listed: managers (1) and professionals (2) studied
# at a college or university, shop and hotel managers (14) and technicians (3) finished upper secondary school; doctors
# (221), university teachers (231), lawyers and judges (261) and psychologists (2634) hold a master; the other groups
# need no diploma
EDUCATION_FOR_ISCO = {"1": 5, "14": 3, "2": 5, "221": 7, "231": 7, "261": 7, "2634": 7, "3": 3}
# the least Dutch to have worked in (or to want) an occupation here, by ISCO major group: managers and professionals
# work in the language (B2), technicians and clerks write and phone in it (B1), service and sales workers talk to
# customers (A2); craft, plant and elementary work asks least
DUTCH_FOR_ISCO = {"1": "B2", "2": "B2", "3": "B1", "4": "B1", "5": "A2"}
CEFR = ("A1", "A2", "B1", "B2", "C1", "C2", "native")
MANAGER_YEARS = 5  # a manager (ISCO 1) has worked at least this long
DRAWS = 200  # occupations drawn until one fits
# The occupations of job seekers by ISCO-08 major group, in percent: an assumed, rounded mix with many service, sales,
# clerical and elementary workers and few managers, as in a public employment service's register. Within a group the
# market's popularity decides, flattened (square root), so that no single occupation stands out (walk of issue 16:
# drawn over the market's long tail alone, one occupation was one job seeker in twelve).
MAJOR_GROUP_SHARE = {"1": 2, "2": 11, "3": 11, "4": 14, "5": 19, "6": 2, "7": 12, "8": 10, "9": 19}


@dataclass(frozen=True)
class Facts:
    """What the register says of a person that bounds their experience."""

    birth: dt.date
    education: int | None
    dutch: str | None  # CEFR level or "native"; None: unknown
    episodes: tuple[tuple[str, dt.date, dt.date | None], ...]  # the main activity (kind, start, end)
    arrived: dt.date | None = None  # a newcomer's arrival

    @property
    def working_from(self) -> dt.date:
        age = SCHOOL_DONE_AGE.get(self.education if self.education is not None else 3, 18)
        return self.birth.replace(year=self.birth.year + age) if not (self.birth.month == 2 and self.birth.day == 29) else \
            dt.date(self.birth.year + age, 3, 1)

    @property
    def history_from(self) -> dt.date | None:
        starts = [start for _kind, start, _end in self.episodes]
        return min(starts) if starts else self.arrived


def years_between(a: dt.date, b: dt.date) -> float:
    return max(0.0, (b - a).days / 365.25)


def worked_in_history(facts: Facts, today: dt.date) -> float:
    """Years in work episodes of the register (to today for the running one)."""
    return sum(years_between(max(start, facts.working_from), min(end or today, today)) for kind, start, end in facts.episodes if kind in WORKED)


def most_years(facts: Facts, today: dt.date) -> float:
    """The most years of work the register allows: all the time between school and the history, plus its work."""
    before = years_between(facts.working_from, facts.history_from or today)
    return before + worked_in_history(facts, today)


def fits(taxonomy: Taxonomy, occupation: int, education: int | None, dutch: str | None, years: float | None = None) -> bool:
    """Whether a person with this education and Dutch can have worked `years` (None: wants to work) in the occupation."""
    isco = taxonomy.occupations[occupation].isco
    major = isco[:1]
    if education is not None and education < least_education(isco):
        return False
    if dutch is not None and major in DUTCH_FOR_ISCO and CEFR.index(dutch) < CEFR.index(DUTCH_FOR_ISCO[major]):
        return False
    return major != "1" or (years is not None and years >= MANAGER_YEARS)


def least_education(isco: str) -> int:
    return next((EDUCATION_FOR_ISCO[isco[:n]] for n in range(len(isco), 0, -1) if isco[:n] in EDUCATION_FOR_ISCO), 0)


def _round(years: float) -> float:
    return round(years * 2) / 2  # to half a year, as a counsellor notes it


def experience(market: SyntheticMarket, facts: Facts, today: dt.date) -> dict[int, float]:
    """Occupation -> years: the register's working time plus a share of the years before the history."""
    rng = market.random
    before = years_between(facts.working_from, facts.history_from or today)
    first = facts.episodes[0][0] if facts.episodes else ""
    # someone whose history begins at work or on benefit worked before it; someone inactive or without benefit less so
    share = rng.uniform(0.5, 0.95) if first in WORKED or first in ("jobseeker_benefit", "sick", "swt") else rng.uniform(0.0, 0.5)
    in_history = worked_in_history(facts, today)
    total = _round(min(in_history + share * before, most_years(facts, today)))
    if in_history > 0 and total < 0.5:
        # a job in the register, however short, is experience on the profile (walk of issue 16): its months, in tenths
        total = max(0.1, round(in_history, 1))
    if total <= 0:
        return {}
    tax = market.taxonomy
    graduate = (facts.education or 0) >= 6
    # a graduate mostly works at their level: craft, plant and elementary work (ISCO 7-9) only now and then
    main = _draw(market, lambda o: fits(tax, o, facts.education, facts.dutch, total)
                 and not (graduate and tax.occupations[o].isco[:1] in "789" and rng.random() < 0.75))
    if main is None:
        return {}
    if total < 4 or rng.random() < 0.55:
        return {main: total}
    # a career in two occupations of one field: the earlier one shorter
    group = tax.occupations[main].isco[:2]
    earlier_years = _round(total * rng.uniform(0.2, 0.5))
    earlier = _draw(market, lambda o: o != main and fits(tax, o, facts.education, facts.dutch, earlier_years), prefix=group)
    if earlier is None or earlier_years < 0.5:
        return {main: total}
    return {main: total - earlier_years, earlier: earlier_years}


def desired(market: SyntheticMarket, facts: Facts, worked: dict[int, float]) -> list[int]:
    """The occupation wanted: mostly the longest one worked in, else one of the same ISCO minor group; without work, one
    the education and the Dutch lead to."""
    tax = market.taxonomy
    if worked:
        main = max(worked, key=worked.get)
        if market.random.random() < 0.75:
            return [main]
        group = tax.occupations[main].isco[:3]
        near = _draw(market, lambda o: fits(tax, o, facts.education, facts.dutch, worked[main]), prefix=group)
        return [near if near is not None else main]
    wanted = _draw(market, lambda o: fits(tax, o, facts.education, facts.dutch))
    return [wanted] if wanted is not None else []


_POOLS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # market -> {prefix: (occupations, weights)}


def _pool(market: SyntheticMarket, prefix: str) -> tuple[np.ndarray, np.ndarray]:
    """The market's occupations whose ISCO code starts with `prefix`, with their flattened popularity."""
    pools = _POOLS.setdefault(market, {})
    if prefix not in pools:
        isco = [market.taxonomy.occupations[o].isco for o in market.occupations]
        keep = np.array([code.startswith(prefix) for code in isco], dtype=bool)
        weights = np.sqrt(market.popularity[keep])
        pools[prefix] = (market.occupations[keep], weights / weights.sum() if weights.size else weights)
    return pools[prefix]


def _draw(market: SyntheticMarket, accept, tries: int = DRAWS, prefix: str | None = None) -> int | None:  # noqa: ANN001 - a predicate
    """An occupation that `accept`s: of the ISCO group `prefix`, or of a major group drawn by `MAJOR_GROUP_SHARE`."""
    groups, shares = list(MAJOR_GROUP_SHARE), np.array(list(MAJOR_GROUP_SHARE.values()), dtype=float)
    for _ in range(tries):
        occupations, weights = _pool(market, prefix or groups[int(market.random.choice(len(groups), p=shares / shares.sum()))])
        if not occupations.size:
            return None
        occupation = int(occupations[int(market.random.choice(len(occupations), p=weights))])
        if accept(occupation):
            return occupation
    return None
