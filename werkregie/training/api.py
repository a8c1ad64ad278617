"""API of training under /api/v1/training (the catalogue, a provider's bulk delivery, bookings) and
/api/v1/me/training-guide (the citizen's own guide). Errors are RFC 9457 problems (werkregie/api/problems.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from pydantic import Field

from werkregie.core.errors import FieldError, Forbidden, InvalidInput

from . import importer, relevance
from .models import Course
from .use_cases import catalogue
from .use_cases import guide as guide_cases

router = Router(tags=["training"])
me_router = Router(tags=["training"])


class SessionOut(Schema):
    id: int
    session_id: str
    start_date: dt.date
    end_date: dt.date | None
    places: int
    free_places: int


class CourseOut(Schema):
    id: int
    provider_id: int
    provider: str
    course_id: str
    title_nl: str
    title_fr: str
    title_en: str
    description: str
    skills: list[str]
    eqf_level: int | None
    hours: int
    cost: Decimal
    modality: str
    municipality: str | None
    financing: list[str]
    active: bool
    sessions: list[SessionOut]


class CourseImportReportOut(Schema):
    records: int
    created: int
    updated: int
    unchanged: int
    deactivated: int
    rejected: int
    written: bool
    errors: list[dict]
    cancelled_bookings: list[dict] = Field(default_factory=list, description="live bookings this delivery cancelled (with "
                                           "confirm_cancellations): booking, course_id, session_id, reason (session_withdrawn, "
                                           "course_withdrawn, places_cut); each person was sent a message and refunded")
    capped_free_places: list[dict] = Field(default_factory=list, description="sessions whose delivered free places exceeded the places "
                                           "left after the platform's bookings: course_id, session_id, delivered_free_places, free_places, bookings")


class GapOut(Schema):
    uri: str
    label: str
    open_vacancies: int


class ImpliedOut(Schema):
    uri: str
    label: str
    open_vacancies: int
    occupation: str = Field(description="ESCO URI of the occupation the person worked in, which implies this skill")
    occupation_label: str
    years: float
    confirmed: bool = Field(False, description="always false: implied by experience, not a confirmed competence; confirm it through "
                                               "EVC or a competence visa")


class ProposalBookingOut(Schema):
    id: int
    session_id: int
    start_date: dt.date
    state: str
    version: int
    amount: Decimal = Field(description="reserved on the learning account for this booking")


class UncoveredOut(Schema):
    uri: str
    label: str
    open_vacancies: int
    reason_code: str = Field(description="off_target: only courses of other occupations teach it (left out of the plan, offered as "
                                         "optional courses: see off_target_courses); far_generic: a generic skill only far courses of "
                                         "other occupations teach (left out, see off_target_courses); in_passing: only courses of other "
                                         "occupations name it, each among many other skills (less than min_gap_share of what they teach "
                                         "stands for it): none offered; not_taught: no active course teaches it")
    reason: str
    off_target_courses: list[int] = Field(description="ids of (at most three of) the left-out courses that teach it, offered as optional courses")
    off_target_bookings: list[ProposalBookingOut] = Field(description="the person's live bookings of those courses (cancel them; do not book again)")


class ProposalOut(Schema):
    course: CourseOut
    closes: list[GapOut]
    reason: str
    next_session: SessionOut | None
    distance_km: float | None
    weight: float
    booking: ProposalBookingOut | None = Field(None, description="the person's live booking of this course (cancel it; do not book again)")


class SourceOut(Schema):
    parameter: str = Field(description="the dated parameter of the rules package (werkregie/rules/parameters)")
    value: Any
    on: dt.date
    references: list[dict]


class RightOut(Schema):
    code: str = Field(description="learning_account, cheques (opleidingscheques) or vov (Vlaams opleidingsverlof)")
    period: str = Field(description="calendar year (cheques, account) or school year 2026-2027 (vov)")
    applies: bool
    not_needed: bool = Field(False, description="the plan costs nothing, so the right is not needed (neither used nor refused)")
    amount: Decimal = Field(description="euros: what the account pays, or the government's part of the cheques")
    own_share: Decimal = Field(description="cheques: what the person pays for them")
    hours: Decimal = Field(description="vov: hours of paid training leave")
    explanation: str
    courses: list[int]
    sources: list[SourceOut]


class RightsOut(Schema):
    rights: list[RightOut]
    assumptions: list[str]
    to_pay: Decimal = Field(description="what the person still pays after the account and the government's part of the cheques")


class GuideOut(Schema):
    person_id: int
    occupation: str
    occupation_label: str
    bottleneck: bool
    vacancies: int | None = Field(description="open vacancies for the occupation in the person's province; null when fewer than the small-cell threshold")
    job_seekers: int | None = Field(description="job seekers for it in the person's province; null when fewer than the small-cell threshold")
    on_vdab_list: list[int]
    gaps: list[GapOut] = Field(description="the essential skills the person lacks and their experience does not imply: what the plan closes")
    implied_by_experience: list[ImpliedOut] = Field(description="essential skills the person's experience of at least "
                                                                "min_experience_years implies: not gaps, not confirmed either")
    min_experience_years: float
    proposals: list[ProposalOut]
    uncovered: list[GapOut]
    uncovered_reasons: list[UncoveredOut]
    min_course_relevance: float = Field(description="the share of a course's skills that must belong to the occupation for it to be proposed")
    min_gap_share: float = Field(description="the share of a course's skills that must be an open gap's skill, a narrower one or one close in "
                                             "meaning, for a course of another occupation to be offered as an optional course for that gap")
    off_target_courses: int = Field(description="courses that teach a gap but were left out as courses of other occupations")
    method: str = Field(description="exact (branch and bound) or greedy (within `bound` times the optimum)")
    bound: float
    total_cost: Decimal
    total_hours: int
    rights: RightsOut | None = Field(None, description="the person's opleidingscheques, training leave and learning account for this plan")


class GuideQuery(Schema):
    occupation: str = Field("", max_length=200, description="ESCO occupation URI (required; checked after who is asking)")
    lang: str = Field("nl", pattern="^(nl|fr|en)$")
    work_fraction: str = Field("", max_length=10, description="work fraction for the training leave: 1, 0.8, 0.75, 0.5 or 0.4 (default: full time)")
    employer_sector: str = Field("", max_length=10, description="the employer's sector for the training leave: prive or openbaar "
                                 "(default: private, said as an assumption; the register does not know the employer)")


class DeliverQuery(Schema):
    skip_invalid: bool = Field(False, description="write the valid records and report the others (default: all or nothing)")
    confirm_deactivation: bool = Field(False, description="required when the delivery would take more than half of the active courses "
                                                          "out of the catalogue (an empty list takes out all)")
    confirm_cancellations: bool = Field(False, description="required when the delivery takes away live bookings: a booked course or "
                                        "session no longer listed, or a session's places below its bookings (the last ones made go). "
                                        "The bookings are then cancelled, the learning account refunded and each person told")


def course_out(c: Course, sessions: list | None = None) -> dict:
    return {"id": c.pk, "provider_id": c.provider_id, "provider": c.provider.name, "course_id": c.course_id, "title_nl": c.title_nl,
            "title_fr": c.title_fr, "title_en": c.title_en, "description": c.description, "skills": c.skill_uris, "eqf_level": c.eqf_level, "hours": c.hours,
            "cost": c.cost, "modality": c.modality, "municipality": c.municipality_id, "financing": c.financing(), "active": c.active,
            "sessions": sessions if sessions is not None else list(c.sessions.all())}


def _gap(g) -> dict:  # noqa: ANN001 - a matching Gap
    return {"uri": g.uri, "label": g.label, "open_vacancies": g.open_vacancies}


def guide_out(view: guide_cases.GuideView) -> dict:
    t = view.target
    return {
        "person_id": view.person.pk, "occupation": view.occupation_uri, "occupation_label": view.occupation_label,
        "bottleneck": bool(t and t.bottleneck), "vacancies": t.published("vacancies") if t else 0,
        "job_seekers": t.published("seekers") if t else 0,
        "on_vdab_list": sorted({x.year for x in t.listed}) if t else [], "gaps": [_gap(g) for g in view.gaps],
        "proposals": [{"course": course_out(p.course, [p.next_session] if p.next_session else []), "closes": [_gap(g) for g in p.closes],
                       "reason": p.reason, "next_session": p.next_session, "distance_km": p.distance_km, "weight": p.weight,
                       "booking": _booked(p.booking)}
                      for p in view.proposals],
        "implied_by_experience": [{**_gap(i.gap), "occupation": i.occupation_uri, "occupation_label": i.occupation_label, "years": i.years,
                                   "confirmed": False} for i in view.implied],
        "min_experience_years": relevance.MIN_EXPERIENCE_YEARS, "min_course_relevance": relevance.MIN_COURSE_RELEVANCE,
        "min_gap_share": relevance.MIN_GAP_SHARE, "off_target_courses": view.off_target_courses,
        "uncovered_reasons": [{**_gap(u.gap), "reason_code": u.code, "reason": u.reason, "off_target_courses": [c.pk for c in u.courses],
                               "off_target_bookings": [_booked(b) for _c, b in u.listed if b is not None]} for u in view.uncovered_why],
        "uncovered": [_gap(g) for g in view.uncovered], "method": view.method, "bound": round(view.bound, 4),
        "total_cost": view.total_cost, "total_hours": view.total_hours, "rights": _rights(view.rights),
    }


def _booked(b) -> dict | None:  # noqa: ANN001 - a Booking or None
    if b is None:
        return None
    return {"id": b.pk, "session_id": b.session_id, "start_date": b.session.start_date, "state": b.state, "version": b.version, "amount": b.amount}


def _rights(found) -> dict | None:  # noqa: ANN001 - training.rights.Rights
    if found is None:
        return None
    return {"rights": [{"code": r.code, "period": r.period, "applies": r.applies, "not_needed": r.not_needed, "amount": r.amount, "own_share": r.own_share, "hours": r.hours,
                        "explanation": r.explanation, "courses": r.courses,
                        "sources": [{"parameter": s.key, "value": s.value, "on": s.on, "references": s.references} for s in r.sources]}
                       for r in found.rights],
            "assumptions": found.assumptions, "to_pay": found.to_pay}


@router.put("/providers/{int:provider_id}/courses", response=CourseImportReportOut,
            summary="Deliver a provider's whole catalogue (idempotent by course id; all or nothing unless skip_invalid)")
def deliver(request: HttpRequest, provider_id: int, payload: list[dict[str, Any]], query: Query[DeliverQuery]) -> dict:
    report = catalogue.deliver(request.auth, provider_id, payload, replace=True, skip_invalid=query.skip_invalid,
                               confirm_deactivation=query.confirm_deactivation, confirm_cancellations=query.confirm_cancellations)
    if report.rejected and not query.skip_invalid:
        raise InvalidInput(importer.rejected_summary(report),
                           [FieldError(f"{where}.{e.field}", e.message) for where, e in report.errors[:200]])
    return report.as_dict()


@router.get("/providers/{int:provider_id}/courses", response=list[CourseOut], summary="A provider's catalogue (active courses)")
def provider_courses(request: HttpRequest, provider_id: int) -> list:
    catalogue.provider(provider_id)
    return [course_out(c) for c in catalogue.courses_of(provider_id)]


@router.get("/courses/{int:course_id}", response=CourseOut, summary="One course with its sessions")
def course(request: HttpRequest, course_id: int) -> dict:
    return course_out(catalogue.course(course_id))


@router.get("/persons/{int:person_id}/guide", response=GuideOut, summary="The training guide for a person (who guides them); logged")
def person_guide(request: HttpRequest, person_id: int, query: Query[GuideQuery]) -> dict:
    return guide_out(guide_cases.guide(request.auth, person_id, query.occupation, query.lang, query.work_fraction, query.employer_sector))


@me_router.get("/training-guide", response=GuideOut, summary="My training guide towards a target occupation")
def my_guide(request: HttpRequest, query: Query[GuideQuery]) -> dict:
    person_id = request.auth.user.person_id
    if not person_id:
        raise Forbidden(_("Aan uw account is nog geen dossier in het talentregister gekoppeld."))
    return guide_out(guide_cases.guide(request.auth, person_id, query.occupation, query.lang, query.work_fraction, query.employer_sector))


# --------------------------------------------------------------------------- bookings

ACCEPTED = ("what the person accepts, as the quote (GET …/bookings/quote) states it: a decimal with a point, e.g. \"3540.00\". "
            "Absent or no longer the current quote: 409 with the current quote in the problem's `quote`; nothing is booked")


class BookIn(Schema):
    person_id: int | None = Field(None, description="for a counsellor booking for a person; a citizen books for themself")
    accepted_account_amount: Decimal | None = Field(None, ge=0, max_digits=12, decimal_places=2,
                                                    description="paid from the learning and career account: " + ACCEPTED)
    accepted_own_payment: Decimal | None = Field(None, ge=0, max_digits=12, decimal_places=2,
                                                 description="paid by the person themselves: " + ACCEPTED)


class QuoteQuery(Schema):
    person_id: int | None = Field(None, description="for a counsellor booking for a person; a citizen asks for themself")


class QuoteCheques(Schema):
    applies: bool = Field(description="whether the person may buy opleidingscheques (the rules package: opleidingscheques_recht)")
    value: Decimal = Field(description="the value of the cheques bought for what is left to pay after the account")
    own_share: Decimal = Field(description="what the person pays for those cheques")
    government_share: Decimal = Field(description="what the Flemish government adds")
    own_payment_after_cheques: Decimal = Field(description="what the person pays in the end: own_payment less the government's share")
    explanation: str


class QuoteOut(Schema):
    session_id: int
    price: Decimal = Field(description="the course's price")
    balance: Decimal = Field(description="the learning and career account's balance now")
    account_amount: Decimal = Field(description="what the account pays (send it back as accepted_account_amount)")
    own_payment: Decimal = Field(description="what the person pays themselves (send it back as accepted_own_payment)")
    remaining: Decimal = Field(description="what remains on the account after the booking")
    cheques: QuoteCheques | None = Field(None, description="for a course payable with opleidingscheques and something left to pay: the "
                                                               "rules' answer (null otherwise)")


class CancelIn(Schema):
    # checked by the use case after the access check (a body without reason answered 422 to anyone: re-walk of issue 13)
    reason: str | None = Field(None, description="why (5 to 500 characters)")
    version: int | None = None


class BookingOut(Schema):
    id: int
    person_id: int
    course_id: int
    session_id: int
    state: str
    version: int
    amount: Decimal
    reservation_id: str
    step_id: int | None
    credential_id: str
    price: Decimal = Field(description="the course's price")
    account_amount: Decimal = Field(description="paid from the learning and career account (the same as amount)")
    own_payment: Decimal = Field(description="what the person pays themselves")


def booking_out(b) -> dict:  # noqa: ANN001 - a Booking
    return {"id": b.pk, "person_id": b.person_id, "course_id": b.course_id, "session_id": b.session_id, "state": b.state, "version": b.version,
            "amount": b.amount, "reservation_id": b.reservation_id, "step_id": b.step_id, "credential_id": b.credential_id,
            "price": b.course.cost, "account_amount": b.amount, "own_payment": b.course.cost - b.amount}


@router.get("/sessions/{int:session_id}/bookings/quote", response=QuoteOut,
            summary="What booking the session costs: the price, what the learning account pays and what the person pays (show it first); "
                    "409 with existing_id (the booking) when the person already booked this course")
def quote(request: HttpRequest, session_id: int, query: Query[QuoteQuery]) -> dict:
    from .use_cases import booking

    return booking.quote(request.auth, session_id, query.person_id).as_dict()


@router.post("/sessions/{int:session_id}/bookings", response={201: BookingOut},
             summary="Book a place in a session, accepting its quote (reserves the learning-account budget; a training step when a trajectory runs)")
def book(request: HttpRequest, session_id: int, payload: BookIn) -> Status:
    from .use_cases import booking

    accepted = None
    if payload.accepted_account_amount is not None and payload.accepted_own_payment is not None:
        accepted = booking.Acceptance(payload.accepted_account_amount, payload.accepted_own_payment)
    return Status(201, booking_out(booking.book(request.auth, session_id, payload.person_id, accepted=accepted)))


@router.post("/bookings/{int:booking_id}/cancel", response=BookingOut, summary="Cancel a booking (the budget is released)")
def cancel(request: HttpRequest, booking_id: int, payload: CancelIn) -> dict:
    from werkregie.api.preconditions import required_version

    from .use_cases import booking

    return booking_out(booking.cancel(request.auth, booking_id, payload.reason, required_version(request, payload.version)))


@router.post("/bookings/{int:booking_id}/complete", response=BookingOut,
             summary="Confirm that the person followed the course (the provider or VDAB): budget spent, credential issued")
def complete(request: HttpRequest, booking_id: int) -> dict:
    from .use_cases import booking

    return booking_out(booking.complete(request.auth, booking_id))


@router.get("/providers/{int:provider_id}/bookings", response=list[BookingOut], summary="Open bookings of the provider's sessions (the provider)")
def provider_bookings(request: HttpRequest, provider_id: int) -> list:
    from .use_cases import booking

    return [booking_out(b) for b in booking.bookings_for_provider(request.auth, provider_id)]


@me_router.get("/training-bookings", response=list[BookingOut], summary="My training bookings")
def my_bookings(request: HttpRequest) -> list:
    from .use_cases import booking

    return [booking_out(b) for b in booking.bookings_of(request.auth)]
