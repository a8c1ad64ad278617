"""KPI figures from the aggregate cells only (never a scan of persons), broken down by place and group, with small
cells suppressed once for the whole breakdown so that every page and export shows the same published figures.

`breakdown(code, on)` builds, for one KPI on one reference date, the counts of every unit (Belgium, regions,
provinces, arrondissements, municipalities) in total and per value of every group dimension, and hides cells with
werkregie.core.suppression.suppress over every additive relation between them: a unit's total is the sum over each
dimension's values, a parent is the sum of its children (per group value too), and for a share the cohort is the sum
of those who made it in time and those who did not. So no subtraction of published figures gives a hidden one.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, ParamSpec, TypeVar

from dateutil.relativedelta import relativedelta
from django.db.models import Case, F, Sum, When

from werkregie.core import suppression

from . import catalogue, geography
from .engine import DIMENSIONS
from .models import GROUP_FIELDS, Cell, RefreshState

P, R = ParamSpec("P"), TypeVar("R")
TOTAL = ("total", "")
YEAR = relativedelta(years=1)


class Figure(NamedTuple):  # a tuple: a published breakdown of ~20,000 figures is read back fast
    value: float | None  # the figure (count, hours, or share 0..1); None when suppressed
    count: int | None  # the count it rests on (the cohort for a share); None when suppressed
    hidden: bool


@dataclass
class Breakdown:
    kpi: catalogue.Kpi
    on: dt.date
    window: tuple[dt.date, dt.date] | None
    figures: dict[tuple, Figure]  # (unit, dim, val) → Figure
    below: int

    def get(self, unit: tuple[str, str], dim: str = "total", val: str = "") -> Figure:
        # nobody in the cells: zero, or no share (no median) of an empty cohort
        empty = Figure(None if self.kpi.kind in ("rate", "median") else 0, 0, False)
        return self.figures.get((unit, dim, val), empty)


def window(kpi: catalogue.Kpi, on: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days counted (inclusive): none for a stock; the 12 months up to the day for a flow (from 1 January for the
    hours); the cohort for a share."""
    if kpi.kind == "stock":
        return None
    end = on - kpi.lag
    if kpi.year_to_date:
        return (dt.date(end.year, 1, 1), end)
    return (end - YEAR + dt.timedelta(days=1), end)


def _base(kpi: catalogue.Kpi, on: dt.date) -> dict[str, dict[tuple, float]]:
    """Per part, the sum per (municipality, group…) — the finest cells, read from the aggregate table."""
    keys = ("municipality", *GROUP_FIELDS)
    span = window(kpi, on)
    parts: dict[str, dict[tuple, float]] = {}
    if kpi.kind == "stock":
        rows = Cell.objects.filter(kpi__in=kpi.plus + kpi.minus, day__lte=on).values(*keys).annotate(
            v=Sum(Case(When(kpi__in=kpi.minus, then=-F("n")), default=F("n"))))
        parts["count"] = {tuple(r[k] for k in keys): int(r["v"] or 0) for r in rows}
    elif kpi.kind == "flow":
        rows = Cell.objects.filter(kpi__in=kpi.plus, day__range=span).values(*keys).annotate(n_sum=Sum("n"), v_sum=Sum("value"))
        parts["count"] = {tuple(r[k] for k in keys): int(r["n_sum"] or 0) for r in rows}
        if kpi.amount:
            parts["amount"] = {tuple(r[k] for k in keys): float(r["v_sum"] or 0) for r in rows}
    else:
        rows = Cell.objects.filter(kpi__in=(kpi.numerator, kpi.denominator), day__range=span).values("kpi", *keys).annotate(n_sum=Sum("n"))
        num: dict[tuple, int] = defaultdict(int)
        den: dict[tuple, int] = defaultdict(int)
        for r in rows:
            (num if r["kpi"] == kpi.numerator else den)[tuple(r[k] for k in keys)] += int(r["n_sum"] or 0)
        parts["num"] = dict(num)
        parts["rest"] = {key: den[key] - num.get(key, 0) for key in den}
    return parts


def _marginals(base: dict[tuple, float]) -> dict[tuple, float]:
    """(unit, dim, val) → sum, for every unit above each municipality and every dimension value plus the total."""
    out: dict[tuple, float] = defaultdict(int)
    dims = list(DIMENSIONS)
    for (nis, *groups), value in base.items():
        keys = [TOTAL, *zip(dims, groups)]
        for unit in geography.units_of(nis):
            for dim, val in keys:
                out[(unit, dim, val)] += value
    return out


