"""Helpers for the messaging tests: a person with contact channels and consents, a temporary key folder, clean fakes."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories
from werkregie.core import clock
from werkregie.people.enums import Cefr, ChannelKind, ConsentPurpose
from werkregie.people.models import Consent, ContactChannel, PersonLanguage


@pytest.fixture(autouse=True)
def clean_gateways(settings, tmp_path, request, made_keys):
    """Every messaging test starts with empty fakes, a paper spool in tmp and its own key folder: a copy of the
    session's keys, or an empty folder for a test marked `fresh_keys` (one about making keys)."""
    import shutil

    from werkregie.messaging import gateways

    settings.TASKS_SYNC = True
    settings.KEY_DIR = tmp_path / "keys"
    if request.node.get_closest_marker("fresh_keys") is None:
        shutil.copytree(made_keys, settings.KEY_DIR)
    settings.MESSAGING_GATEWAYS = {**settings.MESSAGING_GATEWAYS, "paper": {"kind": "fake"}, "registered": {"kind": "fake"},
                                   "email": {"kind": "fake"}, "sms": {"kind": "fake"}, "ebox": {"kind": "fake"}}
    gateways.reset()
    yield
    gateways.reset()


def person_with(*, email: str | None = None, sms: str | None = None, post: bool = False, preferred: str | None = None, digital_consent: bool = False,
                mother_tongue: str | None = None, **overrides):
    p = factories.person(street="Veldstraat 1", **overrides)
    if email:
        ContactChannel.objects.create(person=p, kind=ChannelKind.EMAIL, value=email, preferred=preferred == "email")
    if sms:
        ContactChannel.objects.create(person=p, kind=ChannelKind.SMS, value=sms, preferred=preferred == "sms")
    if post:
        ContactChannel.objects.create(person=p, kind=ChannelKind.POST, value="Veldstraat 1, 9000 Gent", preferred=preferred == "post")
    if digital_consent:
        Consent.objects.create(person=p, purpose=ConsentPurpose.DIGITAL_COMMUNICATION, given_at=clock.now() - dt.timedelta(days=30))
    if mother_tongue:
        PersonLanguage.objects.create(person=p, language=mother_tongue, level=Cefr.NATIVE)
    return p


# --- local servers for the contract tests of the real adapters ------------------------------------------------------


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpSink:
    """A real SMTP server (aiosmtpd) on 127.0.0.1: keeps what it accepts; refuses recipients with "bounce" (550) and
    "unreachable" (451)."""

    def __init__(self) -> None:
        self.received: list = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001, ANN201, N802
        if "bounce" in address:
            return "550 5.1.1 mailbox unknown"
        if "unreachable" in address:
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        import email
        import email.policy

        self.received.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    sink = SmtpSink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield sink, controller.hostname, controller.port
    finally:
        controller.stop()


class PartnerServer:
    """A local HTTP server that plays the SMS provider (/sms, JSON), MAGDA's Documentendienst (/magda/inschrijving,
    /magda/afleveren, XML) and the print partner (/print, JSON). Payloads with "bounce" are refused (422 / GEWEIGERD),
    with "unreachable" answered 503."""

    def __init__(self) -> None:
        import json
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from xml.etree import ElementTree

        from werkregie.messaging.gateways import NS

        self.received: list[tuple[str, bytes]] = []
        self.optins: set[str] = set()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

            def _answer(self, status: int, body: bytes, ctype: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802
                data = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if b"unreachable" in data:
                    return self._answer(503, b"busy", "text/plain")
                if self.path == "/magda/inschrijving":
                    insz = ElementTree.fromstring(data).find(f".//{{{NS}}}INSZ").text
                    body = f'<a:InschrijvingAntwoord xmlns:a="{NS}"><a:Geactiveerd>{str(insz in outer.optins).lower()}</a:Geactiveerd></a:InschrijvingAntwoord>'
                    return self._answer(200, body.encode(), "application/xml")
                if self.path == "/magda/afleveren":
                    insz = ElementTree.fromstring(data).find(f".//{{{NS}}}INSZ").text
                    if b"bounce" in data or insz not in outer.optins:
                        body = f'<a:AfleverAntwoord xmlns:a="{NS}"><a:Status>GEWEIGERD</a:Status><a:Fout>eBox niet geactiveerd</a:Fout></a:AfleverAntwoord>'
                        return self._answer(200, body.encode(), "application/xml")
                    outer.received.append((self.path, data))
                    body = f'<a:AfleverAntwoord xmlns:a="{NS}"><a:Status>OK</a:Status><a:BerichtId>M-{len(outer.received)}</a:BerichtId></a:AfleverAntwoord>'
                    return self._answer(200, body.encode(), "application/xml")
                if b"bounce" in data:
                    return self._answer(422, b'{"error": "invalid recipient"}', "application/json")
                outer.received.append((self.path, data))
                answer = {"id": f"X-{len(outer.received)}"}
                if self.path == "/print":
                    answer["tracking"] = f"RR{len(outer.received):09d}BE"
                return self._answer(200, json.dumps(answer).encode(), "application/json")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def partner_server():
    server = PartnerServer()
    try:
        yield server
    finally:
        server.stop()


class LocalTsa:
    """An RFC 3161 timestamping authority over HTTP on 127.0.0.1, answering with pyHanko's test time stamper and the
    key module's test TSA key: the sealing talks to it exactly as to a production TSA."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from asn1crypto import tsp

        from werkregie.messaging.evidence import _timestamper

        stamper = _timestamper()  # TSA_URL is empty while this is made: the local test TSA
        outer = self
        self.requests = 0

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

            def do_POST(self) -> None:  # noqa: N802
                req = tsp.TimeStampReq.load(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
                body = stamper.request_tsa_response(req).dump()
                outer.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsa"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
