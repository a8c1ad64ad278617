"""ESCO skill labels in the reader's language, and how a page shows one that is not (issue 16, point 7).

ESCO's Dutch and French skill labels are incomplete in the shipped extract (the Dutch ones come from the VDAB
mapping "ESCO – VDAB Competences"; about half the skills have none). Where the reader's language has no label, the
best available one is shown (Dutch, then English, then French: `taxonomy.preferred`), and the page says so: the label
carries `lang=` (screen readers switch voice) and a small visible language mark ("EN") whose title and spoken text
name the language; the page explains the mark once (the legend in web/base.html, shown when a mark is on the page).
Every page and form that shows a skill or occupation label goes through `skill()`/`occupation()` and `render()`
(template tags `{% skill_label %}` and `{% occupation_label %}` in `matching/templatetags/skills.py`), so that no page
mixes languages without saying so. An occupation shown as a name starts with a capital (`capitalised`); the data
keeps ESCO's lower case."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from werkregie.formats.punctuation import semicolon

from .engine.taxonomy import label_language


def skill(uri: str, language: str, **extra: object) -> dict:
    """{"uri", "label", "lang", **extra}: the label in `language` where ESCO has one, else the best available one and
    its language. An unknown URI is shown as itself (a skill removed from a later ESCO version)."""
    from .platform import taxonomy

    tax = taxonomy()
    return _entry(tax.skills, tax.skill_index, uri, language, extra)


def occupation(uri: str, language: str, **extra: object) -> dict:
    """The same for an ESCO occupation."""
    from .platform import taxonomy

    tax = taxonomy()
    return _entry(tax.occupations, tax.occupation_index, uri, language, extra)


def _entry(items: list, index: dict[str, int], uri: str, language: str, extra: dict) -> dict:
    position = index.get(uri)
    if position is None:
        return {"uri": uri, "label": uri, "lang": language, **extra}
    item = items[position]
    return {"uri": uri, "label": item.label(language), "lang": label_language(item.labels, language), **extra}


def capitalised(text: str) -> str:
    """"heftruckchauffeur" → "Heftruckchauffeur" for a name or title on a page (the rest unchanged: "ICT-…")."""
    return text[:1].upper() + text[1:]


def skills(uris: list[str], language: str) -> list[dict]:
    return [skill(uri, language) for uri in uris]


def reader_language() -> str:
    return (get_language() or "nl")[:2]


def language_name(code: str) -> str:
    """The name of a language in the reader's language ("Engels" on a Dutch page); Django's own translated names."""
    try:
        name = str(get_language_info(code)["name_translated"])
    except KeyError:
        return code
    return name.lower() if reader_language() == "fr" else name  # "en anglais", but "in het Engels", "in English"


def render(entry: dict, capital: bool = False) -> SafeString:
    """The label as HTML: in the reader's language plainly; otherwise `<span lang="en">…</span>` plus the short mark
    ("EN", titled and spoken "benaming in het Engels"); why there is no label in the reader's language is said once
    per page by `legend()`. `capital`: shown as a name (an occupation)."""
    reader = reader_language()
    label, lang = _parts(entry)
    label = capitalised(label) if capital else label
    lang = lang or reader
    if lang == reader:
        return format_html('<span class="skill">{}</span>', label)
    return format_html('<span class="skill"><span lang="{}">{}</span> {}</span>', lang, label,
                       _mark(lang, _("benaming in het %(language)s") % {"language": language_name(lang)}))


def _mark(lang: str, explanation: str) -> SafeString:
    """The short visible mark ("EN"), titled and spoken with `explanation`."""
    return format_html('<span class="lang-mark" data-lang="{}" title="{}"><span aria-hidden="true">{}</span>'
                       '<span class="visually-hidden">({})</span></span>', lang, explanation, lang.upper(), explanation)


def text_mark(lang: str) -> SafeString:
    """After a text kept in `lang` (a counsellor's reason, a message as it was sent) on a page in another language: the
    same mark as a skill label's, titled and spoken "in het Nederlands"; nothing when `lang` is the reader's. The text
    itself carries lang= (the template's `text_lang`), so that a screen reader switches voice."""
    if lang == reader_language():
        return SafeString("")
    return format_html(" {}", _mark(lang, _("in het %(language)s") % {"language": language_name(lang)}))


def legend() -> SafeString:
    """The one explanation of the marks, for the page's foot: hidden by the stylesheet unless the page shows a mark."""
    reader = reader_language()
    marks = [format_html('<span class="lang-mark" aria-hidden="true">{}</span> {}', code.upper(),
                         _("benaming in het %(language)s") % {"language": language_name(code)})
             for code in ("nl", "en", "fr") if code != reader]
    # hidden unless the page shows a mark (site.css shows it then): also for what reads the page without its stylesheet
    # (walk of stop 41 read it under an agreement that has no mark)
    return format_html('<p class="lang-legend muted" id="lang-legend" hidden>{} {}</p>',
                       _("Waar een competentie of beroep nog geen benaming in uw taal heeft, staat de beste beschikbare "
                         "benaming er met een taalmerk:"),
                       format_html_join(f"{semicolon()} ", "{}", ((m,) for m in marks)))


def plain(entry: dict) -> str:
    """The label for plain text (messages, CSV): marked with the language's name when it is not the reader's."""
    label, lang = _parts(entry)
    lang = lang or reader_language()
    return label if lang == reader_language() else f"{label} ({language_name(lang)})"


def _parts(entry: object) -> tuple[str, str]:
    """(label, lang) of a dict from `skill()` or an object with those attributes (engine.gaps.Gap)."""
    if isinstance(entry, dict):
        return str(entry["label"]), str(entry.get("lang") or "")
    return str(entry.label), str(getattr(entry, "lang", "") or "")
