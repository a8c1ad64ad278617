"""Injected time. Code asks the clock, never datetime.now(), so tests can travel in time."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Iterator
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


class Clock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def today(self) -> dt.date:
        return self.now().astimezone(BRUSSELS).date()


class FrozenClock(Clock):
    def __init__(self, at: dt.datetime) -> None:
        self.at = at if at.tzinfo else at.replace(tzinfo=BRUSSELS)

    def now(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at = self.at + dt.timedelta(**delta)


_clock: Clock = Clock()


def clock() -> Clock:
    return _clock


def now() -> dt.datetime:
    return _clock.now()


def today() -> dt.date:
    return _clock.today()


def day_of(at: dt.datetime) -> dt.date:
    """The calendar day in Brussels of a stored moment (stored in UTC: between 23:00 and 01:00 UTC, .date() is the
    wrong day). A naive datetime is taken as already local."""
    return at.astimezone(BRUSSELS).date() if at.tzinfo else at.date()


@contextmanager
def travel_to(at: dt.datetime | dt.date) -> Iterator[FrozenClock]:
    """Freeze the platform clock at a moment (a date means noon that day in Brussels)."""
    global _clock
    if isinstance(at, dt.date) and not isinstance(at, dt.datetime):
        at = dt.datetime.combine(at, dt.time(12), BRUSSELS)
    previous, _clock = _clock, FrozenClock(at)
    try:
        yield _clock  # type: ignore[misc]
    finally:
        _clock = previous
