"""Breakdowns by place and group: small cells hidden, and no subtraction of published figures — over any relation of
the breakdown (unit total = sum over a dimension, parent = sum of children, cohort = in time + not in time) — gives a
hidden one. Then the figures from the cells after a refresh, and the shares."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import factories
from werkregie.kpis import engine, figures, geography, refresh

# a few municipalities in two arrondissements of one province, and one in another province
MUNIS = ("44021", "44084", "45035", "11002")
GROUPS = list(itertools.product(engine.SEXES[:2], engine.DIMENSIONS["age"][:3], ("low", "high"), ("no",), ("BE", "non_EU")))

base_st = st.dictionaries(st.tuples(st.sampled_from(MUNIS), st.sampled_from(GROUPS)), st.integers(0, 40), max_size=40)


def _cells(parts: dict[str, dict]) -> tuple[dict, list[str]]:
    names = list(parts)
    counts = {}
    for part, base in parts.items():
        flat = {(m, *g): v for (m, g), v in base.items()}
        counts.update({(part, *k): int(v) for k, v in figures._marginals(flat).items()})
    return counts, names


def _attack(counts: dict, names: list[str], hidden: set) -> None:
    full = dict(counts)
    if len(names) > 1:
        for key in [k for k in counts if k[0] == names[0]]:
            full[("all", *key[1:])] = sum(counts.get((p, *key[1:]), 0) for p in names)
    for whole, parts, *_kind in figures.relations(set(full), names):
        members = [whole, *parts]
        unknown = [m for m in members if m in hidden]
        assert len(unknown) != 1, f"{unknown[0]} = {whole} − Σ others can be recovered"
    for key, value in full.items():
        if 0 < value < 10:
            assert key in hidden, f"small cell {key}={value} published"


@settings(max_examples=60, deadline=None)
@given(base=base_st)
def test_no_subtraction_recovers_a_hidden_cell_in_a_count(base):
    counts, names = _cells({"count": base})
    hidden = figures.protect(counts, names, 10)
    _attack(counts, names, hidden)


@settings(max_examples=40, deadline=None)
@given(num=base_st, rest=base_st)
def test_no_subtraction_recovers_a_hidden_cell_in_a_share(num, rest):
    counts, names = _cells({"num": num, "rest": rest})
    hidden = figures.protect(counts, names, 10)
    _attack(counts, names, hidden)


def test_geography_levels():
    assert geography.units_of("44021") == [("municipality", "44021"), ("arrondissement", "44000"), ("province", "40000"), ("region", "02000"),
                                           ("all", "BE")]
    assert ("municipality", "44021") in geography.children(("arrondissement", "44000"))
    assert geography.working_age(("municipality", "44021")) > 100_000  # Gent


@pytest.mark.django_db
def test_figures_from_cells_after_refresh(ref):
    # one birth date for all: the factory's default depends on how many persons the process made before, and with
    # Gent's 30 in one age band and one of Antwerpen's in it too, Gent was (rightly) hidden to protect that one
    for nis, count in (("44021", 30), ("11002", 12), ("24062", 1)):
        for _ in range(count):
            factories.episode(factories.person(municipality_id=nis, birth_date=dt.date(1985, 3, 1)), "jobseeker_benefit", dt.date(2025, 2, 1))
    refresh.full()
    table = figures.breakdown("jobseekers", dt.date(2025, 6, 1))
    gent = table.get(("municipality", "44021"))
    assert gent.value == 30 and not gent.hidden
    assert table.get(("municipality", "24062")).hidden  # one person
    # Flanders (43) published: Leuven's 1 would be Flanders − Gent − Antwerpen, so Antwerpen (the smaller) is hidden too
    assert table.get(("region", "02000")).value == 43
    assert table.get(("municipality", "11002")).hidden
    share = figures.breakdown("screened_2m", dt.date(2025, 6, 1))
    assert share.get(("municipality", "44021")).value == 0.0 and share.get(("municipality", "44021")).count == 30
    assert figures.breakdown("jobseekers", dt.date(2025, 1, 1)).get(("municipality", "44021")).value == 0
