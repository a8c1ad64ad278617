"""{% load skills %}{% skill_label s %} / {% occupation_label uri %}: the one way a page shows an ESCO skill or
occupation label (see matching/labels.py); {% label_legend %} explains the language marks once per page;
`<q{% text_lang "nl" %}>…</q>{% text_mark "nl" %}` marks a text kept in another language than the page's."""

from __future__ import annotations

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

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
def skill_badges(entries: list, missing: bool = False) -> SafeString:
    """Skills as badges, one after the other with a comma that only a screen reader says and a space: read aloud or
    copied they are a list ("gebruiken, heftrucks bedienen"), not one run-on word (walk of issue 16)."""
    css = "badge missing" if missing else "badge"
    separator = mark_safe('<span class="visually-hidden">,</span> ')  # noqa: S308 - a constant
    return format_html_join(separator, '<span class="{}">{}</span>', ((css, labels.render(e)) for e in entries))


@register.simple_tag
def label_legend() -> SafeString:
    return labels.legend()


@register.simple_tag
def text_lang(lang: str) -> SafeString:
    """` lang="nl"` for an element whose text is kept in `lang`, where the page is in another language; else nothing."""
    return SafeString("") if lang == labels.reader_language() else format_html(' lang="{}"', lang)


@register.simple_tag
def text_mark(lang: str) -> SafeString:
    """The language mark after such a text (labels.text_mark)."""
    return labels.text_mark(lang)
