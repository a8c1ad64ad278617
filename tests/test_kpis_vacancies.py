"""Vacancy KPIs (issue 14): vacancies filled and the median time to fill, from the vacancies and their transition log,
through the same cells and refresh as every KPI; per place only, the median hidden wherever the count is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories
from werkregie.core.errors import InvalidInput
from werkregie.kpis import figures, refresh, use_cases
from werkregie.organisations.models import OrganisationKind

ON = dt.date(2025, 6, 30)


def _filled(nis, published, days):  # noqa: ANN001, ANN202
    from werkregie.vacancies.models import Vacancy
    from werkregie.workflows.models import TransitionLog

    vacancy = Vacancy.objects.create(employer=factories.organisation(OrganisationKind.EMPLOYER), title="Verpleegkundige", municipality_id=nis)
    for to_state, day in (("published", published), ("filled", published + dt.timedelta(days=days))):
        TransitionLog.objects.create(workflow="vacancy", object_id=vacancy.pk, transition=to_state, from_state="x", to_state=to_state,
                                     at=dt.datetime.combine(day, dt.time(9), dt.timezone.utc), actor_role="employer", actor_label="x")
    vacancy.state, vacancy.open = "filled", False
    vacancy.save()
    return vacancy


def test_median_of_a_histogram():
    assert figures._median({}) is None
    assert figures._median({5: 1}) == 5
    assert figures._median({1: 1, 3: 1}) == 2
    assert figures._median({1: 2, 9: 1}) == 1
    assert figures._median({2: 1, 4: 2, 10: 1}) == 4


@pytest.mark.django_db
def test_filled_and_time_to_fill_per_place_with_the_median_hidden_with_its_count(ref):
    days = [3, 5, 8, 13, 21, 34, 40, 41, 60, 90, 100, 200]  # Gent: 12 filled, median (34 + 40) / 2
    for i, d in enumerate(days):
        _filled("44021", dt.date(2024, 11, 1) + dt.timedelta(days=i), d)
    for d in (7, 9, 11):  # Antwerpen: 3, hidden
        _filled("11002", dt.date(2025, 1, 1), d)
    _filled("11002", dt.date(2023, 1, 1), 10)  # filled before the 12 months: not counted
    for _ in range(10):  # Leuven: 10, the smallest province beside Antwerpen's: hidden with it
        _filled("24062", dt.date(2025, 2, 1), 50)
    refresh.full()
    filled, median = figures.breakdown("vacancies_filled", ON), figures.breakdown("time_to_fill", ON)
    gent, antwerpen = ("municipality", "44021"), ("municipality", "11002")
    assert filled.get(gent).value == 12 and median.get(gent).value == 37
    assert filled.get(antwerpen).hidden and median.get(antwerpen).hidden and median.get(antwerpen).value is None
    flanders = ("region", "02000")
    assert filled.get(flanders).value == 25 and median.get(flanders).value == 50  # 13th of 25: 3 5 7 8 9 11 13 21 34 40 41 50 50 …
    assert filled.get(("province", "20001")).hidden and filled.get(("province", "40000")).value == 12
    # the count of a hidden place does not show through its median, and no sum of shown places gives a hidden one
    for unit, fig in median.figures.items():
        assert fig.hidden == filled.figures[unit].hidden
    # incremental: one more filled in Gent moves the median
    _filled("44021", dt.date(2025, 1, 1), 150)
    refresh.incremental()
    assert figures.breakdown("vacancies_filled", ON).get(gent).value == 13 and figures.breakdown("time_to_fill", ON).get(gent).value == 40


@pytest.mark.django_db
def test_vacancy_kpis_have_no_groups(ref):
    analyst = factories.principal(factories.user("analyst"))
    with pytest.raises(InvalidInput):
        use_cases.drilldown(analyst, "time_to_fill", ON, "region", "02000", "sex")
    data = use_cases.drilldown(analyst, "vacancies_filled", ON)
    assert data["kpi"]["unit"] == "vacatures" and data["kpi"]["theme"] == "vacancies"


@pytest.mark.django_db
def test_a_median_of_no_filled_vacancy_says_so_instead_of_a_bare_dash(ref):
    """Walk of stop 41: "— dagen" on every row told neither "hidden" nor "nothing to count"."""
    from werkregie.accounts.models import Role
    from werkregie.kpis import use_cases

    data = use_cases.drilldown(factories.principal(factories.user(Role.ANALYST)), "time_to_fill", ON)
    assert data["total"]["text"] == "geen ingevulde vacatures" and not data["total"]["hidden"]
