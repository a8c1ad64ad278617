"""Evidence bundles of messages: what was sent, when, through which channel, and proof that nothing changed since.

A bundle is a folder `message-<id>/` with
  message.txt      the exact content (subject, empty line, body; UTF-8) whose SHA-256 was stored when it was made
  evidence.pdf     the content, its SHA-256 and the times, sealed (PAdES) with the platform's seal key and an RFC 3161
                   timestamp from a timestamping authority (settings.TSA_URL; empty: the platform's local test TSA)
  evidence.json    the hashes of both files and the times, the channel, receipts and transitions
  evidence.json.jws  an Ed25519 JWS (detached) over evidence.json, by werkregie.core.keys
  seal.crt         the platform's seal certificate, for whoever verifies elsewhere

`verify(folder)` checks all of it; any changed byte fails with a message that names what.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings

from werkregie.core import clock, keys

from .models import Message, content_bytes

FILES = ("message.txt", "evidence.pdf")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fmt(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y %H:%M:%S %Z")
    return value.strftime("%d/%m/%Y")


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def times(msg: Message) -> dict:
    return {
        "created": _iso(msg.created_at), "dispatched": _iso(msg.dispatched_at), "delivered": _iso(msg.delivered_at),
        "deemed_notified_on": _iso(msg.deemed_notified_on), "first_opened": _iso(msg.first_opened_at),
    }


def _outside_event_loop(fn, *args):  # noqa: ANN001, ANN002, ANN202
    """pyHanko's synchronous API calls asyncio.run(); in a thread that already runs an event loop (an async view,
    Playwright's sync API in a test) run it in a helper thread instead."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return fn(*args)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args).result()


def _channel_name(code: str) -> str:
    from .enums import Channel

    return str(Channel(code).label) if code in Channel.values else code


def _receipt(msg: Message) -> str:
    """The gateway's reference without its internal channel prefix ("inbox:25" → "Berichtenbox op het platform, referentie 25")."""
    if not msg.receipt:
        return "—"
    prefix, _sep, reference = msg.receipt.partition(":")
    if reference and prefix in (msg.channel, msg.first_channel, "printqueue"):
        return f"{_channel_name(msg.channel)}, referentie {reference}"
    return msg.receipt


def summary_rows(msg: Message) -> list[list[str]]:
    """The evidence's facts as (label, value) in Dutch, with readable names instead of internal codes."""
    from django.utils import translation

    from . import templates

    person = msg.person
    with translation.override("nl"):
        template = templates.REGISTRY.get(msg.template_key)
        kind = template.title() if template is not None else msg.template_key
        channel = _channel_name(msg.channel)
        if msg.first_channel and msg.first_channel != msg.channel:
            channel += f" (eerst gekozen: {_channel_name(msg.first_channel)})"
        language = {"nl": "Nederlands", "fr": "Frans", "en": "Engels", "de": "Duits"}.get(msg.language, msg.language)
    return [
        ["Bericht", str(msg.pk)], ["Geadresseerde", f"{person.first_name} {person.last_name} (INSZ {person.insz})"],
        ["Soort bericht", kind], ["Taal", language], ["Met rechtsgevolg", "ja" if msg.legal else "nee"],
        ["Kanaal", channel], ["Waarom dit kanaal", msg.channel_reason or "—"], ["Ontvangstbewijs", _receipt(msg)],
        ["Aangemaakt", _fmt(msg.created_at)], ["Verstuurd", _fmt(msg.dispatched_at)], ["Afgeleverd", _fmt(msg.delivered_at)],
        ["Geacht ter kennis gebracht", _fmt(msg.deemed_notified_on)], ["Regel", msg.deemed_rule or "—"],
        ["Eerst geopend", _fmt(msg.first_opened_at)], ["Pogingen", str(msg.attempts)], ["SHA-256 van de inhoud", msg.sha256],
        ["SHA-256 van de verzegelde brief (eBox, post)", msg.letter_sha256 or "—"],
    ]


