"""{% load skills %}{% skill_label s %}: the one way a page shows an ESCO skill label (see matching/labels.py)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from werkregie.matching import labels

register = template.Library()


@register.simple_tag
def skill_label(entry: dict) -> SafeString:
    return labels.render(entry)
