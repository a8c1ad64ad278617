"""API of trajectories under /api/v1/trajectories: a person's trajectory file, agreements (with versions), steps and
evidence, the citizen's own agreements, and the partner's steps. Edits carry the version the client saw (`version` in the
body or an `If-Match` header); a stale one is answered 409 with the current version and the current object."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import HttpRequest, HttpResponse
from ninja import File, Form, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import Field

from werkregie.api.docs import file_download
from werkregie.api.preconditions import required_version
from werkregie.api.problems import problem
from werkregie.core import uploads
from werkregie.people.concurrency import etag
from werkregie.workflows.labels import log_reason, render
from werkregie.workflows.services import StaleVersion

from . import use_cases as uc
from .enums import AgreementLevel, EndReason, EvidenceKind, StepKind, SuspensionReason, TrajectoryKind
from .models import Agreement, AgreementStep, Trajectory

router = Router(tags=["trajectories"])


class StepOut(Schema):
    id: int
    agreement_id: int
    kind: str
    title: str
    details: str
    due_on: dt.date
    evidence_kind: str
    applications_required: int | None
    cefr_target: str
    hours_per_month: int | None
    partner_id: int | None
    partner_note: str
    review_note: str
    state: str
    version: int
    evidence: list[dict]


class AgreementOut(Schema):
    id: int
    trajectory_id: int
    person_id: int
    level: str
    binding: bool
    series: int | None
    revision: int
    previous_id: int | None
    escalated_from_id: int | None
    title: str
    notes: str
    state: str
    version: int
    accept_by: dt.date | None
    accepted_at: dt.datetime | None
    accepted_how: str
    accepted_reason: str
    case_id: int | None
    steps: list[StepOut]
    history: list[dict]


class TrajectoryOut(Schema):
    id: int
    person_id: int
    kind: str
    state: str
    version: int
    started_on: dt.date
    deadline: dt.date | None
    check_on: dt.date | None
    suspended_on: dt.date | None
    suspension_reason: str
    suspended_days: int
    closed_on: dt.date | None
    end_reason: str
    outflow: bool


class FileOut(Schema):
    person_id: int
    trajectory: TrajectoryOut | None
    past: list[TrajectoryOut]
    agreements: list[AgreementOut]
    language_need: dict | None


class MineOut(Schema):
    person_id: int
    trajectory: TrajectoryOut | None
    to_accept: list[AgreementOut]
    current: list[AgreementOut]
    past: list[AgreementOut]
    deadlines: list[StepOut]


class StartIn(Schema):
    kind: Literal[tuple(TrajectoryKind.values)] = TrajectoryKind.STANDARD  # type: ignore[valid-type]


class TrajectoryVersionIn(Schema):
    version: int | None = Field(None, description="the version you saw (or send If-Match)")


class SuspendIn(TrajectoryVersionIn):
    reason: Literal[tuple(SuspensionReason.values)]  # type: ignore[valid-type]
    note: str = Field("", max_length=2000)


class CloseIn(TrajectoryVersionIn):
    end_reason: Literal[tuple(EndReason.values)]  # type: ignore[valid-type]
    note: str = Field("", max_length=2000)


class AgreementIn(Schema):
    title: str = Field(max_length=200)
    notes: str = Field("", max_length=10000)
    level: Literal[tuple(AgreementLevel.values)] = AgreementLevel.SHEET  # type: ignore[valid-type]
    level_reason: str = Field("", max_length=2000, description="Why a new series starts as a formal or final agreement (required then)")


class AgreementPatch(TrajectoryVersionIn):
    """Only the fields sent change."""

    title: str | None = Field(None, max_length=200)
    notes: str | None = Field(None, max_length=10000)


class TrajectoryStepIn(TrajectoryVersionIn):
    kind: Literal[tuple(StepKind.values)]  # type: ignore[valid-type]
    title: str = Field(max_length=200)
    details: str = Field("", max_length=4000)
    due_on: dt.date
    evidence_kind: Literal[tuple(EvidenceKind.values)] | None = None  # type: ignore[valid-type]
    applications_required: int | None = Field(None, ge=1, le=50)
    cefr_target: str = ""
    hours_per_month: int | None = Field(None, ge=1, le=200)
    partner_id: int | None = None


class TrajectoryStepPatch(TrajectoryVersionIn):
    """Only the fields sent change; the others keep their value."""

    kind: Literal[tuple(StepKind.values)] | None = None  # type: ignore[valid-type]
    title: str | None = Field(None, max_length=200)
    details: str | None = Field(None, max_length=4000)
    due_on: dt.date | None = None
    evidence_kind: Literal[tuple(EvidenceKind.values)] | None = None  # type: ignore[valid-type]
    applications_required: int | None = Field(None, ge=1, le=50)
    cefr_target: str | None = None
    hours_per_month: int | None = Field(None, ge=1, le=200)
    partner_id: int | None = None


class TrajectoryReasonIn(TrajectoryVersionIn):
    reason: str = Field(max_length=2000)


class StepReviewIn(TrajectoryVersionIn):
    approve: bool
    note: str = Field("", max_length=2000)


class PartnerIn(TrajectoryVersionIn):
    note: str = Field(max_length=4000)
    outcome: Literal["note", "submit", "approve"] = "note"


def _version(request: HttpRequest, payload: TrajectoryVersionIn | None) -> int:
    """The version the client saw: `version` in the body or an If-Match header. Required on every edit (security review:
    optimistic locking must not be optional); missing → 428 naming both (werkregie.api.preconditions)."""
    return required_version(request, payload.version if payload is not None else None)


def step_out(s: AgreementStep) -> dict:
    return {
        "id": s.pk, "agreement_id": s.agreement_id, "kind": s.kind, "title": render(s.title), "details": render(s.details), "due_on": s.due_on,
        "evidence_kind": s.evidence_kind, "applications_required": s.applications_required, "cefr_target": s.cefr_target,
        "hours_per_month": s.hours_per_month, "partner_id": s.partner_id, "partner_note": s.partner_note, "review_note": s.review_note,
        "state": s.state, "version": s.version,
        "evidence": [{"id": e.pk, "note": e.note, "submitted_at": e.submitted_at.isoformat(),
                      "file": {"name": e.file.original_name, "size": e.file.size, "sha256": e.file.sha256, "url": f"/api/v1/trajectories/evidence/{e.pk}/file"}
                      if e.file else None} for e in s.evidence.all()],
    }


def agreement_out(a: Agreement, steps: list[AgreementStep] | None = None, history: list | None = None) -> dict:
    if steps is None:
        steps = list(a.steps.prefetch_related("evidence__file").order_by("due_on", "pk"))
    if history is None:
        history = uc.wf.history(a)
    return {
        "id": a.pk, "trajectory_id": a.trajectory_id, "person_id": a.person_id, "level": a.level, "binding": a.binding, "series": a.series,
        "revision": a.revision, "previous_id": a.previous_id, "escalated_from_id": a.escalated_from_id, "title": render(a.title), "notes": render(a.notes),
        "state": a.state, "version": a.version, "accept_by": a.deadline if a.state == "proposed" else None, "accepted_at": a.accepted_at,
        "accepted_how": a.accepted_how, "accepted_reason": a.accepted_reason, "case_id": a.case_id, "steps": [step_out(s) for s in steps],
        "history": [{"at": h.at.isoformat(), "transition": h.transition, "from": h.from_state, "to": h.to_state, "by": h.actor_label, "reason": log_reason(h)}
                    for h in history],
    }


def trajectory_out(t: Trajectory | None) -> dict | None:
    if t is None:
        return None
    return {k: getattr(t, k) for k in ("person_id", "kind", "state", "version", "started_on", "deadline", "check_on", "suspended_on",
                                       "suspension_reason", "suspended_days", "closed_on", "end_reason", "outflow")} | {"id": t.pk}


def _rows(rows: list) -> list[dict]:
    return [agreement_out(r.agreement, r.steps, r.history) for r in rows]


def _stale(request: HttpRequest, exc: StaleVersion, current: dict | None) -> HttpResponse:
    return problem(request, 409, exc.title, exc.detail, [e.as_dict() for e in exc.errors], current_version=exc.current_version, current=current)


def _guard(request: HttpRequest, call, current):  # noqa: ANN001, ANN202 - runs an edit; a stale version → 409 with the current object
    try:
        return call()
    except StaleVersion as exc:
        return _stale(request, exc, current())


def _current_agreement(request: HttpRequest, agreement_id: int):  # noqa: ANN202
    return lambda: agreement_out(uc.current_after_conflict(request.auth, Agreement, agreement_id))


def _current_step(request: HttpRequest, step_id: int):  # noqa: ANN202
    return lambda: step_out(uc.current_after_conflict(request.auth, AgreementStep, step_id))


def _current_trajectory(request: HttpRequest, trajectory_id: int):  # noqa: ANN202
    return lambda: trajectory_out(uc.current_after_conflict(request.auth, Trajectory, trajectory_id))


# --------------------------------------------------------------------------- counsellor / admin

@router.get("/persons/{person_id}", response=FileOut, summary="A person's trajectory file: trajectory, agreements with versions, steps, history (logged)")
def person_file(request: HttpRequest, person_id: int, purpose: str | None = None) -> dict:
    # purpose: why the file is read (guidance; admin: administration or complaint_handling); logged with the read
    view = uc.trajectory_file(request.auth, person_id, purpose)
    return {"person_id": person_id, "trajectory": trajectory_out(view.trajectory), "past": [trajectory_out(t) for t in view.past],
            "agreements": _rows(view.agreements), "language_need": vars(view.language) if view.language else None}


@router.post("/persons/{person_id}", response={201: TrajectoryOut}, summary="Start a trajectory (one open per person: 409 with existing_id)")
def start(request: HttpRequest, person_id: int, payload: StartIn):  # noqa: ANN201
    return Status(201, trajectory_out(uc.start_trajectory(request.auth, person_id, payload.kind)))


@router.post("/{trajectory_id}/suspend", response=TrajectoryOut, summary="Suspend (sickness, work): running deadlines stop")
def suspend(request: HttpRequest, trajectory_id: int, payload: SuspendIn):  # noqa: ANN201
    return _guard(request, lambda: trajectory_out(uc.suspend_by_counsellor(request.auth, trajectory_id, payload.reason, payload.note,
                                                                           _version(request, payload))),
                  _current_trajectory(request, trajectory_id))


@router.post("/{trajectory_id}/resume", response=TrajectoryOut, summary="Resume: deadlines move by the days suspended")
def resume(request: HttpRequest, trajectory_id: int, payload: TrajectoryVersionIn):  # noqa: ANN201
    return _guard(request, lambda: trajectory_out(uc.resume_by_counsellor(request.auth, trajectory_id, _version(request, payload))),
                  _current_trajectory(request, trajectory_id))


@router.post("/{trajectory_id}/close", response=TrajectoryOut, summary="Close (lasting work records the outflow)")
def close(request: HttpRequest, trajectory_id: int, payload: CloseIn):  # noqa: ANN201
    return _guard(request, lambda: trajectory_out(uc.close_by_counsellor(request.auth, trajectory_id, payload.end_reason, payload.note,
                                                                         _version(request, payload))),
                  _current_trajectory(request, trajectory_id))


@router.post("/{trajectory_id}/agreements", response={201: AgreementOut}, summary="Draft a new agreement")
def create_agreement(request: HttpRequest, trajectory_id: int, payload: AgreementIn):  # noqa: ANN201
    return Status(201, agreement_out(uc.create_agreement(request.auth, trajectory_id, title=payload.title, notes=payload.notes, level=payload.level,
                                                          level_reason=payload.level_reason)))


@router.get("/agreements/{agreement_id}", response=AgreementOut, summary="One agreement (logged); its ETag is the version to send back in If-Match")
def get_agreement(request: HttpRequest, agreement_id: int, response: HttpResponse) -> dict:
    agreement = uc._get(Agreement, agreement_id)
    uc.perms.require_editor(request.auth, agreement.person_id)
    uc.record_access(request.auth.actor(), [agreement.person_id], "traject: afspraak", uc.perms.reader_purpose(request.auth), request.auth.channel)
    response["ETag"] = etag(agreement.version)  # "v7", as every other resource (second attack of stop 29: "7" here)
    return agreement_out(agreement)


@router.patch("/agreements/{agreement_id}", response=AgreementOut,
              summary="Change title/notes; after proposal or acceptance this makes a new version (returned) that needs a new acceptance")
def patch_agreement(request: HttpRequest, agreement_id: int, payload: AgreementPatch):  # noqa: ANN201
    return _guard(request, lambda: agreement_out(uc.update_agreement(request.auth, agreement_id, _version(request, payload),
                                                                     **payload.dict(exclude_unset=True, exclude={"version"}))), _current_agreement(request, agreement_id))


@router.post("/agreements/{agreement_id}/steps", response={201: StepOut}, summary="Add a step (a new version when the agreement was proposed or accepted)")
def add_step(request: HttpRequest, agreement_id: int, payload: TrajectoryStepIn):  # noqa: ANN201
    data = payload.dict(exclude={"version"})
    return _guard(request, lambda: Status(201, step_out(uc.add_step(request.auth, agreement_id, _version(request, payload), data))),
                  _current_agreement(request, agreement_id))


@router.patch("/steps/{step_id}", response=StepOut, summary="Change a step (a new version of its agreement when it was proposed or accepted)")
def patch_step(request: HttpRequest, step_id: int, payload: TrajectoryStepPatch):  # noqa: ANN201
    data = payload.dict(exclude_unset=True, exclude={"version"})  # a field not sent keeps its value
    return _guard(request, lambda: step_out(uc.edit_step(request.auth, step_id, _version(request, payload), data)),
                  _current_step(request, step_id))


@router.post("/agreements/{agreement_id}/propose", response=AgreementOut, summary="Propose to the citizen (message through the outbox)")
def propose(request: HttpRequest, agreement_id: int, payload: TrajectoryVersionIn):  # noqa: ANN201
    return _guard(request, lambda: agreement_out(uc.propose(request.auth, agreement_id, _version(request, payload))), _current_agreement(request, agreement_id))


@router.post("/agreements/{agreement_id}/accept-on-paper", response=AgreementOut, summary="Record acceptance on paper, with a reason")
def accept_on_paper(request: HttpRequest, agreement_id: int, payload: TrajectoryReasonIn):  # noqa: ANN201
    return _guard(request, lambda: agreement_out(uc.accept_on_paper(request.auth, agreement_id, _version(request, payload), payload.reason)),
                  _current_agreement(request, agreement_id))


@router.post("/agreements/{agreement_id}/escalate", summary="After a missed agreement: the next level, or the control service after a final one")
def escalate(request: HttpRequest, agreement_id: int, payload: TrajectoryVersionIn):  # noqa: ANN201
    def run() -> dict:
        result = uc.escalate(request.auth, agreement_id, _version(request, payload))
        return {"agreement": agreement_out(result["agreement"]) if result["agreement"] else None, "case_id": result["case_id"]}

    return _guard(request, run, _current_agreement(request, agreement_id))


@router.post("/steps/{step_id}/review", response=StepOut, summary="Approve or reject a step's evidence (rejecting needs a reason)")
def review(request: HttpRequest, step_id: int, payload: StepReviewIn):  # noqa: ANN201
    return _guard(request, lambda: step_out(uc.review_step(request.auth, step_id, _version(request, payload), approve=payload.approve, note=payload.note)),
                  _current_step(request, step_id))


# --------------------------------------------------------------------------- citizen

@router.get("/me", response=MineOut, summary="My agreements: to accept, in force, past versions, deadlines (logged)")
def mine(request: HttpRequest) -> dict:
    view = uc.my_agreements(request.auth)
    return {"person_id": view.person.pk, "trajectory": trajectory_out(view.trajectory), "to_accept": _rows(view.to_accept),
            "current": _rows(view.current), "past": _rows(view.past), "deadlines": [step_out(s) for s in view.deadlines]}


@router.post("/me/agreements/{agreement_id}/accept", response=AgreementOut, summary="Accept a proposed agreement")
def accept(request: HttpRequest, agreement_id: int, payload: TrajectoryVersionIn):  # noqa: ANN201
    return _guard(request, lambda: agreement_out(uc.accept(request.auth, agreement_id, _version(request, payload))), _current_agreement(request, agreement_id))


@router.post("/me/steps/{step_id}/evidence", response={201: dict}, summary="Hand in evidence (multipart: file PDF/JPEG/PNG ≤ 10 MB, note)")
def evidence(request: HttpRequest, step_id: int, note: Form[str] = "", file: File[UploadedFile] = None,  # noqa: B008, ANN201
             version: Form[int | None] = None):  # noqa: B008
    seen = version if version is not None else _version(request, None)
    ev = _guard(request, lambda: uc.submit_evidence(request.auth, step_id, upload=file, note=note, expected_version=seen),
                _current_step(request, step_id))
    if isinstance(ev, HttpResponse):
        return ev
    return Status(201, {"id": ev.pk, "step_id": step_id,
                        "file": {"name": ev.file.original_name, "sha256": ev.file.sha256, "size": ev.file.size} if ev.file else None})


@router.get("/evidence/{evidence_id}/file", summary="Download evidence (only for whoever may see the step)",
            openapi_extra=file_download("the file", "application/pdf", "image/jpeg", "image/png"))
def evidence_file(request: HttpRequest, evidence_id: int) -> HttpResponse:
    return uploads.open_stored(uc.evidence_file(request.auth, evidence_id))


# --------------------------------------------------------------------------- partner

@router.get("/partner/steps", response=list[StepOut], summary="The steps assigned to my organisation (mutuality, integration agency; logged)")
def partner_steps(request: HttpRequest) -> list:
    return [step_out(s) for s in uc.partner_steps_view(request.auth)]


@router.patch("/partner/steps/{step_id}", response=StepOut, summary="Report on my step only: a note, hand it in for review, or mark it done")
def partner_step(request: HttpRequest, step_id: int, payload: PartnerIn):  # noqa: ANN201
    return _guard(request, lambda: step_out(uc.partner_update(request.auth, step_id, _version(request, payload), note=payload.note,
                                                              outcome=payload.outcome)),
                  lambda: step_out(uc.partner_step(request.auth, step_id)))
