"""The channels' gateways. Each channel is a port with a real adapter and an in-memory fake that behave the same
(one set of contract tests runs against both, tests/test_messaging_gateways.py).

    send(envelope) -> Receipt      hand the message over; raise GatewayError (permanent or not) when it fails

Which adapter serves a channel comes from settings.MESSAGING_GATEWAYS (the task-runner block of the settings): a real
adapter when its URL or host is configured, the fake otherwise (the embedded demo). The fakes refuse any address that
contains "bounce" (permanent failure) or "unreachable" (temporary failure), so the demo and the tests can show a
failing channel across processes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import smtplib
import socket
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from xml.etree import ElementTree

from django.conf import settings

from werkregie.core import clock

from .enums import Channel


@dataclass(frozen=True)
class Envelope:
    message_id: int
    channel: str
    address: str
    subject: str
    body: str
    language: str
    sha256: str
    insz: str = ""
    legal: bool = False
    # the sealed PDF of the letter (letter.py) for the channels that deliver a document: eBox, registered and ordinary post
    document: bytes = b""


@dataclass(frozen=True)
class Receipt:
    reference: str
    # True when handing over is delivery (SMTP acceptance, the inbox, the eBox's availability, posting a registered
    # letter); the deemed moment of notification is computed from it.
    delivered: bool = True


class GatewayError(Exception):
    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class _Reports:
    """The fakes' other side of the port: the delivery report the channel's partner would send later for a message
    it accepted (messaging/reports.py parses it; `werkregie messages report` takes it in)."""

    def report(self, reference: str, outcome: str = "bounced", detail: str = "", address: str = "") -> bytes:
        from .reports import build

        return build(self.channel, reference, outcome, detail, address)


def _fake_check(address: str) -> None:
    # the fakes answer like a Flemish partner would, in Dutch: the words reach the counsellor's worklist (walk of stop 28)
    if "bounce" in address:
        raise GatewayError(f"adres geweigerd door de ontvangende dienst: {address}", permanent=True)
    if "unreachable" in address:
        raise GatewayError(f"dienst tijdelijk onbereikbaar voor {address}")


# --- platform inbox ------------------------------------------------------------------------------------------------


class InboxGateway:
    """The platform's own inbox: the message is there as soon as it exists (the page reads the Message rows)."""

    channel = Channel.INBOX

    def send(self, envelope: Envelope) -> Receipt:
        return Receipt(f"inbox:{envelope.message_id}")


# --- e-mail ---------------------------------------------------------------------------------------------------------


class SmtpEmailGateway:
    """E-mail through Django's mail with a real SMTP connection. SMTP acceptance counts as delivery; a refused
    recipient is permanent, a connection problem temporary."""

    channel = Channel.EMAIL

    def __init__(self, host: str, port: int, *, username: str = "", password: str = "", use_tls: bool = False, sender: str = "",
                 timeout: int = 20) -> None:
        self.host, self.port, self.username, self.password, self.use_tls = host, port, username, password, use_tls
        self.sender = sender or "werkregie@vdab.be"
        self.timeout = timeout

    def send(self, envelope: Envelope) -> Receipt:
        from django.core.mail import EmailMessage, get_connection
        from django.core.mail.message import make_msgid

        connection = get_connection("django.core.mail.backends.smtp.EmailBackend", host=self.host, port=self.port, username=self.username,
                                    password=self.password, use_tls=self.use_tls, timeout=self.timeout, fail_silently=False)
        msgid = make_msgid(domain="werkregie.vdab.be")
        mail = EmailMessage(envelope.subject, envelope.body, self.sender, [envelope.address], connection=connection,
                            headers={"Message-ID": msgid, "X-Werkregie-Message": str(envelope.message_id), "X-Werkregie-SHA256": envelope.sha256,
                                     "Content-Language": envelope.language})
        try:
            sent = mail.send()
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise GatewayError(f"recipient refused: {exc.recipients}", permanent=all(code >= 500 for code in codes)) from exc
        except (smtplib.SMTPException, OSError, socket.timeout) as exc:
            raise GatewayError(f"SMTP failed: {exc!s}") from exc
        if sent != 1:
            raise GatewayError("SMTP accepted nothing")
        return Receipt(msgid)


@dataclass
class FakeEmailGateway(_Reports):
    channel = Channel.EMAIL
    sent: list[Envelope] = field(default_factory=list)

    def send(self, envelope: Envelope) -> Receipt:
        _fake_check(envelope.address)
        self.sent.append(envelope)
        return Receipt(f"<fake-{uuid.uuid4().hex}@werkregie.vdab.be>")


# --- HTTP helper ----------------------------------------------------------------------------------------------------


def _post(url: str, data: bytes, content_type: str, token: str = "", timeout: int = 20) -> bytes:
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": content_type, "Accept": content_type})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - configured partner URL
            return response.read()
    except urllib.error.HTTPError as exc:
        raise GatewayError(f"{url}: HTTP {exc.code}", permanent=400 <= exc.code < 500 and exc.code not in (408, 429)) from exc
    except (urllib.error.URLError, OSError) as exc:
        raise GatewayError(f"{url}: {exc!s}") from exc


