from django import template

register = template.Library()


@register.filter
def get_item(mapping: dict, key: object) -> object:
    return mapping.get(key, key) if mapping else key


@register.filter
def percent(value: float | None, digits: int = 0) -> str:
    """0.4321 -> "43%" (empty for a missing value)."""
    if value is None:
        return "—"
    return f"{100 * float(value):.{int(digits)}f}%"
