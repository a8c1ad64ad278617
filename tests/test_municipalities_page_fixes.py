"""Findings of the browser walk on the cooperation agreements: the reward's sources name the coalition agreement, not a
file of the repository, and whether an engagement is reached is said in words (hidden for small numbers, or not yet
measurable), never a bare "?"."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from tests import factories
from tests.test_municipalities import TODAY, world  # noqa: F401  (the fixture: agreements of Gent, and of Gent with Antwerpen)
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.municipalities import use_cases


def _page(client, url: str) -> str:
    client.force_login(factories.user(Role.ANALYST))
    with clock.travel_to(TODAY):
        return html.unescape(client.get(url).content.decode())


@pytest.mark.django_db
def test_the_rewards_sources_are_readable(client, world):  # noqa: F811
    page = _page(client, f"/gemeente/samenwerking/{world['gent'].pk}/")
    sources = re.search(r"Parameters van de beloning en hun bron.*?</table>", page, re.S).group(0)
    assert "Vlaams regeerakkoord 2019–2024, hoofdstuk Werk en Sociale Economie" in sources
    assert not re.search(r"\.\./|shared/seed|\.txt|regels \d", sources), sources


@pytest.mark.django_db
def test_whether_an_engagement_is_reached_is_said_in_words(client, world):  # noqa: F811
    use_cases.create_agreement(factories.principal(world["admin"]), {
        "title": "Werk binnen het jaar", "partner_name": "OCMW Gent", "municipalities": ["44021"], "start": dt.date(2025, 1, 1),
        "end": dt.date(2025, 12, 31), "engagements": [{"kpi": "work_12m", "target": 50}]})
    page = _page(client, "/gemeente/samenwerking/")
    cells = re.findall(r'<td data-label="Engagementen gehaald">(.*?)</td>', page, re.S)
    text = [re.sub(r"<[^>]+>", "", c) for c in cells]
    assert not any(re.search(r"(^|\s)\?\s", t) for t in text), text
    assert any("Leefloongerechtigden: verborgen (kleine aantallen)" in t for t in text), text  # Antwerpen's 3 are hidden
    assert any("Uitstroom naar werk binnen 12 maanden: nog niet te meten" in t for t in text), text  # no cohort a year back
    assert any("Leefloongerechtigden: ✓ gehaald" in t for t in text) and any("✗ niet gehaald" in t for t in text), text
    detail = _page(client, f"/gemeente/samenwerking/{world['group'].pk}/")
    assert "verborgen (kleine aantallen)" in detail and "te klein om te tonen" in detail
