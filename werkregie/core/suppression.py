"""Small-cell suppression, one rule for every aggregate the platform shows or exports (statistics, reports, model card,
KPIs): a count below the threshold is hidden, then complementary suppression hides more cells until no hidden cell
can be recovered by subtracting published cells from a published sum.

The caller describes its figures as cells (any hashable key → count) and the additive relations between them
(`whole = sum(parts)`: a row total, a column total, a grand total, a measure made of two others). Derived figures
(rates, shares) must be hidden whenever one of their inputs is hidden: `hidden` tells which.

The threshold comes from the setting `WERKREGIE_SUPPRESS_BELOW` (default 10); a caller may pass its own.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Hashable, Iterable, Mapping, Sequence

DEFAULT_THRESHOLD = 10
# A relation given as (whole, parts, PLACES) splits its whole over places (a province over its arrondissements): a zero
# part says that nobody lives there, which is no attribute of the whole's people (see _State.disclosing).
PLACES = "places"


def threshold() -> int:
    """The platform's threshold: counts below it are never shown."""
    try:
        from django.conf import settings

        return int(getattr(settings, "WERKREGIE_SUPPRESS_BELOW", DEFAULT_THRESHOLD))
    except Exception:  # outside Django (engines, scripts): the documented default
        return DEFAULT_THRESHOLD


def suppress(cells: Mapping[Hashable, int], sums: Iterable[tuple[Hashable, Sequence[Hashable]]], below: int | None = None,
             hide_zeros: bool = False, forced: Iterable[Hashable] = ()) -> set[Hashable]:
    """The keys of the cells to hide.

    `forced`: cells hidden whatever their count, for a relation the caller keeps outside these sums (a flow whose stock
    is hidden: kpis/figures.py); the relations here are then made safe around them like around any hidden cell.

    Primary suppression hides every count in 1..below-1 (zero is published: an empty cell singles out nobody —
    callers that want empty cells hidden too pass hide_zeros=True). Then, relation by relation (`whole = Σ parts`),
    until every relation is safe:

    - a zero beside a hidden group is hidden: when the whole is hidden, so is every zero part (else "job seekers: hidden,
      without benefit: 0" tells that all of a small group get a benefit);
    - no relation has exactly one hidden member (it would be the whole minus the others);
    - hidden zeros never protect anything: when the whole is published, the hidden parts must include a non-zero one
      (else their known sum, 0, gives each of them), and two non-zero ones when one of them is a small count (so a
      small count is never protected by a hidden zero alone: the standard of complementary suppression is kept); when
      the whole is hidden and not zero, a non-zero part is hidden too (else the whole is the sum of the published parts);
    - a published whole of 0 needs nothing: that every part of an empty group is empty is what it says itself (hiding
      more there would spread through every empty cell of the hierarchy and hide large groups for nothing).

    A complement is the smallest non-zero published part (the least information lost; the key breaks ties so the
    result is stable), or the whole when no such part is left. The work is a queue of relations: a relation is checked
    again only when one of its members gets hidden, so a breakdown of tens of thousands of cells takes a fraction of a
    second. A relation with two or more hidden members leaves their sum known, never either one: the accepted standard
    for tables.
    """
    below = threshold() if below is None else below
    primary = {key for key, value in cells.items() if (hide_zeros or value > 0) and value < below}
    forced = {key for key in forced if key in cells}
    if not primary and not forced:
        # nothing small: no rule below ever hides a cell unless one is hidden already (a register without small counts,
        # an empty one — every breakdown of a new municipality's dashboard went through 40,000 zeros for nothing)
        return set()
    state = _State(cells, _index(sums), primary | forced, {key for key, value in cells.items() if 0 < value < below}, primary, below)
    state.run()
    return state.hidden


_INDEXES: dict[int, tuple] = {}  # id(list of relations) → (that list, its index): the KPIs pass one cached list per kind


def _index(sums: Iterable[tuple[Hashable, Sequence[Hashable]]]) -> tuple:
    """The relations (those with parts) and, per cell, the relations it is in and the wholes it is a part of."""
    cached = _INDEXES.get(id(sums))
    if cached is not None and cached[0] is sums:
        return cached[1]
    relations, places = [], set()
    for whole, parts, *kind in sums:
        if parts:
            if kind and kind[0] == PLACES:
                places.add(len(relations))
            relations.append((whole, tuple(parts)))
    of_cell: dict[Hashable, list[int]] = defaultdict(list)
    wholes_of: dict[Hashable, list[Hashable]] = defaultdict(list)
    for index, (whole, parts) in enumerate(relations):
        of_cell[whole].append(index)
        for key in parts:
            of_cell[key].append(index)
            wholes_of[key].append(whole)
    built = (relations, dict(of_cell), dict(wholes_of), frozenset(places))
    if isinstance(sums, list) and len(relations) > 1000:  # only the large, reused structures are worth keeping
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        _INDEXES[id(sums)] = (sums, built)
    return built


