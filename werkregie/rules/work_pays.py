"""Loont werken? (issue 15, point 15): net income in a job offer against net income staying on the current benefit,
month by month over the first year. Plain Python (no Django): the page, the API and the command line call `compare`.

Computed from sourced, dated parameters:
- FEDERAAL: the personal social security contribution (13,07 %) and the social werkbonus (parameters/federal/);
- Vlaams: the job bonus for the work of these months (parameters/jobbonus/), paid the year after the reference year.

Given by the person or counsellor, because no source for them is encoded (never an approximation):
- the current net benefit per month (unemployment benefit, leefloon, ...);
- the offer's net wage when known, or else the monthly withholding tax (bedrijfsvoorheffing); without either the
  net wage is shown *before* withholding tax, and the result says so;
- travel: the cost per km the person pays and what the employer pays back per month.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field

import numpy as np
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import period as make_period
from openfisca_core.simulations import SimulationBuilder

from . import system
from .calc import RuleInputError, in_force
from .precision import money

FEDERAL_FROM = datetime.date(2023, 7, 1)  # the first date of the federal parameters (parameters/federal/)
WEEKS_PER_MONTH = 52 / 12


def default_start(today: datetime.date) -> datetime.date:
    """The first month a comparison starts from unless the person says otherwise: the next month, the first full month
    of work for someone who starts now (the months are whole: the same wage each month); never before FEDERAL_FROM.
    One rule for the page and the vacancy page, which say it in words (walk of issue 16: "01/2027" unexplained)."""
    return max(datetime.date(today.year + today.month // 12, today.month % 12 + 1, 1), FEDERAL_FROM)


@dataclass(frozen=True)
class WorkPaysInput:
    start: datetime.date  # the first month in work (the day is ignored)
    gross_monthly: float  # the offer's gross monthly wage (EUR)
    hours_per_week: float  # the offer's hours
    full_time_hours: float  # a full-time week in the offer's sector (work fraction = hours / full time)
    distance_km: float  # one way, home to work
    benefit_monthly: float  # given: the current net benefit per month
    blue_collar: bool = False  # arbeider (108 % contribution basis, its own werkbonus column)
    days_per_week: float = 5  # days travelled
    cost_per_km: float = 0.0  # given: what a km costs the person (fuel, ticket)
    travel_allowance_monthly: float = 0.0  # given: what the employer pays back for travel per month
    net_monthly: float | None = None  # given when known: the offer's net wage per month
    withholding_monthly: float | None = None  # given when known: the bedrijfsvoorheffing per month

    def check(self) -> None:
        problems = []
        if self.start.replace(day=1) < FEDERAL_FROM:
            problems.append(("start", f"start: the federal parameters are collected from {FEDERAL_FROM:%d/%m/%Y}; choose a later month"))
        for name in ("gross_monthly", "distance_km", "benefit_monthly", "cost_per_km", "travel_allowance_monthly"):
            if getattr(self, name) < 0:
                problems.append((name, f"{name}: must not be negative"))
        for name in ("net_monthly", "withholding_monthly"):
            value = getattr(self, name)
            if value is not None and value < 0:
                problems.append((name, f"{name}: must not be negative"))
        if not 0 < self.full_time_hours <= 60:
            problems.append(("full_time_hours", "full_time_hours: between 0 and 60 hours a week"))
        elif not 0 < self.hours_per_week <= self.full_time_hours:
            problems.append(("hours_per_week", "hours_per_week: more than 0 and at most a full-time week"))
        if not 0 < self.days_per_week <= 7:
            problems.append(("days_per_week", "days_per_week: between 0 and 7"))
        if problems:
            raise RuleInputError("; ".join(p[1] for p in problems), [p[0] for p in problems])

    @property
    def fraction(self) -> float:
        return round(self.hours_per_week / self.full_time_hours, 6)


@dataclass(frozen=True)
class MonthLine:
    month: datetime.date
    gross: float
    contribution: float  # FEDERAAL: persoonlijke bijdrage
    werkbonus: float  # FEDERAAL: sociale werkbonus
    net_before_tax: float  # gross - contribution + werkbonus
    withholding: float | None  # given, or None when not known
    net_wage: float  # the given net wage, or net_before_tax minus the given withholding tax
    travel_cost: float
    travel_allowance: float
    in_work: float  # net wage - travel cost + travel allowance
    benefit: float
    difference: float  # in_work - benefit


@dataclass(frozen=True)
class JobBonusLine:
    year: int  # the reference year
    months: int  # months of the first year that fall in it
    amount: float | None  # None when the package has no values for that year
    payment_year: int


@dataclass
class WorkPays:
    given: WorkPaysInput
    months: list[MonthLine]
    job_bonus: list[JobBonusLine]
    net_source: str  # "given" (the offer's net wage), "withholding" (computed minus the given tax), "before_tax"
    notes: list[str] = field(default_factory=list)

    @property
    def total_in_work(self) -> float:
        return round(sum(m.in_work for m in self.months), 2)

    @property
    def total_benefit(self) -> float:
        return round(sum(m.benefit for m in self.months), 2)

    @property
    def total_job_bonus(self) -> float:
        return round(sum(j.amount or 0.0 for j in self.job_bonus), 2)

    @property
    def job_bonus_unknown_years(self) -> list[int]:
        """The reference years whose job bonus amounts are not known yet (not counted: not a bonus of € 0)."""
        return [j.year for j in self.job_bonus if j.amount is None]

    @property
    def job_bonus_known(self) -> bool:
        return any(j.amount is not None for j in self.job_bonus)

    @property
    def difference(self) -> float:
        """The first year's gain in work (net of travel) over the benefit, the job bonus earned included."""
        return round(self.total_in_work + self.total_job_bonus - self.total_benefit, 2)

    @property
    def monthly_difference(self) -> float:
        return round(self.difference / len(self.months), 2)

    @property
    def gain(self) -> float:
        """The size of the difference, for a sentence that says "more" or "less"."""
        return abs(self.difference)

    @property
    def monthly_gain(self) -> float:
        return abs(self.monthly_difference)


