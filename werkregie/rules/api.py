"""/api/v1/rules: the rules are public knowledge, so computing them needs no login and reads no personal data."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from werkregie.core.errors import FieldError, InvalidInput

from .calc import RuleInputError, calculate, variables

rules_router = Router(tags=["rules"], auth=None)


class CalculationIn(Schema):
    period: str = Field(description="e.g. 2024")
    inputs: dict[str, float | bool | str] = Field(default_factory=dict, description='e.g. {"brutoloon": 30000, "prestatiebreuk": 1}')
    compute: list[str] = Field(min_length=1, description='e.g. ["jobbonus"]')
    reform: str | None = Field(default=None, description="a what-if reform, e.g. jobbonus_verlengd; none for the enacted rules")


class CalculationOut(Schema):
    period: str
    results: dict[str, float | bool]


@rules_router.get("/variables", summary="Every rule variable with description, entity, period, unit and legal reference")
def list_variables(request: HttpRequest) -> list[dict]:
    return [v.as_dict() for v in variables()]


@rules_router.post("/calculate", response=CalculationOut, summary="Compute rule variables for one person")
def calculate_rules(request: HttpRequest, payload: CalculationIn) -> dict:
    try:
        results = calculate(payload.period, payload.inputs, payload.compute, reform=payload.reform)
    except RuleInputError as exc:
        field = str(exc).split(":", 1)[0]
        raise InvalidInput(str(exc), [FieldError(field, str(exc))]) from None
    return {"period": payload.period, "results": results}
