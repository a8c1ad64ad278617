"""Walk of stop 43 (MAJOR): the hours of wijk-werken and community service were published for one person. Their count
was the attendances (one per day worked), so 20 days of one man's wijk-werken read as a count of 20, above the small-cell
threshold, and "Man 175,0 | Vrouw 0,0" showed his hours. Now the hours count persons: each person once a calendar year,
on their first day of that kind, and the hours KPIs run from 1 January to the day, so the count over the window is the
number of persons behind the hours, and the small-cell rule hides the hours of fewer than ten."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from werkregie.kpis import catalogue, engine, figures, refresh

GENT = "44021"


def worker(person_id: int, days: list[dt.date], kind: str = "wijk_werken", sex: str = "M") -> engine.Facts:
    return engine.Facts(person_id, dt.date(1980, 3, 1), sex, "BE", 2, False, GENT, hours=[(d, kind, Decimal("8.75")) for d in days])


def working_days(year: int, count: int) -> list[dt.date]:
    return [dt.date(year, 2, 1) + dt.timedelta(days=7 * i) for i in range(count)]


def test_a_person_counts_once_a_year_whatever_the_days_and_the_hours_all_count():
    contribs = engine.contributions(worker(1, working_days(2025, 20) + working_days(2026, 3)))
    per_year = {year: sum(n for (kpi, day, *_g), (n, _v) in contribs.items() if day.year == year) for year in (2025, 2026)}
    hours = {year: sum(v for (kpi, day, *_g), (_n, v) in contribs.items() if day.year == year) for year in (2025, 2026)}
    assert per_year == {2025: 1, 2026: 1}
    assert hours == {2025: Decimal("175.00"), 2026: Decimal("26.25")}
    # two kinds: counted once for each
    both = engine.contributions(engine.Facts(
        1, dt.date(1980, 3, 1), "M", "BE", 2, False, GENT,
        hours=[(dt.date(2025, 3, 3), "wijk_werken", Decimal("4")), (dt.date(2025, 3, 4), "community_service", Decimal("3")),
               (dt.date(2025, 3, 5), "wijk_werken", Decimal("4"))]))
    assert sorted((kpi, n) for (kpi, *_rest), (n, _v) in both.items()) == [
        ("hours.community_service", 1), ("hours.wijk_werken", 0), ("hours.wijk_werken", 1)]


def test_the_hours_kpis_run_from_the_first_of_january():
    kpi = catalogue.BY_CODE["hours_wijk_werken"]
    assert figures.window(kpi, dt.date(2025, 12, 31)) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert figures.window(kpi, dt.date(2026, 3, 31)) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))


@pytest.mark.django_db
def test_one_mans_wijk_werken_hours_are_hidden_and_ten_persons_hours_are_shown(ref):
    on = dt.date(2025, 12, 31)
    refresh.replace([1], _rows([worker(1, working_days(2025, 20))]))
    (alone,) = figures.compute_all("hours_wijk_werken", on, 10)
    for unit, dim, val in ((("municipality", GENT), "total", ""), (("municipality", GENT), "sex", "M"), (("municipality", GENT), "origin", "BE")):
        figure = alone.get(unit, dim, val)
        assert figure.hidden and figure.value is None, (unit, dim, val, figure)
    # ten persons (of both sexes) in Gent: their hours are published, their count is the persons
    team = [worker(10 + i, working_days(2025, 3 + i), sex="MF"[i % 2]) for i in range(10)]
    refresh.replace([w.person_id for w in team], _rows(team))
    (shown,) = figures.compute_all("hours_wijk_werken", on, 10)
    total = shown.get(("municipality", GENT))
    assert not total.hidden and total.count == 11
    assert total.value == pytest.approx(float(sum(Decimal("8.75") * (3 + i) for i in range(10)) + Decimal("175.00")))


def _rows(workers: list[engine.Facts]) -> list[tuple]:
    return [(w.person_id, *key, n, value) for w in workers for key, (n, value) in engine.contributions(w).items()]
