"""The training guide's optimisation, plain Python (no Django): which courses close a person's skill gaps for a target
occupation at the least weight.

It is a weighted set cover. The universe is the gaps (essential skills the person lacks); each candidate course covers
the gaps it teaches and has a weight:

    weight = 1 + W_COST·cost/€500 + W_HOURS·hours/80 h + W_DISTANCE·km/25 km + W_WAIT·days until it starts/30 days

The constant 1 per course makes "the smallest set" the first concern; cost, duration, distance and start date break
ties and trade off against each other (each default factor 0.25, so an extra €500, 80 hours, 25 km or month weigh a
quarter of an extra course). Online courses have no distance.

How it is solved (documented in the result as `method`):

0. **On target** (when the occupation's skills are given): a course whose share of skills that belong to the target
   occupation is under relevance.MIN_COURSE_RELEVANCE is not a candidate; a gap that only such courses teach is
   reported as uncovered with the reason "off_target" and those courses (`Plan.off_target`), never dropped silently.
   Nor is a course of another occupation beyond a daily commute that would close only generic gaps
   (relevance.far_for_generic; `Plan.far`, reason "far_generic").
1. **Coverable**: gaps that no candidate teaches are reported as uncovered and left out of the cover.
2. **Dominance**: a course is dropped when another covers at least the same gaps at no more weight (ties: the lower
   id stays). No dominated course can therefore be proposed, and the search below is smaller.
3. **Greedy** (Chvátal 1979): repeatedly take the course with the least weight per newly covered gap, then drop any
   chosen course whose gaps the others already cover. Its weight is at most H(d) = 1 + 1/2 + … + 1/d times the
   optimum, d being the most gaps one course covers (a proven bound; the property test checks it on random instances
   solved exhaustively).
4. **Exact branch and bound** over the uncovered gap with the fewest candidates, with the greedy answer as the first
   upper bound and, as lower bound, the current weight plus the cheapest weight per gap times the gaps left. It stops
   after NODE_BUDGET nodes; then the greedy answer (or the best found so far, never worse) is returned with
   method "greedy" and its bound. Guides for one occupation have tens of gaps and, after dominance, tens of courses:
   the exact search almost always finishes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

from .relevance import course_relevance, far_for_generic, on_target

W_COST, W_HOURS, W_DISTANCE, W_WAIT = 0.25, 0.25, 0.25, 0.25
COST_UNIT, HOURS_UNIT, KM_UNIT, WAIT_UNIT = 500.0, 80.0, 25.0, 30.0
NODE_BUDGET = 50_000


@dataclass(frozen=True)
class Option:
    """A candidate course as the engine sees it."""

    id: int
    skills: frozenset[str]  # skill URIs (or any hashable gap keys) the course teaches
    cost: float  # euro
    hours: float
    distance_km: float | None  # None: online
    wait_days: int  # days from today to its first session with a free place

    @cached_property  # asked many times by the search; computed once
    def weight(self) -> float:
        km = self.distance_km or 0.0
        return (1.0 + W_COST * self.cost / COST_UNIT + W_HOURS * self.hours / HOURS_UNIT + W_DISTANCE * km / KM_UNIT
                + W_WAIT * max(self.wait_days, 0) / WAIT_UNIT)


@dataclass
class Reason:
    """Why a course is in the proposal: `code` is one of only_option, covers_more, lighter; `alternative` the course
    it was weighed against (None for only_option) with what that one lacks or costs more."""

    code: str
    alternative: int | None = None
    alternative_covers: int = 0
    better: list[str] = field(default_factory=list)  # of cost, hours, distance, start: where this course is better


@dataclass
class Pick:
    option: Option
    closes: list[str]  # the gaps this course closes (in the order of the gaps given)
    reason: Reason


@dataclass
class Plan:
    picks: list[Pick]
    uncovered: list[str]
    covered: list[str]
    weight: float
    method: str  # "exact" or "greedy"
    bound: float  # the factor the weight is within of the optimum (1.0 when exact)
    candidates: int  # courses considered, after dominance
    nodes: int = 0
    # gaps no candidate closes because every course that teaches them is of another occupation: gap → those course ids
    # (most relevant first); the other uncovered gaps no course in the catalogue teaches
    off_target: dict[str, list[int]] = field(default_factory=dict)
    relevance: dict[int, float] = field(default_factory=dict)  # course id → share of its skills in the occupation (given one)
    # gaps no candidate closes because the only courses that teach them are far courses of another occupation that would
    # close nothing but generic gaps (relevance.far_for_generic): gap → those course ids, nearest first
    far: dict[str, list[int]] = field(default_factory=dict)


def harmonic(n: int) -> float:
    return sum(1.0 / i for i in range(1, n + 1))


def _dominated(options: list[Option], gaps: set[str]) -> set[int]:
    """Ids of the options that another option dominates (covers a superset of the gaps at no more weight; ties: the
    lower id stays). The options covering a superset of a's gaps are the intersection of the per-gap id sets."""
    covers = {o.id: frozenset(o.skills & gaps) for o in options}
    weight = {o.id: o.weight for o in options}
    by_id = {o.id: o for o in options}
    with_gap: dict[str, set[int]] = {}
    for o in options:
        for g in covers[o.id]:
            with_gap.setdefault(g, set()).add(o.id)
    out: set[int] = set()
    for a in options:
        ca, wa = covers[a.id], weight[a.id]
        if not ca:
            out.add(a.id)
            continue
        supersets = set.intersection(*(with_gap[g] for g in ca))
        supersets.discard(a.id)
        for b in supersets:
            wb = weight[b]
            if wb < wa or (wb == wa and (covers[b] != ca or _wins_tie(by_id[b], a))):
                out.add(a.id)
                break
    return out


