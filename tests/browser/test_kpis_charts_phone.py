"""Walk of stop 41: the KPI charts' text shrank to 6–7 px on a 390 px phone (a 640-wide drawing scaled down), long
names were cut at 30 characters or ran off the drawing, and the hatched bar of the municipality's own figure was
explained nowhere. Each bar now has its name above it in a 420-wide drawing: on a phone and on a wide screen every
name is readable (at least 11 px high) and inside its drawing, and the hatch has its key."""

import pytest

from .checks import PHONE, viewport
from .test_kpis_pages import DESKTOP, figures, login  # noqa: F401 - the fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEASURE = """() => [...document.querySelectorAll('svg.kpi-chart')].flatMap(svg => {
  const frame = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')].map(t => { const r = t.getBoundingClientRect();
    return {text: t.textContent, height: r.height, left: r.left - frame.left, right: frame.right - r.right}; });
})"""


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_chart_text_is_readable_and_inside_its_drawing(page, figures, size):  # noqa: F811
    login(page, "lien")  # Gent's page: every KPI beside its ten comparable municipalities, its own bar hatched
    with viewport(page, size):
        page.goto("/kerncijfers/gemeente/?peildatum=30/06/2025")
        page.get_by_role("heading", name="Vergelijkbare gemeenten").wait_for()
        texts = page.evaluate(MEASURE)
        assert len(texts) > 50
        small = [t for t in texts if t["height"] < 11]
        outside = [t for t in texts if t["left"] < -1 or t["right"] < -1]
        assert not small, small[:5]
        assert not outside, outside[:5]
        keys = [t["text"] for t in texts if t["text"].startswith("gearceerd: ")]
        assert keys and set(keys) == {"gearceerd: Gent"}
