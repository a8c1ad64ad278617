"""Issue 14's speed: publishing after a refresh took minutes, most of it suppressing again breakdowns whose cells the
refresh had not changed (the management trend's past months after a day's changes). A breakdown is now published
under a fingerprint of the cells it comes from; a later refresh that leaves them as they were copies the figures,
and one that changes them computes them again. Either way the figures are those a computation from scratch gives."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from werkregie.core import suppression
from werkregie.kpis import catalogue, figures, refresh
from werkregie.kpis.models import Published

PAST, NOW = dt.date(2025, 6, 1), dt.date(2025, 9, 1)


def _population() -> None:
    for nis, count in (("44021", 14), ("11002", 12), ("24062", 3)):
        for i in range(count):
            person = factories.person(municipality_id=nis, birth_date=dt.date(1980 + i % 3 * 10, 3, 1))
            factories.episode(person, "jobseeker_benefit" if i % 2 else "jobseeker_no_benefit", dt.date(2025, 2, 1) + dt.timedelta(days=i))


def _from_scratch(code: str, on: dt.date) -> dict:
    return figures.compute(code, on, suppression.threshold()).figures


def _published(code: str, on: dt.date) -> dict:
    figures._breakdown.cache_clear()
    return figures.breakdown(code, on).figures


@pytest.mark.django_db
def test_unchanged_cells_reuse_the_figures_and_changed_ones_are_computed_again(ref):
    _population()
    refresh.full()
    for code in ("jobseekers", "jobseekers_benefit", "screened_2m", "vacancies_filled"):
        assert _published(code, PAST) == _from_scratch(code, PAST)
    first = {row["kpi"]: row["stamp"] for row in Published.objects.filter(on=PAST).values("kpi", "stamp")}
    # a change after PAST: the figures on PAST keep their inputs, the ones on NOW do not
    factories.episode(factories.person(municipality_id="44021"), "jobseeker_benefit", dt.date(2025, 8, 1))
    refresh.incremental()
    figures._breakdown.cache_clear()
    with CaptureQueriesContext(connection) as queries:
        reused = figures.breakdown("jobseekers", PAST).figures
    assert any("kpis_published" in q["sql"] and "inputs" in q["sql"] for q in queries.captured_queries)
    assert reused == _from_scratch("jobseekers", PAST)
    # the family was copied under the new stamp as a whole, from the earlier rows
    stamps = dict(Published.objects.filter(on=PAST, kpi__in=figures.FAMILIES["jobseekers"]).exclude(stamp__in=set(first.values()))
                  .values_list("kpi", "inputs"))
    earlier = dict(Published.objects.filter(on=PAST, kpi__in=figures.FAMILIES["jobseekers"], stamp__in=set(first.values())).values_list("kpi", "inputs"))
    assert stamps == earlier and len(stamps) == 2
    before = _published("jobseekers", NOW)
    assert before == _from_scratch("jobseekers", NOW)
    assert before[(("region", "02000"), "total", "")].value == 30  # 29 before the change


@pytest.mark.django_db
def test_the_fingerprint_follows_every_input_and_the_kpi_definition(ref):
    _population()
    refresh.full()
    digests = {}
    for kpi in catalogue.CATALOGUE:
        members = figures._members(kpi.code)
        digests[kpi.code] = figures._digest(members, figures._inputs(kpi.code, NOW))
    # KPIs read differently give different fingerprints even from the same cells
    assert len({digests[code] for code in ("jobseekers", "leefloon", "screened_2m", "work_6m")}) == 4
    inputs = figures._inputs("screened_2m", NOW)
    key = next(iter(inputs["screened_2m"]["rest"]))
    changed = {"screened_2m": {**inputs["screened_2m"], "rest": {**inputs["screened_2m"]["rest"], key: inputs["screened_2m"]["rest"][key] + 1}}}
    assert figures._digest(("screened_2m",), changed) != digests["screened_2m"]


@pytest.mark.django_db
def test_warm_keeps_only_the_current_state(ref):
    _population()
    refresh.full()
    figures.warm(NOW)
    factories.episode(factories.person(municipality_id="11002"), "leefloon", dt.date(2025, 8, 1), municipality="11002")
    refresh.incremental()
    figures.warm(NOW)
    assert set(Published.objects.values_list("stamp", flat=True)) == {figures._stamp()}
    for kpi in catalogue.CATALOGUE:
        assert _published(kpi.code, NOW) == _from_scratch(kpi.code, NOW), kpi.code


@pytest.mark.django_db
def test_a_page_reads_the_refresh_stamp_once_and_from_one_state(ref):
    """The municipality and management pages read one query per breakdown for the stamp (29 and 44 queries, most of
    their time under load); now once per page, and a refresh committing halfway cannot mix two states on a page."""
    from werkregie.kpis.use_cases import TIMELINESS

    _population()
    refresh.full()
    figures.warm(NOW)
    figures.preload(NOW)
    read = []

    @figures.one_state
    def page() -> list:
        for code in TIMELINESS:
            read.append(figures.breakdown(code, NOW))
            figures.trend(code, ("region", "02000"), NOW)
        return read

    with CaptureQueriesContext(connection) as queries:
        page()
    assert len(queries.captured_queries) == 1 and "kpis_refreshstate" in queries.captured_queries[0]["sql"]
    # outside a page each breakdown still reads the current stamp: a refresh is seen at once
    factories.episode(factories.person(municipality_id="44021"), "jobseeker_benefit", dt.date(2025, 8, 1))
    refresh.incremental()
    assert figures.breakdown("jobseekers", NOW).get(("region", "02000")).value == 30
