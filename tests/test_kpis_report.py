"""The quarterly transparency report of a municipality (issue 14, point 6): a PDF with every KPI of the catalogue beside
the comparison group and Flanders, the same suppressed figures as the page; a municipality worker only gets its own;
bad quarters are a clear error, never a 500."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests import factories
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.kpis import catalogue, refresh, report, use_cases

TODAY = dt.date(2025, 8, 14)


def pdf_text(pdf: bytes) -> str:
    """The drawing operators of every page, decoded by an independent PDF reader (pyHanko's): enough to find the words."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf))
    out = []
    for kid in reader.root["/Pages"]["/Kids"]:
        contents = kid.get_object()["/Contents"]
        for stream in contents if isinstance(contents, list) else [contents]:
            out.append(stream.get_object().data.decode("latin-1"))
    return "\n".join(out)


def report_text(pdf: bytes) -> str:
    """The text of the transparency report as a reader extracts it (pypdf, not the library that wrote it), its no-break
    spaces (before "%" and ":" in French) as plain spaces."""
    import io

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def world(ref):
    for nis, count in (("44021", 30), ("11002", 15)):
        for i in range(count):
            p = factories.person(municipality_id=nis, sex="MF"[i % 2])
            factories.episode(p, "jobseeker_benefit", dt.date(2025, 1, 6))
            if i % 2:
                factories.episode(p, "leefloon", dt.date(2025, 2, 1), municipality=nis)
    with clock.travel_to(TODAY):
        refresh.full()


@pytest.mark.parametrize("text,expected", [("2025-K2", (2025, 2)), ("2025Q2", (2025, 2)), ("2025 q4", (2025, 4)), ("2025/K1", (2025, 1))])
def test_quarter_is_read_in_dutch_and_english(text, expected):
    assert report.parse_quarter(text) == expected


@given(st.text(max_size=12))
def test_any_other_text_is_a_clear_error(text):
    if not text.strip() or report.QUARTER.match(text):
        return  # empty: the last completed quarter
    with pytest.raises(InvalidInput) as caught:
        report.parse_quarter(text)
    assert caught.value.errors[0].field == "kwartaal"


def test_quarter_end_and_default_is_the_last_completed_quarter():
    assert report.quarter_end(2025, 4) == dt.date(2025, 12, 31)
    assert report.quarter_end(2024, 1) == dt.date(2024, 3, 31)
    assert report.parse_quarter("", today=dt.date(2025, 2, 3)) == (2024, 4)
    assert report.parse_quarter("", today=dt.date(2025, 8, 14)) == (2025, 2)


@pytest.mark.django_db
def test_report_holds_every_kpi_with_the_figures_of_the_page(world):
    analyst = Principal.for_session(factories.user(Role.ANALYST))
    with clock.travel_to(TODAY):
        name, pdf = report.municipality_report(analyst, "44021", "2025-K2")
        page = use_cases.comparison(analyst, "44021", dt.date(2025, 6, 30))
    assert name == "transparantierapport-44021-2025-K2.pdf" and pdf.startswith(b"%PDF")
    text = report_text(pdf)
    lines = text.splitlines()

    def cell(label: str, figure: str) -> bool:  # a row of a KPI's table: the area, then its figure as the page shows it
        return f"{label} {figure}".replace("\u00a0", " ") in lines

    assert "Gent" in text and "2025-K2" in text and "30/06/2025" in text
    for kpi in catalogue.CATALOGUE:
        assert str(kpi.name) in lines, kpi.code  # each KPI's heading, whole
    for row in page["kpis"]:
        assert cell(row["own"]["label"], row["own"]["text"]) and cell(row["flanders"]["label"], row["flanders"]["text"])
        assert cell(row["peer_median_label"], row["peer_median_text"]), row["peer_median_label"]
    assert "urban/rural" not in text  # the method in Dutch words, not the developers' docstring


@pytest.mark.django_db
def test_municipality_worker_gets_only_its_own_report(client, world):
    from werkregie.organisations.models import Organisation

    worker = factories.user(Role.MUNICIPALITY)
    worker.organisation = Organisation.objects.create(name="OCMW Antwerpen", kind="municipality", municipality_id="11002")
    worker.save()
    client.force_login(worker)
    with clock.travel_to(TODAY):
        response = client.get("/kerncijfers/gemeente/rapport.pdf", {"gemeente": "44021", "kwartaal": "2025-K2"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "transparantierapport-11002-2025-K2.pdf" in response["Content-Disposition"]


@pytest.mark.django_db
@pytest.mark.parametrize("role,status", [(Role.CITIZEN, 403), (Role.COUNSELLOR, 403), (Role.EMPLOYER, 403), (Role.ANALYST, 200), (Role.ADMIN, 200)])
def test_report_route_for_each_role(client, world, role, status):
    client.force_login(factories.user(role))
    with clock.travel_to(TODAY):
        response = client.get("/kerncijfers/gemeente/rapport.pdf", {"gemeente": "44021", "kwartaal": "2025-K2"})
    assert response.status_code == status


@pytest.mark.django_db
@pytest.mark.parametrize("quarter", ["2025-K5", "volgend kwartaal", "2025-K4", "9999-K1"])
def test_bad_or_future_quarter_is_said_on_the_page_with_the_form(client, world, quarter):
    """The browser walk found a bare 400 page without the form; the error now shows above the form, which offers only
    finished quarters."""
    client.force_login(factories.user(Role.ANALYST))
    with clock.travel_to(TODAY):
        response = client.get("/kerncijfers/gemeente/rapport.pdf", {"gemeente": "44021", "kwartaal": quarter}, follow=True)
    page = response.content.decode()
    assert response.redirect_chain and response.status_code == 200 and "kwartaal" in page.lower()
    assert '<select id="f-q" name="kwartaal"><option value="2025-K2">' in page  # newest finished quarter first


def test_the_form_offers_the_last_eight_finished_quarters():
    assert report.finished_quarters(today=dt.date(2025, 8, 14)) == ["2025-K2", "2025-K1", "2024-K4", "2024-K3", "2024-K2", "2024-K1",
                                                                    "2023-K4", "2023-K3"]


@pytest.mark.django_db(transaction=True)
def test_command_writes_the_report(world, tmp_path, settings):
    factories.user(Role.ANALYST)
    out = tmp_path / "gent.pdf"
    from werkregie.kpis.cli import cmd_report

    class Args:
        municipality, quarter = "44021", "2025-K2"

    Args.out = str(out)
    with clock.travel_to(TODAY):
        assert cmd_report(Args()) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert subprocess.run([sys.executable, "-m", "werkregie.cli", "kpi", "report", "--help"], capture_output=True).returncode == 0
