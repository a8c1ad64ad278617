"""The KPI spreadsheet reads at once (issue 14): the table's head bold and frozen (with the KPI's definition above it),
each column as wide as what it shows, and the cells still typed: numbers as numbers, the date a date shown DD/MM/YYYY."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from tests import factories
from tests.test_kpis_faces import world  # noqa: F401 - the fixture: 40 job seekers in Gent and Antwerpen
from werkregie.accounts.models import Role
from werkregie.web.exports import WIDEST, shown_width, xlsx_response


def sheet_of(content: bytes):  # noqa: ANN201 - an openpyxl worksheet
    return load_workbook(io.BytesIO(content)).active


def width(sheet, column: int) -> float:  # noqa: ANN001
    return sheet.column_dimensions[get_column_letter(column)].width


def test_the_helper_freezes_and_bolds_the_head_and_fits_the_columns():
    sheet = sheet_of(xlsx_response("t.xlsx", "t", [["Naam", "Aantal", "Datum"], ["Sint-Katelijne-Waver", 1234567, dt.date(2025, 6, 30)],
                                                   ["Gent", 3, None]]).content)
    assert sheet.freeze_panes == "A2"
    assert all(c.font.b for c in sheet[1]) and not any(c.font.b for c in sheet[2])
    assert width(sheet, 1) >= len("Sint-Katelijne-Waver") and width(sheet, 1) <= len("Sint-Katelijne-Waver") + 3
    assert len("1,234,567") <= width(sheet, 2) <= len("1,234,567") + 3  # as shown, with its separators
    assert len("30/06/2025") <= width(sheet, 3) <= 13
    assert sheet["B2"].value == 1234567 and sheet["C2"].number_format == "DD/MM/YYYY" and sheet["C2"].is_date


def test_a_long_note_above_the_head_runs_over_and_a_long_head_wraps():
    note = "Een definitie die veel langer is dan een kolom breed hoort te zijn, zodat ze over de lege cellen ernaast loopt."
    head = "Een kop die langer is dan de breedste kolom die het blad toelaat, en dus over twee regels loopt"
    sheet = sheet_of(xlsx_response("t.xlsx", "t", [["Definitie", note], ["Peildatum", dt.date(2025, 6, 30)], [], ["Code", head], ["02000", 12]],
                                   header=3).content)
    assert sheet.freeze_panes == "A5" and sheet["A4"].font.b and sheet["B4"].font.b and not sheet["A1"].font.b
    assert width(sheet, 2) == WIDEST + 2 and sheet["B4"].alignment.wrap_text  # the head wraps, at most WIDEST wide
    assert width(sheet, 1) == len("Definitie") + 2  # the notes' labels count
    assert shown_width(dt.date(2025, 6, 30), "DD/MM/YYYY") == 10 and shown_width(0.352, "0.0%") == len("35.2%")


@pytest.mark.django_db
@pytest.mark.parametrize("kpi", ["jobseekers", "screened_2m"])
def test_the_kpi_export_freezes_its_head_under_the_definition(client, world, kpi):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    sheet = sheet_of(client.get("/kerncijfers/export.xlsx", {"kpi": kpi, "peildatum": "30/06/2025"}).content)
    head = next(row[0].row for row in sheet.iter_rows() if row[0].value == "Niveau")
    assert sheet.freeze_panes == f"A{head + 1}" and sheet.cell(1, 1).value == "Indicator"
    assert all(c.font.b for c in sheet[head] if c.value is not None) and not any(c.font.b for c in sheet[head + 1])
    date = next(row[1] for row in sheet.iter_rows() if row[0].value == "Peildatum")
    assert date.is_date and date.number_format == "DD/MM/YYYY" and width(sheet, 2) >= len("30/06/2025")
    for column in range(1, sheet.max_column + 1):  # every cell of the table fits its column, and the notes' labels, dates and numbers
        cells = [c for c in (sheet.cell(r, column) for r in range(1, sheet.max_row + 1))
                 if c.row >= head or column == 1 or c.number_format != "General"]
        widest = max(min(shown_width(c.value, None if c.number_format == "General" else c.number_format), WIDEST) for c in cells)
        assert widest <= width(sheet, column) <= widest * 1.1 + 3, (column, widest, width(sheet, column))
    figures = [row for row in sheet.iter_rows(min_row=head + 1) if row[1].value == "02000"]
    assert isinstance(figures[0][3].value, (int, float)) and isinstance(figures[0][4].value, int)
