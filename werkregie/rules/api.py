"""/api/v1/rules: the rules are public knowledge, so computing them needs no login and reads no personal data."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema
from pydantic import Field, StrictFloat, StrictInt, StrictStr

from werkregie.api.auth import AUTH
from werkregie.core.errors import FieldError, InvalidInput

from .calc import PERIOD_FORMS, RuleInputError, evaluate, variables

rules_router = Router(tags=["rules"], auth=None)


class CalculationIn(Schema):
    period: str = Field(description=f"accepted: {PERIOD_FORMS}")
    inputs: dict[str, float | bool | str] = Field(
        default_factory=dict,
        description='e.g. {"brutoloon@month": 2600, "prestatiebreuk": 1}: NAME is a value for the whole period; '
                    "NAME@month, NAME@quarter or NAME@year a value per month, quarter or year",
    )
    compute: list[str] = Field(min_length=1, description='e.g. ["jobbonus"]')
    reform: str | None = Field(default=None, description="a what-if reform, e.g. jobbonus_verlengd; none for the enacted rules")


class InForceOut(Schema):
    in_force: bool = Field(description="false: the rule does not apply on any day of the period; its result is 0")
    start: str | None = Field(default=None, alias="from")
    until: str | None = None


class CalculationOut(Schema):
    period: str
    results: dict[str, float | bool]
    in_force: dict[str, InForceOut] = Field(description="for each computed rule: whether it is in force in the period, and its dates")
    notes: list[str] = Field(default_factory=list, description="how inputs were read (an amount spread over months)")


@rules_router.get("/variables", summary="Every rule variable: description, entity, period (and how an input is spread), unit, default, dates, legal reference")
def list_variables(request: HttpRequest) -> list[dict]:
    return [v.as_dict() for v in variables()]


@rules_router.post("/calculate", response={200: CalculationOut}, by_alias=True, summary="Compute rule variables for one person")
def calculate_rules(request: HttpRequest, payload: CalculationIn) -> dict:
    try:
        result = evaluate(payload.period, payload.inputs, payload.compute, reform=payload.reform)
    except RuleInputError as exc:
        raise InvalidInput(str(exc), [FieldError(field, str(exc)) for field in exc.fields]) from None
    return {
        "period": payload.period, "results": result.results, "notes": result.notes,
        "in_force": {name: {"in_force": s.in_force, "from": s.start, "until": s.end} for name, s in result.in_force.items()},
    }


# Issue 15, point 15: "Loont werken?" (engine in work_pays.py; federal amounts marked FEDERAAL in parameters/federal/)
Amount = StrictInt | StrictFloat | StrictStr  # a number, or a Belgian amount text such as "2.500,50"; never a boolean read as 1


class WorkPaysIn(Schema):
    start: str = Field(description="the first month in work: YYYY-MM or MM/YYYY (from 07/2023, the federal parameters' first date)")
    gross_monthly: Amount = Field(description="the offer's gross monthly wage (EUR)")
    hours_per_week: Amount
    full_time_hours: Amount = Field(description="a full-time week in the offer's sector (hours)")
    distance_km: Amount = Field(description="one way, home to work")
    benefit_monthly: Amount = Field(description="given: the current net benefit per month (benefit amounts are not encoded)")
    blue_collar: bool = Field(default=False, description="arbeider: contributions on 108 % and the blue-collar werkbonus")
    days_per_week: Amount = 5.0
    cost_per_km: Amount = Field(default=0.0, description="given: what a km costs the person")
    travel_allowance_monthly: Amount = Field(default=0.0, description="given: the employer's travel allowance per month")
    net_monthly: Amount | None = Field(default=None, description="given when known: the offer's net wage per month")
    withholding_monthly: Amount | None = Field(default=None, description="given when known: the withholding tax per month (not encoded)")


@rules_router.post("/work-pays", summary="Loont werken? Net income in a job offer against the current benefit, month by month over the first year")
def work_pays(request: HttpRequest, payload: WorkPaysIn) -> dict:
    from .work_pays import as_dict, compare, read_input

    try:
        return as_dict(compare(read_input(payload.model_dump())))
    except RuleInputError as exc:
        raise InvalidInput(str(exc), [FieldError(field, str(exc)) for field in exc.fields]) from None


# Issue 15, point 16: policy simulation over a synthetic population (analysts and administrators; an uploaded CSV goes
# through the page or `werkregie rules simulate --input`). Computes aggregates, stores nothing.
class SyntheticIn(Schema):
    persons: StrictInt = Field(200_000, ge=1, le=3_000_000)
    seed: StrictInt = Field(2026, ge=0, le=2**31)
    wage_median: StrictInt | StrictFloat = Field(3200.0, ge=500, le=20_000, description="ASSUMPTION: median full-time gross monthly wage")
    wage_sigma: StrictInt | StrictFloat = Field(0.35, gt=0, le=2, description="ASSUMPTION: spread of the log wage")


class SimulationIn(Schema):
    year: StrictInt = Field(ge=2016, le=2030)
    variable: StrictStr = Field("jobbonus", description="the amount simulated; the synthetic population supports the job bonus only")
    reform: str | None = Field(default=None, description="a named reform (GET /variables lists none; see `werkregie rules list --reforms`)")
    changes: list[StrictStr] = Field(default_factory=list, max_length=50, description='e.g. ["jobbonus.ondergrens += 100"]')
    population: SyntheticIn = Field(default_factory=SyntheticIn)


@rules_router.post("/simulation", auth=AUTH, summary="Policy simulation: a reform beside the enacted job bonus over a synthetic population")
def policy_simulation(request: HttpRequest, payload: SimulationIn) -> dict:
    from werkregie.core.errors import Forbidden

    from .perms import can_simulate
    from .simulation import SyntheticSpec, as_dict, parse_changes, simulate, synthetic

    if not can_simulate(request.auth):
        raise Forbidden(_("Enkel voor analisten en beheerders."))
    try:
        spec = SyntheticSpec(persons=payload.population.persons, seed=payload.population.seed,
                             wage_median=float(payload.population.wage_median), wage_sigma=float(payload.population.wage_sigma))
        result = simulate(synthetic(spec, payload.year), str(payload.year), payload.variable, payload.reform, parse_changes(payload.changes))
    except RuleInputError as exc:
        raise InvalidInput(str(exc), [FieldError(field, str(exc)) for field in exc.fields]) from None
    return as_dict(result)
