"""/api/v1/appointments: agendas and slots, invitations, booking with the link's token, convocation, attendance,
excuses, the citizen's own appointments, iCalendar and the KPIs. Thin: the use cases decide and log."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import Field

from werkregie.accounts.principal import Principal
from werkregie.api.preconditions import required_version, tagged
from werkregie.core.errors import Forbidden
from werkregie.workflows.labels import log_reason

from . import ical, perms
from . import use_cases as uc
from .models import Appointment, Slot

router = Router(tags=["appointments"])


def _p(request: HttpRequest) -> Principal:
    return request.auth


class SlotOut(Schema):
    id: int
    agenda_id: int
    start: dt.datetime
    end: dt.datetime
    mode: str
    location: str


class AgendaOut(Schema):
    id: int
    name: str
    kind: str = Field(description="counsellor (one person's agenda) or office (a VDAB office or team)")
    address: str


class AppointmentOut(Schema):
    id: int
    person_id: int
    kind: str
    kind_label: str
    mandatory: bool
    state: str
    state_label: str
    version: int
    deadline: dt.date | None
    agenda_id: int
    slot: SlotOut | None
    mode: str
    invited_at: dt.datetime
    link_expires_on: dt.date | None
    excuse_status: str
    proof_due_on: dt.date | None
    compliance_case_id: int | None
    booking_path: str | None = Field(None, description="the booking link (only for the invited citizen, while the invitation is open)")


def _slot(s: Slot | None) -> dict | None:
    if s is None:
        return None
    return {"id": s.pk, "agenda_id": s.agenda_id, "start": s.start, "end": s.end, "mode": s.mode, "location": s.location}


def _out(a: Appointment, principal: Principal) -> dict:
    own = perms.is_citizen(principal) and principal.user.person_id == a.person_id
    return {
        "id": a.pk, "person_id": a.person_id, "kind": a.kind, "kind_label": str(a.get_kind_display()), "mandatory": a.mandatory, "state": a.state,
        "state_label": a.state_label, "version": a.version, "deadline": a.deadline, "agenda_id": a.agenda_id, "slot": _slot(a.slot), "mode": a.mode,
        "invited_at": a.invited_at, "link_expires_on": a.link_expires_on, "excuse_status": a.excuse_status, "proof_due_on": a.proof_due_on,
        "compliance_case_id": a.compliance_case_id, "booking_path": uc.booking_path(a) if own and a.state in ("invited", "booked") else None,
    }


# --- agendas and slots -----------------------------------------------------------------------------------------------


@router.get("/agendas", response=list[AgendaOut], summary="The agendas the counsellor works in (own, team, office)")
def agendas(request: HttpRequest) -> list:
    return [{"id": a.pk, "name": a.name, "kind": "counsellor" if a.owner_id else "office", "address": a.address} for a in uc.agendas_for(_p(request))]


class SlotQuery(Schema):
    agenda: int | None = None
    start: dt.date | None = Field(None, description="from this day (default today)")
    days: int = Field(14, ge=1, le=92)
    free: bool = False


@router.get("/slots", response=list[SlotOut], summary="Slots of an agenda (counsellor, admin)")
def list_slots(request: HttpRequest, q: Query[SlotQuery]) -> list:
    from werkregie.core import clock

    uc.check_day(q.start, "start")
    agenda = uc._agenda(_p(request), q.agenda)
    first = dt.datetime.combine(q.start or clock.today(), dt.time(0), clock.BRUSSELS)
    last = first + dt.timedelta(days=q.days)
    if q.free:
        return [_slot(s) for s in uc.free_slots(agenda, after=first, before=last)]
    return [_slot(s) for s in Slot.objects.filter(agenda=agenda, withdrawn_at__isnull=True, start__gte=first, start__lt=last).order_by("start")]


class SeriesIn(Schema):
    agenda_id: int | None = None
    first_day: dt.date
    last_day: dt.date
    weekdays: list[int] = Field(description="0 = Monday … 6 = Sunday")
    start_time: dt.time
    end_time: dt.time
    minutes: int = 30
    mode: str = Field(description="in_person, phone or video")
    location: str = ""


@router.post("/slots/series", response={201: list[SlotOut]}, summary="Publish a series of slots (Belgian public holidays skipped)")
def publish(request: HttpRequest, payload: SeriesIn) -> Status:
    made = uc.publish_series(_p(request), uc.Series(**payload.dict()))
    return Status(201, [_slot(s) for s in made])


@router.delete("/slots/{slot_id}", response={204: None}, summary="Withdraw a free slot")
def withdraw(request: HttpRequest, slot_id: int) -> Status:
    uc.withdraw_slot(_p(request), slot_id)
    return Status(204, None)


@router.get("/agenda.ics", summary="The counsellor's agenda as iCalendar (text/calendar)")
def agenda_ics(request: HttpRequest, agenda: int | None = None) -> HttpResponse:
    return HttpResponse(ical.agenda_feed(_p(request), agenda), content_type="text/calendar; charset=utf-8")


# --- invitations and the counsellor's actions ------------------------------------------------------------------------


class AppointmentInviteIn(Schema):
    kind: str = Field(description="intake, screening, follow_up, agreement, evaluation, info_session")
    agenda_id: int | None = None
    note: str = Field("", max_length=1000)


@router.post("/persons/{person_id}/invitations", response={201: AppointmentOut}, summary="Invite a person (a booking link through the outbox)")
def invite(request: HttpRequest, person_id: int, payload: AppointmentInviteIn) -> Status:
    a = uc.invite(_p(request), person_id, payload.kind, agenda_id=payload.agenda_id, note=payload.note)
    return Status(201, _out(a, _p(request)))


@router.get("/persons/{person_id}", response=list[AppointmentOut], summary="A person's appointments (counsellor, admin, the person; logged)")
def person_list(request: HttpRequest, person_id: int) -> list:
    return [_out(a, _p(request)) for a in uc.person_appointments(_p(request), person_id)]


@router.get("/kpis", summary="No-show rate and days from invitation to appointment per office and municipality")
def kpis(request: HttpRequest, since: dt.date | None = None, until: dt.date | None = None) -> dict:
    return uc.kpis(_p(request), since, until)


@router.get("/me", summary="My appointments: open invitations with their booking links, upcoming, past, cancelled, proof to give")
def me(request: HttpRequest) -> dict:
    principal = _p(request)
    if not perms.is_citizen(principal):
        raise Forbidden(_("Enkel voor burgers."))
    o = uc.citizen_overview(principal)
    return {key: [_out(i.appointment, principal) for i in o[key]] for key in ("open", "upcoming", "past", "cancelled", "proof")}


@router.get("/{appointment_id}", response=AppointmentOut, summary="One appointment (logged)")
def detail(request: HttpRequest, appointment_id: int, response: HttpResponse) -> dict:
    return tagged(response, _out(uc.appointment_detail(_p(request), appointment_id)["a"], _p(request)))


@router.get("/{appointment_id}/history", summary="Every transition of one appointment")
def history(request: HttpRequest, appointment_id: int) -> list:
    a = uc.appointment_detail(_p(request), appointment_id)
    return [{"at": h.at, "transition": h.transition, "from": h.from_state, "to": h.to_state, "by": h.actor_label, "reason": log_reason(h)} for h in a["history"]]


@router.get("/{appointment_id}/ics", summary="One appointment as iCalendar (text/calendar)")
def appointment_ics(request: HttpRequest, appointment_id: int) -> HttpResponse:
    return HttpResponse(ical.appointment_file(_p(request), appointment_id), content_type="text/calendar; charset=utf-8")


class SlotIn(Schema):
    slot_id: int
    version: int | None = Field(None, description="the version you saw (409 when it changed); required here or as If-Match (428 without)")


@router.post("/{appointment_id}/booking", response=AppointmentOut, summary="Book or move on the person's behalf (counsellor)")
def book_for(request: HttpRequest, appointment_id: int, payload: SlotIn) -> dict:
    return _out(uc.book_for(_p(request), appointment_id, payload.slot_id, required_version(request, payload.version)), _p(request))


@router.post("/{appointment_id}/convocation", response=AppointmentOut, summary="Convoke to a fixed slot (a legal message)")
def convoke(request: HttpRequest, appointment_id: int, payload: SlotIn) -> dict:
    return _out(uc.convoke(_p(request), appointment_id, payload.slot_id, required_version(request, payload.version)), _p(request))


@router.post("/{appointment_id}/attendance", response=AppointmentOut, summary="Record attendance: attend, excuse (reason, optional proof) or no_show")
def attendance(request: HttpRequest, appointment_id: int, outcome: Form[str], reason: Form[str] = "", version: Form[int | None] = None,
               proof: File[UploadedFile] | None = None) -> dict:
    return _out(uc.record_attendance(_p(request), appointment_id, outcome, reason=reason, proof=proof, expected_version=required_version(request, version)), _p(request))


@router.post("/{appointment_id}/excuse", response=AppointmentOut, summary="Give the reason and the proof after a no-show (the person or the counsellor)")
def excuse(request: HttpRequest, appointment_id: int, reason: Form[str], proof: File[UploadedFile], version: Form[int | None] = None) -> dict:
    return _out(uc.submit_excuse(_p(request), appointment_id, reason, proof, required_version(request, version)), _p(request))


class ExcuseReviewIn(Schema):
    accept: bool
    reason: str = Field(max_length=2000)
    version: int | None = None


@router.post("/{appointment_id}/excuse/review", response=AppointmentOut, summary="Accept or refuse the excuse (counsellor)")
def review(request: HttpRequest, appointment_id: int, payload: ExcuseReviewIn) -> dict:
    return _out(uc.review_excuse(_p(request), appointment_id, payload.accept, payload.reason, required_version(request, payload.version)), _p(request))


class AppointmentReasonIn(Schema):
    reason: str = Field(max_length=2000)
    version: int | None = None


@router.post("/{appointment_id}/cancellation", response=AppointmentOut, summary="Cancel (counsellor; a reason is required)")
def cancel(request: HttpRequest, appointment_id: int, payload: AppointmentReasonIn) -> dict:
    return _out(uc.cancel(_p(request), appointment_id, payload.reason, required_version(request, payload.version)), _p(request))


class AppointmentVersionIn(Schema):
    version: int | None = None


@router.post("/{appointment_id}/unbooking", response=AppointmentOut, summary="The citizen gives the booked moment back (until the cut-off)")
def unbook(request: HttpRequest, appointment_id: int, payload: AppointmentVersionIn) -> dict:
    return _out(uc.unbook(_p(request), appointment_id, required_version(request, payload.version)), _p(request))


# --- the booking link ------------------------------------------------------------------------------------------------


class AppointmentBookingOut(Schema):
    appointment: AppointmentOut
    can_book: bool
    can_move: bool
    message: str
    slots: list[SlotOut]


@router.get("/booking/{token}", response=AppointmentBookingOut, summary="The invitation behind a booking link and its free slots (the invited citizen)")
def booking(request: HttpRequest, token: str, mode: str | None = None) -> dict:
    view = uc.booking_view(_p(request), token, mode)
    return {"appointment": _out(view.appointment, _p(request)), "can_book": view.can_book, "can_move": view.can_move, "message": view.message,
            "slots": [_slot(s) for s in view.slots]}


@router.post("/booking/{token}", response=AppointmentOut, summary="Book (or move to) a free slot with the link (the invited citizen)")
def book(request: HttpRequest, token: str, payload: SlotIn) -> dict:
    return _out(uc.book(_p(request), token, payload.slot_id, required_version(request, payload.version)), _p(request))