class _State:
    """The work of suppress: the hidden cells so far and a queue of the relations to check again."""

    def __init__(self, cells: Mapping[Hashable, int], index: tuple, hidden: set, small: set, primary: set, below: int) -> None:
        self.below = below
        self.cells, self.hidden, self.small = cells, hidden, small  # small: never protected by zeros alone
        self.primary = primary  # the cells hidden for what they are (not to protect others): the small groups
        self.relations, self.of_cell, self.wholes_of, self.places = index
        self.queue = deque(range(len(self.relations)))
        self.queued = [True] * len(self.relations)
        self.known: set = set()

    def run(self) -> None:
        """Rounds: the relations are made safe, and the published zeros beside a hidden group that are not given away
        are hidden in turn, until a round hides nothing more.

        The zeros given away and the disclosing zeros are computed once: `disclosing` starts from the primary cells
        only, and `zeros_given_away` from the published zeros outside it, which no round changes — a complement is a
        non-zero cell, a zero hidden beside a hidden whole is one not given away, and a telling zero is a disclosing
        one. (Recomputing both after every round took most of a KPI publication: tens of seconds a refresh.)"""
        disclosing = self.disclosing()
        self.known = self.zeros_given_away(disclosing)
        while True:
            while self.queue:
                index = self.queue.popleft()
                self.queued[index] = False
                for key in self.to_hide(*self.relations[index]):
                    if key not in self.hidden:
                        self.hide(key)
            telling = [key for key in disclosing if key not in self.hidden and key not in self.known]
            if not telling:
                return
            for key in telling:
                self.hide(key)

    def enqueue(self, index: int) -> None:
        if not self.queued[index]:
            self.queued[index] = True
            self.queue.append(index)

    def hide(self, key: Hashable) -> None:
        self.hidden.add(key)
        for index in self.of_cell.get(key, ()):
            self.enqueue(index)

    def disclosing(self) -> set:
        """The zeros that would say something about the people of a small group: the zero parts of a cell hidden for
        being small ("7 job seekers, of whom without benefit: 0" tells that all seven get one), and the zero parts of
        such a zero, down the hierarchy. A cell hidden only to protect another is no small group: that none of its people
        are in some group is said as a zero beside a published count would say it."""
        cells, relations = self.cells, self.relations
        found: set = set()
        work = deque(self.primary)
        while work:
            key = work.popleft()
            for index in self.of_cell.get(key, ()):
                whole, parts = relations[index]
                if whole != key or index in self.places:
                    continue
                for part in parts:
                    if cells[part] == 0 and part not in found:
                        found.add(part)
                        work.append(part)
        return found

    def zeros_given_away(self, disclosing: set) -> set:
        """The zeros that follow from published zeros which say nothing about a hidden group: such a zero is a plain
        fact; then every part of a group known to be empty is empty, and a group whose parts are all known to be empty
        is empty. Zeros that only give each other away ("all: 0", "with benefit: 0", "without benefit: 0" of one
        hidden municipality) are not in it: each of them tells about the hidden group, so they are hidden together."""
        cells, relations = self.cells, self.relations
        known = {key for key, value in cells.items() if value == 0 and key not in self.hidden and key not in disclosing}
        missing = [sum(1 for part in parts if part not in known) for _whole, parts in relations]
        work = deque(known)
        while work:
            key = work.popleft()
            for index in self.of_cell.get(key, ()):
                whole, parts = relations[index]
                news: list = []
                if whole == key:
                    news = [part for part in parts if part not in known]
                if key in parts:
                    missing[index] -= parts.count(key)
                    if missing[index] == 0 and whole not in known and cells[whole] == 0:
                        news.append(whole)
                for new in news:
                    if new not in known:
                        known.add(new)
                        work.append(new)
        return known

    def to_hide(self, whole: Hashable, parts: tuple) -> list:
        """What one relation needs hidden next to be safe (see suppress); empty when it is safe."""
        cells, hidden = self.cells, self.hidden
        whole_hidden = whole in hidden
        hidden_parts = [key for key in parts if key in hidden]
        if not whole_hidden and (not hidden_parts or cells[whole] == 0):
            return []  # nothing hidden, or an empty group: that all its parts are empty is told by it already
        if whole_hidden:
            zeros = [key for key in parts if cells[key] == 0 and key not in hidden and key not in self.known]
            if zeros:
                return zeros
        nonzero = sum(1 for key in hidden_parts if cells[key] != 0)
        # what the hidden parts add up to (the whole minus the published parts) is known to anyone: it must be no small
        # number either ("23 = 21 + 0 + hidden + hidden" gives 1 and 1, a published zero saying the hidden are not 0)
        hidden_sum = sum(cells[key] for key in hidden_parts)
        if whole_hidden:
            safe = nonzero > 0 or (cells[whole] == 0 and len(hidden_parts) > 0)
        else:
            need = 2 if any(key in self.small for key in hidden_parts) else 1
            safe = len(hidden_parts) >= 2 and nonzero >= need and hidden_sum >= self.below
        if safe:
            return []
        open_parts = [key for key in parts if key not in hidden and cells[key] != 0]
        if open_parts:
            deficit = 0 if whole_hidden else self.below - hidden_sum
            enough = [key for key in open_parts if cells[key] >= deficit] if deficit > 0 else []  # one part that lifts it over
            return [min(enough or open_parts, key=lambda key: (cells[key], str(key)))]
        return [] if whole_hidden else [whole]


