"""Walk of issue 16: the statistics CSV carried the trend only, not the per-province table (nor the totals) that the
statistics page shows. Every table of the page is in the CSV with the same figures: Dutch headers and labels, dates
DD/MM/YYYY, numbers as the existing CSV writes them (web.exports.cell: no thousands point, it stays a number), and the
same small cells suppressed (empty in the CSV where the page shows "—")."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from html.parser import HTMLParser

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.people.enums import StatusKind

from . import factories as f


class Tables(HTMLParser):
    """The page's tables: caption, header and body rows as the reader sees them ("—" for a hidden cell)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self.where: str | None = None
        self.text: list[str] | None = None
        self.row: list[str] | None = None

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        if tag == "table":
            self.tables.append({"caption": "", "header": [], "rows": []})
        elif tag in ("thead", "tbody"):
            self.where = tag
        elif tag == "tr":
            self.row = []
        elif tag in ("th", "td", "caption"):
            self.text = []

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag in ("th", "td") and self.row is not None:
            self.row.append(" ".join("".join(self.text or []).split()))
            self.text = None
        elif tag == "caption":
            self.tables[-1]["caption"] = " ".join("".join(self.text or []).split())
            self.text = None
        elif tag == "tr" and self.row is not None:
            table = self.tables[-1]
            if self.where == "thead":
                table["header"] = self.row
            else:
                table["rows"].append(self.row)
            self.row = None

    def handle_data(self, data):  # noqa: ANN001
        if self.text is not None:
            self.text.append(data)


def page_tables(html: str) -> list[dict]:
    parser = Tables()
    parser.feed(html)
    for table in parser.tables:  # the bar chart column holds no figure
        keep = [i for i, name in enumerate(table["header"]) if name != "Grafiek"]
        table["header"] = [table["header"][i] for i in keep]
        table["rows"] = [[row[i] for i in keep] for row in table["rows"]]
    return parser.tables


def csv_blocks(content: str) -> list[list[list[str]]]:
    blocks: list[list[list[str]]] = [[]]
    for row in csv.reader(io.StringIO(content), delimiter=";"):
        if not any(row):
            blocks.append([])
        else:
            blocks[-1].append(row)
    return [b for b in blocks if b]


def as_csv_cell(shown: str) -> str:
    """A page cell as the CSV writes it: "—" (hidden) is empty, "1.542" is 1542."""
    if shown == "—":
        return ""
    return shown.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", shown) else shown


@pytest.fixture
def register(db):
    long_ago = clock.today() - dt.timedelta(days=500)
    for town, kind, count, since in (("44021", StatusKind.JOBSEEKER_BENEFIT, 14, long_ago), ("11002", StatusKind.JOBSEEKER_BENEFIT, 12, long_ago),
                                      ("24062", StatusKind.JOBSEEKER_BENEFIT, 3, long_ago),  # a small cell: hidden, with its complement
                                      ("44021", StatusKind.EMPLOYED, 11, clock.today() - dt.timedelta(days=100))):
        for _ in range(count):
            f.episode(f.person(municipality_id=town), kind, since)
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.ANALYST))
    return client


def test_every_table_of_the_page_is_in_the_csv_with_equal_figures(register):
    page = register.get("/statistiek/")
    assert page.status_code == 200
    tables = page_tables(page.content.decode())
    assert len(tables) == 3 and any(t["caption"] == "Per provincie" for t in tables)
    export = register.get("/statistiek/personen-per-status.csv")
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    content = export.content.decode("utf-8-sig")
    blocks = csv_blocks(content)
    assert content.startswith("Status;01/")  # the trend first, as before
    hidden = 0
    for table in tables:
        found = [b for b in blocks if table["header"] in b[:2]]
        assert len(found) == 1, f"table {table['caption']!r} ({table['header']}) not in the CSV once"
        block = found[0]
        at = block.index(table["header"])
        if at == 1:  # a table under its caption
            assert table["caption"] in block[0][0], (table["caption"], block[0])
        expected = [[as_csv_cell(c) for c in row] for row in table["rows"]]
        assert block[at + 1:] == expected, table["caption"]
        hidden += sum(row.count("—") for row in table["rows"])
        for row in block[at + 1:]:
            assert all(re.fullmatch(r"\d*", c) for c in row[1:]), row  # numbers as numbers, a hidden cell empty
    assert hidden >= 2, "the data has small cells, hidden on the page and in the CSV alike"
    assert "Oost-Vlaanderen" in content and "Werkzoekende met uitkering" in content  # Dutch labels, not codes
    assert "jobseeker_benefit" not in content and clock.today().strftime("%d/%m/%Y") in content
