"""Issue 12, the public search's filters: the radius is in road kilometres from the chosen place and its boundary is
inclusive; on PostgreSQL a search without words counts its hits by an index-only scan of the filters' index over open
vacancies (migration 0018), which holds every column a filter reads (a filter on another column would make PostgreSQL
visit each hit's row again: "within 50 km of Gent, permanent" visited some 7,000 pages with 300,000 open vacancies)."""

from __future__ import annotations

import math

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from werkregie.matching.engine import geography
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import search
from werkregie.vacancies.models import Vacancy

from . import factories as f

GENT = "44021"


def _road_km(origin: str, code: str) -> float:
    places = geography.places()
    return float(places.road_km_from(places.position(origin))[places.position(code)])


@pytest.fixture
def around_gent(db):
    """A vacancy in Gent and one in the nearest municipality whose road distance from Gent is not a whole number."""
    employer = f.organisation(OrganisationKind.EMPLOYER)
    places = geography.places()
    km = places.road_km_from(places.position(GENT))
    near = min((p for i, p in enumerate(places.places) if p.code != GENT and p.code.isdigit() and km[i] % 1 > 0.05 and km[i] > 5),
               key=lambda p: km[places.position(p.code)])
    return {"gent": Vacancy.objects.create(employer=employer, title="Lasser Gent", municipality_id=GENT),
            "near": Vacancy.objects.create(employer=employer, title="Lasser buurgemeente", municipality_id=near.code),
            "distance": _road_km(GENT, near.code)}


def _found(**kw: object) -> dict[int, float | None]:
    return {h.vacancy.pk: h.distance_km for h in search.search(search.Filters(**kw)).hits}


@pytest.mark.parametrize("q", ["", "lasser"])
def test_the_radius_boundary_is_inclusive_in_road_kilometres(around_gent, q):
    gent, near, distance = around_gent["gent"].pk, around_gent["near"].pk, around_gent["distance"]
    inside, outside = math.ceil(distance), math.floor(distance)
    found = _found(q=q, place="Gent", radius_km=inside)
    assert set(found) == {gent, near}
    assert found[near] == round(distance, 1) and found[gent] == 0.0
    assert set(_found(q=q, place="Gent", radius_km=outside)) == {gent}  # a kilometre less: the neighbour falls out
    assert set(_found(q=q, place="Gent", radius_km=0)) == {gent}  # radius 0: the place itself
    assert _found(q=q, place="Gent") == {gent: None}  # no radius: the place only, no distance shown


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the filters' index (migration 0018) is planned by PostgreSQL")
@pytest.mark.parametrize("filters", [
    {"place": "Gent", "radius_km": 50, "contract": "permanent"},
    {"place": "9000"},
    {"contract": "fixed_term", "min_hours": 19, "max_hours": 38},
    {"occupation_uri": "http://data.europa.eu/esco/occupation/a", "place": "Gent", "radius_km": 10},
])
def test_a_search_without_words_counts_from_the_filters_index_alone(around_gent, filters):
    with CaptureQueriesContext(connection) as queries:
        search.search(search.Filters(sort="date", **filters))
    (count_sql,) = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT COUNT(*)")]
    with connection.cursor() as cursor:
        # the planner picks by cost, and a table this small is cheaper to read whole: forbid that, so that the plan
        # shows which index can answer the count without the table
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("EXPLAIN " + count_sql)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Only Scan using vacancy_open_filters" in plan, plan
