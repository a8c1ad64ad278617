"""The deadline sweep: every domain with deadlines registers a contributor in its `sweeps.py`; `run` calls them all, in
order, for one date. Contributors are idempotent (stable task keys, dedupe keys) and commit per partition of persons,
so a run that is killed halfway leaves whole partitions only and the next run completes the work.

    from werkregie.worklist.sweep import contributor

    @contributor("trajectories", order=30)
    def sweep(as_of: dt.date) -> dict[str, int]:
        ...

Run it with `werkregie deadlines sweep [--as-of YYYY-MM-DD] [--progress]`; the task runner schedules
`werkregie.worklist.sweep.run` every night."""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from django.db import transaction

from werkregie.core import clock

Sweep = Callable[[dt.date], dict]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Contributor:
    name: str
    order: int
    fn: Sweep


REGISTRY: dict[str, Contributor] = {}
PARTITION = 5000


def contributor(name: str, order: int = 100) -> Callable[[Sweep], Sweep]:
    """Register `fn(as_of) -> dict[str, int]` as the sweep contributor `name` (lower order runs first)."""

    def wrap(fn: Sweep) -> Sweep:
        existing = REGISTRY.get(name)
        if existing is not None and (existing.fn.__module__, existing.fn.__qualname__) != (fn.__module__, fn.__qualname__):
            raise ValueError(f"sweep contributor {name!r} is registered twice")
        REGISTRY[name] = Contributor(name, order, fn)
        return fn

    return wrap


def discover() -> list[Contributor]:
    """Import every installed app's `sweeps` module and return the contributors in order."""
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("sweeps")
    return sorted(REGISTRY.values(), key=lambda c: (c.order, c.name))


def run(as_of: dt.date | str | None = None, progress: Callable[[str], None] | None = None, only: Sequence[str] | None = None,
        stop_on_error: bool = False) -> dict:
    """Run every contributor for `as_of` (default: today). Returns {"as_of", "seconds", "contributors": {name: counts},
    "errors": {name: message}}.

    A contributor that fails keeps its finished partitions (each committed on its own) and does not stop the others: the
    failure is logged and reported in "errors" (the command exits non-zero), and the next run completes its work.
    With `stop_on_error` the first failure is raised instead."""
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    as_of = as_of or clock.today()
    started = time.perf_counter()
    results: dict[str, dict] = {}
    errors: dict[str, str] = {}
    for c in discover():
        if only and c.name not in only:
            continue
        t0 = time.perf_counter()
        try:
            counts = dict((c.fn(as_of, progress=progress) if _takes_progress(c.fn) else c.fn(as_of)) or {})
        except Exception as exc:
            if stop_on_error:
                raise
            log.exception("deadline sweep contributor %s failed on %s", c.name, as_of)
            errors[c.name] = f"{type(exc).__name__}: {exc}"[:500]
            counts = {}
        counts["seconds"] = round(time.perf_counter() - t0, 3)
        results[c.name] = counts
        if progress:
            progress(f"{c.name}: " + (f"FAILED {errors[c.name]}" if c.name in errors else ", ".join(f"{k} {v}" for k, v in counts.items())))
    return {"as_of": as_of.isoformat(), "seconds": round(time.perf_counter() - started, 3), "contributors": results, "errors": errors}


def _takes_progress(fn: Sweep) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def chunks(ids: Sequence[int], size: int = PARTITION) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def partitioned(ids: Sequence[int], handle: Callable[[Sequence[int]], dict], size: int = PARTITION,
                progress: Callable[[str], None] | None = None, label: str = "") -> dict[str, int]:
    """Call `handle(partition)` for each partition of `ids`, each in its own transaction; sum the counts it returns."""
    total: dict[str, int] = {}
    done = 0
    for part in chunks(ids, size):
        with transaction.atomic():
            counts = handle(part) or {}
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
        done += len(part)
        if progress:
            progress(f"{label} {done}/{len(ids)}")
    return total


def add_counts(*parts: Iterable[tuple[str, int]] | dict) -> dict[str, int]:
    total: dict[str, int] = {}
    for part in parts:
        for k, v in (part.items() if isinstance(part, dict) else part):
            total[k] = total.get(k, 0) + v
    return total
