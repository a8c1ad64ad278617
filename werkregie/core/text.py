"""Text that people write: NFC-normalised, and names without invisible characters.

`name_problem` is the one check for every name the platform stores (persons, and anywhere else a name is written):
it refuses control characters, bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F), zero-width
characters (U+200B–U+200D, U+2060, U+FEFF), line and paragraph separators and private-use or surrogate code points —
every character of the Unicode categories Cc, Cf, Cs, Co, Zl and Zp. They let a name look like another one, reorder
what a reader sees, or hide text in exports.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
# In ASCII the only invisible characters are the C0 controls and DEL (category Cc): the import checks 100,000 titles and
# descriptions, mostly ASCII, and asking unicodedata character by character was a third of its check step.
_ASCII_CONTROLS = re.compile("[\x00-\x1f\x7f]")
_ASCII_CONTROLS_BUT_BREAKS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def nfc(value: str) -> str:
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def invisible_characters(value: str) -> list[str]:
    """The offending characters of `value`, as U+XXXX, in order of appearance (empty when the text is clean)."""
    if value.isascii():
        return [f"U+{ord(c):04X}" for c in _ASCII_CONTROLS.findall(value)]
    return [f"U+{ord(c):04X}" for c in value if unicodedata.category(c) in INVISIBLE_CATEGORIES]


def has_invisible(value: str) -> bool:
    return any(unicodedata.category(c) in INVISIBLE_CATEGORIES for c in value)


def name_problem(value: str, label: str) -> str | None:
    """Why `value` cannot be stored as the name `label` (already translated), or None."""
    from django.utils.translation import gettext as _

    if has_invisible(value):
        return _("De %(label)s bevat stuurtekens.") % {"label": label}
    return None


def visible_text(value: str) -> str:
    """`value` without control and format characters (Unicode Cc and Cf; tab and line breaks stay), stripped: what a
    reader actually sees. Five U+202E characters make an empty string."""
    if value.isascii():
        return _ASCII_CONTROLS_BUT_BREAKS.sub("", value).strip()
    return "".join(c for c in value if c in "\t\n\r" or unicodedata.category(c) not in ("Cc", "Cf")).strip()


# letters that look like nothing: braille blank, the Hangul fillers
BLANK_LETTERS = frozenset("\u2800\u3164\u115f\u1160\uffa0")


def readable_length(value: str) -> int:
    """How many letters and digits a reader sees in `value`: no spaces, punctuation, marks stacked on a letter, nor
    letters that look like nothing (verification of stop 29: eleven braille blanks passed as a reason)."""
    return sum(1 for c in value if c.isalnum() and c not in BLANK_LETTERS and not unicodedata.category(c).startswith("M"))


def required_text_problem(value: str, minimum: int, maximum: int) -> str | None:
    """Why `value` cannot fill a required free-text field of `minimum` to `maximum` characters, or None. A text that is
    empty once its invisible characters are removed is empty (a title of bidirectional controls showed a blank heading)."""
    from django.utils.translation import gettext as _

    visible = visible_text(value or "")
    if not visible:
        return _("Dit veld is verplicht; onzichtbare tekens (stuurtekens) tellen niet mee.")
    if len(visible) < minimum or len((value or "").strip()) > maximum:
        return _("Van %(minimum)s tot %(maximum)s tekens.") % {"minimum": minimum, "maximum": maximum}
    return None


def one_line_problem(value: str) -> str | None:
    """Why `value` cannot be stored in a one-line field (a title, a place, a reason of one line), or None: a line break
    splits it in letters and exports, a bidirectional control reverses what a reader sees."""
    from django.utils.translation import gettext as _

    found = invisible_characters(value)
    if found:
        return _("Eén regel tekst zonder stuurtekens of regeleinden (gevonden: %(found)s).") % {"found": ", ".join(dict.fromkeys(found))}
    return None


_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_WORD = re.compile(r"\w+")


def mixed_script_problem(value: str) -> str | None:
    """Why `value` cannot be a title people search and trust, or None: a word that mixes Latin, Cyrillic or Greek
    letters ("Меtselaar" with a Cyrillic М and е) looks like another word, is not found by a search for it and can pass
    for someone else's (attack of stop 39). Words in one script are fine, whatever the script."""
    from django.utils.translation import gettext as _

    if value.isascii():  # nearly every title: one script
        return None
    for word in _WORD.findall(value):
        if word.isascii():
            continue
        scripts = {script for c in word if c.isalpha() for script in _SCRIPTS if unicodedata.name(c, "").startswith(script)}
        if len(scripts) > 1:
            return _("het woord “%(word)s” mengt letters uit verschillende schriften (zoals Latijnse en Cyrillische letters die op "
                     "elkaar lijken); typ het in één schrift.") % {"word": word}
    return None


