"""Walk of stop 32: the sector view's bars were written with the page's decimal comma (width="100,0"), which SVG reads
as nothing, so the chart was empty in every language. Geometry is never localised; the figures in the table are."""

import re

from django.test import Client
from django.utils import translation

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind

from . import factories as f
from .test_matching_platform import SKILLS, seeker, vacancy
from .test_vacancies_round2 import world  # noqa: F401 - fixture


def test_the_sector_chart_bars_have_widths_svg_can_read(world):  # noqa: F811 - the fixture
    client = _transport_in_oost_vlaanderen()
    for language in ("nl", "fr", "en"):
        with translation.override(language):
            html = client.get("/vacatures/sectoren/", {"sector": "H", "provincie": "40000"}, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        widths = re.findall(r'<rect [^>]*width="([^"]*)"', html)
        assert widths, language
        assert all(re.fullmatch(r"\d+(\.\d+)?", w) for w in widths), (language, widths)
        assert max(float(w) for w in widths) > 0, language


def test_each_pair_of_bars_is_named_and_keeps_its_proportions(world):  # noqa: F811 - the fixture
    """Walk of stop 42: the chart was 15 pairs of unlabelled bars, stretched to the page's width (preserveAspectRatio
    none). Each pair now carries its competence's name and both figures, in a drawing that keeps its proportions."""
    client = _transport_in_oost_vlaanderen()
    html = client.get("/vacatures/sectoren/", {"sector": "H", "provincie": "40000"}).content.decode()
    chart = html[html.index("<svg"):html.index("</svg>")]
    table = html[html.index("<table"):html.index("</table>")]
    names = re.findall(r'<text class="bar-label"[^>]*>([^<]+)</text>', chart)
    assert len(names) == table.count("<tr>") - 1 >= 2 and "preserveAspectRatio" not in chart
    assert "gevraagd in vacatures" in chart and "bij werkzoekenden" in chart  # the key of the two colours
    # each bar's figure, as in the table (demand, then supply or "niet getoond", per competence)
    figures = [t for t in re.findall(r">([^<]*)</text>", chart) if t not in names and t not in ("gevraagd in vacatures", "bij werkzoekenden")]
    cells = [c for c in re.findall(r"<td[^>]*>([^<]*)</td>", table) if c and (c[0].isdigit() or c == "niet getoond")]
    assert figures == cells and "3" in figures


def _transport_in_oost_vlaanderen() -> Client:
    """Three transport vacancies asking two competences, eleven job seekers with the first; an analyst's client."""
    transport = f.organisation(OrganisationKind.EMPLOYER, name="Transport Gent nv", nace_code="49.410")
    for _ in range(3):
        vacancy(transport, skills=SKILLS[:2])
    for _ in range(11):
        seeker(SKILLS[:1])
    client = Client()
    client.force_login(f.user(Role.ANALYST))
    return client
