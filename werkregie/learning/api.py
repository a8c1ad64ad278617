"""/api/v1/me/learning-account and /api/v1/persons/{id}/learning-account: the learning and career account with its
statement (euros and, apart, hours of Vlaams opleidingsverlof). The citizen sees their own; a counsellor the persons
of their caseload; an admin anyone. Every read is logged (use_cases.overview_for)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from . import use_cases

me_router = Router(tags=["learning"])
persons_router = Router(tags=["learning"])


class LineOut(Schema):
    seq: int
    date: dt.date
    kind: str
    label: str
    reference: str
    amount: Decimal = Field(description="+ in, - out")
    balance: Decimal = Field(description="the balance after this posting")
    expires_on: dt.date | None = Field(None, description="for credit in: the last day it can be used")
    reservation_state: str = Field("", description="for a reservation: open, spent or released")


class ExpiryOut(Schema):
    date: dt.date
    amount: Decimal


class ReservationOut(Schema):
    id: int
    key: str
    reference: str
    unit: str
    amount: Decimal
    created_at: dt.datetime


class AccountOut(Schema):
    person_id: int
    currency: str = "EUR"
    balance: Decimal = Field(description="available euros")
    reserved: Decimal = Field(description="euros set aside for booked trainings")
    vouchers_this_year: Decimal = Field(description="opleidingscheques bought this calendar year (value)")
    vouchers_maximum: Decimal = Field(description="the yearly maximum of opleidingscheques (rules: opleiding.cheques_maximum)")
    next_expiry: ExpiryOut | None
    training_leave_hours: Decimal = Field(description="hours of Vlaams opleidingsverlof available (a right in hours, never euros)")
    training_leave_reserved_hours: Decimal
    training_leave_expiry: ExpiryOut | None
    statement: list[LineOut]
    training_leave_statement: list[LineOut]
    open_reservations: list[ReservationOut]


def _line(line: use_cases.StatementLine) -> dict:
    return {"seq": line.seq, "date": line.on, "kind": line.kind, "label": line.label, "reference": line.reference, "amount": line.amount,
            "balance": line.balance, "expires_on": line.expires_on, "reservation_state": line.reservation_state}


def _expiry(found) -> dict | None:  # noqa: ANN001
    return {"date": found[0], "amount": found[1]} if found else None


def account_out(o: use_cases.Overview) -> dict:
    return {
        "person_id": o.person_id, "balance": o.balance, "reserved": o.reserved, "vouchers_this_year": o.vouchers_this_year,
        "vouchers_maximum": o.vouchers_maximum, "next_expiry": _expiry(o.next_expiry), "training_leave_hours": o.hours,
        "training_leave_reserved_hours": o.hours_reserved, "training_leave_expiry": _expiry(o.hours_expiry),
        "statement": [_line(x) for x in o.lines], "training_leave_statement": [_line(x) for x in o.hour_lines],
        "open_reservations": [{"id": r.pk, "key": r.key, "reference": r.reference, "unit": r.unit, "amount": r.amount, "created_at": r.created_at}
                              for r in o.open_reservations],
    }


@me_router.get("/learning-account", response=AccountOut, summary="My learning and career account with its statement (logged)")
def mine(request: HttpRequest) -> dict:
    return account_out(use_cases.overview_for(request.auth, request.auth.user.person_id))


@persons_router.get("/{person_id}/learning-account", response=AccountOut,
                    summary="A person's learning and career account with its statement (counsellor for their caseload, admin; logged)")
def of_person(request: HttpRequest, person_id: int) -> dict:
    return account_out(use_cases.overview_for(request.auth, person_id))
