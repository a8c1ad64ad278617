"""The learning account's balance chart has labelled axes (issue 13's walk: "the ledger chart without axes"): amounts in
Belgian notation on the vertical axis, dates as DD/MM/YYYY on the horizontal one, each axis named; a text alternative
that names the axes' ranges; ids of its own per chart; dark text on white; and the statement page keeps every balance
the chart draws in the table beside it."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.test import Client

from tests.test_learning_faces import world  # noqa: F401 - the fixture: a citizen with credits, vouchers, leave, a booking
from werkregie.core import clock
from werkregie.learning import chart

POINTS = [(dt.date(2025, 1, 1), Decimal("500")), (dt.date(2025, 3, 10), Decimal("349.25")), (dt.date(2026, 1, 1), Decimal("849.25")),
          (dt.date(2026, 5, 2), Decimal("698.50"))]


def _texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_the_axes_are_labelled_in_belgian_notation():
    svg, sentence = chart.balance_chart(POINTS, dt.date(2026, 12, 1), "€", "chart-eur")
    texts = _texts(str(svg))
    # the vertical axis from € 0 to the first tick above the highest balance (849,25), in steps of € 250
    assert ["€\u00a00", "€\u00a0250", "€\u00a0500", "€\u00a0750", "€\u00a01.000"] == [t for t in texts if t.startswith("€")]
    dates = [t for t in texts if re.fullmatch(r"\d\d/\d\d/\d{4}", t)]
    assert dates[0] == "01/01/2025" and dates[-1] == "01/12/2026" and 2 <= len(dates) <= chart.MAX_DATE_TICKS
    assert "Saldo in euro" in texts and "Datum" in texts
    assert "hoogste saldo €\u00a0849,25, nu €\u00a0698,50" in sentence


def test_the_text_alternative_names_the_axes_and_the_ids_are_the_charts_own():
    svg = str(chart.balance_chart(POINTS, dt.date(2026, 12, 1), "€", "chart-eur")[0])
    assert 'role="img"' in svg and 'aria-labelledby="chart-eur-title chart-eur-desc"' in svg
    desc = re.search(r'<desc id="chart-eur-desc">([^<]*)</desc>', svg).group(1)
    assert "Verticale as: saldo in euro, van €\u00a00 tot €\u00a01.000" in desc and "horizontale as: de datum" in desc
    hours = str(chart.balance_chart([(dt.date(2026, 11, 20), Decimal("12.5"))], dt.date(2026, 12, 1), "uur", "chart-hours")[0])
    ids = re.findall(r'id="([^"]+)"', svg) + re.findall(r'id="([^"]+)"', hours)
    assert len(ids) == len(set(ids)) and all(i.startswith(("chart-eur", "chart-hours")) for i in ids)
    assert "15\u00a0uur" in _texts(hours) and "Saldo in uur" in _texts(hours)


def test_the_chart_text_contrasts_with_its_white_background():
    svg = str(chart.balance_chart(POINTS, dt.date(2026, 12, 1))[0])
    # the text's colour is its `color`, painted in currentColor (site.css), so that axe reads the colour it shows (walk of
    # issue 16); the white ground is the declared .chart-ground
    fills = set(re.findall(r'<text[^>]*color="(#[0-9a-fA-F]{6})"', svg))
    assert fills and '<rect class="chart-ground" x="0" y="0" width="' in svg
    for fill in fills:
        ratio = (1.05) / (_luminance(fill) + 0.05)
        assert ratio >= 4.5, (fill, ratio)


@pytest.mark.parametrize("top, step", [(Decimal("849.25"), Decimal(250)), (Decimal(1), Decimal("0.25")), (Decimal(3000), Decimal(1000)),
                                       (Decimal(125), Decimal(50)), (Decimal(40), Decimal(10))])
def test_nice_steps(top, step):
    assert chart.nice_step(top) == step


def test_date_ticks_are_the_first_and_last_day_and_even_between():
    assert chart.date_ticks(dt.date(2026, 1, 1), dt.date(2026, 1, 2)) == [dt.date(2026, 1, 1), dt.date(2026, 1, 2)]
    ticks = chart.date_ticks(dt.date(2025, 1, 1), dt.date(2026, 1, 1))
    assert ticks[0] == dt.date(2025, 1, 1) and ticks[-1] == dt.date(2026, 1, 1) and len(ticks) == chart.MAX_DATE_TICKS


def test_the_statement_page_shows_the_charts_with_axes_and_the_same_balances_in_the_table(world):  # noqa: F811 - the fixture
    client = Client()
    client.force_login(world["citizen"])
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)):
        html = client.get("/mijn-loopbaan/leerrekening/").content.decode()
    euro_svg = re.search(r'<svg class="chart" id="chart-eur".*?</svg>', html, re.S).group(0)
    assert "Saldo in euro" in euro_svg and "Datum" in euro_svg
    assert re.search(r'<svg class="chart" id="chart-hours"', html)
    table = html[html.index("Boekingen, nieuwste eerst"):]
    table = table[:table.index("</table>")]
    balances = re.findall(r'data-label="Saldo">([^<]*)</td>', table)
    assert balances and balances[0] == "€ 481,65"  # the current balance, the chart's last point ("nu € 481,65")
    assert "nu €\u00a0481,65" in html