def suppress_table(rows: Mapping[Hashable, Mapping[Hashable, int]], below: int | None = None) -> tuple[dict, dict, int | None]:
    """A two-way table with its margins: `rows[r][c]` counts, row totals and column totals computed here.

    Returns (shown_rows, shown_totals, shown_grand_total) where a hidden count is None. shown_totals has the row totals
    under ("row", r) and the column totals under ("col", c)."""
    columns: list = []
    for counts in rows.values():
        for column in counts:
            if column not in columns:
                columns.append(column)
    cells: dict[Hashable, int] = {}
    for r, counts in rows.items():
        for c in columns:
            cells[("cell", r, c)] = int(counts.get(c, 0))
        cells[("row", r)] = sum(int(v) for v in counts.values())
    for c in columns:
        cells[("col", c)] = sum(cells[("cell", r, c)] for r in rows)
    cells[("all",)] = sum(cells[("row", r)] for r in rows)
    sums = [(("row", r), [("cell", r, c) for c in columns]) for r in rows]
    sums += [(("col", c), [("cell", r, c) for r in rows]) for c in columns]
    sums.append((("all",), [("row", r) for r in rows]))
    sums.append((("all",), [("col", c) for c in columns]))
    hidden = suppress(cells, sums, below)

    def value(key):
        return None if key in hidden else cells[key]

    shown_rows = {r: {c: value(("cell", r, c)) for c in columns} for r in rows}
    shown_totals = {**{("row", r): value(("row", r)) for r in rows}, **{("col", c): value(("col", c)) for c in columns}}
    return shown_rows, shown_totals, value(("all",))


def suppress_breakdowns(total: Mapping[str, int], breakdowns: Mapping[str, Mapping[Hashable, Mapping[str, int]]], measures: Sequence[str],
                        within: Iterable[tuple[str, Sequence[str]]] = (), below: int | None = None,
                        hide_zeros: bool = False) -> tuple[dict, dict]:
    """Several breakdowns of one population (per controller, per sex, per age band…), each row with the same measures.

    Every breakdown's rows add up to the total (published or not: it follows from any fully published breakdown, so
    it is a cell here), and `within` names measures made of others in every row (deviations = more + less). Returns
    (shown_total, shown_breakdowns) with hidden counts as None; derived figures (rates) are the caller's, from shown
    counts only."""
    cells: dict[Hashable, int] = {("total", "", m): int(total[m]) for m in measures}
    for name, rows in breakdowns.items():
        for key, counts in rows.items():
            for m in measures:
                cells[(name, key, m)] = int(counts[m])
    sums: list[tuple[Hashable, list[Hashable]]] = []
    for name, rows in breakdowns.items():
        for m in measures:
            sums.append((("total", "", m), [(name, key, m) for key in rows]))
    within = list(within)
    for name, key in [("total", "")] + [(name, key) for name, rows in breakdowns.items() for key in rows]:
        for whole, parts in within:
            sums.append(((name, key, whole), [(name, key, part) for part in parts]))
    hidden = suppress(cells, sums, below, hide_zeros=hide_zeros)

    def shown(name: str, key: Hashable) -> dict:
        return {m: (None if (name, key, m) in hidden else cells[(name, key, m)]) for m in measures}

    return shown("total", ""), {name: {key: shown(name, key) for key in rows} for name, rows in breakdowns.items()}
