"""Reading messages: the citizen's inbox (opening a message records the first opening), a person's messages for the
counsellor, the evidence PDF, and the persons who need digital support. Every read is logged once."""

from __future__ import annotations

import copy
import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.accounts.throttle import user_budget_wait
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound, TooManyRequests
from werkregie.people import perms as people_perms
from werkregie.workflows.services import Who

from . import digital, evidence, outbox, perms
from .models import Message, StoredEvidence

PAGE_SIZE = 25


@dataclass
class MessagePage:
    items: list[Message]
    page: int
    pages: int
    total: int
    person_id: int
    support_reason: str | None = None


def _not_found() -> NotFound:
    return NotFound(_("Geen bericht met dit nummer binnen uw toegang."))


def _purpose(principal: Principal, person_id: int) -> Purpose:
    allowed = people_perms.purposes_for(principal, person_id)
    for preferred in (Purpose.OWN_DATA, Purpose.GUIDANCE, Purpose.ADMINISTRATION):
        if preferred in allowed:
            return preferred
    raise Forbidden(_("Uw rol geeft geen toegang tot deze berichten."))


def _withheld(msg: Message) -> Message:
    """A copy of a control-service letter as a counsellor may see it: that it was sent, when, by which channel and in
    which state, not what it says. `content_withheld` tells the page and the API to offer no body, PDF or evidence."""
    shown = copy.copy(msg)
    shown.subject = str(_("Brief van de controledienst (inhoud enkel voor de controledienst)"))
    shown.template_key = perms.CONTROL_TEMPLATE_PREFIX.rstrip(".")
    shown.body = shown.sha256 = shown.deemed_rule = shown.receipt = shown.address = shown.letter_sha256 = ""
    shown.content_withheld = True
    return shown


def _as_seen_by(principal: Principal, msg: Message) -> Message:
    return msg if perms.can_read_content(principal, msg) else _withheld(msg)


def _page(principal: Principal, person_id: int, page: int, page_size: int, what: str) -> MessagePage:
    qs = Message.objects.filter(person_id=person_id).order_by("-created_at", "-id")
    paginator = Paginator(qs, max(1, min(int(page_size or PAGE_SIZE), 100)))
    current = paginator.get_page(page)
    record_access(principal.actor(), [person_id], what, _purpose(principal, person_id), principal.channel)
    return MessagePage([_as_seen_by(principal, m) for m in current.object_list], current.number, paginator.num_pages, paginator.count, person_id)


def my_messages(principal: Principal, page: int = 1, page_size: int = PAGE_SIZE) -> MessagePage:
    if not perms.can_see_own(principal):
        raise Forbidden(_("Alleen een burger met een dossier heeft een berichtenbox."))
    return _page(principal, principal.user.person_id, page, page_size, "berichten: onderwerp, kanaal, data, toestand")


