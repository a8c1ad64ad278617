"""Working days in Belgium: Monday to Friday, without the ten legal public holidays (wet van 4 januari 1974 betreffende
de feestdagen; KB van 18 april 1974): New Year, Easter Monday, 1 May, Ascension Day, Whit Monday, 21 July, 15 August,
1 November, 11 November, Christmas. The list is dated: a holiday added or removed by law gets a `from`/`until`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from dateutil.easter import easter


@dataclass(frozen=True)
class Holiday:
    name: str
    month: int = 0  # fixed date (month, day); 0 for a day counted from Easter
    day: int = 0
    easter_offset: int | None = None
    valid_from: dt.date = dt.date(1974, 1, 1)
    valid_until: dt.date | None = None


HOLIDAYS = (
    Holiday("Nieuwjaar", 1, 1),
    Holiday("Paasmaandag", easter_offset=1),
    Holiday("Dag van de Arbeid", 5, 1),
    Holiday("O.H.-Hemelvaart", easter_offset=39),
    Holiday("Pinkstermaandag", easter_offset=50),
    Holiday("Nationale feestdag", 7, 21),
    Holiday("O.L.V.-Hemelvaart", 8, 15),
    Holiday("Allerheiligen", 11, 1),
    Holiday("Wapenstilstand", 11, 11),
    Holiday("Kerstmis", 12, 25),
)


@lru_cache(maxsize=256)
def public_holidays(year: int) -> frozenset[dt.date]:
    days = set()
    for h in HOLIDAYS:
        day = easter(year) + dt.timedelta(days=h.easter_offset) if h.easter_offset is not None else dt.date(year, h.month, h.day)
        if h.valid_from <= day and (h.valid_until is None or day <= h.valid_until):
            days.add(day)
    return frozenset(days)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def working_day_on_or_after(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    return day if is_working_day(day) else add_working_days(day, 1)


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date `days` working days after `start` (start itself not counted): a term of 3 working days that starts on
    a Friday ends on the Wednesday after."""
    if days < 0:
        raise ValueError("a term counts forward")
    current = start
    while days > 0:
        current += dt.timedelta(days=1)
        if is_working_day(current):
            days -= 1
    return current


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (0 when end ≤ start)."""
    count, current = 0, start
    while current < end:
        current += dt.timedelta(days=1)
        count += is_working_day(current)
    return count
