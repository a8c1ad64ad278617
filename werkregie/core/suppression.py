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


def threshold() -> int:
    """The platform's threshold: counts below it are never shown."""
    try:
        from django.conf import settings

        return int(getattr(settings, "WERKREGIE_SUPPRESS_BELOW", DEFAULT_THRESHOLD))
    except Exception:  # outside Django (engines, scripts): the documented default
        return DEFAULT_THRESHOLD


def suppress(cells: Mapping[Hashable, int], sums: Iterable[tuple[Hashable, Sequence[Hashable]]], below: int | None = None,
             hide_zeros: bool = False) -> set[Hashable]:
    """The keys of the cells to hide.

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
    state = _State(cells, _index(sums), {key for key, value in cells.items() if (hide_zeros or value > 0) and value < below},
                   {key for key, value in cells.items() if 0 < value < below})
    state.run()
    return state.hidden


_INDEXES: dict[int, tuple] = {}  # id(list of relations) → (that list, its index): the KPIs pass one cached list per kind


def _index(sums: Iterable[tuple[Hashable, Sequence[Hashable]]]) -> tuple:
    """The relations (those with parts) and, per cell, the relations it is in and the wholes it is a part of."""
    cached = _INDEXES.get(id(sums))
    if cached is not None and cached[0] is sums:
        return cached[1]
    relations = [(whole, tuple(parts)) for whole, parts in sums if parts]
    of_cell: dict[Hashable, list[int]] = defaultdict(list)
    wholes_of: dict[Hashable, list[Hashable]] = defaultdict(list)
    for index, (whole, parts) in enumerate(relations):
        of_cell[whole].append(index)
        for key in parts:
            of_cell[key].append(index)
            wholes_of[key].append(whole)
    built = (relations, dict(of_cell), dict(wholes_of))
    if isinstance(sums, list) and len(relations) > 1000:  # only the large, reused structures are worth keeping
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        _INDEXES[id(sums)] = (sums, built)
    return built


class _State:
    """The work of suppress: the hidden cells so far and a queue of the relations to check again."""

    def __init__(self, cells: Mapping[Hashable, int], index: tuple, hidden: set, small: set) -> None:
        self.cells, self.hidden, self.small = cells, hidden, small  # small: never protected by zeros alone
        self.relations, self.of_cell, self.wholes_of = index
        self.queue = deque(range(len(self.relations)))
        self.queued = [True] * len(self.relations)

    def run(self) -> None:
        while self.queue:
            index = self.queue.popleft()
            self.queued[index] = False
            for key in self.to_hide(*self.relations[index]):
                if key not in self.hidden:
                    self.hide(key)

    def enqueue(self, index: int) -> None:
        if not self.queued[index]:
            self.queued[index] = True
            self.queue.append(index)

    def hide(self, key: Hashable) -> None:
        self.hidden.add(key)
        for index in self.of_cell.get(key, ()):
            self.enqueue(index)
            whole, parts = self.relations[index]
            if whole == key and self.cells[key] == 0:  # its parts are no longer given away by it: their relations again
                for part in parts:
                    for other in self.of_cell.get(part, ()):
                        self.enqueue(other)

    def told(self, key: Hashable, seen: frozenset = frozenset()) -> bool:
        """A zero that the published figures give away: a part of an empty group that is published (or given away
        itself), or a whole whose parts are all published (or given away) zeros. Hiding it would protect nothing."""
        if self.cells[key] != 0 or key in seen:
            return False
        seen = seen | {key}
        for whole in self.wholes_of.get(key, ()):
            if self.cells[whole] == 0 and (whole not in self.hidden or self.told(whole, seen)):
                return True
        for index in self.of_cell.get(key, ()):
            whole, parts = self.relations[index]
            if whole == key and all(part not in self.hidden or self.told(part, seen) for part in parts):
                return True
        return False

    def to_hide(self, whole: Hashable, parts: tuple) -> list:
        """What one relation needs hidden next to be safe (see suppress); empty when it is safe."""
        cells, hidden = self.cells, self.hidden
        whole_hidden = whole in hidden
        hidden_parts = [key for key in parts if key in hidden]
        if not whole_hidden and (not hidden_parts or cells[whole] == 0):
            return []  # nothing hidden, or an empty group: that all its parts are empty is told by it already
        if whole_hidden:
            zeros = [key for key in parts if cells[key] == 0 and key not in hidden and not self.told(key)]
            if zeros:
                return zeros
        nonzero = sum(1 for key in hidden_parts if cells[key] != 0)
        if whole_hidden:
            safe = nonzero > 0 or (cells[whole] == 0 and len(hidden_parts) > 0)
        else:
            need = 2 if any(key in self.small for key in hidden_parts) else 1
            safe = len(hidden_parts) >= 2 and nonzero >= need
        if safe:
            return []
        open_parts = [key for key in parts if key not in hidden and cells[key] != 0]
        if open_parts:
            return [min(open_parts, key=lambda key: (cells[key], str(key)))]
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