def first_year(start: datetime.date) -> list[datetime.date]:
    first = start.replace(day=1)
    return [datetime.date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1) for i in range(12)]


def _simulation(months: list[datetime.date], given: WorkPaysInput, years: list[int]):  # noqa: ANN202
    """One person working the months of the first year (nothing before or after them in the years touched)."""
    sim = SimulationBuilder().build_default_simulation(system(), 1)
    worked = {m.strftime("%Y-%m") for m in months}
    for year in years:
        for month in range(1, 13):
            key = f"{year}-{month:02d}"
            works = key in worked
            sim.set_input("brutoloon", make_period(key), np.array([given.gross_monthly if works else 0.0]))
            sim.set_input("prestatiebreuk", make_period(key), np.array([given.fraction if works else 0.0]))
            sim.set_input("arbeider", make_period(key), np.array([given.blue_collar]))
    return sim


def _job_bonus(sim, year: int, months: int) -> JobBonusLine:  # noqa: ANN001
    amount: float | None = None
    if in_force("jobbonus", make_period(str(year))).in_force:
        try:
            amount = round(float(sim.calculate("jobbonus", make_period(str(year)))[0]), 2)
        except (ParameterNotFoundError, TypeError):
            amount = None  # no values of the job bonus for that year in the package
    else:
        amount = 0.0
    return JobBonusLine(year, months, amount, year + 1)


def compare(given: WorkPaysInput) -> WorkPays:
    """The first twelve months in the offer against twelve months on the current benefit."""
    given.check()
    months = first_year(given.start)
    years = sorted({m.year for m in months})
    sim = _simulation(months, given, years)
    travel = float(money(given.distance_km * 2 * given.days_per_week * WEEKS_PER_MONTH * given.cost_per_km))
    lines = []
    for m in months:
        p = make_period(m.strftime("%Y-%m"))
        contribution, werkbonus, net = (round(float(sim.calculate(name, p)[0]), 2) for name in
                                        ("federaal_persoonlijke_bijdrage", "federaal_werkbonus", "federaal_netto_voor_bedrijfsvoorheffing"))
        if given.net_monthly is not None:
            net_wage = given.net_monthly
        else:
            net_wage = round(net - (given.withholding_monthly or 0.0), 2)
        in_work = round(net_wage - travel + given.travel_allowance_monthly, 2)
        lines.append(MonthLine(m, given.gross_monthly, contribution, werkbonus, net, given.withholding_monthly, net_wage, travel,
                               given.travel_allowance_monthly, in_work, given.benefit_monthly, round(in_work - given.benefit_monthly, 2)))
    bonus = [_job_bonus(sim, year, sum(1 for m in months if m.year == year)) for year in years]
    source = "given" if given.net_monthly is not None else "withholding" if given.withholding_monthly is not None else "before_tax"
    notes = []
    if source == "before_tax":
        notes.append("the withholding tax is not deducted: it is not encoded yet; give the offer's net wage or the tax to include it")
    if given.cost_per_km == 0 and given.distance_km > 0:
        notes.append("travel costs are 0: give the cost per km to include them")
    for line in bonus:
        if line.amount is None:
            notes.append(f"job bonus {line.year}: the package has no values for this reference year; not counted")
    return WorkPays(given, lines, bonus, source, notes)


