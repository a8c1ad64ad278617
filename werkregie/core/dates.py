"""Dates that people type or clients send: one parser and one range check for the whole platform, so that an
impossible day (31/02/2025), a far-off one (0001-01-01, 9999-12-31) or a year out of reach is a 422 naming the field,
never a 500 further down (date arithmetic overflows, a figure computed for the year 1). ISO (JJJJ-MM-DD) or Belgian
(DD/MM/JJJJ); the range is relative to the platform clock (werkregie.core.clock)."""

from __future__ import annotations

import datetime as dt
import re

from django.utils.translation import gettext as _

from . import clock
from .errors import FieldError, InvalidInput

EARLIEST = dt.date(2000, 1, 1)  # the platform holds no history before this
FORMATS = ("%Y-%m-%d", "%d/%m/%Y")
DATE_SHAPED = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{1,2}-\d{1,2})$")
PLANNED_YEARS = 5  # how far ahead something planned (a step, an agreement) may reach


def quarter_label(year: int, number: int) -> str:
    """A quarter as people read it in the active language: "K3 2026", "T3 2026", "Q3 2026"."""
    return _("K%(number)s %(year)s") % {"number": number, "year": year}


def years_after(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (29 February → 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def format_hint() -> str:
    """What to type for a date, with an example (today): "geef een datum als DD/MM/JJJJ, bv. 30/06/2025". Said after
    the field's label ("Begindatum: geef een datum als …"), so it starts in lower case (walk of issue 14, stop 43)."""
    return _("geef een datum als DD/MM/JJJJ, bv. %(example)s") % {"example": f"{clock.today():%d/%m/%Y}"}


def parse_day(value: object, field: str) -> dt.date:
    """A date, or InvalidInput naming `field` (an impossible calendar date such as 2026-02-30 included)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if DATE_SHAPED.match(text):  # written as a date, but not one of the calendar (attack of issue 16: "31/02/2025" was a format error)
        # the format's hint first, as for any wrong date (the KPI exports' error summary says so), then what is wrong
        raise InvalidInput(_("Ongeldige datum."), [FieldError(field, _("%(hint)s (%(text)s bestaat niet)") % {"hint": format_hint(), "text": text})])
    raise InvalidInput(_("Ongeldige datum."), [FieldError(field, format_hint())])


def limits(earliest: dt.date | None = None, years_ahead: int = 1) -> tuple[dt.date, dt.date]:
    return earliest or EARLIEST, years_after(clock.today(), years_ahead)


def check_range(day: dt.date, field: str, earliest: dt.date | None = None, years_ahead: int = 1) -> dt.date:
    """The day itself when it lies from `earliest` (default 01/01/2000) to `years_ahead` years after today."""
    first, last = limits(earliest, years_ahead)
    if not first <= day <= last:
        raise InvalidInput(_("Datum buiten het toegelaten bereik."),
                           [FieldError(field, _("een datum van %(first)s tot %(last)s") % {"first": f"{first:%d/%m/%Y}", "last": f"{last:%d/%m/%Y}"})])
    return day


def parse_day_in_range(value: object, field: str, earliest: dt.date | None = None, years_ahead: int = 1) -> dt.date:
    return check_range(parse_day(value, field), field, earliest, years_ahead)


def check_year(year: int, field: str, first: int, last: int) -> int:
    """A year from `first` to `last`, or InvalidInput naming the field and the years covered."""
    if not first <= year <= last:
        raise InvalidInput(_("Jaar buiten het toegelaten bereik."),
                           [FieldError(field, _("een jaar van %(first)s tot %(last)s") % {"first": first, "last": last})])
    return year
