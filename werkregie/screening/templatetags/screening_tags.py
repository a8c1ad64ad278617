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


@register.filter
def reasons_for_citizen(value: object) -> list[str]:
    """An assessment's stored reasons as the job seeker reads them (second person), in the reader's language."""
    from werkregie.screening import reasons as texts

    return texts.shown_to_citizen(value)


@register.filter
def reasons(value: object) -> list[str]:
    """A proposal's reasons (an engine Proposal, or the stored list of an assessment) in the reader's language."""
    from werkregie.screening import reasons as texts

    return texts.shown(texts.coded(value) if hasattr(value, "codes") else value)
