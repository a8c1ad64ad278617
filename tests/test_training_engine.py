"""The guide's set cover (werkregie/training/guide_engine.py): covers what is coverable, reports the rest, never
proposes a dominated course, is exact on small instances and, when it falls back to the greedy answer, stays within the
greedy's proven bound of the optimum (checked against an exhaustive search)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.training.guide_engine import Option, _greedy, exhaustive_optimum, harmonic, plan

GAPS = [f"g{i}" for i in range(8)]
SKILLS = GAPS + ["other1", "other2"]

options_strategy = st.lists(
    st.builds(lambda i, skills, cost, hours, km, wait: Option(i, frozenset(skills), cost, hours, km, wait),
              st.just(0), st.sets(st.sampled_from(SKILLS), min_size=1, max_size=4), st.integers(0, 3000), st.integers(1, 400),
              st.one_of(st.none(), st.floats(0, 150)), st.integers(0, 200)),
    max_size=10,
).map(lambda found: [Option(n, o.skills, o.cost, o.hours, o.distance_km, o.wait_days) for n, o in enumerate(found)])


def _dominates(b: Option, a: Option, gaps: set[str]) -> bool:
    """b is at least as good on coverage and on every criterion, and better on one."""
    cb, ca = b.skills & gaps, a.skills & gaps
    at_least = ca <= cb and b.cost <= a.cost and b.hours <= a.hours and (b.distance_km or 0) <= (a.distance_km or 0) and b.wait_days <= a.wait_days
    better = cb != ca or b.cost < a.cost or b.hours < a.hours or (b.distance_km or 0) < (a.distance_km or 0) or b.wait_days < a.wait_days
    return at_least and better


@settings(max_examples=300, deadline=None)
@given(gaps=st.lists(st.sampled_from(GAPS), min_size=1, max_size=8, unique=True), options=options_strategy)
def test_covers_every_coverable_gap_reports_the_rest_and_is_optimal(gaps, options):
    result = plan(gaps, options)
    teachable = set().union(*(o.skills for o in options)) if options else set()
    covered = set().union(*(p.option.skills for p in result.picks)) if result.picks else set()
    assert {g for g in gaps if g in teachable} <= covered
    assert result.uncovered == [g for g in gaps if g not in teachable]
    assert all(set(p.closes) <= p.option.skills for p in result.picks)
    assert abs(result.weight - exhaustive_optimum(gaps, options)) < 1e-9 or result.method == "greedy"
    chosen = [p.option for p in result.picks]
    for a in chosen:
        assert not any(_dominates(b, a, set(gaps)) for b in options if b.id != a.id), "a dominated course was proposed"


@settings(max_examples=300, deadline=None)
@given(gaps=st.lists(st.sampled_from(GAPS), min_size=1, max_size=8, unique=True), options=options_strategy)
def test_greedy_within_its_bound_of_the_optimum(gaps, options):
    universe = frozenset(gaps) & frozenset().union(*(o.skills for o in options)) if options else frozenset()
    if not universe:
        return
    pool = [o for o in options if o.skills & universe]
    covers = {o.id: frozenset(o.skills & universe) for o in pool}
    greedy = _greedy(pool, covers, universe)
    assert universe <= frozenset().union(*(covers[o.id] for o in greedy))
    widest = max(len(c) for c in covers.values())
    assert sum(o.weight for o in greedy) <= harmonic(widest) * exhaustive_optimum(gaps, options) + 1e-9


@settings(max_examples=100, deadline=None)
@given(gaps=st.lists(st.sampled_from(GAPS), min_size=1, max_size=8, unique=True), options=options_strategy)
def test_without_search_budget_the_answer_is_greedy_and_within_bound(gaps, options):
    result = plan(gaps, options, budget=0)
    optimum = exhaustive_optimum(gaps, options)
    assert result.weight <= result.bound * optimum + 1e-9


def test_one_broad_course_beats_two_cheap_modules_only_when_it_is_not_too_heavy():
    broad = Option(1, frozenset({"a", "b"}), 300, 40, 10, 14)
    a, b = Option(2, frozenset({"a"}), 0, 20, 5, 7), Option(3, frozenset({"b"}), 0, 20, 5, 7)
    result = plan(["a", "b"], [broad, a, b])
    assert [p.option.id for p in result.picks] == [1] and result.picks[0].reason.code == "covers_more"
    expensive = Option(1, frozenset({"a", "b"}), 5000, 400, 100, 180)
    assert sorted(p.option.id for p in plan(["a", "b"], [expensive, a, b]).picks) == [2, 3]


def test_reason_names_where_the_chosen_course_is_lighter_and_the_only_option():
    near = Option(1, frozenset({"a"}), 100, 20, 5, 10)
    far = Option(2, frozenset({"a", "x"}), 100, 20, 60, 10)
    only = Option(3, frozenset({"b"}), 100, 20, 5, 10)
    result = plan(["a", "b", "c"], [near, far, only])
    reasons = {p.option.id: p.reason for p in result.picks}
    assert reasons[1].code == "lighter" and reasons[1].better == ["distance"] and reasons[1].alternative == 2
    assert reasons[3].code == "only_option"
    assert result.uncovered == ["c"]


def test_exact_search_beats_greedy_on_the_classic_trap():
    # greedy takes the wide course first (least weight per gap) and then needs two more; the optimum is the two halves
    wide = Option(1, frozenset({"a", "b", "c", "d"}), 0, 1, None, 0)
    left = Option(2, frozenset({"a", "b", "e"}), 0, 1, None, 0)
    right = Option(3, frozenset({"c", "d", "f"}), 0, 1, None, 0)
    gaps = ["a", "b", "c", "d", "e", "f"]
    result = plan(gaps, [wide, left, right])
    assert result.method == "exact" and sorted(p.option.id for p in result.picks) == [2, 3]


def test_a_tie_in_weight_goes_to_the_course_no_worse_on_every_criterion():
    """Found by hypothesis (stop 28): a distance of 1e-190 km leaves the weight unchanged, and the lower id won the tie
    although the other course is no worse anywhere and nearer."""
    options = [Option(0, frozenset({"g0"}), 0, 1, None, 0), Option(1, frozenset({"g1"}), 0, 1, 1e-190, 0),
               Option(3, frozenset({"g1"}), 0, 1, None, 0)]
    assert [p.option.id for p in plan(["g1"], options).picks] == [3]
