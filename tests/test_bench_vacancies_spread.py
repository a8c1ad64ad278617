"""The vacancy bench's spread over municipalities (issue 12): by default where people live, as jobs roughly are, so that
a search around a town meets the vacancies of the towns around it; the first spread (ten places) stays available."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from werkregie.core.identifiers import make_kbo
from werkregie.geo.models import Municipality, Region
from werkregie.matching.platform import taxonomy

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "bench") not in sys.path:  # the bench imports resultfile from beside itself, as a script does
    sys.path.insert(0, str(ROOT / "bench"))
spec = importlib.util.spec_from_file_location("bench_vacancies", ROOT / "bench" / "vacancies.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def _places_of(lines: list[str]) -> Counter:
    return Counter(json.loads(line)["jobLocation"]["identifier"]["value"] for line in lines)


@pytest.mark.django_db
def test_the_population_spread_follows_the_flemish_municipalities_population():
    codes, weights = bench.place_weights("population")
    flemish = dict(Municipality.objects.filter(region=Region.FLANDERS, population__gt=0).values_list("nis_code", "population"))
    assert len(flemish) > 250 and dict(zip(codes, weights, strict=True)) == {c: float(p) for c, p in flemish.items()}
    placed = _places_of(bench.records(4000, 1, taxonomy(), [make_kbo(7_000_000)], 1.0, places=(codes, weights)))
    assert set(placed) <= set(flemish) and len(placed) > 150  # far more than ten places
    antwerpen = flemish["11002"] / sum(flemish.values())  # the largest: some 8 % of the Flemish population
    assert placed["11002"] / 4000 == pytest.approx(antwerpen, abs=0.02)
    assert placed["11002"] > placed["44021"] > placed["24062"]  # Antwerpen, Gent, Leuven: in the order of their population


def test_the_first_spread_stays_available():
    codes, weights = bench.place_weights("ten-places")
    placed = _places_of(bench.records(1000, 1, taxonomy(), [make_kbo(7_000_000)], 1.0, places=(codes, weights)))
    assert set(placed) == set(bench.PLACES)