# --- SMS ------------------------------------------------------------------------------------------------------------


class HttpSmsGateway:
    """An SMS provider's HTTP API: POST {"to", "text", "reference"} as JSON, answer {"id": "..."}."""

    channel = Channel.SMS

    def __init__(self, url: str, token: str = "", sender: str = "VDAB") -> None:
        self.url, self.token, self.sender = url, token, sender

    def send(self, envelope: Envelope) -> Receipt:
        payload = {"to": envelope.address, "from": self.sender, "text": f"{envelope.subject}\n{envelope.body}", "reference": str(envelope.message_id)}
        answer = _post(self.url, json.dumps(payload).encode(), "application/json", self.token)
        try:
            ident = json.loads(answer)["id"]
        except (ValueError, KeyError, TypeError) as exc:
            raise GatewayError(f"SMS gateway answered without an id: {answer[:200]!r}") from exc
        return Receipt(f"sms:{ident}")


@dataclass
class FakeSmsGateway(_Reports):
    channel = Channel.SMS
    sent: list[Envelope] = field(default_factory=list)

    def send(self, envelope: Envelope) -> Receipt:
        _fake_check(envelope.address)
        self.sent.append(envelope)
        return Receipt(f"sms:fake-{len(self.sent)}")


# --- eBox through the MAGDA Documentendienst ------------------------------------------------------------------------

NS = "http://magda.vlaanderen.be/documentendienst"


def _xml(tag: str, children: dict[str, str | dict[str, str]]) -> bytes:
    root = ElementTree.Element(f"{{{NS}}}{tag}")
    for key, value in children.items():
        node = ElementTree.SubElement(root, f"{{{NS}}}{key}")
        if isinstance(value, dict):
            for sub, text in value.items():
                ElementTree.SubElement(node, f"{{{NS}}}{sub}").text = text
        else:
            node.text = value
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def _document(envelope: Envelope) -> dict[str, str]:
    """The letter as the channel receives it: the sealed PDF (base64), its name, type and SHA-256."""
    if not envelope.document:
        raise GatewayError("no document: the eBox and the print partner receive the sealed letter as a PDF", permanent=True)
    return {"Naam": f"vdab-bericht-{envelope.message_id}.pdf", "MimeType": "application/pdf",
            "Inhoud": base64.b64encode(envelope.document).decode("ascii"), "Hash": hashlib.sha256(envelope.document).hexdigest()}


def _read(answer: bytes, *keys: str) -> dict[str, str]:
    try:
        root = ElementTree.fromstring(answer)
    except ElementTree.ParseError as exc:
        raise GatewayError(f"MAGDA answered no XML: {answer[:200]!r}") from exc
    found = {}
    for key in keys:
        node = root.find(f".//{{{NS}}}{key}")
        found[key] = node.text or "" if node is not None else ""
    return found


class MagdaEboxGateway:
    """The citizen's eBox through the MAGDA Documentendienst (an XML request over HTTPS; the real service is SOAP with
    a MAGDA envelope and a signed certificate, which the deployment's transport adds). `Afleveren` places the
    message; the answer carries a reference and the moment it was made available. `Inschrijving` asks whether the
    citizen has activated their eBox (the opt-in)."""

    channel = Channel.EBOX

    def __init__(self, url: str, token: str = "", sender: str = "VDAB") -> None:
        self.url, self.token, self.sender = url, token, sender

    def has_optin(self, insz: str) -> bool:
        answer = _post(self.url.rstrip("/") + "/inschrijving", _xml("InschrijvingVraag", {"INSZ": insz}), "application/xml", self.token)
        return _read(answer, "Geactiveerd")["Geactiveerd"].lower() == "true"

    def send(self, envelope: Envelope) -> Receipt:
        request = _xml("AfleverVraag", {
            "Afzender": self.sender, "INSZ": envelope.insz or envelope.address, "Onderwerp": envelope.subject, "Inhoud": envelope.body,
            "Taal": envelope.language, "Hash": envelope.sha256, "Referentie": str(envelope.message_id), "Aangetekend": str(envelope.legal).lower(),
            "Document": _document(envelope),
        })
        answer = _read(_post(self.url.rstrip("/") + "/afleveren", request, "application/xml", self.token), "Status", "BerichtId", "Fout")
        if answer["Status"] != "OK":
            raise GatewayError(f"MAGDA refused: {answer['Fout'] or answer['Status']}", permanent=answer["Status"] == "GEWEIGERD")
        return Receipt(f"ebox:{answer['BerichtId']}")


@dataclass
class FakeEboxGateway(_Reports):
    channel = Channel.EBOX
    optins: set[str] = field(default_factory=set)
    sent: list[Envelope] = field(default_factory=list)

    def has_optin(self, insz: str) -> bool:
        return insz in self.optins

    def send(self, envelope: Envelope) -> Receipt:
        _fake_check(envelope.address)
        _document(envelope)
        if (envelope.insz or envelope.address) not in self.optins:
            raise GatewayError("eBox not activated", permanent=True)
        self.sent.append(envelope)
        return Receipt(f"ebox:fake-{len(self.sent)}")


