"""Issue 14: the social-economy KPIs (stock, inflow, transitions to the normal economy), from the status episodes."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories
from werkregie.kpis import catalogue, engine, figures, refresh

D = dt.date


def facts(*episodes: engine.Episode) -> engine.Facts:
    return engine.Facts(1, D(1990, 5, 5), "F", "BE", 3, False, "44021", list(episodes))


def kpis(contribs: dict) -> dict[str, list[dt.date]]:
    out: dict[str, list[dt.date]] = {}
    for key in contribs:
        out.setdefault(key[0], []).append(key[1])
    return out


def test_a_transition_is_work_within_three_months_after_the_social_economy_job():
    made = kpis(engine.contributions(facts(engine.Episode("social_economy", D(2024, 1, 1), D(2025, 3, 31)),
                                           engine.Episode("employed", D(2025, 6, 2), None))))
    assert made["social_economy.in"] == [D(2024, 1, 1)] and made["social_economy.out"] == [D(2025, 4, 1)]
    assert made["social_economy.to_work"] == [D(2025, 6, 2)]
    late = kpis(engine.contributions(facts(engine.Episode("social_economy", D(2024, 1, 1), D(2025, 3, 31)),
                                           engine.Episode("employed", D(2025, 7, 2), None))))
    assert "social_economy.to_work" not in late, "work that starts more than 3 months later is not a transition"
    ongoing = kpis(engine.contributions(facts(engine.Episode("social_economy", D(2024, 1, 1), None), engine.Episode("employed", D(2024, 2, 1), None))))
    assert "social_economy.to_work" not in ongoing, "work beside a social-economy job that goes on is not a transition"


def test_the_catalogue_defines_them():
    for code in ("social_economy", "social_economy_in", "social_economy_to_work"):
        kpi = catalogue.BY_CODE[code]
        assert kpi.theme == "social_economy" and str(kpi.definition) and kpi.formula


@pytest.mark.django_db
def test_figures_after_a_refresh(ref):
    for _ in range(12):
        p = factories.person(municipality_id="44021")
        factories.episode(p, "social_economy", D(2024, 1, 1), D(2025, 3, 31))
        factories.episode(p, "employed", D(2025, 5, 1))
    refresh.full()
    on = D(2025, 6, 1)
    assert figures.breakdown("social_economy_to_work", on).get(("municipality", "44021")).value == 12
    assert figures.breakdown("social_economy_in", on).get(("municipality", "44021")).value == 0, "started more than 12 months before"
    assert figures.breakdown("social_economy", D(2025, 1, 1)).get(("municipality", "44021")).value == 12
    assert figures.breakdown("social_economy", on).get(("municipality", "44021")).value == 0
