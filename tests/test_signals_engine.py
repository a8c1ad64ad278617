"""Career signals, the engine alone (no database): quarters, trends, small cells, adjacent occupations, rising skills."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from werkregie.careers import signals as engine


def test_last_quarters_end_with_the_running_one_measured_today():
    qs = engine.last_quarters(dt.date(2026, 2, 10))
    assert [q.key for q in qs] == ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]
    assert qs[-1].at == dt.date(2026, 2, 10) and qs[0].at == dt.date(2025, 6, 30)
    assert qs[2].start == dt.date(2025, 10, 1) and qs[2].end == dt.date(2025, 12, 31)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_quarters_are_contiguous_and_contain_today(today):
    qs = engine.last_quarters(today)
    assert len(qs) == 4 and qs[-1].start <= today <= qs[-1].end
    for before, after in zip(qs, qs[1:], strict=False):
        assert before.end + dt.timedelta(days=1) == after.start


def test_trend_up_down_stable_unknown():
    assert engine.trend(10, 20) == engine.UP
    assert engine.trend(20, 10) == engine.DOWN
    assert engine.trend(100, 105) == engine.STABLE
    assert engine.trend(None, 10) == engine.UNKNOWN
    assert engine.trend(0, 12) == engine.UP


def test_small_cells_are_hidden_and_hide_the_ratio_and_the_trend():
    qs = engine.last_quarters(dt.date(2026, 11, 15))
    d = engine.demand(qs, [4, 12, 15, 30], [20, 20, 3, 20], below=10)
    assert d.quarters[0].vacancies is None and d.quarters[0].ratio is None
    assert d.quarters[2].seekers is None and d.quarters[2].ratio is None
    assert d.quarters[3].ratio == 1.5
    assert d.vacancies_trend == engine.UNKNOWN  # the first quarter is too small to compare against
    up = engine.demand(qs, [10, 12, 15, 30], [20, 20, 20, 20], below=10)
    assert up.vacancies_trend == engine.UP and up.ratio_trend == engine.UP and round(up.change, 2) == 2.0
    down = engine.demand(qs, [30, 12, 15, 10], [10, 10, 10, 40], below=10)
    assert down.vacancies_trend == engine.DOWN and down.ratio_trend == engine.DOWN


def test_rising_skills_need_publishable_counts_and_a_real_rise():
    rising = engine.rising_skills({1: 12, 2: 15, 3: 4}, {1: 0, 2: 14}, recent_total=20, earlier_total=20, below=10)
    assert [r.skill for r in rising] == [1]  # 2 is steady, 3 is too small to show
    assert engine.rising_skills({1: 12}, {}, recent_total=20, earlier_total=5, below=10) == []
    (small_before,) = engine.rising_skills({1: 18}, {1: 3}, recent_total=20, earlier_total=20, below=10)
    assert small_before.earlier_share is None  # 3 of 20 before: a small cell, its share is not shown either


def test_adjacent_keeps_high_demand_small_gaps_with_overlap():
    own_skills = {1, 2, 3, 4}
    held = {1, 2, 3, 4}
    gaps = {10: ["a"], 11: ["a", "b", "c", "d", "e"], 12: [], 13: ["a"]}
    candidates = [(10, 50, {1, 2, 9}, {1, 2, 9}), (11, 80, {1, 5, 6, 7, 8}, {1, 5, 6, 7, 8}), (12, 5, {1, 2}, {1, 2}),
                  (13, 30, {20, 21}, {20, 21}), (0, 99, {1}, {1})]
    asked = []

    def gaps_of(index):
        asked.append(index)
        return gaps[index]

    found = engine.adjacent(0, own_skills, held, candidates, gaps_of, below=10)
    assert asked == [10]  # the gap function runs only for the candidates that pass the cheap count
    # 11: gap too large; 12: demand too small; 13: no shared skill; 0: the person's own occupation
    assert [a.occupation for a in found] == [10]
    assert found[0].missing == ["a"] and found[0].open_vacancies == 50


def test_quarters_before_the_platforms_history_are_no_figures_not_zeros():
    qs = engine.last_quarters(dt.date(2026, 11, 15))
    d = engine.demand(qs, [None, None, None, 40], [None, None, None, 20], below=10)
    assert d.vacancies_trend == engine.UNKNOWN and [q.history for q in d.quarters] == [False, False, False, True]
    d = engine.demand(qs, [None, None, 20, 40], [None, None, 20, 20], below=10)
    assert d.vacancies_trend == engine.UP and d.change == 1.0
