"""Template filters for the Belgian way of writing dates, for values that reach a template as ISO text (API-shaped
dictionaries) rather than as dates, and phone numbers in the groups Belgians write them in."""

from __future__ import annotations

import datetime as dt
import re

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


# Belgian zones of one digit (Brussels, Antwerpen, Liège, Gent); every other fixed-line zone has two
ONE_DIGIT_ZONES = "2349"


@register.filter
def be_phone(value: object) -> str:
    """A Belgian number as Belgians write it, however it was typed (walk of stop 30: "+32470123456" beside
    "+32 491 94 38 34"): +32 470 12 34 56 (mobile), +32 9 123 45 67 or +32 50 12 34 56 (fixed line); 0470 12 34 56
    without the country code when typed so. Anything else (a foreign number, an e-mail address) unchanged."""
    text = "" if value is None else str(value)
    digits = re.sub(r"[\s./()-]", "", text)
    match = re.fullmatch(r"(\+32|0032|0)(\d{8,9})", digits)
    if not match:
        return text
    prefix, national = ("0", match[2]) if match[1] == "0" else ("+32 ", match[2])
    if len(national) == 9 and national.startswith("4"):  # mobile: 4xx xx xx xx
        parts = [national[:3], national[3:5], national[5:7], national[7:]]
    elif len(national) == 8 and national[0] in ONE_DIGIT_ZONES:
        parts = [national[:1], national[1:4], national[4:6], national[6:]]
    elif len(national) == 8:
        parts = [national[:2], national[2:4], national[4:6], national[6:]]
    else:
        return text
    return prefix + " ".join(parts)


@register.filter
def be_insz(value: object) -> str:
    """A national-register number as it is written in Belgium (83.04.27-143.42), however it is stored (walk of issue
    16: bare 11 digits on the person pages and lists); anything that is not 11 digits unchanged."""
    from werkregie.core.identifiers import format_insz

    return "" if value is None else format_insz(str(value))