def relations(cells: set[tuple], parts: list[str]) -> list[tuple[tuple, list[tuple]]]:
    """Every additive relation between the cells of a breakdown (see the module docstring)."""
    # every unit of the reference data, whether or not it has figures: one stable (cached) structure per kind of figure
    return _relations(frozenset(geography.unit_names()) | frozenset(key[1] for key in cells), tuple(parts))


@lru_cache(maxsize=32)
def _relations(units: frozenset, parts: tuple[str, ...]) -> list[tuple[tuple, list[tuple]]]:
    values_of = {dim: list(vals) for dim, vals in DIMENSIONS.items()}
    out = []
    members = [*parts, "all"] if len(parts) > 1 else parts
    for part in members:
        for unit in units:
            for dim, vals in values_of.items():
                out.append(((part, unit, *TOTAL), [(part, unit, dim, v) for v in vals]))
            kids = [k for k in geography.children(unit) if k in units]
            if kids:
                for dim, val in [TOTAL, *[(d, v) for d, vals in values_of.items() for v in vals]]:
                    out.append(((part, unit, dim, val), [(part, k, dim, val) for k in kids], suppression.PLACES))
    if len(parts) > 1:
        for unit in units:
            for dim, val in [TOTAL, *[(d, v) for d, vals in values_of.items() for v in vals]]:
                out.append((("all", unit, dim, val), [(p, unit, dim, val) for p in parts]))
    return out


def protect(counts: dict[tuple, int], parts: list[str], below: int | None = None, forced: frozenset = frozenset()) -> set[tuple]:
    """The hidden cells of a breakdown: primary and complementary suppression over all its relations. With several
    parts, the ("all", …) cells are their sum unless the caller gives them (a family: the whole is a KPI of its own).
    `forced`: cells hidden from the start (a flow's cells where its stock is hidden, _compute_linked)."""
    return _protect(counts, parts, below, forced)[1]


def _protect(counts: dict[tuple, int], parts: list[str], below: int | None, forced: frozenset = frozenset()) -> tuple[dict[tuple, int], set[tuple]]:
    full = dict(counts)
    for key in {k[1:] for k in counts if k[0] in parts} if len(parts) > 1 else ():
        full.setdefault(("all", *key), sum(counts.get((p, *key), 0) for p in parts))
    rels = relations(set(full), parts)
    for rel_whole, rel_parts, *_kind in rels:
        for key in (rel_whole, *rel_parts):
            full.setdefault(key, 0)
    return full, suppression.suppress(full, rels, below, forced=forced)


def _stamp() -> str:
    return RefreshState.objects.filter(id=1).values_list("stamp", flat=True).first() or ""


def refresh_stamp() -> str:
    """The state of the register the published figures come from: a new one at every refresh (daily, a demo load)."""
    return _PINNED.get() or _stamp()


# the refresh stamp pinned by one_state (None: read it at every breakdown)
_PINNED: contextvars.ContextVar[str | None] = contextvars.ContextVar("kpi_refresh_stamp", default=None)


def one_state(function: Callable[P, R]) -> Callable[P, R]:
    """Every breakdown a call reads comes from one state of the tables, whose stamp is read once: a page reads dozens
    of breakdowns, and one query each for the stamp was most of its time under load (the municipality page 29 queries,
    the management page 44); nor can a refresh that commits in between mix two states on one page."""
    @functools.wraps(function)
    def pinned(*args: P.args, **kwargs: P.kwargs) -> R:
        token = _PINNED.set(_PINNED.get() or _stamp())
        try:
            return function(*args, **kwargs)
        finally:
            _PINNED.reset(token)
    return pinned


def breakdown(code: str, on: dt.date) -> Breakdown:
    if code not in catalogue.BY_CODE:
        raise KeyError(code)
    return _breakdown(code, on, _PINNED.get() or _stamp(), suppression.threshold())


@lru_cache(maxsize=256)
def _breakdown(code: str, on: dt.date, stamp: str, below: int) -> Breakdown:
    """From this process's cache, else from the published table, else computed and published (with its family)."""
    from .models import Published

    kpi = catalogue.BY_CODE[code]
    row = Published.objects.filter(kpi=code, on=on, stamp=stamp, below=below).values_list("figures", flat=True).first()
    if row is not None:
        return _decoded(kpi, on, row, below)
    inputs = _inputs(code, on, below)
    codes = _members(code)
    digest = _digest(codes, inputs)
    earlier = dict(Published.objects.filter(kpi__in=codes, on=on, below=below, inputs=digest).values_list("kpi", "figures"))
    if len(earlier) == len(codes):
        # the same cells as under an earlier refresh: the same figures (suppression depends on nothing else), copied
        Published.objects.bulk_create([Published(kpi=name, on=on, stamp=stamp, below=below, inputs=digest, figures=earlier[name])
                                       for name in codes], ignore_conflicts=True)
        return _decoded(kpi, on, earlier[code], below)
    tables = _tables(code, on, below, inputs)
    Published.objects.bulk_create([
        Published(kpi=table.kpi.code, on=on, stamp=stamp, below=below, inputs=digest,
                  figures=[[u[0], u[1], dim, val, f.value, f.count, f.hidden] for (u, dim, val), f in table.figures.items()])
        for table in tables], ignore_conflicts=True)
    return next(table for table in tables if table.kpi.code == code)


