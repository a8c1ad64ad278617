"""Punctuation in the reader's language for text a template assembles itself: `{% translate "Doel" %}{% colon %} {{ x }}`
gives "Doel: …" in Dutch and "Finalité\u00a0: …" in French (werkregie.formats.punctuation has the rule). A builtin
(settings.TEMPLATES), so that every template can write a colon without loading anything."""

from __future__ import annotations

import functools
import re

from django import template

from werkregie.formats import punctuation

register = template.Library()


@register.simple_tag
def colon() -> str:
    return punctuation.colon()


@register.filter
def with_colon(label: object) -> str:
    """`{{ field.label|with_colon }}`: the label and a colon in the reader's punctuation, none after a label ending in ? or :."""
    return punctuation.with_colon(label)


@register.simple_tag
def semicolon() -> str:
    return punctuation.semicolon()


@register.filter
def join_semicolons(items: object) -> str:
    """`{{ reasons|join_semicolons }}`: the items separated by "; " as the reader writes it (autoescaped like any value)."""
    return punctuation.join_semicolons(items)  # type: ignore[arg-type]


LONG_WORD = 14  # letters: shorter words fit a phone's line in a heading


@register.filter(is_safe=False)
def hyphenate(text: object) -> str:
    """Soft hyphens (U+00AD) at the syllables of long words, by the hyphenation patterns of the page's language
    (pyphen): on a phone "Samenwerkingsovereenkomsten" breaks as "Samenwerkings-/overeenkomsten", not as
    "…overeenkomst/en" (walk of stop 29; Chromium has no hyphenation dictionary of its own here). Invisible elsewhere."""
    from django.utils.translation import get_language

    dictionary = _hyphenation({"nl": "nl_NL", "fr": "fr_FR", "en": "en_GB"}.get((get_language() or "nl")[:2], "nl_NL"))
    return _LONG.sub(lambda m: dictionary.inserted(m.group(0), hyphen="\u00ad"), str(text))


_LONG = re.compile(rf"\w{{{LONG_WORD},}}")


@functools.lru_cache(maxsize=4)
def _hyphenation(language: str):  # noqa: ANN202 - a pyphen.Pyphen
    import pyphen

    return pyphen.Pyphen(lang=language)
