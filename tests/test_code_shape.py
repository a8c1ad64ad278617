"""The shape of the code (issue 18, point 13): one definition of age and of the unemployment spell (properties of the
functions, and a scan that fails when another module computes them again by hand); page helpers from one module."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from werkregie.core.lifecourse import ALLOWED_GAP, age_on, spell_months, spell_start, whole_months

DAYS = st.dates(min_value=dt.date(1920, 1, 1), max_value=dt.date(2100, 12, 31))


@given(DAYS, DAYS)
def test_age_is_completed_years(birth, day):
    if day < birth:
        birth, day = day, birth
    assert age_on(birth, day) == relativedelta(day, birth).years


@given(DAYS, DAYS)
def test_whole_months_are_completed_calendar_months(start, day):
    expected = relativedelta(day, start)
    assert whole_months(start, day) == (max(0, expected.years * 12 + expected.months) if day >= start else 0)


def test_birthday_and_month_edges():
    assert age_on(dt.date(2000, 5, 10), dt.date(2026, 5, 9)) == 25
    assert age_on(dt.date(2000, 5, 10), dt.date(2026, 5, 10)) == 26
    assert whole_months(dt.date(2026, 1, 31), dt.date(2026, 2, 28)) == 0
    assert whole_months(dt.date(2026, 1, 31), dt.date(2026, 3, 1)) == 1


def test_short_gap_does_not_break_the_spell_and_a_long_one_does():
    day = dt.date(2026, 6, 30)
    first = (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    after_short_gap = (dt.date(2025, 6, 30) + ALLOWED_GAP, None)
    assert spell_start([first, after_short_gap], day) == dt.date(2025, 1, 1)
    after_long_gap = (dt.date(2025, 6, 30) + ALLOWED_GAP + dt.timedelta(days=1), None)
    assert spell_start([first, after_long_gap], day) == after_long_gap[0]
    assert spell_start([first], day) is None  # nothing runs on the day
    assert spell_months([first], day) == 0
    assert spell_months([first, after_short_gap], day) == 17


PERIODS = st.lists(st.tuples(DAYS, st.one_of(st.none(), st.integers(0, 2000))), max_size=6).map(
    lambda raw: [(start, None if length is None else start + dt.timedelta(days=length)) for start, length in raw])


@given(PERIODS, DAYS)
def test_spell_start_lies_in_a_period_and_never_after_the_day(periods, day):
    start = spell_start(periods, day)
    if start is None:
        assert not any(s <= day and (e is None or e >= day) for s, e in periods)
    else:
        assert start <= day and any(s == start for s, _e in periods)


# The expressions that computed an age or a month count by hand before there was one function for each.
HAND_MADE = [
    re.compile(r"\.year\s*-\s*\w+(\.\w+)*\.year\s*-\s*\(\("),  # on.year - birth.year - ((on.month, on.day) < ...)
    re.compile(r"\.year\s*-\s*\w+\.year\)\s*\*\s*12\s*\+"),  # (day.year - start.year) * 12 + ...
]


def test_no_other_module_computes_age_or_months_by_hand():
    root = Path(__file__).resolve().parents[1] / "werkregie"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "lifecourse.py" or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in HAND_MADE:
            for match in pattern.finditer(text):
                offenders.append(f"{path.relative_to(root)}:{text[:match.start()].count(chr(10)) + 1}")
    assert not offenders, "use werkregie.core.lifecourse (age_on, whole_months, spell_start): " + ", ".join(offenders)


def test_apps_import_page_helpers_from_web_helpers_not_from_web_views():
    root = Path(__file__).resolve().parents[1] / "werkregie"
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if p.parent.name != "web" and re.search(r"from werkregie\.web\.views import|from werkregie\.web import views", p.read_text(encoding="utf-8"))]
    assert not offenders, "import roles/positive_int/apply_errors from werkregie.web.helpers: " + ", ".join(offenders)


def test_the_domains_never_import_the_demo():
    """Arrows point down: the demo depends on the domains (it seeds them), never the reverse (issue 18, point 13)."""
    root = Path(__file__).resolve().parents[1] / "werkregie"
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "demo" not in p.parts and p != root / "cli.py"
                 and re.search(r"^\s*(from werkregie\.demo[\s.]|from werkregie import demo|import werkregie\.demo)", p.read_text(encoding="utf-8"), re.M)]
    assert not offenders, "the demo depends on the domains, not the reverse: " + ", ".join(offenders)