def _decoded(kpi: catalogue.Kpi, on: dt.date, row: list, below: int) -> Breakdown:
    figures = {((lv, cd), dim, val): Figure(value, count, hidden) for lv, cd, dim, val, value, count, hidden in row}
    return Breakdown(kpi, on, window(kpi, on), figures, below)


def _members(code: str) -> tuple[str, ...]:
    """The KPIs published together with this one (suppressed jointly): its family, the place-only pair, or itself."""
    if not catalogue.BY_CODE[code].groups:
        return ("vacancies_filled", "time_to_fill")
    if code in STOCK_OF_FLOW:
        return STOCK_FLOWS[STOCK_OF_FLOW[code]]
    whole = FAMILY_OF.get(code)
    return (whole, *FAMILIES[whole]) if whole else (code,)


def _inputs(code: str, on: dt.date, below: int | None = None) -> dict:
    """Everything a breakdown is computed from, read from the cells: per member KPI its finest sums (_base), or for the
    place-only KPIs the filled counts per municipality and KPI."""
    if not catalogue.BY_CODE[code].groups:
        return {"places": _place_rows(on)}
    inputs: dict = {name: _base(catalogue.BY_CODE[name], on) for name in _members(code)}
    if code in STOCK_OF_FLOW:  # the stock's published hidden cells, on the day and a year before (_compute_linked)
        stock = STOCK_OF_FLOW[code]
        inputs[STOCK_HIDDEN] = sorted({key for day in (on, on - YEAR) for key, fig in _stock_breakdown(stock, day, below).figures.items() if fig.hidden})
    return inputs


def _stock_breakdown(code: str, on: dt.date, below: int | None) -> Breakdown:
    """The stock's published breakdown under the same state and threshold as the flow being computed."""
    return _breakdown(code, on, _PINNED.get() or _stamp(), suppression.threshold() if below is None else below)


def _digest(codes: tuple[str, ...], inputs: dict) -> str:
    """A fingerprint of a breakdown's inputs and of how its KPIs read them: a refresh that left the inputs as they were
    (an incremental one touches few days and places) publishes the figures computed before instead of suppressing
    everything again."""
    hasher = hashlib.sha256(repr([(k.kind, k.plus, k.minus, k.numerator, k.denominator, k.amount, k.lag, k.year_to_date) for k in map(catalogue.BY_CODE.get, codes)]).encode())
    for name in sorted(inputs):
        value = inputs[name]
        parts = value.items() if isinstance(value, dict) else [("", value)]
        for part, table in sorted(parts):
            hasher.update(repr((name, part, sorted(table.items()) if isinstance(table, dict) else table)).encode())
    return hasher.hexdigest()


def preload(on: dt.date) -> int:
    """Read today's published breakdowns of every KPI, and the past months of the management trend, into this
    process's cache (the server's master calls it before it forks its workers: the first KPI page after a start
    answered in 3 s under load, the next in 0.1 s; the management page read its trend's 30 breakdowns in each worker).
    Returns the number of KPIs."""
    for kpi in catalogue.CATALOGUE:
        breakdown(kpi.code, on)
    for code in TREND_KPIS:
        trend(code, ("region", "02000"), on)
    return len(catalogue.CATALOGUE)


# the KPIs of the management page, with their monthly trend for Flanders (use_cases.management)
TREND_KPIS = ("screened_2m", "agreement_3m", "screening_overdue", "agreement_overdue", "work_6m", "work_12m")


def warm(on: dt.date) -> int:
    """Publish every KPI's breakdown for a day (the scheduled refresh calls it for today) and drop older states."""
    from .models import Published

    stamp = _stamp()
    for kpi in catalogue.CATALOGUE:
        breakdown(kpi.code, on)
    count = len(catalogue.CATALOGUE)
    for code in TREND_KPIS:
        for day, _fig in trend(code, ("region", "02000"), on):
            count += day != on
    Published.objects.exclude(stamp=stamp).delete()  # after: the earlier figures served as the reusable ones (_breakdown)
    return count


