"""/api/v1/careers/me and /me/signals: "Mijn Loopbaan" as a whole and its career signals, for the citizen themselves
(a 404 problem for anyone without a person of their own, as the other /careers/me routes). Thin: use_cases/me.py
gathers and logs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest
from django.utils.translation import get_language
from ninja import Router, Schema
from pydantic import Field

from .use_cases import me

router = Router(tags=["careers"])


class Competence(Schema):
    uri: str
    label: str


class QuarterOut(Schema):
    quarter: str = Field(description="e.g. 2026-Q3")
    vacancies: int | None = Field(description="open vacancies at the quarter's end; null: hidden by the small-cell rule")
    seekers: int | None = Field(description="job seekers who want the occupation; null: hidden by the small-cell rule")
    ratio: float | None = Field(description="vacancies per job seeker; null when a count is hidden or there are no job seekers")
    history: bool = Field(description="false: before the platform's first vacancy (no figures, not zero)")


class AdjacentOut(Schema):
    occupation: str
    label: str
    open_vacancies: int | None
    essential: int = Field(description="its essential skills")
    held: int = Field(description="of those, the ones the person has")
    missing: list[str] = Field(description="ESCO skill URIs the person misses, most asked-for first")


class RisingOut(Schema):
    skill: str
    label: str
    recent_share: float
    earlier_share: float | None


class OccupationSignalsOut(Schema):
    occupation: str
    label: str
    kind: str = Field(description="current or target")
    area: str = Field(description="the province (or region) of the person")
    vacancies_trend: str = Field(description="up, down, stable or unknown")
    ratio_trend: str
    change: float | None = Field(description="relative change of open vacancies, first quarter with history to the last")
    quarters: list[QuarterOut]
    adjacent: list[AdjacentOut]
    rising_skills: list[RisingOut]


class SignalsOut(Schema):
    threshold: int = Field(description="counts from 1 to under this are hidden (null)")
    opted_in: bool = Field(description="whether the person asked for the monthly message with their signals")
    occupations: list[OccupationSignalsOut]


class PassportItemOut(Schema):
    id: str
    kind: str
    title: str
    issuer: str
    issued_at: dt.datetime
    valid_until: dt.datetime | None
    revoked: bool


class PassportOut(Schema):
    credentials: int
    valid: int = Field(description="not revoked")
    items: list[PassportItemOut]


class CareerExpiryOut(Schema):
    on: dt.date
    amount: Decimal


class CareerAccountOut(Schema):
    balance: Decimal = Field(description="euros available")
    reserved: Decimal
    hours: Decimal = Field(description="Flemish training leave hours available")
    vouchers_this_year: Decimal
    vouchers_maximum: Decimal
    next_expiry: CareerExpiryOut | None


class CareerCourseOut(Schema):
    course_id: int
    title: str
    provider: str
    cost: Decimal
    closes: list[str] = Field(description="the gaps (ESCO skill URIs) it closes")
    session_id: int | None
    start: dt.date | None


class TrainingPlanOut(Schema):
    occupation: str
    label: str
    bottleneck: bool
    gaps: int
    uncovered: int
    courses: list[CareerCourseOut] = Field(description="the guide's first proposals (at most 3)")


class EvcSummary(Schema):
    id: int
    state: str
    occupation: str
    requested_at: dt.datetime


class CareerOut(Schema):
    person_id: int
    competences: dict[str, list[Competence]] = Field(description="per origin: declared, extracted, certified, implied (suggested)")
    experience: list[dict]
    education: str
    targets: list[dict]
    version: int = Field(description="the profile version (send it when changing the targets)")
    passport: PassportOut
    learning_account: CareerAccountOut
    evc_requests: list[EvcSummary]
    trainings: list[TrainingPlanOut] = Field(description="per target occupation (at most 2), the training guide's proposals")
    signals: list[OccupationSignalsOut]


def _language() -> str:
    return (get_language() or "nl")[:2]


@router.get("/me", response=CareerOut, summary="Mijn Loopbaan as a whole: competences by origin, targets, passport, learning account, "
                                                "recommended courses and career signals (citizen; each read logged)")
def my_career(request: HttpRequest) -> dict:
    return me.overview(request.auth, _language())


@router.get("/me/signals", response=SignalsOut, summary="My career signals: demand per quarter, adjacent occupations, rising skills (citizen; logged)")
def my_signals(request: HttpRequest) -> dict:
    return me.signals(request.auth, _language())
