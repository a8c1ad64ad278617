"""/api/v1/messages: the citizen's inbox, a person's messages for the counsellor, evidence PDFs, digital support."""

from __future__ import annotations

import datetime

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Schema
from pydantic import Field

from werkregie.api.docs import file_download

from . import use_cases
from .models import Message

router = Router(tags=["messaging"])


class MessageOut(Schema):
    id: int
    template: str = Field(description="the template key")
    subject: str
    language: str
    legal: bool = Field(description="a message with legal effect (convocation, hearing, decision)")
    channel: str = Field(description="inbox, email, sms, ebox, registered or paper")
    first_channel: str = Field(description="the channel first chosen (differs after a fallback to paper)")
    state: str
    sha256: str = Field(description="SHA-256 of the exact content: subject, empty line, body (UTF-8)")
    related_workflow: str
    related_id: int | None
    created_at: datetime.datetime
    dispatched_at: datetime.datetime | None
    delivered_at: datetime.datetime | None
    deemed_notified_on: datetime.date | None = Field(description="deemed moment of notification; starts the legal terms that depend on it")
    first_opened_at: datetime.datetime | None
    attempts: int
    content_withheld: bool = Field(False, description="a letter of the control service shown to a counsellor: only that it was sent, "
                                   "when, by which channel and in which state (no subject, body, fingerprint or evidence)")


class MessageDetailOut(MessageOut):
    body: str
    deemed_rule: str
    receipt: str


class MessagePageOut(Schema):
    person_id: int
    page: int
    pages: int
    total: int
    items: list[MessageOut]
    digital_support: str | None = Field(None, description="why this person needs help with digital communication (counsellor view)")


class PageQuery(Schema):
    page: int = Field(1, ge=1)
    page_size: int = Field(25, ge=1, le=100)


class DeliveryReportOut(Schema):
    reference: str = Field(description="the message's receipt the report names (Message-ID, provider id, MAGDA id, tracking number)")
    outcome: str = Field(description="delivered, bounced or temporary (a delay: nothing changes)")
    message: int | None = Field(description="the message it matched; null when it matches none (nothing changes)")
    applied: bool = Field(description="whether the report changed the message (a bounce: failed, sent again on paper, a task)")
    state: str | None = None
    channel: str | None = None


class SupportOut(Schema):
    person_id: int
    name: str
    reason: str | None


def out(m: Message, detail: bool = False) -> dict:
    d = {"id": m.pk, "template": m.template_key, "subject": m.subject, "language": m.language, "legal": m.legal, "channel": m.channel,
         "first_channel": m.first_channel, "state": m.state, "sha256": m.sha256, "related_workflow": m.related_workflow, "related_id": m.related_id,
         "created_at": m.created_at, "dispatched_at": m.dispatched_at, "delivered_at": m.delivered_at, "deemed_notified_on": m.deemed_notified_on,
         "first_opened_at": m.first_opened_at, "attempts": m.attempts, "content_withheld": getattr(m, "content_withheld", False)}
    if detail:
        d.update(body=m.body, deemed_rule=m.deemed_rule, receipt=m.receipt)
    return d


def page_out(p: use_cases.MessagePage) -> dict:
    return {"person_id": p.person_id, "page": p.page, "pages": p.pages, "total": p.total, "items": [out(m) for m in p.items],
            "digital_support": p.support_reason}


def _pdf(msg: Message, pdf: bytes) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="bewijs-bericht-{msg.pk}.pdf"'
    return response


@router.get("/me", response=MessagePageOut, summary="My messages, newest first")
def my_messages(request: HttpRequest, q: Query[PageQuery]) -> dict:
    return page_out(use_cases.my_messages(request.auth, q.page, q.page_size))


@router.get("/me/{message_id}", response=MessageDetailOut, summary="One of my messages in full (records my first opening)")
def my_message(request: HttpRequest, message_id: int) -> dict:
    return out(use_cases.open_message(request.auth, message_id, own_only=True), detail=True)


@router.get("/me/{message_id}/evidence", summary="The sealed, timestamped evidence PDF of one of my messages",
            openapi_extra=file_download("the sealed PDF", "application/pdf"))
def my_evidence(request: HttpRequest, message_id: int) -> HttpResponse:
    return _pdf(*use_cases.evidence_pdf(request.auth, message_id, own_only=True))


@router.get("/persons/{person_id}", response=MessagePageOut, summary="A person's messages (counsellor, admin; logged)")
def person_messages(request: HttpRequest, person_id: int, q: Query[PageQuery]) -> dict:
    return page_out(use_cases.person_messages(request.auth, person_id, q.page, q.page_size))


@router.get("/digital-support", response=list[SupportOut], summary="Persons within reach who need help with digital communication")
def digital_support(request: HttpRequest) -> list[dict]:
    return use_cases.digital_support(request.auth)


REPORT_BODY = {"requestBody": {"required": True, "description": "the channel's report as it sent it: an RFC 3464 DSN (e-mail), the SMS "
                               "provider's JSON report, MAGDA's StatusBericht XML (ebox), the print partner's JSON event (registered, paper)",
                               "content": {t: {"schema": {"type": "string"}} for t in ("message/rfc822", "application/json", "application/xml",
                                                                                       "text/plain")}}}


@router.post("/reports/{channel}", response=DeliveryReportOut, openapi_extra=REPORT_BODY,
             summary="Take in a channel's delivery report (admin): a bounce goes to paper, with a worklist task and a flag")
def take_in_report(request: HttpRequest, channel: str) -> dict:
    return use_cases.take_in_report(request.auth, channel, request.body)


@router.get("/{message_id}", response=MessageDetailOut, summary="One message in full (the addressee, or a counsellor/admin within access; logged)")
def message(request: HttpRequest, message_id: int) -> dict:
    return out(use_cases.open_message(request.auth, message_id), detail=True)


@router.get("/{message_id}/evidence", summary="The sealed, timestamped evidence PDF of a message",
            openapi_extra=file_download("the sealed PDF", "application/pdf"))
def message_evidence(request: HttpRequest, message_id: int) -> HttpResponse:
    return _pdf(*use_cases.evidence_pdf(request.auth, message_id))
