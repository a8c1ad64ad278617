"""French punctuation spacing: the one place that decides where French text gets its non-breaking spaces.

The rule (Imprimerie nationale, "Lexique des règles typographiques"):
- a non-breaking space U+00A0 before ':' and inside guillemets ("«\u00a0…\u00a0»");
- a narrow non-breaking space U+202F before ';', '!' and '?'.
Non-breaking, so that a line never starts with the mark. Dutch and English take no space before any of them.

`french(text)` applies the rule to a French catalogue string (scripts/translations.py runs it on every French msgstr
it writes); `colon()`, `semicolon()` and `join_semicolons()` give templates and views the mark in the reader's language
for text they assemble themselves ("{% translate 'Doel' %}{% colon %} {{ label }}").

A mark counts as punctuation only when a space or the end of the text follows it, so times (10:30), URLs (https://),
ratios (3:1), codes (nl:B1;fr:A2, did:web:…) and query strings (?page=2) are left alone. Never touched either:
placeholders (%(name)s, %s, {name}), HTML tags with their attributes, <code>…</code> and `…`, character references
(&amp;), JSON ({"nl": "B1"}) and a header or value written as code (If-Match: "v3"). Applying it twice changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.translation import get_language

NBSP = "\u00a0"  # before ':' and inside « »
NNBSP = "\u202f"  # before ';', '!', '?'
SPACE_BEFORE = {":": NBSP, ";": NNBSP, "!": NNBSP, "?": NNBSP}

# Spans French spacing must not enter, tried in this order at each position.
_PROTECTED = re.compile(
    r"<code\b.*?</code>"  # code shown as code
    r"|`[^`]*`"  # code in backticks (API texts)
    r"|<[^<>]*>"  # any tag with its attributes
    r"|&(?:#\d+|#x[0-9a-fA-F]+|\w+);"  # character references: &amp; &#160;
    r"|%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]|%[-#0 +]*\d*(?:\.\d+)?[sdifr%]"  # printf placeholders
    r"|\{[^{}]*\}",  # {name} placeholders and JSON objects
    re.DOTALL,
)
_SPACES = "[ \u00a0\u202f\u2009]*"  # what may already stand before a mark: space, (narrow) no-break space, thin space
_STANDS_IN = "\ue000"  # a private-use character holds each protected span's place while the prose is spaced
# A mark that ends a clause: a space, '»' or the end follows it; the match starts right after the word (or at the very start:
# "; exclusion…" is appended to a word). Not after a straight quote, nor before one (code: {"nl": …}, If-Match: "v3").
# A no-break space after a mark is one this rule put before the next mark ("::" → ":\u00a0:"), not the end of a clause.
_MARK = re.compile(rf"(?<![\"\s]){_SPACES}([:;!?])(?=$|»|[^\S\u00a0\u202f](?!\s*\"))")
_CLOSING = re.compile(rf"(?<!\s){_SPACES}»")
_OPENING = re.compile(rf"«{_SPACES}")


def french(text: str) -> str:
    """The French text with its spacing before ':' ';' '!' '?' and inside « » (see the module's rule); idempotent."""
    if not text or _STANDS_IN in text:
        return text
    kept: list[str] = []

    def keep(m: re.Match) -> str:
        kept.append(m.group(0))
        return _STANDS_IN

    prose = _PROTECTED.sub(keep, text)
    prose = _MARK.sub(lambda m: SPACE_BEFORE[m.group(1)] + m.group(1), prose)
    prose = _CLOSING.sub(NBSP + "»", prose)
    prose = _OPENING.sub("«" + NBSP, prose)
    spans = iter(kept)
    return re.sub(_STANDS_IN, lambda _m: next(spans), prose)


def _is_french(language: str | None) -> bool:
    return (language or get_language() or "").startswith("fr")


def colon(language: str | None = None) -> str:
    """':' as the reader (or the given language) writes it after a word: "Finalité\u00a0:" in French, "Doel:" otherwise."""
    return NBSP + ":" if _is_french(language) else ":"


def with_colon(label: object, language: str | None = None) -> str:
    """A label followed by a colon to introduce what follows ("Motivering: …"), none added after a label that ends in
    its own question mark or colon ("Welke competenties ontbraken?: …" in an error summary: walk of issue 16)."""
    text = str(label).rstrip()
    return text if text.endswith(("?", ":", "!", " :")) else text + colon(language)


def semicolon(language: str | None = None) -> str:
    """';' as the reader (or the given language) writes it after a word: a narrow no-break space before it in French."""
    return NNBSP + ";" if _is_french(language) else ";"


def join_semicolons(items: Iterable[object]) -> str:
    """Shown items separated by semicolons in the reader's punctuation: "a; b", in French "a\u202f; b"."""
    return f"{semicolon()} ".join(str(item) for item in items)


def for_standard_fonts(text: str) -> str:
    """The text for a PDF in the standard fonts (Helvetica: WinAnsi), which have no U+202F and would draw a black box:
    the narrow no-break space becomes the no-break space they do have, so the line still never breaks before ';'."""
    return text.replace(NNBSP, NBSP)
