"""ESCO skill labels in the reader's language, and how a page shows one that is not (issue 16, point 7).

ESCO's Dutch and French skill labels are incomplete in the shipped extract (the Dutch ones come from the VDAB
mapping "ESCO – VDAB Competences"; about half the skills have none). Where the reader's language has no label, the
best available one is shown (English, then Dutch, then French: `taxonomy.preferred`), and the page says so: the label
carries `lang=` (screen readers switch voice) and a small visible language mark ("EN") with a spoken explanation.
Every page and form that shows a skill label goes through `skill()` and `render()` (template tag `{% skill_label %}`
in `matching/templatetags/skills.py`), so that no page mixes languages without saying so."""

from __future__ import annotations

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from .engine.taxonomy import label_language


def skill(uri: str, language: str, **extra: object) -> dict:
    """{"uri", "label", "lang", **extra}: the label in `language` where ESCO has one, else the best available one and
    its language. An unknown URI is shown as itself (a skill removed from a later ESCO version)."""
    from .platform import taxonomy

    tax = taxonomy()
    index = tax.skill_index.get(uri)
    if index is None:
        return {"uri": uri, "label": uri, "lang": language, **extra}
    item = tax.skills[index]
    return {"uri": uri, "label": item.label(language), "lang": label_language(item.labels, language), **extra}


def skills(uris: list[str], language: str) -> list[dict]:
    return [skill(uri, language) for uri in uris]


def _reader_language() -> str:
    return (get_language() or "nl")[:2]


def language_name(code: str) -> str:
    """The name of a language in the reader's language ("Engels" on a Dutch page); Django's own translated names."""
    try:
        name = str(get_language_info(code)["name_translated"])
    except KeyError:
        return code
    return name.lower() if _reader_language() == "fr" else name  # "en anglais", but "in het Engels", "in English"


def render(entry: dict) -> SafeString:
    """The label as HTML: in the reader's language plainly; otherwise `<span lang="en">…</span>` plus the mark."""
    reader = _reader_language()
    label, lang = _parts(entry)
    lang = lang or reader
    if lang == reader:
        return format_html('<span class="skill">{}</span>', label)
    explanation = _("benaming in het %(language)s: er is nog geen benaming in uw taal") % {"language": language_name(lang)}
    return format_html('<span class="skill"><span lang="{}">{}</span> <span class="lang-mark" title="{}">'
                       '<span aria-hidden="true">{}</span><span class="visually-hidden">({})</span></span></span>',
                       lang, label, explanation, lang.upper(), explanation)


def plain(entry: dict) -> str:
    """The label for plain text (messages, CSV): marked with the language's name when it is not the reader's."""
    label, lang = _parts(entry)
    lang = lang or _reader_language()
    return label if lang == _reader_language() else f"{label} ({language_name(lang)})"


def _parts(entry: object) -> tuple[str, str]:
    """(label, lang) of a dict from `skill()` or an object with those attributes (engine.gaps.Gap)."""
    if isinstance(entry, dict):
        return str(entry["label"]), str(entry.get("lang") or "")
    return str(entry.label), str(getattr(entry, "lang", "") or "")