def _criteria(o: Option) -> tuple:
    return (o.cost, o.hours, o.distance_km or 0.0, max(o.wait_days, 0))


def _wins_tie(b: Option, a: Option) -> bool:
    """Between two courses of equal weight and cover: the one no worse on every criterion and better on one (a
    difference too small to move the weight, a distance of 1e-190 km, still counts: hypothesis found it), else the
    lower id."""
    cb, ca = _criteria(b), _criteria(a)
    if cb != ca and all(x <= y for x, y in zip(cb, ca)):
        return True
    if cb != ca and all(y <= x for x, y in zip(cb, ca)):
        return False
    return b.id < a.id


def _greedy(options: list[Option], covers: dict[int, frozenset[str]], universe: frozenset[str]) -> list[Option]:
    left, chosen = set(universe), []
    while left:
        best = min((o for o in options if covers[o.id] & left), key=lambda o: (o.weight / len(covers[o.id] & left), o.id))
        chosen.append(best)
        left -= covers[best.id]
    # reverse delete: a chosen course whose gaps the others cover is dropped (heaviest first); never raises the weight
    for o in sorted(chosen, key=lambda o: -o.weight):
        rest = [c for c in chosen if c.id != o.id]
        if rest and universe <= frozenset().union(*(covers[c.id] for c in rest)):
            chosen = rest
    return chosen


def _exact(options: list[Option], covers: dict[int, frozenset[str]], universe: frozenset[str], upper: float,
           budget: int) -> tuple[list[Option] | None, int, bool]:
    """Branch and bound; returns (better solution or None, nodes used, finished)."""
    by_gap: dict[str, list[Option]] = {g: sorted((o for o in options if g in covers[o.id]), key=lambda o: o.weight) for g in universe}
    per_gap = min((o.weight / len(covers[o.id]) for o in options), default=0.0)
    best: list[Option] | None = None
    best_weight = upper
    nodes = 0
    finished = True

    def search(left: frozenset[str], chosen: list[Option], weight: float) -> None:
        nonlocal best, best_weight, nodes, finished
        if nodes >= budget:
            finished = False
            return
        nodes += 1
        if not left:
            if weight < best_weight - 1e-12:
                best, best_weight = list(chosen), weight
            return
        if weight + per_gap * len(left) >= best_weight - 1e-12:
            return
        gap = min(left, key=lambda g: (len(by_gap[g]), g))
        for o in by_gap[gap]:
            chosen.append(o)
            search(left - covers[o.id], chosen, weight + o.weight)
            chosen.pop()

    search(universe, [], 0.0)
    return best, nodes, finished


