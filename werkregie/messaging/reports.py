"""Delivery reports: what a channel tells later about a message it accepted — delivered, or bounced (an e-mail's
non-delivery report, an SMS the operator could not deliver, an eBox message MAGDA could not place, a registered letter
returned to the print partner). Each channel has its own format, parsed here into one `DeliveryReport`:

* e-mail: an RFC 3464 delivery status notification (multipart/report; report-type=delivery-status) from the mail
  server, matched by the original Message-ID (the e-mail's receipt);
* sms: the provider's delivery report (JSON: {"id", "status": DELIVERED|UNDELIVERABLE|EXPIRED|REJECTED|BUFFERED,
  "error_code"}), matched by the provider's id;
* eBox: the MAGDA Documentendienst status message (XML `StatusBericht` with `BerichtId`, `Status`
  AFGELEVERD|NIET_AFGELEVERD|GEWEIGERD and `Reden`), matched by MAGDA's message id;
* registered/paper: the print partner's tracking event (JSON: {"id", "tracking", "event":
  posted|delivered|returned|not_collected, "reason"}), matched by the tracking number (or the partner's id).

`intake(channel, payload)` applies a report to the outbox: a bounce fails the message, flags the person as needing
digital support (messaging/digital.py counts messages that went from a digital channel to paper), puts a
"message_bounced" task on the worklist and sends the message again on paper (registered when it has legal effect);
a delivery confirms a dispatched message. A report that matches no message, or a message in a state it no longer
applies to, changes nothing. Reports come in through `werkregie messages report CHANNEL FILE` (the partner's
feed: a mailbox for DSNs, a webhook spool for the others) — the same function a webhook view would call."""

from __future__ import annotations

import email
import email.policy
import json
from dataclasses import dataclass
from xml.etree import ElementTree

from django.utils.translation import gettext as _

from .enums import Channel

DELIVERED, BOUNCED, TEMPORARY = "delivered", "bounced", "temporary"
MAGDA_NS = "http://magda.vlaanderen.be/documentendienst"


class ReportError(ValueError):
    """A payload that is not a delivery report of the channel."""


@dataclass(frozen=True)
class DeliveryReport:
    channel: str
    reference: str  # the message's receipt as the gateway gave it when it accepted the message
    outcome: str  # DELIVERED, BOUNCED or TEMPORARY (a delay: nothing changes)
    detail: str = ""


def _email(payload: bytes) -> DeliveryReport:
    msg = email.message_from_bytes(payload, policy=email.policy.default)
    if msg.get_content_type() != "multipart/report":
        raise ReportError(_("het bericht is niet van het type multipart/report"))
    status_part = next((p for p in msg.walk() if p.get_content_type() == "message/delivery-status"), None)
    original = next((p for p in msg.walk() if p.get_content_type() in ("text/rfc822-headers", "message/rfc822")), None)
    if status_part is None or original is None:
        raise ReportError(_("het rapport bevat geen afleverstatus of niet de kopregels van het oorspronkelijke bericht"))
    fields: dict[str, str] = {}
    for block in status_part.get_payload():  # per-message block, then one block per recipient
        for key, value in block.items():
            fields[key.lower()] = str(value)
    if original.get_content_type() == "message/rfc822":
        headers = original.get_payload()[0]
    else:
        headers = email.message_from_bytes(original.get_payload(decode=True) or original.get_content().encode(), policy=email.policy.default)
    reference = str(headers.get("Message-ID", "")).strip()
    if not reference:
        raise ReportError(_("de Message-ID van het oorspronkelijke bericht ontbreekt"))
    action, status = fields.get("action", "").lower(), fields.get("status", "")
    outcome = DELIVERED if action in ("delivered", "relayed", "expanded") else BOUNCED if action == "failed" and status.startswith("5") else TEMPORARY
    detail = f"{status} {fields.get('diagnostic-code', '')}".strip() + (f" ({fields.get('final-recipient', '')})" if fields.get("final-recipient") else "")
    return DeliveryReport(Channel.EMAIL, reference, outcome, detail[:500])


SMS_STATUS = {"DELIVERED": DELIVERED, "UNDELIVERABLE": BOUNCED, "REJECTED": BOUNCED, "EXPIRED": BOUNCED, "BUFFERED": TEMPORARY,
              "ACCEPTED": TEMPORARY}


def _json(payload: bytes) -> dict:
    try:
        data = json.loads(payload)
    except ValueError as exc:
        raise ReportError(_("geen geldige JSON")) from exc
    if not isinstance(data, dict):
        raise ReportError(_("geen JSON-object"))
    return data


def _sms(payload: bytes) -> DeliveryReport:
    data = _json(payload)
    status = str(data.get("status", "")).upper()
    if not data.get("id") or status not in SMS_STATUS:
        raise ReportError(_("een sms-afleverrapport heeft een id en een status (%(statuses)s) nodig") % {"statuses": ", ".join(sorted(SMS_STATUS))})
    detail = f"{status} {data.get('error_code') or ''}".strip()
    return DeliveryReport(Channel.SMS, f"sms:{data['id']}", SMS_STATUS[status], detail)


EBOX_STATUS = {"AFGELEVERD": DELIVERED, "NIET_AFGELEVERD": BOUNCED, "GEWEIGERD": BOUNCED}


