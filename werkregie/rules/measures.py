"""Which hiring measures a candidate brings an employer, with amounts and the conditions checked.

Plain Python over the rules: the caller gives the facts (birth date, months as a non-working job seeker, hiring date);
conditions that only the employer knows (the establishment in Flanders, the wage, the work time) are stated as
assumptions, never guessed silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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


def _quarter_end(day: dt.date) -> dt.date:
    first_next = dt.date(day.year + (day.month > 9), (((day.month - 1) // 3 + 1) * 3) % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def without_recent_work_experience(birth: dt.date, jobseeker_months: int, hired: dt.date) -> HiringMeasure:
    """The target-group reduction for persons without recent lasting work experience, for a full-time hire whose
    quarterly wage stays under the limit (both stated as assumptions)."""
    variable = system().variables["doelgroepvermindering_zonder_werkervaring"]
    name = "doelgroepvermindering_zonder_werkervaring"
    if variable.get_formula(hired) is None:
        return HiringMeasure(name, variable.label, False, 0.0, 0, 0.0, variable.reference, [Condition("hired_from", False, {"date": min(variable.formulas)})])
    quarter_start = dt.date(hired.year, ((hired.month - 1) // 3) * 3 + 1, 1)
    p = system().parameters(quarter_start.isoformat()).doelgroepvermindering.zonder_werkervaring
    age = _age(birth, _quarter_end(hired))
    inputs = {"geboortedatum": birth, "aanwervingsdatum": hired, "werkloosheidsduur_bij_aanwerving": jobseeker_months,
              "brutoloon": (p.loongrens - 1) / 3, "prestatiebreuk": 1}
    per_quarter = calculate(f"month:{quarter_start:%Y-%m}:3", inputs, [name])[name]
    conditions = [
        Condition("jobseeker_months", jobseeker_months >= p.werkloosheidsduur, {"required": int(p.werkloosheidsduur), "actual": jobseeker_months}),
        Condition("age", p.leeftijd_minimum <= age < p.leeftijd_maximum, {"low": int(p.leeftijd_minimum), "high": int(p.leeftijd_maximum), "actual": age}),
        Condition("wage", None, {"limit": p.loongrens}),
        Condition("work_time", None, {"full": round(p.prestatiebreuk_volledig * 100, 1), "minimum": round(p.prestatiebreuk_minimum * 100, 1)}),
        Condition("flanders", None),
    ]
    qualifies = per_quarter > 0
    quarters = int(p.kwartalen) if qualifies else 0
    return HiringMeasure(name, variable.label, qualifies, per_quarter, quarters, round(per_quarter * quarters, 2), variable.reference, conditions)


def hiring_measures(birth: dt.date, jobseeker_months: int, hired: dt.date) -> list[HiringMeasure]:
    return [without_recent_work_experience(birth, jobseeker_months, hired)]
