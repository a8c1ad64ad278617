"""The transparency report is an accessible PDF (issue 14): tagged (PDF/UA-1) with a structure tree of headings,
paragraphs, tables with header cells and figures whose alternative text gives the chart's figures; the document's
language and title; its font embedded. A hidden figure of the municipality says why it has no chart, and every number
is written as the report's language writes it, no chart label cut. Read back with pypdf, not with what wrote it."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

import pytest
from django.utils import translation

from tests import factories
from tests.test_kpis_report import TODAY, report_text
from tests.test_kpis_report import world as report_world  # noqa: F401 - the fixture
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.formats.numbers import format_number, format_percent
from werkregie.kpis import catalogue, refresh, report, use_cases

pypdf = pytest.importorskip("pypdf")


def structure(pdf: bytes) -> tuple[object, list[tuple[str, dict]]]:
    """The PDF's catalogue and its structure elements in reading order: (tag without the slash, the element)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    out: list[tuple[str, dict]] = []

    def walk(node: object) -> None:
        node = node.get_object()
        if isinstance(node, pypdf.generic.ArrayObject):
            for kid in node:
                walk(kid)
            return
        if not isinstance(node, pypdf.generic.DictionaryObject):
            return  # a marked-content id
        if "/S" in node:
            out.append((str(node["/S"])[1:], node))
        if "/K" in node:
            walk(node["/K"])

    walk(root["/StructTreeRoot"])
    return reader, out


def build(language: str, nis: str = "44021") -> tuple[str, bytes, dict]:
    analyst = Principal.for_session(factories.user(Role.ANALYST))
    with clock.travel_to(TODAY), translation.override(language):
        name, pdf = report.municipality_report(analyst, nis, "2025-K2")
        data = report.report_data(analyst, nis, "2025-K2")
    return name, pdf, data


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_report_is_a_tagged_pdf_with_language_title_and_structure(report_world, language, caplog):  # noqa: F811
    caplog.set_level(logging.WARNING, logger="weasyprint")
    _name, pdf, data = build(language)
    # WeasyPrint says what PDF/UA lacks (a figure without alternative text, a document without a language) in its log
    assert not [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")]
    reader, elements = structure(pdf)
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"].value is True
    assert str(root["/Lang"]) == language
    with translation.override(language):
        title = report.title_of(data)
    assert reader.metadata.title == title and title.endswith({"nl": "2025-K2", "fr": "2025-T2", "en": "2025-Q2"}[language])
    assert reader.xmp_metadata.dc_title["x-default"] == title
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert 'pdfuaid:part="1"' in root["/Metadata"].get_object().get_data().decode()  # PDF/UA-1 claimed
    tags = [tag for tag, _element in elements]
    assert tags.count("H1") == 1 and tags.index("H1") < tags.index("H2")
    # the themes are H2, each KPI an H3 under them, with its definition, its table and its chart or why it has none
    assert tags.count("H3") == len(catalogue.CATALOGUE)
    assert tags.count("Table") == len(catalogue.CATALOGUE) and tags.count("P") > len(catalogue.CATALOGUE)
    assert tags.count("TH") == 5 * len(catalogue.CATALOGUE) and tags.count("TD") == 3 * len(catalogue.CATALOGUE)  # two heads, three areas
    header_ids = {str(e["/ID"]) for tag, e in elements if tag == "TH"}
    for tag, element in elements:
        if tag == "TD":  # each figure names its headers: the area and the column
            assert {str(h) for h in element["/A"]["/Headers"]} <= header_ids and len(element["/A"]["/Headers"]) == 2
    figures = [e for tag, e in elements if tag == "Figure"]
    charted = [row for row in data["kpis"] if not row["own"]["hidden"] and (row["own"]["value"] or row["peer_median"]
                                                                               or (row["kpi"]["kind"] == "rate" and row["flanders"]["value"]))]
    assert figures and len(figures) == len(charted)
    alts = [str(figure["/Alt"]) for figure in figures]
    for row in charted:
        kpi = catalogue.BY_CODE[row["kpi"]["code"]]
        with translation.override(language):
            own = use_cases.number(row["own"]["value"], kpi, False, language)
            median = use_cases.number(row["peer_median"], kpi, False, language) if row["peer_median"] is not None else "—"
        # the alternative text is the chart's figures, not only its name
        alt = next(a for a in alts if a.startswith(f'{row["kpi"]["name"]},'))
        assert f'{row["own"]["label"]}' in alt and own in alt and median in alt, alt
    # the font is embedded (no font fetched or substituted by the reader): every font program is in the file
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)["/FontDescriptor"]
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()), font["/BaseFont"]
            assert "DejaVu" in str(font["/BaseFont"])


