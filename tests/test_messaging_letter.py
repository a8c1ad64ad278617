"""The eBox and the post receive the letter as a document: a PDF sealed with the platform's key (PAdES with an RFC 3161
timestamp), its SHA-256 kept on the message and in the evidence bundle. Contract tests on the fakes and on the real
adapters (MAGDA's Documentendienst and the print partner, played by a local HTTP server)."""

from __future__ import annotations

import base64
import hashlib
import json
from xml.etree import ElementTree

import pytest

from tests.messaging_support import clean_gateways, partner_server  # noqa: F401 - fixtures
from tests.test_messaging_gateways import INSZ, envelope, sealed_letter
from werkregie.messaging import evidence, gateways, letter
from werkregie.messaging.enums import Channel
from werkregie.messaging.gateways import NS, GatewayError


def received_documents(side: str, gateway, server) -> list[bytes]:  # noqa: ANN001
    if side == "fake":
        return [e.document for e in gateway.sent]
    found = []
    for path, data in server.received:
        if path == "/magda/afleveren":
            found.append(base64.b64decode(ElementTree.fromstring(data).find(f".//{{{NS}}}Document/{{{NS}}}Inhoud").text))
        elif path == "/print":
            found.append(base64.b64decode(json.loads(data)["document"]["content"]))
    return found


@pytest.fixture(params=[("fake", Channel.EBOX), ("real", Channel.EBOX), ("fake", Channel.REGISTERED), ("real", Channel.REGISTERED),
                        ("fake", Channel.PAPER), ("real", Channel.PAPER)])
def side(request):
    kind, channel = request.param
    server = request.getfixturevalue("partner_server") if kind == "real" else None
    if channel == Channel.EBOX:
        gateway = gateways.FakeEboxGateway(optins={INSZ}) if server is None else gateways.MagdaEboxGateway(server.url + "/magda")
        if server is not None:
            server.optins.add(INSZ)
        address = INSZ
    else:
        gateway = gateways.FakePrintGateway(channel) if server is None else gateways.PrintPartnerGateway(channel, server.url + "/print")
        address = "An Peeters, Veldstraat 1, 9000 Gent"
    return kind, channel, gateway, server, address


def test_the_channel_receives_the_sealed_letter_whose_seal_verifies(side):
    kind, channel, gateway, server, address = side
    sent = envelope(address, channel)
    gateway.send(sent)
    [document] = received_documents(kind, gateway, server)
    assert document == sent.document and document.startswith(b"%PDF")
    verdict = evidence.Verdict()
    evidence.verify_pdf(document, verdict)
    assert verdict.ok, verdict.problems


def test_a_letter_without_its_document_is_refused_before_it_leaves(side):
    kind, channel, gateway, server, address = side
    import dataclasses

    with pytest.raises(GatewayError) as err:
        gateway.send(dataclasses.replace(envelope(address, channel), document=b""))
    assert err.value.permanent and received_documents(kind, gateway, server) == []


def test_a_changed_byte_in_the_letter_breaks_its_seal():
    document = bytearray(sealed_letter())
    # the seal is an incremental update: the letter itself is the first part; change a byte of its page content
    first_revision = document.index(b"%%EOF")
    middle = first_revision // 2
    document[middle] = (document[middle] + 1) % 256
    verdict = evidence.Verdict()
    evidence.verify_pdf(bytes(document), verdict)
    assert not verdict.ok


def test_the_letter_speaks_the_messages_language_and_carries_the_content_hash():
    from tests.test_kpis_report import pdf_text

    for language, word in (("nl", "Referentie"), ("fr", "R\\351f\\351rence"), ("en", "Reference")):
        plain = gateways.Envelope(7, Channel.EBOX, INSZ, "Uitnodiging", "Tekst", language, "cd" * 32, insz=INSZ)
        text = pdf_text(letter.render(plain, date="01/12/2026", addressee="An"))
        assert word in text and "cd" * 32 in text and "01/12/2026" in text, (language, text[:400])


@pytest.mark.django_db
def test_a_dispatched_ebox_message_keeps_the_hash_of_the_letter_it_handed_over(ref):
    from tests.messaging_support import person_with
    from tests.test_messaging_outbox import templates  # noqa: F401 - registers the test templates
    from werkregie.messaging import outbox

    p = person_with(digital_consent=True)
    gateways.fake(Channel.EBOX).optins.add(p.insz)
    m = outbox.send(p.pk, "test.legal", {"title": "beslissing", "text": "U krijgt een verwittiging."})
    [handed] = gateways.fake(Channel.EBOX).sent
    assert m.channel == Channel.EBOX and m.letter_sha256 == hashlib.sha256(handed.document).hexdigest()
    verdict = evidence.Verdict()
    evidence.verify_pdf(handed.document, verdict)
    assert verdict.ok, verdict.problems


@pytest.mark.django_db
def test_a_letter_to_the_print_queue_is_the_sealed_pdf_beside_its_address_sheet(ref, settings, tmp_path):
    from tests.messaging_support import person_with
    from tests.test_messaging_outbox import templates  # noqa: F401 - registers the test templates
    from werkregie.messaging import outbox

    settings.MESSAGING_GATEWAYS = {**settings.MESSAGING_GATEWAYS, "paper": {"kind": "spool", "directory": str(tmp_path / "queue")}}
    gateways.reset()
    p = person_with()
    m = outbox.send(p.pk, "test.info", {"title": "t", "text": "Tot dinsdag."})
    assert m.channel == Channel.PAPER
    names = sorted(x.name for x in (tmp_path / "queue").iterdir())
    assert [n.rsplit(".", 1)[1] for n in names] == ["pdf", "txt"]
    pdf = (tmp_path / "queue" / names[0]).read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == m.letter_sha256
