from django import template

from werkregie.formats.numbers import format_percent

register = template.Library()


@register.filter
def get_item(mapping: dict, key: object) -> object:
    return mapping.get(key, key) if mapping else key


@register.filter
def percent(value: float | None, digits: int = 0) -> str:
    """0.4321 -> "43 %", 0.352 with 1 digit -> "35,2 %" (Belgian: decimal comma; a dash for a missing value)."""
    if value is None:
        return "—"
    return format_percent(float(value), int(digits))
