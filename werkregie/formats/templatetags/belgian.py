"""Template filters for the Belgian way of writing dates, for values that reach a template as ISO text (API-shaped
dictionaries) rather than as dates."""

from __future__ import annotations

import datetime as dt

from django import template

register = template.Library()


@register.filter
def be_date(value: object) -> str:
    """2026-11-30 (a date or its ISO text) → 30/11/2026; anything else unchanged."""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)