def render_pdf(msg: Message) -> bytes:
    """The unsealed PDF (reportlab): the exact content, its SHA-256 and the times."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=f"Bewijs van bericht {msg.pk}", author="VDAB werkregie", subject=msg.subject, lang=msg.language)
    rows = summary_rows(msg)
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    table = Table([[Paragraph(a, small), Paragraph(b.replace("&", "&amp;").replace("<", "&lt;"), small)] for a, b in rows], colWidths=[45 * mm, 125 * mm])
    mono = styles["Code"].clone("mono", fontSize=9, leading=11)
    story = [
        Paragraph("Bewijs van verzending — VDAB", styles["Title"]), table, Spacer(1, 6 * mm),
        Paragraph("Exacte inhoud (onderwerp, lege regel, tekst; UTF-8):", styles["Heading3"]),
        Preformatted(content_bytes(msg.subject, msg.body).decode("utf-8"), mono, maxLineLength=95),
    ]
    doc.build(story)
    return out.getvalue()


def _timestamper():  # noqa: ANN202
    if settings.TSA_URL:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        return HTTPTimeStamper(settings.TSA_URL)
    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem, x509

    from .seal_signer import ParsedKeyTimeStamper

    key_pem, cert_pem = keys.test_tsa()
    _, _, cert_der = pem.unarmor(cert_pem)
    from cryptography.hazmat.primitives import serialization

    key = keys.private_key(key_pem)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return ParsedKeyTimeStamper(tsa_cert=x509.Certificate.load(cert_der), tsa_key=asn1_keys.PrivateKeyInfo.load(der), parsed_key=key)


def seal(pdf: bytes, *, timestamper=None) -> bytes:  # noqa: ANN001
    """Seal a PDF with the platform's key (PAdES B-T: the signature carries an RFC 3161 timestamp)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    keyset = keys.load()
    signer = _signer(keyset)
    meta = signers.PdfSignatureMetadata(field_name="Zegel", subfilter=fields.SigSeedSubFilter.PADES, reason="Bewijs van verzending",
                                        location="VDAB, Brussel", md_algorithm="sha256")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    pdf_signer = signers.PdfSigner(meta, signer=signer, timestamper=timestamper or _timestamper())
    # With the platform's own timestamping key the signature's size is known (~6.3 kB: the seal's and the TSA's
    # certificates, two RSA-3072 signatures), so room is reserved for it; otherwise pyHanko sizes it by signing and
    # timestamping a dummy first, a quarter of each seal's time, for every message sent. An external TSA's token may be
    # larger (its chain): then pyHanko estimates.
    reserved = None if (timestamper is not None or settings.TSA_URL) else SEAL_BYTES_RESERVED
    return _outside_event_loop(lambda: pdf_signer.sign_pdf(writer, bytes_reserved=reserved).getvalue())


SEAL_BYTES_RESERVED = 16_384


def _signer(keyset: keys.KeySet):  # noqa: ANN202
    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem, x509
    from cryptography.hazmat.primitives import serialization

    from .seal_signer import ParsedKeySigner

    key = keys.private_key(keyset.seal_key_pem)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    _, _, cert_der = pem.unarmor(keyset.seal_cert_pem)
    cert = x509.Certificate.load(cert_der)
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    chain = [cert] + [x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in keys.seal_trust_roots()
                      if c.subject == keyset.seal_cert.issuer and c.subject != keyset.seal_cert.subject]  # the issuing platform CA
    return ParsedKeySigner(signing_cert=cert, signing_key=asn1_keys.PrivateKeyInfo.load(der), cert_registry=SimpleCertificateStore.from_certs(chain),
                           parsed_key=key)


