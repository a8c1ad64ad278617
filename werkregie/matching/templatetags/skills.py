"""{% load skills %}{% skill_label s %} / {% occupation_label uri %}: the one way a page shows an ESCO skill or
occupation label (see matching/labels.py); {% label_legend %} explains the language marks once per page."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from werkregie.matching import labels

register = template.Library()


@register.simple_tag
def skill_label(entry: dict) -> SafeString:
    return labels.render(entry)


@register.simple_tag
def occupation_label(uri: str) -> SafeString:
    """An occupation by its URI as a name: in the reader's language (or marked), starting with a capital."""
    return labels.render(labels.occupation(uri, labels.reader_language()), capital=True)


@register.simple_tag
def label_legend() -> SafeString:
    return labels.legend()
