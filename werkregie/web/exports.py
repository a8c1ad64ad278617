"""CSV files as Belgian spreadsheets open them: UTF-8 with a BOM, semicolons, headers and values in words in the
reader's language (never `education_level=3`), dates DD/MM/YYYY and decimal commas.

XLSX files (`xlsx_response`, the one way every export writes a spreadsheet): dates are real dates shown DD/MM/YYYY,
numbers are numbers (a `Share` is a fraction shown as a percentage), each with a number format that a Belgian Excel or
LibreOffice displays with the decimal comma and the point for thousands; text cells are guarded against formulas."""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from werkregie.core import csvsafe
from werkregie.core.identifiers import format_insz
from werkregie.formats.names import country_name
from werkregie.formats.numbers import format_number
from werkregie.geo import services as geo
from werkregie.people.enums import DigitalSkills, Isced, Sex

# the INSZ column keeps its short name, written as the abbreviation it is ("INSZ", not "insz": walk of issue 16), the
# same in every language: scripts and checks that read exports look for it
PERSON_HEADERS = {
    "id": _("Nummer in het register"), "first_name": _("Voornaam"), "last_name": _("Familienaam"), "insz": "INSZ",
    "birth_date": _("Geboortedatum"), "sex": _("Geslacht"), "nationality": _("Nationaliteit"), "municipality_id": _("Gemeente"),
    "postal_code": _("Postcode"), "education_level": _("Onderwijsniveau"), "digital_skills": _("Digitale vaardigheden"),
}
PERSON_LABELS = {"sex": dict(Sex.choices), "education_level": dict(Isced.choices), "digital_skills": dict(DigitalSkills.choices)}


def cell(value: object) -> str:
    """One value as text: dates DD/MM/YYYY, numbers with a decimal comma (no thousands separator: it stays a number)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return format_number(value, None).replace(".", "") if value != int(value) else str(int(value))
    return str(value)


def person_rows(columns: list[str], rows: Iterable[list]) -> tuple[list[str], list[list[str]]]:
    """The export use case's columns and rows in words: Dutch headers, labels instead of codes, the municipality's and the
    nationality's name."""
    out = []
    for row in rows:
        values = []
        for column, value in zip(columns, row):
            if column in PERSON_LABELS:
                value = PERSON_LABELS[column].get(value, value) if value not in (None, "") else ""
            elif column == "municipality_id" and value:
                found = geo.municipality(value)
                value = found.name if found else value
            elif column == "nationality":
                value = country_name(value)  # "België", as the person's page shows it, not "BE"
            elif column == "insz" and value:
                # as the page shows it (00.08.12-051.62): bare digits lost their leading zero in a spreadsheet, which
                # read them as a number (walk of stop 39)
                value = format_insz(value)
            values.append(cell(value))
        out.append(values)
    return [str(PERSON_HEADERS.get(c, c)) for c in columns], out


def csv_response(filename: str, header: list[str], rows: Iterable[list]) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csvsafe.writer(response, delimiter=";")
    writer.writerow(header)
    writer.writerows([cell(v) for v in row] for row in rows)
    return response


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel number formats are written with the US separators and shown with the reader's own (1.542 / 2,7 in Belgium)
DATE_FORMAT, DATETIME_FORMAT = "DD/MM/YYYY", "DD/MM/YYYY HH:MM"
INTEGER_FORMAT, DECIMAL_FORMAT, SHARE_FORMAT = "#,##0", "#,##0.0#", "0.0%"


@dataclass(frozen=True)
class Share:
    """A fraction (0.352) that the spreadsheet shows as a percentage (35,2 %)."""

    value: float | Decimal | None


def xlsx_value(value: object) -> tuple[object, str | None]:
    """One value as the spreadsheet stores it, with its number format."""
    if isinstance(value, Share):
        return (None, None) if value.value is None else (float(value.value), SHARE_FORMAT)
    if isinstance(value, bool):
        return str(_("ja") if value else _("nee")), None
    if isinstance(value, dt.datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return local.replace(tzinfo=None), DATETIME_FORMAT
    if isinstance(value, dt.date):
        return value, DATE_FORMAT
    if isinstance(value, int):
        return value, INTEGER_FORMAT
    if isinstance(value, (float, Decimal)):
        number = float(value)
        return number, INTEGER_FORMAT if number.is_integer() else DECIMAL_FORMAT
    if isinstance(value, Promise):
        value = str(value)
    return csvsafe.safe_cell(value), None


WIDEST = 60  # characters: a longer cell wraps (a head) or runs over the empty cells beside it (a note)


def shown_width(value: object, number_format: str | None) -> int:
    """How many characters the cell shows: a number with its thousands separators and decimals, a share with its
    sign, a date DD/MM/YYYY, a text its longest line."""
    if value is None:
        return 0
    if number_format in (DATE_FORMAT, DATETIME_FORMAT):
        return len(number_format)
    if number_format == SHARE_FORMAT:
        return len(f"{100 * value:,.1f}%")
    if number_format in (INTEGER_FORMAT, DECIMAL_FORMAT):
        return len(f"{value:,.0f}" if number_format == INTEGER_FORMAT else f"{value:,.2f}")
    return max(len(line) for line in str(value).splitlines() or [""])


def xlsx_response(filename: str, title: str, rows: Iterable[Iterable[object]], header: int = 0) -> HttpResponse:
    """One sheet named `title` (at most 31 characters, as Excel wants) with `rows`, as a download. Row `header` (from 0)
    heads the table: bold, and frozen with the rows above it (notes, such as a KPI's definition), so that it stays in
    view while the figures scroll. Each column is as wide as its widest cell as shown, at most WIDEST characters (a
    longer head wraps); a text in the notes above the head runs over the empty cells beside it and does not widen
    its column, a number or date there does (it would show as ####)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    widths: dict[int, int] = {}
    for index, row in enumerate(rows):
        cells = [xlsx_value(v) for v in row]
        sheet.append([value for value, _format in cells])
        for column, (value, number_format) in enumerate(cells, start=1):
            target = sheet.cell(row=index + 1, column=column)
            if number_format:
                target.number_format = number_format
            if index == header:
                target.font = Font(bold=True)
                target.alignment = Alignment(wrap_text=True, vertical="top")
            if index >= header or column == 1 or number_format:
                # a bold head is about a tenth wider than the same text in the figures
                width = shown_width(value, number_format) * (1.1 if index == header else 1)
                widths[column] = max(widths.get(column, 0), min(math.ceil(width), WIDEST))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width + 2
    sheet.freeze_panes = f"A{header + 2}"
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
