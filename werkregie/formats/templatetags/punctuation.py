"""Punctuation in the reader's language for text a template assembles itself: `{% translate "Doel" %}{% colon %} {{ x }}`
gives "Doel: …" in Dutch and "Finalité\u00a0: …" in French (werkregie.formats.punctuation has the rule). A builtin
(settings.TEMPLATES), so that every template can write a colon without loading anything."""

from __future__ import annotations

from django import template

from werkregie.formats import punctuation

register = template.Library()


@register.simple_tag
def colon() -> str:
    return punctuation.colon()


@register.simple_tag
def semicolon() -> str:
    return punctuation.semicolon()


@register.filter
def join_semicolons(items: object) -> str:
    """`{{ reasons|join_semicolons }}`: the items separated by "; " as the reader writes it (autoescaped like any value)."""
    return punctuation.join_semicolons(items)  # type: ignore[arg-type]
