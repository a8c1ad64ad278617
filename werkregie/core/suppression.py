"""Small-cell suppression, one rule for every aggregate the platform shows or exports (statistics, reports, model card,
KPIs): a count below the threshold is hidden, then complementary suppression hides more cells until no hidden cell
can be recovered by subtracting published cells from a published sum.

The caller describes its figures as cells (any hashable key → count) and the additive relations between them
(`whole = sum(parts)`: a row total, a column total, a grand total, a measure made of two others). Derived figures
(rates, shares) must be hidden whenever one of their inputs is hidden: `hidden` tells which.

The threshold comes from the setting `WERKREGIE_SUPPRESS_BELOW` (default 10); a caller may pass its own.
"""

from __future__ import annotations

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

    Primary suppression hides every count in 1..below-1 (zero is published: an empty cell singles out nobody, and hiding
    it would only hide that a group is empty — callers that disagree pass hide_zeros=True). Then, for every
    relation in which exactly one member is hidden, the smallest published part (or the whole, when every part is
    hidden) is hidden too, repeated until every relation has zero or at least two hidden members. A relation with two
    hidden members still leaves their sum known, never either one, which is the accepted standard for tables.
    """
    below = threshold() if below is None else below
    relations = [(whole, list(parts)) for whole, parts in sums]
    hidden = {key for key, value in cells.items() if (hide_zeros or value > 0) and value < below}
    changed = True
    while changed:
        changed = False
        for whole, parts in relations:
            members = [whole, *parts]
            if not parts or sum(1 for key in members if key in hidden) != 1:
                continue
            open_parts = [key for key in parts if key not in hidden]
            # the smallest non-zero published part: the least information lost (hiding a zero would protect nothing,
            # since the hidden cells' sum stays known); the key breaks ties so the result is stable
            hidden.add(min(open_parts, key=lambda key: (cells[key] == 0, cells[key], str(key))) if open_parts else whole)
            changed = True
    return hidden


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
