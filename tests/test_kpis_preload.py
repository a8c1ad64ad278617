"""The walk of stop 24: the municipality's KPI page took 3 s on its first load after a start (every breakdown read
from the published table and decoded by the first request), 0.1–0.3 s afterwards. The server's master preloads
today's breakdowns (werkregie serve → figures.preload) before it forks: the first page reads them from memory."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from werkregie.core import clock
from werkregie.kpis import catalogue, figures


def test_after_the_preload_a_breakdown_reads_only_the_refresh_stamp(db):
    figures._breakdown.cache_clear()
    on = clock.today()
    assert figures.preload(on) == len(catalogue.CATALOGUE)
    with CaptureQueriesContext(connection) as queries:
        for kpi in catalogue.CATALOGUE:
            figures.breakdown(kpi.code, on)
    assert all("kpis_refreshstate" in q["sql"] for q in queries.captured_queries), [q["sql"][:80] for q in queries.captured_queries]
    assert len(queries.captured_queries) == len(catalogue.CATALOGUE)
