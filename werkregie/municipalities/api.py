"""/api/v1/municipalities: cooperation agreements (admin and municipality workers for their own make and change them;
admin, analyst, municipality read) with their progress from the KPIs, the municipality worker's leefloon clients
(logged), the municipality's own steps with a client beside the trajectory steps (logged), and the referral to VDAB."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from pydantic import ConfigDict, Field

from werkregie.api.preconditions import required_version

from . import steps, use_cases

router = Router(tags=["municipalities"])


# a field the schema does not declare is refused, not silently dropped (attack of stop 42: "bogus", "owner_id" and a
# contact's "isz" answered 200, as if stored; the vacancies' API does the same)
STRICT = ConfigDict(extra="forbid")


class EngagementIn(Schema):
    model_config = STRICT
    kpi: str = Field(description="a code of the KPI catalogue")
    direction: Literal["at_least", "at_most"] = "at_least"
    target: float = Field(ge=0, description="for a share a percentage (80 = 80 %), otherwise a number")
    description: str = Field("", max_length=300)


class ContactIn(Schema):
    model_config = STRICT
    name: str = Field(max_length=200)
    function: str = Field("", max_length=200)
    email: str = Field("", max_length=254)
    phone: str = Field("", max_length=40)


class CooperationAgreementIn(Schema):
    model_config = STRICT
    title: str = Field(max_length=200)
    partner_name: str = Field(max_length=200)
    municipalities: list[str] = Field(description="NIS codes (2025)")
    start: dt.date
    end: dt.date
    notes: str = Field("", max_length=4000)
    engagements: list[EngagementIn] = []
    contacts: list[ContactIn] = []


class CooperationAgreementUpdate(CooperationAgreementIn):
    version: int | None = Field(None, description="the version you read (GET …/agreements/{id}), or If-Match; a newer one on the server answers 409")


class MunicipalityStepIn(Schema):
    kind: Literal["intake", "gpmi", "training", "article_60", "guidance", "other"]
    title: str = Field("", max_length=200)
    start: dt.date
    end: dt.date | None = None
    note: str = Field("", max_length=2000)


class MunicipalityStepUpdate(MunicipalityStepIn):
    version: int | None = Field(None, description="the version you read, or If-Match; a newer one on the server answers 409")


class ReferralIn(Schema):
    person_id: int
    note: str = Field(max_length=2000)


def _out(item) -> dict:  # noqa: ANN001
    return {"id": item.pk, "version": item.version, "title": item.title, "partner_name": item.partner_name, "start": item.start, "end": item.end,
            "municipalities": [{"code": m.nis_code, "name": m.name_nl} for m in item.municipalities.all()],
            "contacts": [{"name": c.name, "function": c.function, "email": c.email, "phone": c.phone} for c in item.contacts.all()],
            "engagements": [{"kpi": p.kpi.code, "kpi_name": str(p.kpi.name), "direction": p.engagement.direction, "target": float(p.engagement.target),
                             "value": p.value, "text": p.text, "target_text": p.target_text, "reached": p.reached, "on": p.on,
                             "definition": str(p.kpi.definition)} for p in use_cases.progress(item)]}


@router.get("/agreements", summary="Cooperation agreements with their progress (computed from the KPIs)")
def list_agreements(request: HttpRequest) -> list[dict]:
    return [_out(a) for a in use_cases.agreements(request.auth)]


@router.get("/agreements/{agreement_id}", summary="One cooperation agreement with its progress")
def get_agreement(request: HttpRequest, agreement_id: int) -> dict:
    return _out(use_cases.agreement(request.auth, agreement_id))


@router.post("/agreements", response={201: dict}, summary="Record a cooperation agreement (admin; a municipality worker for its own municipality)")
def create_agreement(request: HttpRequest, body: CooperationAgreementIn) -> Status:
    # 201 Created, as every other creation of the API (walk of stop 43: it answered 200); the body is the new agreement
    return Status(201, _out(use_cases.create_agreement(request.auth, body.dict())))


@router.put("/agreements/{agreement_id}", summary="Change a cooperation agreement (admin; a municipality worker its own); 409 on a stale version")
def update_agreement(request: HttpRequest, agreement_id: int, body: CooperationAgreementUpdate) -> dict:
    data = body.dict()
    return _out(use_cases.update_agreement(request.auth, agreement_id, data, required_version(request, data.pop("version"))))


def _step(step) -> dict:  # noqa: ANN001
    return {"id": step.pk, "version": step.version, "kind": step.kind, "kind_label": str(step.get_kind_display()), "title": step.title,
            "start": step.start, "end": step.end, "note": step.note}


@router.get("/clients/{person_id}/steps", summary="A leefloon client's trajectory steps at VDAB beside the municipality's own steps (logged)")
def client_steps(request: HttpRequest, person_id: int) -> dict:
    found = steps.client_steps(request.auth, person_id, channel="api")
    return {"person_id": found.person_id, "name": found.name, "trajectory": found.trajectory,
            "trajectory_steps": [{"kind": s.kind, "title": s.title, "due_on": s.due_on, "state": s.state} for s in found.trajectory_steps],
            "municipality_steps": [_step(s) for s in found.municipality_steps]}


@router.post("/clients/{person_id}/steps", summary="Record one of the municipality's own steps with a leefloon client")
def record_step(request: HttpRequest, person_id: int, body: MunicipalityStepIn) -> dict:
    return _step(steps.record(request.auth, person_id, body.dict(), channel="api"))


@router.put("/steps/{step_id}", summary="Change one of the municipality's own steps; 409 on a stale version")
def update_step(request: HttpRequest, step_id: int, body: MunicipalityStepUpdate) -> dict:
    data = body.dict()
    return _step(steps.update(request.auth, step_id, data, required_version(request, data.pop("version")), channel="api"))


@router.get("/clients", summary="The municipality worker's current leefloon clients, their trajectory and referral (each logged)")
def list_clients(request: HttpRequest) -> list[dict]:
    return [{"person_id": c.person_id, "name": c.name, "trajectory": c.trajectory, "open_steps": c.open_steps,
             "open_trajectory_steps": c.open_trajectory_steps, "open_own_steps": c.open_own_steps, "referred_on": c.referred_on}
            for c in use_cases.clients(request.auth, channel="api")]


@router.post("/referrals", summary="Refer a leefloon client to VDAB for screening and a trajectory")
def refer(request: HttpRequest, body: ReferralIn) -> dict:
    referral = use_cases.refer(request.auth, body.person_id, body.note, channel="api")
    return {"id": referral.pk, "person_id": referral.person_id, "task_key": referral.task_key, "referred_at": referral.referred_at}


@router.get("/agreements/{agreement_id}/reward", summary="The result-based reward of one year, explained; analysts and admins may pass a what-if")
def agreement_reward(request: HttpRequest, agreement_id: int, year: int, amount_per_engagement: float | None = None, partial_share: float | None = None,
                     partial_threshold: float | None = None, maximum_per_year: float | None = None) -> dict:
    from werkregie.accounts.models import Role
    from werkregie.core.errors import Forbidden

    from . import reward

    item = use_cases.agreement(request.auth, agreement_id)
    overrides = {"amount_per_engagement": amount_per_engagement, "partial_share": partial_share, "partial_threshold": partial_threshold,
                 "maximum_per_year": maximum_per_year}
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if overrides and request.auth.role not in (Role.ANALYST, Role.ADMIN):
        raise Forbidden(_("Enkel analisten en beheerders berekenen een wat-als."))
    return reward.reward(item, year, reward.what_if(overrides))