def _ebox(payload: bytes) -> DeliveryReport:
    try:
        root = ElementTree.fromstring(payload)
    except ElementTree.ParseError as exc:
        raise ReportError(_("geen geldige XML")) from exc

    def text(tag: str) -> str:
        node = root.find(f".//{{{MAGDA_NS}}}{tag}")
        return (node.text or "").strip() if node is not None else ""

    status, ident = text("Status").upper(), text("BerichtId")
    if root.tag != f"{{{MAGDA_NS}}}StatusBericht" or not ident or status not in EBOX_STATUS:
        raise ReportError(_("een StatusBericht van MAGDA heeft een BerichtId en een Status AFGELEVERD, NIET_AFGELEVERD of GEWEIGERD nodig"))
    return DeliveryReport(Channel.EBOX, f"ebox:{ident}", EBOX_STATUS[status], f"{status} {text('Reden')}".strip())


PRINT_EVENTS = {"delivered": DELIVERED, "returned": BOUNCED, "not_collected": BOUNCED, "posted": TEMPORARY}


def _print(channel: str, payload: bytes) -> DeliveryReport:
    data = _json(payload)
    event = str(data.get("event", "")).lower()
    ident = data.get("tracking") or data.get("id")
    if not ident or event not in PRINT_EVENTS:
        raise ReportError(_("een melding van de printpartner heeft een id of trackingnummer en een gebeurtenis (%(events)s) nodig") % {"events": ", ".join(sorted(PRINT_EVENTS))})
    prefix = "registered" if channel == Channel.REGISTERED else "ordinary"
    return DeliveryReport(channel, f"{prefix}:{ident}", PRINT_EVENTS[event], f"{event} {data.get('reason') or ''}".strip())


def parse(channel: str, payload: bytes) -> DeliveryReport:
    channel = str(channel)
    if channel == Channel.EMAIL:
        return _email(payload)
    if channel == Channel.SMS:
        return _sms(payload)
    if channel == Channel.EBOX:
        return _ebox(payload)
    if channel in (Channel.REGISTERED, Channel.PAPER):
        return _print(channel, payload)
    raise ReportError(_("het kanaal %(channel)s stuurt geen afleverrapporten") % {"channel": channel})


def intake(channel: str, payload: bytes) -> dict:
    """Apply one delivery report to the outbox; returns what happened (for the command line and the logs)."""
    from django.db import transaction

    from . import outbox
    from .enums import State
    from .models import DeliveryAttempt, Message

    report = parse(channel, payload)
    found = {"reference": report.reference, "outcome": report.outcome, "message": None, "applied": False}
    attempt = DeliveryAttempt.objects.filter(channel=report.channel, ok=True, receipt=report.reference).order_by("-at").first()
    if attempt is None:
        return found
    with transaction.atomic():
        msg = Message.objects.select_for_update().get(pk=attempt.message_id)
        found["message"] = msg.pk
        if msg.channel != report.channel:  # already sent again on another channel (paper): nothing more to do
            pass
        elif report.outcome == BOUNCED and msg.state in (State.DISPATCHED, State.DELIVERED):
            outbox.bounce(msg.pk, f"{report.channel}: {report.detail}")
            found["applied"] = True
        elif report.outcome == DELIVERED and msg.state == State.DISPATCHED:
            outbox.deliver(msg, report.reference)
            found["applied"] = True
    msg.refresh_from_db()
    return {**found, "state": msg.state, "channel": msg.channel}


# --- the other side: reports as each channel's partner writes them (the fakes send these; the tests build the real
# partners' reports with them from what the partner really received) ---------------------------------------------------


def dsn(original_headers: bytes, recipient: str, status: str = "5.1.1", diagnostic: str = "smtp; 550 5.1.1 user unknown",
        action: str = "failed") -> bytes:
    """An RFC 3464 delivery status notification as a mail server writes it, quoting the original message's headers."""
    import uuid

    boundary = f"dsn-{uuid.uuid4().hex}"
    headers = original_headers.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("utf-8", "replace").strip()
    subject = "Undelivered Mail Returned to Sender" if action == "failed" else "Delivery Status Notification"
    text = (f"From: MAILER-DAEMON@mx.example.be\nSubject: {subject}\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\nYour message to {recipient} could not be delivered ({status}).\n\n"
            f"--{boundary}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.be\n\n"
            f"Final-Recipient: rfc822; {recipient}\nAction: {action}\nStatus: {status}\nDiagnostic-Code: {diagnostic}\n\n"
            f"--{boundary}\nContent-Type: text/rfc822-headers\n\n{headers}\n\n--{boundary}--\n")
    return text.replace("\n", "\r\n").encode("utf-8")


def build(channel: str, reference: str, outcome: str, detail: str = "", address: str = "") -> bytes:
    """A delivery report in the channel's format for the message the gateway accepted with receipt `reference`."""
    channel = str(channel)
    bounced = outcome == BOUNCED
    ident = reference.split(":", 1)[1] if ":" in reference and not reference.startswith("<") else reference
    if channel == Channel.EMAIL:
        return dsn(f"Message-ID: {reference}\r\nTo: {address}\r\n".encode(), address, "5.1.1" if bounced else "2.0.0",
                   detail or ("smtp; 550 5.1.1 user unknown" if bounced else "smtp; 250 ok"), "failed" if bounced else "delivered")
    if channel == Channel.SMS:
        return json.dumps({"id": ident, "status": "UNDELIVERABLE" if bounced else "DELIVERED", "error_code": detail or None}).encode()
    if channel == Channel.EBOX:
        root = ElementTree.Element(f"{{{MAGDA_NS}}}StatusBericht")
        for tag, value in (("BerichtId", ident), ("Status", "NIET_AFGELEVERD" if bounced else "AFGELEVERD"), ("Reden", detail)):
            ElementTree.SubElement(root, f"{{{MAGDA_NS}}}{tag}").text = value
        return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return json.dumps({"tracking": ident, "event": "returned" if bounced else "delivered", "reason": detail or None}).encode()
