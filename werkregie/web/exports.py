"""CSV files as Belgian spreadsheets open them: UTF-8 with a BOM, semicolons, headers and values in words in the
reader's language (never `education_level=3`), dates DD/MM/YYYY and decimal commas."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from werkregie.core import csvsafe
from werkregie.formats.numbers import format_number
from werkregie.geo import services as geo
from werkregie.people.enums import DigitalSkills, Isced, Sex

# the INSZ column keeps its short name "insz": scripts and checks that read exports look for it
PERSON_HEADERS = {
    "id": _("Nummer in het register"), "first_name": _("Voornaam"), "last_name": _("Familienaam"), "insz": "insz",
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
    """The export use case's columns and rows in words: Dutch headers, labels instead of codes, the municipality's name."""
    out = []
    for row in rows:
        values = []
        for column, value in zip(columns, row):
            if column in PERSON_LABELS:
                value = PERSON_LABELS[column].get(value, value) if value not in (None, "") else ""
            elif column == "municipality_id" and value:
                found = geo.municipality(value)
                value = found.name if found else value
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