def person_messages(principal: Principal, person_id: int, page: int = 1, page_size: int = PAGE_SIZE) -> MessagePage:
    if not perms.can_see_person_messages(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    result = _page(principal, person_id, page, page_size, "berichten van de persoon: onderwerp, kanaal, data, toestand, afleveringspogingen")
    result.support_reason = digital.digital_support_reason(person_id)
    return result


def _message(principal: Principal, message_id: int, own_only: bool = False) -> Message:
    msg = Message.objects.select_related("person").filter(pk=message_id).first()
    if msg is None:
        raise _not_found()
    own = perms.can_see_own(principal) and principal.user.person_id == msg.person_id
    if not own and (own_only or not perms.can_see_person_messages(principal, msg.person_id)):
        raise _not_found()
    return msg


def open_message(principal: Principal, message_id: int, own_only: bool = False) -> Message:
    """Show one message. When the addressee opens it, the first opening is recorded (a counsellor's look is not an opening)."""
    msg = _message(principal, message_id, own_only)
    if perms.can_see_own(principal) and principal.user.person_id == msg.person_id:
        msg = outbox.record_opening(msg, Who.of(principal))
    if not perms.can_read_content(principal, msg):
        record_access(principal.actor(), [msg.person_id], f"bericht {msg.pk}: kanaal, data, toestand (brief van de controledienst)",
                      _purpose(principal, msg.person_id), principal.channel)
        return _withheld(msg)
    record_access(principal.actor(), [msg.person_id], f"bericht {msg.pk}: volledige inhoud", _purpose(principal, msg.person_id), principal.channel)
    return msg


def _evidence_basis(msg: Message) -> str:
    """What the evidence PDF shows that can still change: a new delivery, opening or attempt makes a new PDF."""
    return f"v{msg.version}:{msg.state}:{msg.attempts}"


def _stored_or_new_pdf(principal: Principal, msg: Message) -> bytes:
    """The message's stored evidence PDF while the message is as it was when it was built; else a new one (seconds:
    sealing and an RFC 3161 timestamp), at most WERKREGIE_EVIDENCE_RATE per user, stored with its SHA-256."""
    basis = _evidence_basis(msg)
    stored = StoredEvidence.objects.filter(message=msg).first()
    if stored is not None and stored.basis == basis and hashlib.sha256(bytes(stored.pdf)).hexdigest() == stored.sha256:
        return bytes(stored.pdf)
    wait = user_budget_wait("message-evidence", principal.user.pk, settings.WERKREGIE_EVIDENCE_RATE)
    if wait is not None:
        raise TooManyRequests(_("U vroeg te veel nieuwe bewijzen aan; probeer opnieuw over %(seconds)s seconden.") % {"seconds": wait}, wait)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = (evidence.build(msg, Path(tmp)) / "evidence.pdf").read_bytes()
    StoredEvidence.objects.update_or_create(message=msg, defaults={"basis": basis, "pdf": pdf, "sha256": hashlib.sha256(pdf).hexdigest(),
                                                                   "built_at": clock.now()})
    return pdf


def evidence_pdf(principal: Principal, message_id: int, own_only: bool = False) -> tuple[Message, bytes]:
    """The sealed, timestamped evidence PDF of a message, with the times as they stood when it was built."""
    msg = _message(principal, message_id, own_only)
    if not perms.can_read_content(principal, msg):
        raise Forbidden(_("De inhoud van een brief van de controledienst is enkel voor de controledienst."))
    pdf = _stored_or_new_pdf(principal, msg)
    record_access(principal.actor(), [msg.person_id], f"bericht {msg.pk}: bewijs (PDF)", _purpose(principal, msg.person_id), principal.channel)
    return msg, pdf


def evidence_pdf_for_file(principal: Principal, msg: Message, purpose: Purpose, what: str) -> bytes:
    """The evidence PDF of a message that another domain's file holds, for a reader whom that domain allowed (the
    control service proves its letters and the invitation a case is about, attack of stop 27); logged with that
    domain's purpose."""
    pdf = _stored_or_new_pdf(principal, msg)
    record_access(principal.actor(), [msg.person_id], what, purpose, principal.channel)
    return pdf


def digital_support(principal: Principal, limit: int = 200) -> list[dict]:
    """The persons within reach who need help with digital communication (weak skills or bounced messages)."""
    if not perms.can_see_digital_support(principal):
        raise Forbidden(_("Uw rol heeft geen toegang tot deze lijst."))
    rows = digital.flagged(limit=limit, persons=people_perms.visible_persons(principal))
    if rows:
        record_access(principal.actor(), [r["person_id"] for r in rows], "digitale ondersteuning: naam, reden", Purpose.GUIDANCE
                      if principal.role != "admin" else Purpose.ADMINISTRATION, principal.channel)
    return rows


REPORT_CHANNELS = ("email", "sms", "ebox", "registered", "paper")
REPORT_MAX_BYTES = 1024 * 1024


def take_in_report(principal: Principal, channel: str, payload: bytes) -> dict:
    """Take in one delivery report of a channel (the same intake as `werkregie messages report`): a bounce fails the
    message, sends it on paper, puts a task on the worklist and flags the person. A report that matches no message
    changes nothing (`message` None). Logged for the person whose message it was."""
    from . import reports

    if not perms.can_take_in_reports(principal):
        raise Forbidden(_("Enkel een beheerder leest afleverrapporten in."))
    errors = []
    if channel not in REPORT_CHANNELS:
        errors.append(FieldError("channel", _("Kies een kanaal: %(channels)s.") % {"channels": ", ".join(REPORT_CHANNELS)}))
    if not (payload or b"").strip():
        errors.append(FieldError("report", _("Het rapport is leeg.")))
    elif len(payload) > REPORT_MAX_BYTES:
        errors.append(FieldError("report", _("Het rapport is groter dan 1 MB.")))
    if errors:
        raise InvalidInput(errors[0].message, errors)
    try:
        result = reports.intake(channel, payload)
    except reports.ReportError as exc:
        text = _("Dit is geen afleverrapport van dit kanaal (%(why)s).") % {"why": str(exc)}
        raise InvalidInput(text, [FieldError("report", text)]) from None
    if result["message"] is not None:
        person_id = Message.objects.filter(pk=result["message"]).values_list("person_id", flat=True).first()
        record_access(principal.actor(), [person_id], f"bericht {result['message']}: afleverrapport ingelezen (kanaal, toestand)",
                      Purpose.ADMINISTRATION, principal.channel)
    return result
