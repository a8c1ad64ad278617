"""The contrast check decides what axe leaves for review in charts (text inside an SVG): the walk of stop 24 found
10–574 such results on the statistics and KPI pages, which the page tests had left out of axe's run. This test shows
that the check fails low-contrast chart text and passes readable text, including text over a bar."""

import pytest

from .checks import assert_axe_clean

pytestmark = [pytest.mark.browser]

CHART = """<!doctype html><html lang="nl"><head><title>grafiek</title></head><body><main><h1>Grafiek</h1>
<svg role="img" aria-label="grafiek" viewBox="0 0 300 80" width="300" height="80" xmlns="http://www.w3.org/2000/svg">
<rect x="0" y="0" width="300" height="80" fill="#ffffff"/>
<rect x="100" y="10" width="150" height="24" fill="{bar}"/>
<text x="10" y="27" font-size="12" fill="{label}">Gent</text>
<text x="110" y="27" font-size="12" fill="{value}">1.542</text>
</svg></main></body></html>"""


def test_readable_chart_text_passes(page):
    page.set_content(CHART.format(bar="#1d4f91", label="#1a1a1a", value="#ffffff"))
    assert_axe_clean(page)


@pytest.mark.parametrize("colours", [dict(bar="#1d4f91", label="#aaaaaa", value="#ffffff"),  # a grey label on white: 2.3:1
                                     dict(bar="#7fa7d9", label="#1a1a1a", value="#ffffff")])  # white on a light bar: 2.5:1
def test_low_contrast_chart_text_fails(page, colours):
    page.set_content(CHART.format(**colours))
    with pytest.raises(AssertionError, match="below the contrast it needs"):
        assert_axe_clean(page)
