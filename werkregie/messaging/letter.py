"""The official letter as a document: what the eBox (MAGDA Documentendienst) and the print partner receive is a PDF of
the message — sender, addressee, date, reference, the exact content and its SHA-256 — sealed with the platform's key
(PAdES B-T, with an RFC 3161 timestamp, the same seal as the evidence bundle). The eBox law asks that origin and
integrity can be shown: the seal proves both to the citizen who opens the letter, and the SHA-256 of the sealed
document is kept on the message (`letter_sha256`), so that the letter the channel received can be identified later.
"""

from __future__ import annotations

import hashlib
import io

from werkregie.formats.punctuation import colon, for_standard_fonts

from . import evidence
from .gateways import Envelope

DOCUMENT_CHANNELS = frozenset({"ebox", "registered", "paper"})

HEADINGS = {
    "nl": {"reference": "Referentie", "date": "Datum", "to": "Aan", "hash": "SHA-256 van de inhoud", "sealed":
           "Dit document is elektronisch verzegeld door VDAB (PAdES, met tijdstempel). Open het in een PDF-lezer om de verzegeling te controleren."},
    "fr": {"reference": "Référence", "date": "Date", "to": "À", "hash": "SHA-256 du contenu", "sealed":
           "Ce document est scellé électroniquement par le VDAB (PAdES, horodaté). Ouvrez-le dans un lecteur PDF pour vérifier le cachet."},
    "en": {"reference": "Reference", "date": "Date", "to": "To", "hash": "SHA-256 of the content", "sealed":
           "This document is electronically sealed by VDAB (PAdES, time-stamped). Open it in a PDF reader to check the seal."},
}


def render(envelope: Envelope, *, date: str, addressee: str) -> bytes:
    """The unsealed letter (reportlab), in the message's language; the content exactly as stored."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer

    words = HEADINGS.get(envelope.language, HEADINGS["nl"])
    mark = colon(envelope.language)
    styles = getSampleStyleSheet()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=envelope.subject, author="VDAB", subject=envelope.subject, lang=envelope.language)

    def text(value: str) -> str:
        return for_standard_fonts(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    body = styles["BodyText"].clone("letter", fontSize=11, leading=15)
    story = [
        Paragraph("VDAB — Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding", styles["Heading3"]),
        Paragraph(f"{words['to']}{mark} {text(addressee)}", body),
        Paragraph(f"{words['date']}{mark} {date} · {words['reference']}{mark} {envelope.message_id}", body),
        Spacer(1, 8 * mm), Paragraph(text(envelope.subject), styles["Heading2"]),
        Preformatted(for_standard_fonts(envelope.body), body, maxLineLength=90), Spacer(1, 10 * mm),
        Paragraph(f"{words['hash']}{mark} {envelope.sha256}", small), Paragraph(words["sealed"], small),
    ]
    doc.build(story)
    return out.getvalue()


def sealed(envelope: Envelope, *, date: str, addressee: str, timestamper=None) -> bytes:  # noqa: ANN001
    return evidence.seal(render(envelope, date=date, addressee=addressee), timestamper=timestamper)


def sha256(document: bytes) -> str:
    return hashlib.sha256(document).hexdigest()
