"""One set of contract tests per channel, run against the in-memory fake AND the real adapter (the real ones against
local servers the tests start: aiosmtpd for e-mail, an http.server for the SMS provider, MAGDA and the print partner)."""

from __future__ import annotations

import dataclasses

import pytest

from tests.messaging_support import clean_gateways, free_port, partner_server, smtp_server  # noqa: F401 - fixtures
from werkregie.messaging import gateways, letter
from werkregie.messaging.enums import Channel
from werkregie.messaging.gateways import Envelope, GatewayError
from werkregie.messaging.letter import DOCUMENT_CHANNELS

INSZ = "85073003328"


def envelope(address: str, channel: str = Channel.EMAIL, insz: str = INSZ) -> Envelope:
    plain = Envelope(41, channel, address, "Uitnodiging", "Beste An,\n\nTot dinsdag.", "nl", "ab" * 32, insz=insz)
    # the eBox and the post carry the sealed letter (a PDF) since the letters became documents: see test_messaging_letter.py
    return dataclasses.replace(plain, document=sealed_letter()) if channel in DOCUMENT_CHANNELS else plain


def sealed_letter() -> bytes:
    return letter.sealed(Envelope(41, Channel.EBOX, INSZ, "Uitnodiging", "Beste An,\n\nTot dinsdag.", "nl", "ab" * 32, insz=INSZ),
                         date="03/03/2026", addressee="An Peeters")


class Side:
    """A gateway under test and a way to see what reached the other side."""

    def __init__(self, gateway, received) -> None:  # noqa: ANN001
        self.gateway, self.received = gateway, received


@pytest.fixture(params=["fake", "smtp"])
def email_side(request):
    if request.param == "fake":
        fake = gateways.FakeEmailGateway()
        yield Side(fake, lambda: [(e.address, e.subject) for e in fake.sent])
        return
    sink, host, port = request.getfixturevalue("smtp_server")
    yield Side(gateways.SmtpEmailGateway(host, port, sender="werkregie@vdab.be"), lambda: [(m["To"], m["Subject"]) for m in sink.received])


@pytest.fixture(params=["fake", "http"])
def sms_side(request):
    if request.param == "fake":
        fake = gateways.FakeSmsGateway()
        yield Side(fake, lambda: [e.address for e in fake.sent])
        return
    import json

    server = request.getfixturevalue("partner_server")
    yield Side(gateways.HttpSmsGateway(server.url + "/sms", token="t"), lambda: [json.loads(d)["to"] for p, d in server.received if p == "/sms"])


@pytest.fixture(params=["fake", "magda"])
def ebox_side(request):
    if request.param == "fake":
        fake = gateways.FakeEboxGateway(optins={INSZ})
        yield Side(fake, lambda: [e.insz for e in fake.sent])
        return
    server = request.getfixturevalue("partner_server")
    server.optins.add(INSZ)
    yield Side(gateways.MagdaEboxGateway(server.url + "/magda"), lambda: [INSZ for p, d in server.received if p == "/magda/afleveren" and INSZ.encode() in d])


@pytest.fixture(params=[("fake", Channel.REGISTERED), ("http", Channel.REGISTERED), ("fake", Channel.PAPER), ("http", Channel.PAPER)])
def print_side(request):
    kind, channel = request.param
    if kind == "fake":
        fake = gateways.FakePrintGateway(channel)
        yield Side(fake, lambda: [e.address for e in fake.sent])
        return
    import json

    server = request.getfixturevalue("partner_server")
    yield Side(gateways.PrintPartnerGateway(channel, server.url + "/print"), lambda: [json.loads(d)["address"] for p, d in server.received if p == "/print"])


# --- e-mail -----------------------------------------------------------------------------------------------------------


def test_email_is_delivered_with_a_receipt(email_side):
    receipt = email_side.gateway.send(envelope("an@example.be"))
    assert receipt.reference and receipt.delivered
    assert email_side.received() == [("an@example.be", "Uitnodiging")]


def test_email_refused_recipient_is_permanent(email_side):
    with pytest.raises(GatewayError) as err:
        email_side.gateway.send(envelope("an@bounce.example"))
    assert err.value.permanent
    assert email_side.received() == []


def test_email_temporary_failure_is_not_permanent(email_side):
    with pytest.raises(GatewayError) as err:
        email_side.gateway.send(envelope("an@unreachable.example"))
    assert not err.value.permanent
    assert email_side.received() == []


def test_smtp_server_down_is_a_temporary_failure():
    gw = gateways.SmtpEmailGateway("127.0.0.1", free_port(), timeout=2)
    with pytest.raises(GatewayError) as err:
        gw.send(envelope("an@example.be"))
    assert not err.value.permanent