def _reason(pick: Option, closes: frozenset[str], others: list[Option], covers: dict[int, frozenset[str]]) -> Reason:
    rivals = [o for o in others if o.id != pick.id and covers[o.id] & closes]
    if not rivals:
        return Reason("only_option")
    rival = min(rivals, key=lambda o: (-len(covers[o.id] & closes), o.weight, o.id))
    overlap = len(covers[rival.id] & closes)
    if overlap < len(closes):
        return Reason("covers_more", rival.id, overlap)
    better = [name for name, mine, theirs in (
        ("cost", pick.cost, rival.cost), ("hours", pick.hours, rival.hours),
        ("distance", pick.distance_km or 0.0, rival.distance_km or 0.0), ("start", pick.wait_days, rival.wait_days),
    ) if mine < theirs]
    return Reason("lighter", rival.id, overlap, better)


def plan(gaps: list[str], options: list[Option], *, budget: int = NODE_BUDGET, occupation_skills: frozenset[str] | None = None,
         generic: frozenset[str] = frozenset()) -> Plan:
    """The lightest set of courses that closes every gap some on-target course teaches; see the module's docstring.
    Without `occupation_skills` every course is a candidate. `generic`: the gaps that are generic skills."""
    wanted = list(dict.fromkeys(gaps))
    gap_set = set(wanted)
    off_target: dict[str, list[int]] = {}
    far: dict[str, list[int]] = {}
    relevance: dict[int, float] = {}
    if occupation_skills is not None:
        relevance = {o.id: course_relevance(o.skills, occupation_skills) for o in options}
        dropped = sorted((o for o in options if not on_target(o.skills, occupation_skills)), key=lambda o: (-relevance[o.id], o.weight, o.id))
        options = [o for o in options if on_target(o.skills, occupation_skills)]
        for o in dropped:
            for g in wanted:
                if g in o.skills:
                    off_target.setdefault(g, []).append(o.id)
        distant = {o.id for o in options if far_for_generic(frozenset(o.skills & gap_set), generic, relevance[o.id], o.distance_km)}
        for o in sorted((o for o in options if o.id in distant), key=lambda o: (o.distance_km, o.id)):
            for g in wanted:
                if g in o.skills:
                    far.setdefault(g, []).append(o.id)
        options = [o for o in options if o.id not in distant]
    teachable = set().union(*(o.skills for o in options)) if options else set()
    universe = frozenset(gap_set & teachable)
    uncovered = [g for g in wanted if g not in universe]
    relevant = [o for o in options if o.skills & universe]
    dominated = _dominated(relevant, set(universe))
    pool = [o for o in relevant if o.id not in dominated]
    covers = {o.id: frozenset(o.skills & universe) for o in relevant}  # the reasons weigh every alternative, dominated ones too
    off_target = {g: off_target[g] for g in uncovered if g in off_target}
    far = {g: far[g] for g in uncovered if g in far}
    if not universe:
        return Plan([], uncovered, [], 0.0, "exact", 1.0, len(pool), 0, off_target, relevance, far)
    greedy = _greedy(pool, covers, universe)
    greedy_weight = sum(o.weight for o in greedy)
    better, nodes, finished = _exact(pool, covers, universe, greedy_weight, budget)
    chosen = better if better is not None else greedy
    widest = max(len(covers[o.id]) for o in pool)
    method, bound = ("exact", 1.0) if finished else ("greedy", harmonic(widest))
    chosen = sorted(chosen, key=lambda o: (-len(covers[o.id]), o.weight, o.id))
    picks = []
    for o in chosen:
        closes = covers[o.id]
        picks.append(Pick(o, [g for g in wanted if g in closes], _reason(o, closes, relevant, covers)))
    return Plan(picks, uncovered, [g for g in wanted if g in universe], sum(o.weight for o in chosen), method, bound, len(pool), nodes,
                off_target, relevance, far)


def exhaustive_optimum(gaps: list[str], options: list[Option]) -> float:
    """The least weight of a cover of the coverable gaps by trying every subset (for tests on small instances)."""
    universe = frozenset(gaps) & frozenset().union(*(o.skills for o in options)) if options else frozenset()
    if not universe:
        return 0.0
    best = math.inf
    n = len(options)
    for mask in range(1, 1 << n):
        covered: set[str] = set()
        weight = 0.0
        for i in range(n):
            if mask >> i & 1:
                covered |= options[i].skills
                weight += options[i].weight
        if universe <= covered and weight < best:
            best = weight
    return best
