"""/api/v1/community: activities, eligible persons, proposals and the assignment's transitions, attendance per day,
hours and allowance per month, exemptions, and the dated parameters. Municipality workers, counsellors and admins only;
every read of personal data is logged by the use cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Schema, Status
from pydantic import Field

from werkregie.api.preconditions import required_version, tagged
from werkregie.core import clock

from . import engine, perms
from . import use_cases as services
from .models import Assignment

router = Router(tags=["community"])

Kind = Literal["community_service", "wijk_werken"]


class ActivityOut(Schema):
    id: int
    version: int
    kind: Kind
    title: str
    owner_id: int
    owner: str
    host_name: str
    host_kind: Literal["local_authority", "non_profit", "school"]
    address: str
    municipality: str = Field(description="NIS code")
    municipality_name: str
    hours_per_week: float
    capacity: int
    taken: int = Field(description="places taken by proposed, accepted and active assignments")
    start: dt.date
    end: dt.date | None
    description: str
    can_edit: bool


class ActivityIn(Schema):
    kind: Kind
    title: str = Field(max_length=200)
    host_name: str = Field(max_length=200, description="the local authority, non-profit or school where the work is done")
    host_kind: Literal["local_authority", "non_profit", "school"]
    address: str = Field(max_length=200)
    municipality: str = Field(description="NIS code of the place")
    hours_per_week: Decimal = Field(gt=0, le=40)
    capacity: int = Field(ge=1, le=1000)
    start: dt.date
    end: dt.date | None = None
    description: str = Field("", max_length=4000)
    owner: int | None = Field(None, description="admin only: the municipality organisation offering it (default: the one of the place)")


class ActivityPatch(Schema):
    version: int | None = Field(None, description="the version you edited (or If-Match; 428 without); a stale one gets 409 with the current version")
    kind: Kind | None = None
    title: str | None = Field(None, max_length=200)
    host_name: str | None = Field(None, max_length=200)
    host_kind: Literal["local_authority", "non_profit", "school"] | None = None
    address: str | None = Field(None, max_length=200)
    municipality: str | None = None
    hours_per_week: Decimal | None = Field(None, gt=0, le=40)
    capacity: int | None = Field(None, ge=1, le=1000)
    start: dt.date | None = None
    end: dt.date | None = None
    description: str | None = Field(None, max_length=4000)


def _activity_out(view: services.ActivityView) -> dict:
    a = view.activity
    return {"id": a.pk, "version": a.version, "kind": a.kind, "title": a.title, "owner_id": a.owner_id, "owner": a.owner.name,
            "host_name": a.host_name, "host_kind": a.host_kind, "address": a.address, "municipality": a.municipality_id,
            "municipality_name": str(a.municipality), "hours_per_week": float(a.hours_per_week), "capacity": a.capacity, "taken": view.taken,
            "start": a.start, "end": a.end, "description": a.description, "can_edit": view.can_edit}


class ActivityQuery(Schema):
    municipality: str | None = None
    kind: Kind | None = None


@router.get("/activities", response=list[ActivityOut], summary="Activities within your access (no personal data)")
def activities(request: HttpRequest, query: Query[ActivityQuery]) -> list:
    return [_activity_out(v) for v in services.list_activities(request.auth, municipality=query.municipality, kind=query.kind)]


@router.post("/activities", response={201: ActivityOut}, summary="Create an activity (municipality for itself, admin)")
def create_activity(request: HttpRequest, payload: ActivityIn) -> Status:
    activity = services.create_activity(request.auth, payload.dict())
    return Status(201, _activity_out(services.get_activity(request.auth, activity.pk)))


@router.get("/activities/{activity_id}", response=ActivityOut, summary="One activity")
def activity(request: HttpRequest, activity_id: int, response: HttpResponse) -> dict:
    return tagged(response, _activity_out(services.get_activity(request.auth, activity_id)))


@router.put("/activities/{activity_id}", response=ActivityOut, summary="Change an activity (optimistic locking by version)")
def update_activity(request: HttpRequest, activity_id: int, payload: ActivityPatch) -> dict:
    data = {k: v for k, v in payload.dict(exclude_unset=True).items() if k != "version"}
    services.update_activity(request.auth, activity_id, data, required_version(request, payload.version))
    return _activity_out(services.get_activity(request.auth, activity_id))


class EligibleQuery(Schema):
    kind: Kind = "community_service"
    municipality: str | None = Field(None, description="NIS code of the residence")
    limit: int = Field(100, ge=1, le=500)


class EligibleOut(Schema):
    person_id: int
    name: str
    municipality: str
    months_searching: int
    months_required: int


@router.get("/eligible", response=list[EligibleOut], summary="Eligible persons you may propose (logged)")
def eligible(request: HttpRequest, query: Query[EligibleQuery]) -> list:
    rows = services.eligible_persons(request.auth, query.kind, municipality=query.municipality, limit=query.limit)
    return [{"person_id": r.person.pk, "name": str(r.person), "municipality": str(r.person.municipality),
             "months_searching": r.eligibility.months_searching, "months_required": r.eligibility.months_required} for r in rows]


class ProposalIn(Schema):
    person_id: int
    activity_id: int


class AssignmentOut(Schema):
    id: int
    version: int
    state: str
    state_label: str
    kind: Kind
    person_id: int
    name: str
    activity_id: int
    activity: str
    proposed_on: dt.date
    started_on: dt.date | None
    ends_by: dt.date | None = Field(description="last day of the maximum duration (or of the activity)")
    ended_on: dt.date | None
    end_reason: str
    good_reason: bool | None = Field(None, description="left out for the municipality (VDAB's judgement)")
    compliance_case_id: int | None = Field(None, description="left out for the municipality")


def _assignment_out(a, principal=None) -> dict:  # noqa: ANN001
    out = {"id": a.pk, "version": a.version, "state": a.state, "state_label": a.state_label, "kind": a.kind, "person_id": a.person_id,
            "name": str(a.person), "activity_id": a.activity_id, "activity": a.activity.title, "proposed_on": a.proposed_on,
            "started_on": a.started_on, "ends_by": a.ends_by, "ended_on": a.ended_on, "end_reason": a.end_reason}
    if principal is None or perms.sees_judgement(principal):  # the municipality never learns VDAB's judgement nor the case
        out.update(good_reason=a.good_reason, compliance_case_id=a.compliance_case_id)
    return out


@router.post("/assignments", response={201: AssignmentOut}, exclude_unset=True, summary="Propose an eligible person for an activity (the person gets a message)")
def propose(request: HttpRequest, payload: ProposalIn) -> Status:
    return Status(201, _assignment_out(services.propose(request.auth, payload.person_id, payload.activity_id), request.auth))


class AssignmentQuery(Schema):
    state: Literal["proposed", "accepted", "active", "completed", "stopped", "refused", "withdrawn"] | None = None
    activity_id: int | None = None
    person_id: int | None = None


@router.get("/assignments", response=list[AssignmentOut], exclude_unset=True, summary="Assignments within your access (logged)")
def assignments(request: HttpRequest, query: Query[AssignmentQuery]) -> list:
    return [_assignment_out(a, request.auth) for a in services.list_assignments(request.auth, state=query.state, activity_id=query.activity_id,
                                                                    person_id=query.person_id)]


class DayOut(Schema):
    day: dt.date
    hours: float


class MonthOut(Schema):
    month: str = Field(description="YYYY-MM")
    hours: float
    allowance: float = Field(description="euro: each day's hours times the hourly allowance in force that day")
    min_hours: float | None
    max_hours: float
    under_minimum: bool = Field(description="an ended month with fewer hours than the minimum (false while the month is in progress)")
    in_progress: bool = Field(False, description="true while the month (or the assignment within it) has not ended: it cannot be under the "
                                                 "minimum yet; once it has ended false, or left out where the endpoint leaves out unset fields")
    partial: bool = Field(False, description="true for the first or last month that the assignment covers only partly: min_hours is then the "
                                             "monthly minimum pro rata of the working days covered; left out otherwise")


class AssignmentDetailOut(AssignmentOut):
    days: list[DayOut]
    months: list[MonthOut]
    total_hours: float
    transitions: list[str] = Field(description="the transitions your role can make now")
    can_record_attendance: bool


def _month_out(m: engine.MonthTotal) -> dict:
    out = {"month": f"{m.year:04d}-{m.month:02d}", "hours": float(m.hours), "allowance": float(m.allowance),
           "min_hours": float(m.min_hours) if m.min_hours is not None else None, "max_hours": float(m.max_hours), "under_minimum": m.under_minimum}
    if m.in_progress:  # set only while true: the fields of an ended month stay as they were
        out["in_progress"] = True
    if m.partial:  # the first or last month the assignment covers only partly: min_hours is pro rata (walk of stop 29)
        out["partial"] = True
    return out


@router.get("/assignments/{assignment_id}", response=AssignmentDetailOut, exclude_unset=True, summary="An assignment with its hours and allowance (logged)")
def assignment(request: HttpRequest, assignment_id: int, response: HttpResponse) -> dict:
    view = services.assignment_detail(request.auth, assignment_id)
    return tagged(response, {**_assignment_out(view.assignment, request.auth), "days": [{"day": d, "hours": float(h)} for d, h in sorted(view.days.items())],
            "months": [_month_out(m) for m in view.months], "total_hours": float(view.total_hours),
            "transitions": [t.name for t in view.transitions], "can_record_attendance": view.can_record})


class TransitionIn(Schema):
    name: Literal["accept", "refuse", "withdraw", "start", "complete", "stop"]
    version: int | None = Field(None, description="the version you saw; a stale one gets 409")
    reason: str = Field("", max_length=2000)
    good_reason: bool | None = Field(None, description="refuse only: was the reason valid? false opens a compliance case")
    on: dt.date | None = Field(None, description="start only: the start date (default today)")


@router.post("/assignments/{assignment_id}/transitions", response=AssignmentOut, exclude_unset=True, summary="Move an assignment through its workflow")
def transition(request: HttpRequest, assignment_id: int, payload: TransitionIn) -> dict:
    a = services.transition(request.auth, assignment_id, payload.name, reason=payload.reason, good_reason=payload.good_reason,
                            expected_version=required_version(request, payload.version), on=payload.on)
    return _assignment_out(a, request.auth)


class AttendanceIn(Schema):
    hours: dict[dt.date, Decimal] = Field(description="day → hours worked that day (0 removes the day); all or nothing")
    version: int | None = Field(None, description="the assignment's version you saw; required here or as If-Match (428 without, as every "
                                "other edit: two people registering the same week cannot overwrite each other); a stale one gets 409")


class AttendanceOut(Schema):
    version: int = Field(description="the assignment's version after the registration")
    warnings: list[str]
    days: list[DayOut]


@router.put("/assignments/{assignment_id}/attendance", response=AttendanceOut,
            summary="Register hours per day (refused, naming the limit, above the monthly or yearly maximum)")
def attendance(request: HttpRequest, assignment_id: int, payload: AttendanceIn) -> dict:
    warnings = services.record_hours(request.auth, assignment_id, {d.isoformat(): h for d, h in payload.hours.items()},
                                     expected_version=required_version(request, payload.version))
    days = services._days([assignment_id])[assignment_id]
    version = Assignment.objects.values_list("version", flat=True).get(pk=assignment_id)
    return {"version": version, "warnings": warnings, "days": [{"day": d, "hours": float(h)} for d, h in sorted(days.items())]}


class HoursQuery(Schema):
    month: str = Field(pattern=r"^\d{4}-\d{2}$", description="YYYY-MM")


class MonthRowOut(Schema):
    assignment_id: int
    person_id: int
    name: str
    activity: str
    kind: Kind
    total: MonthOut


@router.get("/hours", response=list[MonthRowOut], summary="Hours and allowance per person for one month (logged)")
def hours(request: HttpRequest, query: Query[HoursQuery]) -> list:
    year, month = (int(x) for x in query.month.split("-"))
    return [{"assignment_id": r.assignment.pk, "person_id": r.assignment.person_id, "name": str(r.assignment.person),
             "activity": r.assignment.activity.title, "kind": r.assignment.kind, "total": _month_out(r.total)}
            for r in services.hours_overview(request.auth, year, month)]


class ExemptionIn(Schema):
    reason: Literal["not_suited", "medical", "care", "training", "other"]
    note: str = Field(max_length=2000)
    start: dt.date | None = None
    end: dt.date | None = None


class ExemptionOut(Schema):
    id: int
    person_id: int
    reason: str
    note: str
    start: dt.date
    end: dt.date | None


@router.post("/persons/{person_id}/exemptions", response={201: ExemptionOut}, summary="Exempt a person (counsellor of the person, admin)")
def exempt(request: HttpRequest, person_id: int, payload: ExemptionIn) -> Status:
    x = services.record_exemption(request.auth, person_id, payload.dict())
    return Status(201, {"id": x.pk, "person_id": x.person_id, "reason": x.reason, "note": x.note, "start": x.start, "end": x.end})


class MyAssignmentOut(AssignmentOut):
    host: str
    address: str
    months: list[MonthOut]
    total_hours: float


@router.get("/me", response=list[MyAssignmentOut], summary="The citizen's own assignments, hours and allowance (logged)")
def mine(request: HttpRequest) -> list:
    return [{**_assignment_out(v.assignment), "host": v.assignment.activity.host_name,
             "address": f"{v.assignment.activity.address}, {v.assignment.activity.municipality}",
             "months": [_month_out(m) for m in v.months], "total_hours": float(v.total_hours)} for v in services.my_assignments(request.auth)]


class AcceptIn(Schema):
    version: int | None = Field(None, description="the version you saw; a stale one gets 409")


@router.post("/me/assignments/{assignment_id}/accept", response=AssignmentOut, summary="The citizen accepts a proposal made to them")
def accept_mine(request: HttpRequest, assignment_id: int, payload: AcceptIn) -> dict:
    a = services.accept_own(request.auth, assignment_id, required_version(request, payload.version))
    return _assignment_out(services.Assignment.objects.select_related("activity", "person").get(pk=a.pk))


class ParameterOut(Schema):
    key: str
    description: str
    value: float | None
    unit: str
    reference: list[dict]
    uncertainty: str


@router.get("/parameters", auth=None, response=list[ParameterOut], summary="The dated limits and allowances in force on a day (public, no personal data)")
def parameters(request: HttpRequest, on: dt.date | None = None) -> list:
    return engine.catalogue(on or clock.today())