# KPIs that are the sum of others for the same persons: suppressed together, so that no published figure of one tells
# a hidden figure of another (e.g. "job seekers: hidden; without benefit: 0" would say that all of them get a benefit)
FAMILIES = {"jobseekers": ("jobseekers_benefit", "jobseekers_no_benefit")}
FAMILY_OF = {code: whole for whole, parts in FAMILIES.items() for code in (whole, *parts)}

# A stock and its two flows: the flows count the 12 months up to the day, so for every place and group (the age band
# aside: people change band without a flow) stock(day) = stock(day − 1 year) + in(day) − out(day). Published apart,
# each suppressed on its own, that relation gave hidden figures back (the attack of stop 41: Brasschaat's 3 job
# seekers = 10 a year before + 12 in − 19 out). So the flows are published after the stock, and a flow's cell is hidden
# wherever the stock is hidden on either day (then the relation holds three or four hidden terms), and wherever the
# other flow's cell is hidden (with both stocks published, the two flows are hidden together or not at all): never
# exactly one hidden term. The stock's figures are never changed by its flows: no day depends on a later one.
STOCK_FLOWS = {"jobseekers": ("jobseekers_in", "jobseekers_out"), "leefloon": ("leefloon_in", "leefloon_out")}
STOCK_OF_FLOW = {flow: stock for stock, flows in STOCK_FLOWS.items() for flow in flows}
STOCK_HIDDEN = "stock_hidden"  # the inputs' entry with the stock's hidden cells


def compute(code: str, on: dt.date, below: int) -> Breakdown:
    return next(table for table in _tables(code, on, below) if table.kpi.code == code)


def _tables(code: str, on: dt.date, below: int, inputs: dict | None = None) -> list[Breakdown]:
    inputs = _inputs(code, on, below) if inputs is None else inputs
    return compute_all(code, on, below, inputs) if catalogue.BY_CODE[code].groups else compute_places(on, below, inputs["places"])