def text_problem(value: str) -> str | None:
    """Why `value` cannot be stored as a longer text (notes, reasons, descriptions), or None: line breaks and tabs are
    text there; other control and format characters (U+202E reversed a note on the counsellor's page) are not."""
    from django.utils.translation import gettext as _

    found = [c for c in invisible_characters(value) if c not in ("U+000A", "U+000D", "U+0009")]
    if found:
        return _("Tekst zonder stuurtekens (gevonden: %(found)s).") % {"found": ", ".join(dict.fromkeys(found))}
    return None


def text_field_errors(fields: list[tuple[str, str, int, bool]]) -> list:
    """FieldErrors for (field, value, maximum length, one line?) as a form or API call gives them: control characters,
    line breaks in a one-line text, a text too long — said, never cut silently. For use cases that check before a
    bulk write (which bypasses guard_one_line_fields)."""
    from django.utils.translation import gettext as _

    from .errors import FieldError

    errors = []
    for field, value, maximum, one_line in fields:
        problem = (one_line_problem if one_line else text_problem)(value or "")
        if problem is None and len(value or "") > maximum:
            problem = _("hoogstens %(maximum)s tekens") % {"maximum": maximum}
        if problem:
            errors.append(FieldError(field, problem))
    return errors


def guard_one_line_fields(app_config) -> None:  # noqa: ANN001
    """Refuse, for every model of a domain, a save whose one-line text fields (Django's CharField) hold control or
    format characters or line breaks, or whose longer texts (TextField) hold control or format characters other than
    line breaks and tabs: InvalidInput naming each field, raised before the row is written, so nothing changes. One rule
    for every title, place, note and reason of the domain, whichever page, API call or command writes it (bulk
    creation bypasses it: such a writer checks with one_line_problem itself)."""
    from django.db import models
    from django.db.models.signals import pre_save

    from .errors import FieldError, InvalidInput

    def check(sender, instance, raw=False, **_):  # noqa: ANN001, ANN003, ANN202
        if raw:
            return
        errors = []
        for field in sender._meta.concrete_fields:
            value = getattr(instance, field.attname)
            if not isinstance(value, str) or field.choices:
                continue
            problem = one_line_problem(value) if isinstance(field, models.CharField) else \
                text_problem(value) if isinstance(field, models.TextField) else None
            if problem:
                errors.append(FieldError(field.name, problem))
        if errors:
            from django.utils.translation import gettext as _

            raise InvalidInput(_("Niet bewaard: een tekst bevat stuurtekens (of regeleinden in een tekst van één regel)."), errors)

    for model in app_config.get_models():
        pre_save.connect(check, sender=model, weak=False, dispatch_uid=f"one-line:{model._meta.label}")


# Letters that no Unicode decomposition turns into a Latin base letter: a search for "Yildiz" must find "Yıldız"
# (walk of stop 26), "Lodz" "Łódź", "Oster" "Øster".
_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th",
                               "Þ": "th", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ħ": "h", "Ħ": "h"})


def search_key(value: str) -> str:
    """Lower case, without accents or punctuation, special letters on their base letter: what name search compares."""
    decomposed = unicodedata.normalize("NFKD", (value or "").translate(_BASE_LETTERS))
    return "".join(c for c in decomposed if c.isalnum() or c == " ").lower().strip()


def search_text_problem(value: str) -> str | None:
    """Why `value` cannot be a search text, or None. A search that silently drops what it cannot read becomes "no
    search" and lists (and logs) everything (re-attack of stop 31: `?q=%FF`, read as U+FFFD, listed a whole caseload):
    invisible characters and the replacement character are refused, and so is a text with nothing to look for. (A null
    character is refused before, by the people search's check, in Django's own words as on every form.)"""
    from django.utils.translation import gettext as _

    if has_invisible(value) or "\ufffd" in value:
        return _("De zoektekst bevat een onleesbaar of onzichtbaar teken.")
    if value.strip() and readable_length(value) == 0:
        return _("De zoektekst bevat geen letter of cijfer om naar te zoeken.")
    return None