def test_real_mail_carries_the_hash_and_message_id(smtp_server):  # noqa: F811 - the fixture
    sink, host, port = smtp_server
    gw = gateways.SmtpEmailGateway(host, port)
    receipt = gw.send(envelope("an@example.be"))
    mail = sink.received[0]
    assert mail["Message-ID"] == receipt.reference
    assert mail["X-Werkregie-SHA256"].strip() == "ab" * 32
    assert "Tot dinsdag." in mail.get_content()


# --- sms --------------------------------------------------------------------------------------------------------------


def test_sms_is_sent(sms_side):
    receipt = sms_side.gateway.send(envelope("+32470123456", Channel.SMS))
    assert receipt.reference.startswith("sms:")
    assert sms_side.received() == ["+32470123456"]


def test_sms_refused_number_is_permanent(sms_side):
    with pytest.raises(GatewayError) as err:
        sms_side.gateway.send(envelope("bounce-+32470", Channel.SMS))
    assert err.value.permanent and sms_side.received() == []


def test_sms_provider_busy_is_temporary(sms_side):
    with pytest.raises(GatewayError) as err:
        sms_side.gateway.send(envelope("unreachable-+32470", Channel.SMS))
    assert not err.value.permanent and sms_side.received() == []


# --- eBox -------------------------------------------------------------------------------------------------------------


def test_ebox_optin_is_asked(ebox_side):
    assert ebox_side.gateway.has_optin(INSZ)
    assert not ebox_side.gateway.has_optin("90010100131")


def test_ebox_delivers_to_an_activated_ebox(ebox_side):
    receipt = ebox_side.gateway.send(envelope(INSZ, Channel.EBOX))
    assert receipt.reference.startswith("ebox:") and receipt.delivered
    assert ebox_side.received() == [INSZ]


def test_ebox_refuses_a_citizen_without_ebox_permanently(ebox_side):
    with pytest.raises(GatewayError) as err:
        ebox_side.gateway.send(envelope("90010100131", Channel.EBOX, insz="90010100131"))
    assert err.value.permanent and ebox_side.received() == []


def test_ebox_service_down_is_temporary(ebox_side):
    with pytest.raises(GatewayError) as err:
        ebox_side.gateway.send(envelope("unreachable", Channel.EBOX, insz="unreachable"))
    assert not err.value.permanent


# --- print partner (registered and ordinary letters) ------------------------------------------------------------------


def test_letter_is_posted_with_a_tracking_reference(print_side):
    receipt = print_side.gateway.send(envelope("An Peeters, Veldstraat 1, 9000 Gent", print_side.gateway.channel))
    kind = "registered" if print_side.gateway.channel == Channel.REGISTERED else "ordinary"
    assert receipt.reference.startswith(f"{kind}:") and receipt.delivered
    assert print_side.received() == ["An Peeters, Veldstraat 1, 9000 Gent"]


def test_letter_with_unusable_address_is_refused_permanently(print_side):
    with pytest.raises(GatewayError) as err:
        print_side.gateway.send(envelope("bounce: no such street", print_side.gateway.channel))
    assert err.value.permanent and print_side.received() == []


def test_print_partner_down_is_temporary(print_side):
    with pytest.raises(GatewayError) as err:
        print_side.gateway.send(envelope("unreachable street", print_side.gateway.channel))
    assert not err.value.permanent


def test_print_queue_spools_to_a_folder(tmp_path):
    gw = gateways.PrintQueueGateway(Channel.PAPER, tmp_path / "queue")
    receipt = gw.send(envelope("An Peeters, Veldstraat 1, 9000 Gent", Channel.PAPER))
    # since the letters became documents, the queue holds the address sheet and, beside it, the sealed letter to print
    files = sorted((tmp_path / "queue").iterdir())
    assert [f.suffix for f in files] == [".pdf", ".txt"] and receipt.reference.endswith(files[1].name)
    assert "Tot dinsdag." in files[1].read_text() and files[0].read_bytes().startswith(b"%PDF")


# --- the registry follows the settings ----------------------------------------------------------------------------


def test_configured_adapters_are_used(settings):
    settings.MESSAGING_GATEWAYS = {"email": {"kind": "smtp", "host": "127.0.0.1", "port": 2525}, "sms": {"kind": "http", "url": "http://x/sms"},
                                   "ebox": {"kind": "magda", "url": "http://x/magda"}, "registered": {"kind": "http", "url": "http://x/print"},
                                   "paper": {"kind": "spool", "directory": "/tmp/q"}}
    gateways.reset()
    assert isinstance(gateways.get(Channel.EMAIL), gateways.SmtpEmailGateway)
    assert isinstance(gateways.get(Channel.SMS), gateways.HttpSmsGateway)
    assert isinstance(gateways.get(Channel.EBOX), gateways.MagdaEboxGateway)
    assert isinstance(gateways.get(Channel.REGISTERED), gateways.PrintPartnerGateway)
    assert isinstance(gateways.get(Channel.PAPER), gateways.PrintQueueGateway)
    assert isinstance(gateways.get(Channel.INBOX), gateways.InboxGateway)
