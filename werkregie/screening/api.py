"""/api/v1/screening: scores with explanations, assessments, the worklist, the model card and the overrides."""

from __future__ import annotations

import datetime

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from pydantic import Field

from werkregie.core import clock
from werkregie.core.errors import Forbidden, NotFound

from . import model_card, perms
from . import use_cases as services
from .engine.assessment import model_category
from .models import Assessment, Score

screening_router = Router(tags=["screening"])


class FactorOut(Schema):
    feature: str
    label: str
    effect: float = Field(description="percentage points compared with a typical job seeker")
    sentence: str


class ChangeOut(Schema):
    feature: str
    action: str
    gain: float = Field(description="percentage points the chance would rise")


class ScoreOut(Schema):
    reference_date: datetime.date
    chance_6m: float = Field(description="chance of at least 28 days of work within 6 months")
    chance_12m: float | None
    model_category: str
    model_version: str
    factors: list[FactorOut]
    changes: list[ChangeOut]
    inputs: dict


class AssessmentOut(Schema):
    id: int
    assessed_at: datetime.datetime
    counsellor: str
    chance_6m: float | None
    competences: str
    dutch_level: str
    digital_skills: str
    problems: list[str]
    childcare_barrier: bool
    mobility_barrier: bool
    motivation: str
    not_deployable: bool
    proposed_category: str
    proposed_self_reliant: bool
    reasons: list[str] = Field(description="in the language asked (Accept-Language)")
    category: str
    self_reliant: bool
    overridden: bool
    override_reason: str


class DueOut(Schema):
    date: datetime.date
    reason: str
    overdue: bool


class ScreeningOut(Schema):
    person_id: int
    is_jobseeker: bool
    score: ScoreOut | None
    due: DueOut | None
    assessments: list[AssessmentOut]
    notes: list[str]


class AssessmentIn(Schema):
    competences: str = Field(description="sufficient | partial | insufficient")
    competences_note: str = Field("", max_length=2000)
    dutch_level: str = Field(description="A1 ... C2 or native")
    digital_skills: str = Field(description="none | basic | intermediate | advanced")
    problems: list[str] = Field(default_factory=list, description="indications: medical, mental, psychological, psychiatric, social")
    childcare_barrier: bool = False
    mobility_barrier: bool = False
    motivation: str = Field(description="high | moderate | low")
    not_deployable: bool = False
    category: str | None = Field(None, description="leave empty to take the proposal; a different one is an override")
    self_reliant: bool | None = Field(None, description="leave empty to take the proposal")
    override_reason: str = Field("", max_length=2000, description="required (10+ characters) when overriding")


class WorklistItemOut(Schema):
    person_id: int
    name: str
    due_date: datetime.date
    reason: str
    overdue: bool
    months_unemployed: int
    last_category: str | None


class ScreeningWorklistOut(Schema):
    items: list[WorklistItemOut]
    count: int
    page: int
    page_size: int
    pages: int


class WorklistFilters(Schema):
    page: int = Field(1, ge=1)
    page_size: int = Field(50, ge=1, le=100)
    within_days: int = Field(31, ge=0, le=366, description="also list re-screenings due within this many days")


def score_out(score: Score) -> dict:
    return {"reference_date": score.reference_date, "chance_6m": score.chance_6m, "chance_12m": score.chance_12m,
            "model_category": model_category(score.chance_6m, services.limits()), "model_version": score.model.version,
            "factors": score.factors, "changes": score.changes, "inputs": score.inputs}


def assessment_out(a: Assessment) -> dict:
    from .reasons import shown

    return {**{f: getattr(a, f) for f in AssessmentOut.model_fields if f not in ("counsellor", "reasons")}, "reasons": shown(a.reasons),
            "counsellor": a.counsellor.get_full_name() or a.counsellor.username}


def screening_out(view: services.ScreeningView) -> dict:
    due = {"date": view.due.date, "reason": view.due.reason, "overdue": view.due.overdue(clock.today())} if view.due else None
    return {"person_id": view.person.pk, "is_jobseeker": view.is_jobseeker, "score": score_out(view.score) if view.score else None, "due": due,
            "assessments": [assessment_out(a) for a in view.assessments], "notes": view.notes}


@screening_router.get("/persons/{person_id}", response=ScreeningOut, summary="A person's score, explanation and assessments (logged)")
def person_screening(request: HttpRequest, person_id: int) -> dict:
    return screening_out(services.person_screening(request.auth, person_id))


@screening_router.post("/persons/{person_id}/assessments", response={201: AssessmentOut}, summary="Record a counsellor's assessment")
def create_assessment(request: HttpRequest, person_id: int, payload: AssessmentIn) -> Status:
    data = payload.dict()
    for optional in ("category", "self_reliant"):
        if data[optional] is None:
            data.pop(optional)
    return Status(201, assessment_out(services.record_assessment(request.auth, person_id, data)))


@screening_router.get("/me", response=ScreeningOut, summary="My own score, its explanation and my assessments")
def my_screening(request: HttpRequest) -> dict:
    principal = request.auth
    if not perms.can_see_own(principal):
        raise NotFound(_("Aan deze account is geen persoon gekoppeld."))
    return screening_out(services.person_screening(principal, principal.user.person_id))


@screening_router.get("/worklist", response=ScreeningWorklistOut, deprecated=True,
                      summary="Job seekers due for screening, by due date (overdue marked). Deprecated: use GET /api/v1/worklist?kind=screening_due")
def worklist(request: HttpRequest, filters: Query[WorklistFilters]) -> dict:
    page = services.worklist(request.auth, filters.page, filters.page_size, filters.within_days)
    items = [{"person_id": i.person.pk, "name": str(i.person), "due_date": i.due.date, "reason": i.due.reason, "overdue": i.overdue,
              "months_unemployed": i.months_unemployed, "last_category": i.last_category} for i in page.items]
    return {"items": items, "count": page.count, "page": page.page, "page_size": page.page_size, "pages": page.pages}


@screening_router.get("/model", summary="The model card: data period, inputs, the model chosen and why, metrics, the decisions audited per group at the cuts in force, drift")
def model(request: HttpRequest) -> dict:
    if not perms.can_see_model_card(request.auth):
        raise Forbidden(_("Uw rol heeft geen toegang tot de modelkaart."))
    return model_card.card()


@screening_router.get("/overrides", summary="Overrides of the proposal per counsellor and per group")
def overrides(request: HttpRequest) -> dict:
    return services.override_statistics(request.auth)