def as_dict(result: WorkPays) -> dict:
    """The comparison as plain data (the API and the command line)."""
    return {
        "net_source": result.net_source, "work_fraction": result.given.fraction,
        "months": [{"month": m.month.strftime("%Y-%m"), "gross": m.gross, "federal_personal_contribution": m.contribution,
                    "federal_werkbonus": m.werkbonus, "net_before_withholding_tax": m.net_before_tax, "withholding_tax": m.withholding,
                    "net_wage": m.net_wage, "travel_cost": m.travel_cost, "travel_allowance": m.travel_allowance,
                    "net_in_work": m.in_work, "benefit": m.benefit, "difference": m.difference} for m in result.months],
        "job_bonus": [{"reference_year": j.year, "months_worked": j.months, "amount": j.amount, "paid_in": j.payment_year} for j in result.job_bonus],
        "total_in_work": result.total_in_work, "total_benefit": result.total_benefit, "total_job_bonus": result.total_job_bonus,
        "difference": result.difference, "monthly_difference": result.monthly_difference, "notes": result.notes,
    }


# Plausible ranges of the inputs: anything outside is a typing error (or an attack), answered as such, never computed.
LIMITS = {"gross_monthly": (0.0, 100_000.0), "hours_per_week": (0.0, 80.0), "full_time_hours": (1.0, 60.0), "distance_km": (0.0, 1_000.0),
          "benefit_monthly": (0.0, 100_000.0), "days_per_week": (0.0, 7.0), "cost_per_km": (0.0, 10.0), "travel_allowance_monthly": (0.0, 10_000.0),
          "net_monthly": (0.0, 100_000.0), "withholding_monthly": (0.0, 100_000.0)}
FIRST_MONTH = datetime.date(2023, 7, 1)  # the federal parameters' first date
LAST_MONTH = datetime.date(2100, 12, 1)  # far beyond any offer; a year past 9999 would crash the calendar


def parse_month(text: object) -> datetime.date:
    raw = str(text).strip()
    for form in ("%Y-%m", "%m/%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(raw, form).date().replace(day=1)
        except ValueError:
            continue
    raise RuleInputError(f"start: '{raw}' is not a month; write 2024-09 or 09/2024", ["start"])


def read_input(raw: dict) -> WorkPaysInput:
    """A WorkPaysInput from texts or numbers (the API and the command line): amounts in the Belgian way or as numbers."""
    from werkregie.formats.numbers import AmountError, parse_amount

    values: dict = {}
    problems: list[tuple[str, str]] = []
    for name, kind in WorkPaysInput.__annotations__.items():
        if name not in raw or raw[name] is None or raw[name] == "":
            continue
        value = raw[name]
        if name == "start":
            try:
                values[name] = value if isinstance(value, datetime.date) else parse_month(value)
            except RuleInputError as exc:
                problems.append((name, str(exc)))
        elif name == "blue_collar":
            values[name] = value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "ja", "yes", "oui")
        elif isinstance(value, bool) or (isinstance(value, str) and not value.isascii()):
            problems.append((name, f"{name}: '{value}' is not an amount; write digits, e.g. 2.500,50"))
        else:
            try:
                amount = float(parse_amount(value if isinstance(value, (int, float)) else str(value), max_decimals=2))
            except (AmountError, ValueError, OverflowError) as exc:
                problems.append((name, f"{name}: {exc}"))
                continue
            low, high = LIMITS.get(name, (0.0, 1_000_000.0))
            if not math.isfinite(amount) or not low <= amount <= high:
                problems.append((name, f"{name}: {value} is outside {low:g}–{high:g}"))
            else:
                values[name] = amount
    if "start" in values:
        first, last = FIRST_MONTH, LAST_MONTH
        if not first <= values["start"] <= last:
            problems.append(("start", f"start: {values.pop('start'):%m/%Y} is outside {first:%m/%Y}–{last:%m/%Y}"))
    missing = [n for n in ("start", "gross_monthly", "hours_per_week", "full_time_hours", "distance_km", "benefit_monthly")
               if n not in values and n not in {p[0] for p in problems}]
    problems += [(n, f"{n}: required") for n in missing]
    if problems:
        raise RuleInputError("; ".join(p[1] for p in problems), [p[0] for p in problems])
    return WorkPaysInput(**values)