# --- print partner: registered and ordinary letters -----------------------------------------------------------------


class PrintPartnerGateway:
    """The print partner's HTTP API: POST {"kind": "registered"|"ordinary", "address", "subject", "body", "reference",
    "sha256", "document": {"name", "mime_type", "content" (base64 of the sealed PDF that is printed), "sha256"}} as JSON; it answers {"id", "tracking"} once the letter is handed to the post (a registered letter's
    tracking number is its proof of posting)."""

    def __init__(self, channel: str, url: str, token: str = "") -> None:
        self.channel, self.url, self.token = channel, url, token

    def send(self, envelope: Envelope) -> Receipt:
        kind = "registered" if self.channel == Channel.REGISTERED else "ordinary"
        payload = {"kind": kind, "address": envelope.address, "subject": envelope.subject, "body": envelope.body, "language": envelope.language,
                   "reference": str(envelope.message_id), "sha256": envelope.sha256,
                   "document": {{"Naam": "name", "MimeType": "mime_type", "Inhoud": "content", "Hash": "sha256"}[k]: v for k, v in _document(envelope).items()}}
        answer = _post(self.url, json.dumps(payload).encode(), "application/json", self.token)
        try:
            data = json.loads(answer)
            return Receipt(f"{kind}:{data.get('tracking') or data['id']}")
        except (ValueError, KeyError, TypeError) as exc:
            raise GatewayError(f"print partner answered without an id: {answer[:200]!r}") from exc


@dataclass
class FakePrintGateway(_Reports):
    channel: str = Channel.REGISTERED
    sent: list[Envelope] = field(default_factory=list)

    def send(self, envelope: Envelope) -> Receipt:
        _fake_check(envelope.address)
        _document(envelope)
        self.sent.append(envelope)
        prefix = "registered" if self.channel == Channel.REGISTERED else "ordinary"
        return Receipt(f"{prefix}:fake-{len(self.sent)}")


class PrintQueueGateway:
    """Paper without a print partner: the letter goes into the print queue (a folder outside the web root) that the
    office prints and posts each day."""

    def __init__(self, channel: str, directory: Path) -> None:
        self.channel, self.directory = channel, Path(directory)

    def send(self, envelope: Envelope) -> Receipt:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{clock.now():%Y%m%d}-{envelope.message_id}"
        # the address sheet for the envelope, and the sealed letter that goes inside
        (self.directory / f"{name}.txt").write_text(f"{envelope.address}\n\n{envelope.subject}\n\n{envelope.body}\n\nSHA-256 {envelope.sha256}\n", encoding="utf-8")
        if envelope.document:
            (self.directory / f"{name}.pdf").write_bytes(envelope.document)
        return Receipt(f"printqueue:{name}.txt")


# --- the registry ---------------------------------------------------------------------------------------------------

_active: dict[str, object] = {}
_fakes: dict[str, object] = {}


def fake(channel: str):  # noqa: ANN201
    """The process's in-memory fake of a channel (tests read what it received)."""
    if channel not in _fakes:
        _fakes[channel] = {
            Channel.INBOX: InboxGateway, Channel.EMAIL: FakeEmailGateway, Channel.SMS: FakeSmsGateway, Channel.EBOX: FakeEboxGateway,
        }.get(channel, lambda: FakePrintGateway(channel))()
    return _fakes[channel]


def _build(channel: str):  # noqa: ANN202
    conf = getattr(settings, "MESSAGING_GATEWAYS", {}).get(str(channel), {}) or {}
    kind = conf.get("kind", "fake")
    if channel == Channel.INBOX:
        return InboxGateway()
    if kind == "fake":
        return fake(channel)
    if channel == Channel.EMAIL:
        return SmtpEmailGateway(conf["host"], int(conf.get("port", 25)), username=conf.get("username", ""), password=conf.get("password", ""),
                                use_tls=bool(conf.get("use_tls")), sender=conf.get("sender", ""))
    if channel == Channel.SMS:
        return HttpSmsGateway(conf["url"], conf.get("token", ""))
    if channel == Channel.EBOX:
        return MagdaEboxGateway(conf["url"], conf.get("token", ""))
    if kind == "spool":
        return PrintQueueGateway(channel, Path(conf["directory"]))
    return PrintPartnerGateway(channel, conf["url"], conf.get("token", ""))


def get(channel: str):  # noqa: ANN201
    channel = str(channel)
    if channel not in _active:
        _active[channel] = _build(channel)
    return _active[channel]


@contextmanager
def use(channel: str, gateway) -> Iterator[object]:  # noqa: ANN001
    """Serve a channel with another gateway for a while (tests)."""
    channel = str(channel)
    previous = _active.get(channel)
    _active[channel] = gateway
    try:
        yield gateway
    finally:
        if previous is None:
            _active.pop(channel, None)
        else:
            _active[channel] = previous


def reset() -> None:
    """Forget configured adapters and empty the fakes (tests)."""
    _active.clear()
    _fakes.clear()