def build(msg: Message, output: Path, *, timestamper=None) -> Path:  # noqa: ANN001
    """Write the bundle of `msg` into `output/message-<id>/` and return that folder."""
    from werkregie.workflows.services import history

    folder = Path(output) / f"message-{msg.pk}"
    folder.mkdir(parents=True, exist_ok=True)
    content = content_bytes(msg.subject, msg.body)
    pdf = seal(render_pdf(msg), timestamper=timestamper)
    keyset = keys.load()
    (folder / "message.txt").write_bytes(content)
    (folder / "evidence.pdf").write_bytes(pdf)
    (folder / "seal.crt").write_bytes(keyset.seal_cert_pem)
    record = {
        "format": "werkregie-message-evidence/1",
        "message_id": msg.pk, "person_id": msg.person_id, "template": msg.template_key, "language": msg.language, "legal": msg.legal,
        "channel": msg.channel, "first_channel": msg.first_channel, "channel_reason": msg.channel_reason, "receipt": msg.receipt,
        "related": {"workflow": msg.related_workflow, "id": msg.related_id} if msg.related_workflow else None,
        "content_sha256": msg.sha256, "stored_content_ok": msg.content_ok(), "letter_sha256": msg.letter_sha256 or None,
        "times": times(msg), "deemed_rule": msg.deemed_rule, "attempts": msg.attempts,
        "delivery_attempts": [{"at": _iso(a.at), "channel": a.channel, "ok": a.ok, "receipt": a.receipt, "error": a.error}
                              for a in msg.delivery_attempts.all()],
        "transitions": [{"at": _iso(t.at), "from": t.from_state, "to": t.to_state, "transition": t.transition, "by": t.actor_label} for t in history(msg)],
        "files": {name: _sha((folder / name).read_bytes()) for name in FILES},
        "seal_certificate_sha256": _sha(keyset.seal_cert.public_bytes(Encoding.DER)),
        "key_id": keyset.kid, "made_at": _iso(clock.now()),
    }
    data = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    (folder / "evidence.json").write_bytes(data)
    (folder / "evidence.json.jws").write_text(keys.sign_jws(data, detached=True) + "\n")
    return folder


@dataclass
class Verdict:
    ok: bool = True
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def good(self, text: str) -> None:
        self.checks.append(text)

    def bad(self, text: str) -> None:
        self.ok = False
        self.problems.append(text)


def _trust_roots() -> tuple[list, list]:
    from asn1crypto import x509 as asn1_x509

    seals = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in keys.seal_trust_roots()]
    tsas = []
    trust = getattr(settings, "TSA_TRUST", "")
    pems = [Path(trust).read_bytes()] if trust else ([keys.test_tsa()[1]] if not settings.TSA_URL else [])
    from asn1crypto import pem

    for blob in pems:
        for _, _, der in pem.unarmor(blob, multiple=True):
            tsas.append(asn1_x509.Certificate.load(der))
    return seals, tsas