@pytest.mark.django_db
@pytest.mark.parametrize("language,share", [("nl", "0,0 %"), ("fr", "0,0 %"), ("en", "0.0%")])
def test_numbers_follow_the_report_language_and_no_label_is_cut(report_world, language, share):  # noqa: F811
    """The English report wrote the Dutch "0,0 %" and cut "Median of comparable municipalities" to 34 characters."""
    _name, pdf, _data = build(language)
    text = report_text(pdf)
    assert re.search(rf"(?<![\d.,]){re.escape(share)}", text), share
    other = {"nl": "0.0%", "fr": "0.0%", "en": "0,0 %"}[language]
    assert other not in text
    assert "…" not in text  # a chart label shortened with an ellipsis
    with translation.override(language):
        median = str(translation.gettext("Mediaan vergelijkbare gemeenten"))
    assert re.search(rf"^{re.escape(median)}$", text, re.M), "the chart's label of the median, whole on its own line"


def test_a_number_is_written_as_the_language_writes_it():
    count = catalogue.BY_CODE["jobseekers"]
    hours = next(k for k in catalogue.CATALOGUE if k.amount)
    share = next(k for k in catalogue.CATALOGUE if k.kind == "rate")
    assert use_cases.number(1234567, count, False, "nl") == "1.234.567"
    assert use_cases.number(1234567, count, False, "fr") == "1\u00a0234\u00a0567"
    assert use_cases.number(1234567, count, False, "en") == "1,234,567"
    assert use_cases.number(1234.5, hours, False, "en") == "1,234.5" and use_cases.number(1234.5, hours, False, "nl") == "1.234,5"
    assert use_cases.number(0.4525, share, False, "en") == "45.2%" and use_cases.number(0.4525, share, False, "fr") == "45,2\u00a0%"
    # without a language, the pages' Belgian format as before
    assert use_cases.number(1234567, count) == "1.234.567" and use_cases.number(0.4525, share) == "45,2 %"
    assert format_number(2.75, 1) == "2,8" and format_number(2.75, 1, language="en") == "2.8" and format_percent(0.5, 0, language="en") == "50%"


@pytest.fixture
def small_gent(ref):
    """Four job seekers in Gent (hidden: fewer than ten), thirty in Antwerpen."""
    for nis, count in (("44021", 4), ("11002", 30)):
        for _i in range(count):
            factories.episode(factories.person(municipality_id=nis), "jobseeker_benefit", dt.date(2025, 1, 6))
    with clock.travel_to(TODAY):
        refresh.full()


@pytest.mark.django_db
@pytest.mark.parametrize("language,why", [
    ("nl", "Geen grafiek: het cijfer van Gent is verborgen, omdat het anders een aantal kleiner dan 10 zou tonen of laten afleiden."),
    ("fr", "Pas de graphique : le chiffre de Gand est masqué, car il montrerait ou permettrait de déduire un nombre inférieur à 10."),
    ("en", "No chart: the figure for Ghent is hidden, because it would otherwise show or give away a count below 10."),
])
def test_a_hidden_figure_of_the_municipality_says_why_there_is_no_chart(small_gent, language, why):
    _name, pdf, data = build(language)
    hidden = [row for row in data["kpis"] if row["own"]["hidden"]]
    assert {row["kpi"]["code"] for row in hidden} >= {"jobseekers", "jobseekers_benefit"}
    text = " ".join(report_text(pdf).split())
    assert text.count(" ".join(why.split())) == len(hidden)
    with translation.override(language):
        assert str(use_cases.HIDDEN) in text
    _reader, elements = structure(pdf)
    alts = [str(e["/Alt"]) for tag, e in elements if tag == "Figure"]
    assert not any(a.startswith(f'{row["kpi"]["name"]},') for a in alts for row in hidden), "no chart for a hidden figure"
