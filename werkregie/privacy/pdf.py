"""The readable PDF of an export (reportlab): the same content as the JSON, in Dutch, with a table of contents, one
chapter per section, each record as a two-column table (the field's name, its value). DejaVu Sans when the system has
it (names in every alphabet), else Helvetica."""

from __future__ import annotations

import io
import json
from pathlib import Path
from xml.sax.saxutils import escape

from . import explained, readable

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)
MAX_VALUE = 4000  # a value longer than this (a long letter) is cut in the PDF; the JSON holds it whole


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
                pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def _text(value) -> str:  # noqa: ANN001
    if value is None or value == "":
        return "—"
    if value is True:
        return "ja"
    if value is False:
        return "nee"
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False, indent=1)
    text = str(value)
    if len(text) > MAX_VALUE:
        text = text[:MAX_VALUE] + " … (ingekort; volledig in het JSON-bestand)"
    return escape(text).replace("\n", "<br/>")


def render(content: dict, person_name: str, generated_at: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    regular, bold = _fonts()
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName=regular, fontSize=9, leading=11)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9)
    h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName=bold, fontSize=15)
    h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName=bold, fontSize=11)
    title = ParagraphStyle("title", parent=styles["Title"], fontName=bold)

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable) -> None:  # noqa: ANN001, N802 - reportlab's hook
            if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
                key = f"s{id(flowable)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)
                self.notify("TOCEntry", (0, flowable.getPlainText(), self.page, key))

    out = io.BytesIO()
    doc = Doc(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
              title="Mijn gegevens bij VDAB", author="VDAB werkregie", subject="Export van eigen gegevens", lang="nl")
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("toc1", parent=body, fontSize=10, leading=14, leftIndent=6 * mm, firstLineIndent=-6 * mm)]
    story = [
        Paragraph("Mijn gegevens bij VDAB", title),
        Paragraph(escape(f"Alles wat het talentregister over {person_name} bewaart, gemaakt op {generated_at}. "
                         "Dezelfde gegevens staan in het JSON-bestand in dit pakket, in een vorm die u aan een andere dienst kunt geven."), body),
        Spacer(1, 4 * mm), Paragraph("Inhoud", h2), toc, PageBreak(),
    ]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2"))])
    own_users = {r.get("id") for s in content["sections"] if s["key"] == "identity"
                 for label, b in s["models"].items() if label == "accounts.User" for r in b["rows"]}
    for section in content["sections"]:
        story.append(Paragraph(escape(section["title"]), h1))
        empty = True
        for label, block in section["models"].items():
            if not block["rows"]:
                continue
            empty = False
            story.append(Paragraph(escape(f"{block['title'][:1].upper()}{block['title'][1:]} ({len(block['rows'])})"), h2))
            if section["key"] == "access_log":
                lines, own = readable.access_summary(block["rows"], own_users)
                story.append(Paragraph(escape("Per maand: wie uw gegevens raadpleegde, waarvoor en hoe vaak. Elke raadpleging afzonderlijk "
                                              f"staat in het JSON-bestand. Uw eigen raadplegingen: {own}."), body))
                cells = [[Paragraph(h, small) for h in ("Maand", "Wie", "Waarvoor", "Aantal")]]
                cells += [[Paragraph(escape(m), small), Paragraph(escape(w), small), Paragraph(escape(p), small), Paragraph(str(n), small)]
                          for m, w, p, n in lines]
                table = Table(cells, colWidths=[20 * mm, 84 * mm, 55 * mm, 15 * mm], repeatRows=1)
                table.setStyle(grid)
                story += [table, Spacer(1, 2 * mm)]
                continue
            if section["key"] == "history":
                story += [Paragraph(_text(line), small) for line in explained.history(block["rows"], own_users)]
                continue
            for pairs in readable.readable_rows(block, label):
                cells = [[Paragraph(escape(str(k)), small), Paragraph(_text(v), small)] for k, v in pairs]
                if not cells:
                    continue
                table = Table(cells, colWidths=[50 * mm, 124 * mm])
                table.setStyle(grid)
                story += [table, Spacer(1, 2 * mm)]
        if section.get("derived"):
            empty = False
            story.append(Paragraph("Toelichting", h2))
            story += [Paragraph(_text(line), small) for line in explained.derived_lines(section["key"], section["derived"])]
        if empty:
            story.append(Paragraph("Het register bewaart hierover niets over u.", body))
    if content.get("not_exported"):
        story.append(Paragraph("Wat niet in deze export staat, en waarom", h1))
        for label, reason in content["not_exported"].items():
            story.append(Paragraph(escape(f"{label}: {reason}"), body))
    doc.multiBuild(story)
    return out.getvalue()