def verify_pdf(pdf: bytes, verdict: Verdict, certificate_der: bytes | None = None) -> None:
    """The PDF's seal: intact, valid, by a platform key, over the whole file, with a trusted timestamp; and, given
    `certificate_der`, made with exactly that certificate (the bundle's seal.crt)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        sigs = reader.embedded_signatures
    except Exception as exc:  # a mangled PDF: pyHanko raises its own parse errors
        verdict.bad(f"evidence.pdf: cannot be read as a PDF ({exc})")
        return
    if len(sigs) != 1:
        verdict.bad(f"evidence.pdf: expected one seal, found {len(sigs)}")
        return
    seals, tsas = _trust_roots()
    try:
        status = _outside_event_loop(lambda: validate_pdf_signature(
            sigs[0], signer_validation_context=ValidationContext(trust_roots=seals, allow_fetching=False),
            ts_validation_context=ValidationContext(trust_roots=tsas, allow_fetching=False)))
    except Exception as exc:
        verdict.bad(f"evidence.pdf: the seal cannot be validated ({exc})")
        return
    if not status.intact:
        verdict.bad("evidence.pdf: the sealed content was changed (digest mismatch)")
    elif not status.valid:
        verdict.bad("evidence.pdf: the seal's signature is not valid")
    elif not status.trusted:
        verdict.bad("evidence.pdf: the seal is not by a platform key")
    else:
        verdict.good(f"evidence.pdf: seal intact and valid, by {status.signing_cert.subject.human_friendly}")
    if certificate_der is not None:
        if status.signing_cert is None or status.signing_cert.dump() != certificate_der:
            verdict.bad("seal.crt: not the certificate that sealed evidence.pdf")
        else:
            verdict.good("seal.crt: the certificate that sealed evidence.pdf")
    if status.coverage is None or status.coverage.name != "ENTIRE_FILE":
        verdict.bad(f"evidence.pdf: the seal does not cover the whole file ({getattr(status.coverage, 'name', status.coverage)}); bytes were added")
    ts = status.timestamp_validity
    if ts is None:
        verdict.bad("evidence.pdf: no RFC 3161 timestamp in the seal")
    elif not (ts.intact and ts.valid and ts.trusted):
        verdict.bad("evidence.pdf: the timestamp is not valid or not from a trusted timestamping authority")
    else:
        verdict.good(f"evidence.pdf: RFC 3161 timestamp {ts.timestamp.isoformat()} valid")


def verify(folder: Path) -> Verdict:
    folder = Path(folder)
    verdict = Verdict()
    try:
        data = (folder / "evidence.json").read_bytes()
        token = (folder / "evidence.json.jws").read_text()
    except OSError as exc:
        verdict.bad(f"incomplete bundle: {exc}")
        return verdict
    try:
        _, kid = keys.verify_jws(token, data)
        verdict.good(f"evidence.json: signature valid (key {kid})")
    except keys.BadSignature as exc:
        verdict.bad(f"evidence.json: signature invalid — {exc}")
    try:
        record = json.loads(data)
    except ValueError:
        verdict.bad("evidence.json: not JSON")
        return verdict
    for name, expected in (record.get("files") or {}).items():
        path = folder / name
        if not path.exists():
            verdict.bad(f"{name}: missing")
        elif _sha(path.read_bytes()) != expected:
            verdict.bad(f"{name}: SHA-256 differs from the one in evidence.json (the file was changed)")
        else:
            verdict.good(f"{name}: SHA-256 matches")
    if set(FILES) - set(record.get("files") or {}):
        verdict.bad("evidence.json: does not list every file of the bundle")
    content = folder / "message.txt"
    if content.exists() and _sha(content.read_bytes()) != record.get("content_sha256"):
        verdict.bad("message.txt: its SHA-256 is not the content hash stored when the message was made")
    elif content.exists():
        verdict.good("message.txt: SHA-256 equals the hash stored when the message was made")
    certificate = _verify_certificate(folder, record, verdict)
    pdf = folder / "evidence.pdf"
    if pdf.exists():
        verify_pdf(pdf.read_bytes(), verdict, certificate)
    return verdict


def _verify_certificate(folder: Path, record: dict, verdict: Verdict) -> bytes | None:
    """seal.crt is part of the proof (whoever verifies elsewhere trusts it): required, byte for byte the certificate
    whose SHA-256 the signed evidence.json records, and (verify_pdf) the one that sealed the PDF (attack of stop 29: a
    changed or missing seal.crt verified). Its DER, or None when it is unusable."""
    from cryptography import x509

    path = folder / "seal.crt"
    if not path.exists():
        verdict.bad("seal.crt: missing")
        return None
    raw = path.read_bytes()
    try:
        cert = x509.load_pem_x509_certificate(raw)
    except ValueError as exc:
        verdict.bad(f"seal.crt: not a PEM certificate ({exc})")
        return None
    der = cert.public_bytes(Encoding.DER)
    expected = record.get("seal_certificate_sha256")
    if not expected:
        verdict.bad("evidence.json: no seal_certificate_sha256")
    elif _sha(der) != expected:
        verdict.bad("seal.crt: SHA-256 differs from seal_certificate_sha256 in evidence.json (another certificate)")
    elif raw != cert.public_bytes(Encoding.PEM):
        verdict.bad("seal.crt: the file was changed (not the certificate's PEM byte for byte)")
    else:
        verdict.good("seal.crt: SHA-256 matches seal_certificate_sha256")
    return der
