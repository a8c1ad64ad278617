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
    transport = f.organisation(OrganisationKind.EMPLOYER, name="Transport Gent nv", nace_code="49.410")
    for _ in range(3):
        vacancy(transport, skills=SKILLS[:2])
    for _ in range(11):
        seeker(SKILLS[:1])
    client = Client()
    client.force_login(f.user(Role.ANALYST))
    for language in ("nl", "fr", "en"):
        with translation.override(language):
            html = client.get("/vacatures/sectoren/", {"sector": "H", "provincie": "40000"}, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        widths = re.findall(r'<rect [^>]*width="([^"]*)"', html)
        assert widths, language
        assert all(re.fullmatch(r"\d+(\.\d+)?", w) for w in widths), (language, widths)
        assert max(float(w) for w in widths) > 0, language