def _median(histogram: dict[int, int]) -> float | None:
    """The median of values given as value → how many (the mean of the two middle ones for an even count)."""
    total = sum(histogram.values())
    if not total:
        return None
    middle, seen, low = ((total - 1) // 2, total // 2), 0, None
    for value in sorted(histogram):
        seen += histogram[value]
        if low is None and seen > middle[0]:
            low = value
        if seen > middle[1]:
            return (low + value) / 2
    return None  # not reached: the loop passes the middle


def _place_rows(on: dt.date) -> list[tuple[str, str, int]]:
    """(municipality, KPI, count) of the place-only KPIs' cells in the window, sorted."""
    filled_kpi, median_kpi = catalogue.BY_CODE["vacancies_filled"], catalogue.BY_CODE["time_to_fill"]
    rows = Cell.objects.filter(kpi__in=(*filled_kpi.plus, *median_kpi.plus), day__range=window(filled_kpi, on)).values_list(
        "municipality", "kpi").annotate(total=Sum("n"))
    return sorted((nis, kpi, int(total)) for nis, kpi, total in rows)


def compute_places(on: dt.date, below: int, rows: list[tuple[str, str, int]] | None = None) -> list[Breakdown]:
    """The vacancy KPIs, per place only (a vacancy has no sex, age…): the count of filled vacancies suppressed over
    parent = Σ children, and the median time to fill shown only where that count is (a median is no sum, so nothing
    subtracts to it; hiding it with its count keeps the count of a hidden place from showing through it)."""
    filled_kpi, median_kpi = catalogue.BY_CODE["vacancies_filled"], catalogue.BY_CODE["time_to_fill"]
    span = window(filled_kpi, on)
    counts: dict[tuple, int] = defaultdict(int)
    histograms: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for nis, code, total in _place_rows(on) if rows is None else rows:
        for unit in geography.units_of(nis):
            if code in filled_kpi.plus:
                counts[unit] += total
            else:
                histograms[unit][int(code.rsplit(".", 1)[1])] += total
    units = set(geography.unit_names()) | set(counts)
    cells = {unit: counts.get(unit, 0) for unit in units}
    hidden = suppression.suppress(cells, [(unit, kids, suppression.PLACES) for unit in units if (kids := geography.children(unit))], below)
    filled, median = {}, {}
    for unit in units:
        n, shut = cells[unit], unit in hidden
        if n or shut:
            filled[(unit, *TOTAL)] = Figure(None if shut else n, None if shut else n, shut)
            median[(unit, *TOTAL)] = Figure(None if shut else _median(histograms.get(unit, {})), None if shut else n, shut)
    return [Breakdown(filled_kpi, on, span, filled, below), Breakdown(median_kpi, on, span, median, below)]


def compute_all(code: str, on: dt.date, below: int, inputs: dict | None = None) -> list[Breakdown]:
    """The breakdown of a KPI, or of every KPI of its family (suppressed jointly); `inputs` as _inputs reads them."""
    inputs = _inputs(code, on, below) if inputs is None else inputs
    if code in STOCK_OF_FLOW:
        return _compute_linked(code, on, below, inputs)
    whole = FAMILY_OF.get(code)
    if whole is None:
        return [_compute_one(code, on, below, inputs[code])]
    parts = list(FAMILIES[whole])
    counts = {}
    for name in (whole, *parts):
        marg = _marginals(inputs[name].get("count", {}))
        counts.update({("all" if name == whole else name, *key): int(value) for key, value in marg.items()})
    full, hidden = _protect(counts, parts, below)
    out = []
    for name in (whole, *parts):
        kpi, part = catalogue.BY_CODE[name], "all" if name == whole else name
        figures = {}
        for key, n in full.items():
            if key[0] == part and (n or key in hidden):
                shut = key in hidden
                figures[key[1:]] = Figure(None if shut else n, None if shut else n, shut)
        out.append(Breakdown(kpi, on, window(kpi, on), figures, below))
    return out


def _compute_linked(code: str, on: dt.date, below: int, inputs: dict) -> list[Breakdown]:
    """The two flows of a stock (STOCK_FLOWS), each suppressed over its own relations with the cells forced hidden where
    the stock is hidden on the day or a year before, and again with the other flow's hidden cells, until neither hides
    more."""
    pair = _members(code)
    forced = {_key(key) for key in inputs[STOCK_HIDDEN]}
    while True:
        tables = [_compute_one(name, on, below, inputs[name], frozenset(forced)) for name in pair]
        hidden = {key for table in tables for key, fig in table.figures.items() if fig.hidden}
        if hidden <= forced:
            return tables
        forced |= hidden


def _key(key: tuple | list) -> tuple:
    """A breakdown's key ((level, code), dim, val), also as read back from JSON (lists)."""
    unit, dim, val = key
    return (tuple(unit), dim, val)


def _compute_one(code: str, on: dt.date, below: int, base: dict[str, dict[tuple, float]], forced: frozenset = frozenset()) -> Breakdown:
    kpi = catalogue.BY_CODE[code]
    counting = ["num", "rest"] if kpi.kind == "rate" else ["count"]
    marg = {part: _marginals(base.get(part, {})) for part in counting}
    counts = {(part, *key): int(value) for part in counting for key, value in marg[part].items()}
    _full, hidden = _protect(counts, counting, below, frozenset((part, *key) for part in counting for key in forced))
    amounts = _marginals(base["amount"]) if kpi.amount else {}
    figures: dict[tuple, Figure] = {}
    # every figure with cells, and every hidden one (a hidden zero beside a hidden group has no cells, and must not
    # read as the published 0 that Breakdown.get gives a figure without cells)
    for key in {k for part in counting for k in marg[part]} | {k[1:] for k in hidden}:
        if kpi.kind == "rate":
            num, rest = int(marg["num"].get(key, 0)), int(marg["rest"].get(key, 0))
            is_hidden = any((p, *key) in hidden for p in ("num", "rest", "all"))
            den = num + rest
            figures[key] = Figure(None if is_hidden or den == 0 else num / den, None if is_hidden else den, is_hidden)
        else:
            n = int(marg["count"].get(key, 0))
            is_hidden = ("count", *key) in hidden
            value = float(amounts.get(key, 0)) if kpi.amount else n
            figures[key] = Figure(None if is_hidden else value, None if is_hidden else n, is_hidden)
    return Breakdown(kpi, on, window(kpi, on), figures, below)


def per_inhabitants(fig: Figure, unit: tuple[str, str]) -> float | None:
    """The platform's own rate: per 100 inhabitants aged 20–69 (Statbel 1/1/2020)."""
    population = geography.working_age(unit)
    return None if fig.value is None or not population else 100 * fig.value / population


def trend(code: str, unit: tuple[str, str], on: dt.date, months: int = 6) -> list[tuple[dt.date, Figure]]:
    """The figure at the end of each of the last `months` months (for the management chart)."""
    out = []
    for back in range(months - 1, -1, -1):
        day = on.replace(day=1) - relativedelta(months=back - 1) - dt.timedelta(days=1) if back else on
        out.append((day, breakdown(code, day).get(unit)))
    return out
