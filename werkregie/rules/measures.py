"""Which hiring measures a candidate brings an employer, with amounts and the conditions checked.

Plain Python over the rules: the caller gives the facts (birth date, months as a non-working job seeker, hiring date);
conditions that only the employer knows (the establishment in Flanders, the wage, the work time) are stated as
assumptions, never guessed silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from werkregie.core.lifecourse import age_on

from . import system
from .calc import calculate


@dataclass
class Condition:
    """A condition by key with its values; the page words it (translated). met None: up to the employer, assumed."""

    key: str
    met: bool | None
    values: dict = field(default_factory=dict)


@dataclass
class HiringMeasure:
    key: str
    name: str
    qualifies: bool
    amount_per_quarter: float
    quarters: int
    total: float
    reference: str
    conditions: list[Condition] = field(default_factory=list)
    schedule: list[tuple[dt.date, float]] = field(default_factory=list)  # (quarter start, amount) over the measure's duration
    assessed: bool = True  # False: the platform does not compute this measure per candidate; its conditions are to check
    catalogue_conditions: list = field(default_factory=list)  # catalogue.Condition, for a measure not assessed per candidate


def _quarter_end(day: dt.date) -> dt.date:
    first_next = dt.date(day.year + (day.month > 9), (((day.month - 1) // 3 + 1) * 3) % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def _age(birth: dt.date, on: dt.date) -> int:
    return age_on(birth, on)


ASSUMED_QUARTERLY_WAGE = 9000.0  # a full-time gross wage of 3,000 a month, said on the page where an amount depends on it


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, ((day.month - 1) // 3) * 3 + 1, 1)


def quarter_schedule(name: str, hired: dt.date, inputs: dict, quarters: int) -> list[tuple[dt.date, float]]:
    """The reduction of each quarter from the hiring quarter on, `quarters` of them, each computed by the rules with the
    same facts (the rules decide in which quarters it is due and how much)."""
    start = _quarter_start(hired)
    out = []
    for i in range(quarters):
        month = start.month - 1 + 3 * i
        quarter = dt.date(start.year + month // 12, month % 12 + 1, 1)
        out.append((quarter, float(calculate(f"month:{quarter:%Y-%m}:3", inputs, [name])[name])))
    return out


def _measure(name: str, hired: dt.date, inputs: dict, conditions: list[Condition], quarters: int) -> HiringMeasure:
    """Compute the reduction of every quarter of the measure with the given facts and assumptions; the conditions say why."""
    variable = system().variables[name]
    schedule = quarter_schedule(name, hired, inputs, quarters)
    per_quarter = schedule[0][1] if schedule else 0.0
    qualifies = per_quarter > 0 and all(c.met is not False for c in conditions)
    count = sum(1 for _q, amount in schedule if amount > 0) if qualifies else 0
    return HiringMeasure(name, variable.label, qualifies, per_quarter if qualifies else 0.0, count,
                         round(sum(a for _q, a in schedule), 2) if qualifies else 0.0, variable.reference, conditions,
                         schedule if qualifies else [])


def without_recent_work_experience(birth: dt.date, jobseeker_months: int, hired: dt.date, isced: int | None = None) -> HiringMeasure | None:
    """The target-group reduction for persons without recent lasting work experience (hires from Q4 2023), for a
    full-time hire whose quarterly wage stays under the limit (both stated as assumptions)."""
    name = "doelgroepvermindering_zonder_werkervaring"
    if system().variables[name].get_formula(hired) is None or hired < dt.date(2023, 10, 1):
        return None
    p = system().parameters(_quarter_start(hired).isoformat()).doelgroepvermindering.zonder_werkervaring
    age = _age(birth, _quarter_end(hired))
    inputs = {"geboortedatum": birth, "aanwervingsdatum": hired, "werkloosheidsduur_bij_aanwerving": jobseeker_months,
              "brutoloon": p.loongrens - 1, "prestatiebreuk": 1}  # inputs hold for the whole quarter
    conditions = [
        Condition("jobseeker_months", jobseeker_months >= p.werkloosheidsduur, {"required": int(p.werkloosheidsduur), "actual": jobseeker_months}),
        Condition("age", p.leeftijd_minimum <= age < p.leeftijd_maximum, {"low": int(p.leeftijd_minimum), "high": int(p.leeftijd_maximum), "actual": age}),
        Condition("wage", None, {"limit": p.loongrens}),
        Condition("work_time", None, {"full": round(p.prestatiebreuk_volledig * 100, 1), "minimum": round(p.prestatiebreuk_minimum * 100, 1)}),
        Condition("flanders", None),
    ]
    return _measure(name, hired, inputs, conditions, int(p.kwartalen))


def _higher_limit(hired: dt.date) -> dict:
    """The higher quarterly wage limit of the older-workers reductions and its quarter (issue 15, point 1), if any."""
    a = system().parameters(_quarter_start(hired).isoformat()).doelgroepvermindering.ouderen_loongrens_afwijking
    if not a.kwartaal:
        return {}
    return {"higher_limit": a.bedrag, "higher_quarter": int(a.kwartaal), "higher_quarter_temp": int(a.kwartaal_uitzendkracht)}


def older_jobseeker(birth: dt.date, jobseeker_months: int, hired: dt.date, isced: int | None = None) -> HiringMeasure | None:
    """The reduction for hiring an older non-working job seeker (hires from July 2016 until 30 June 2024)."""
    if not dt.date(2016, 7, 1) <= hired <= dt.date(2024, 6, 30):
        return None
    p = system().parameters(_quarter_start(hired).isoformat()).doelgroepvermindering.oudere_aanwerving
    age = _age(birth, _quarter_end(hired))
    inputs = {"geboortedatum": birth, "aanwervingsdatum": hired, "niet_werkende_werkzoekende_bij_aanwerving": jobseeker_months > 0,
              "brutoloon": ASSUMED_QUARTERLY_WAGE, "prestatiebreuk": 1}
    conditions = [
        Condition("registered_jobseeker", jobseeker_months > 0),
        Condition("age_min", age >= p.leeftijd_minimum, {"low": int(p.leeftijd_minimum), "actual": age}),
        Condition("wage_assumed", None, {"limit": p.loongrens, "assumed": ASSUMED_QUARTERLY_WAGE, **_higher_limit(hired)}),
        Condition("flanders", None),
    ]
    return _measure("doelgroepvermindering_oudere_aanwerving", hired, inputs, conditions, int(p.kwartalen))


def young_worker(birth: dt.date, jobseeker_months: int, hired: dt.date, isced: int | None = None) -> HiringMeasure | None:
    """The reduction for young low- or medium-qualified workers (hires from July 2016 until 30 June 2024)."""
    if not dt.date(2016, 7, 1) <= hired <= dt.date(2024, 6, 30):
        return None
    p = system().parameters(_quarter_start(hired).isoformat()).doelgroepvermindering.jongeren
    age = _age(birth, _quarter_end(hired))
    wage = min(ASSUMED_QUARTERLY_WAGE, p.loongrens_eerste_jaar - 1)
    # medium-qualified young workers only for hires up to 31 December 2019 (issue 15, point 2); low-qualified after
    last_medium = str(int(p.laatste_aanwerving_middengeschoold))
    max_isced = 4 if hired <= dt.date(int(last_medium[:4]), int(last_medium[4:6]), int(last_medium[6:])) else 2
    inputs = {"geboortedatum": birth, "aanwervingsdatum": hired, "isced_niveau": max_isced if isced is None else isced, "loopbaanportfolio": True,
              "brutoloon": wage, "prestatiebreuk": 1}
    conditions = [
        Condition("age_below", age < p.leeftijd_maximum, {"high": int(p.leeftijd_maximum), "actual": age}),
        Condition("education", None if isced is None else isced <= max_isced, {"max_isced": max_isced}),
        Condition("portfolio", None),
        Condition("wage_assumed", None, {"limit": p.loongrens_eerste_jaar, "assumed": wage}),
        Condition("flanders", None),
    ]
    return _measure("doelgroepvermindering_jongeren", hired, inputs, conditions, int(p.kwartalen))


def hiring_incentive(birth: dt.date, jobseeker_months: int, hired: dt.date, isced: int | None = None) -> HiringMeasure | None:
    """The hiring incentive for long-term job seekers (hires from July 2017 until September 2023): two payments."""
    if not dt.date(2017, 7, 1) <= hired <= dt.date(2023, 9, 30):
        return None
    name = "aanwervingsincentive_langdurig_werkzoekenden"
    p = system().parameters(hired.isoformat()).aanwervingsincentive
    age = _age(birth, _quarter_end(hired))
    inputs = {"geboortedatum": birth, "aanwervingsdatum": hired, "werkloosheidsduur_bij_aanwerving": jobseeker_months, "prestatiebreuk": 1}
    total = calculate(f"month:{hired:%Y-%m}:14", inputs, [name])[name]
    conditions = [
        Condition("jobseeker_months", jobseeker_months >= p.werkloosheidsduur, {"required": int(p.werkloosheidsduur), "actual": jobseeker_months}),
        Condition("age", p.leeftijd_minimum <= age < p.leeftijd_maximum, {"low": int(p.leeftijd_minimum), "high": int(p.leeftijd_maximum), "actual": age}),
        Condition("contract", None),
        Condition("flanders", None),
    ]
    variable = system().variables[name]
    qualifies = total > 0 and all(c.met is not False for c in conditions)
    return HiringMeasure(name, variable.label, qualifies, 0.0, 0, total if qualifies else 0.0, variable.reference, conditions)


MEASURES = (without_recent_work_experience, older_jobseeker, young_worker, hiring_incentive)
# the catalogue key (rules.catalogue.MEASURES) each computed measure answers
COMPUTED = {"doelgroepvermindering_zonder_werkervaring": without_recent_work_experience, "doelgroepvermindering_oudere_aanwerving": older_jobseeker,
            "doelgroepvermindering_jongeren": young_worker, "aanwervingsincentive_langdurig_werkzoekenden": hiring_incentive}


def hiring_measures(birth: dt.date, jobseeker_months: int, hired: dt.date, isced: int | None = None) -> list[HiringMeasure]:
    """Every hiring measure open on the hiring date, with what it brings and which conditions are met."""
    return [m for m in (build(birth, jobseeker_months, hired, isced) for build in MEASURES) if m is not None]


def every_hiring_measure(birth: dt.date, jobseeker_months: int, hired: dt.date, isced: int | None = None) -> list[HiringMeasure]:
    """Every employer measure of the rules catalogue, in its order, for this hire: the ones the platform computes per
    candidate with their amounts and conditions (or, closed on the hiring date, not met by that date); the others (VOP,
    maatwerk, training measures ...) not assessed, with their conditions from the rules to check."""
    return _every(hired, lambda _key: (birth, jobseeker_months, hired, isced))


TYPICAL_AGE = 30  # within each measure's age band where the band allows it; the flat amounts do not depend on it


def typical_facts(key: str, hired: dt.date) -> tuple[dt.date, int, dt.date, int | None] | None:
    """The facts of a made-up candidate who meets every condition on the person's side of this computed measure, read
    from the measure's own bounds on the hiring date (age band, months as a job seeker, education): what the measure
    brings "if the conditions are met", for a reader who may not learn the real candidate's facts. No person is read.
    None where the measure is not open on that date."""
    build = COMPUTED[key]
    probe = build(dt.date(hired.year - TYPICAL_AGE, 1, 1), 0, hired, None)
    if probe is None:
        return None
    age, months, isced = TYPICAL_AGE, 0, None
    for c in probe.conditions:
        v = c.values
        if c.key in ("age", "age_min"):
            age = max(age, v["low"])
        if c.key in ("age", "age_below"):
            age = min(age, v["high"] - 1)
        if c.key == "jobseeker_months":
            months = max(months, v["required"])
        if c.key == "registered_jobseeker":
            months = max(months, 1)
        if c.key == "education":
            isced = v["max_isced"]
    end = _quarter_end(hired)
    return dt.date(end.year - age, end.month, end.day), months, hired, isced


def typical_hiring_measures(hired: dt.date) -> list[HiringMeasure]:
    """every_hiring_measure for a candidate who meets each computed measure's conditions on the person's side
    (typical_facts): the amounts "if the conditions are met", whoever the candidate is."""
    return _every(hired, lambda key: typical_facts(key, hired))


def _every(hired: dt.date, facts_for: Callable[[str], tuple | None]) -> list[HiringMeasure]:
    """The catalogue's measures for this hire, each computed one with the facts facts_for gives for its key."""
    from .catalogue import catalogue

    out = []
    for entry in catalogue():
        build = COMPUTED.get(entry.key)
        facts = facts_for(entry.key) if build else None
        found = build(*facts) if facts else None
        in_force = Condition("in_force", entry.in_force(hired), {"start": entry.start, "end": entry.end})
        if found is not None:
            out.append(found)
        elif build is not None or not in_force.met:
            out.append(HiringMeasure(entry.key, entry.name, False, 0.0, 0, 0.0, "", [in_force]))
        else:
            out.append(HiringMeasure(entry.key, entry.name, False, 0.0, 0, 0.0, "", [in_force, Condition("not_assessed", None)],
                                     assessed=False, catalogue_conditions=entry.conditions))
    return out
