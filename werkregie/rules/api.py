"""/api/v1/rules: the rules are public knowledge, so computing them needs no login and reads no personal data."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

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
