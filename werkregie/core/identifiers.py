"""Belgian identifiers: INSZ (national-register and BIS numbers) and KBO enterprise numbers.

Validation wraps python-stdnum and turns its exceptions into messages that say *why* a number is wrong.
"""

from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from stdnum.be import bis, nn, vat
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError

_NON_DIGITS = re.compile(r"[\s.\-/]")


def compact_insz(value: str) -> str:
    return _NON_DIGITS.sub("", str(value or ""))


def looks_like_insz(text: str) -> bool:
    """Whether a search text is an INSZ-shaped number (11 digits, with or without dots, dashes and spaces): such a text
    must stay out of URLs, valid or not (a mistyped INSZ still identifies someone)."""
    number = compact_insz(text)
    return len(number) == 11 and number.isascii() and number.isdigit()


def insz_problem(value: str) -> str | None:
    """Return why `value` is not a valid INSZ (national-register or BIS number), or None when it is valid."""
    number = compact_insz(value)
    if not number:
        return _("Het INSZ-nummer is leeg.")
    if not (number.isascii() and number.isdigit()):  # full-width or other scripts' digits are refused, not converted
        return _("Een INSZ-nummer bestaat enkel uit cijfers.")
    if len(number) != 11:
        return _("Een INSZ-nummer telt 11 cijfers, dit telt er %(n)d.") % {"n": len(number)}
    month = int(number[2:4])
    module = bis if 20 <= month <= 32 or 40 <= month <= 52 else nn
    if not _plausible_birth_part(number):
        return _("De eerste 6 cijfers vormen geen geldige geboortedatum (JJMMDD).")
    try:
        module.validate(number)
    except InvalidChecksum:
        return _(
            "Het controlegetal (laatste 2 cijfers) klopt niet: het moet 97 min de rest van de deling "
            "door 97 zijn van de eerste 9 cijfers (met een 2 ervoor voor wie geboren is vanaf 2000)."
        )
    except InvalidComponent:
        return _("De eerste 6 cijfers vormen geen geldige geboortedatum (JJMMDD).")
    except (InvalidFormat, InvalidLength, StdnumError):
        return _("Dit is geen geldig INSZ-nummer.")
    return None


def _plausible_birth_part(number: str) -> bool:
    """YYMMDD must be a real date in 19YY or 20YY; month or day 00 means unknown and is allowed."""
    yy, mm, dd = int(number[0:2]), int(number[2:4]), int(number[4:6])
    if mm >= 40:
        mm -= 40
    elif mm >= 20:
        mm -= 20
    if mm > 12 or dd > 31:
        return False
    if mm == 0 or dd == 0:
        return True
    for century in (1900, 2000):
        try:
            dt.date(century + yy, mm, dd)
            return True
        except ValueError:
            continue
    return False


def validate_insz(value: str) -> None:
    problem = insz_problem(value)
    if problem:
        raise ValidationError(problem, code="invalid_insz")


def insz_birth_date(value: str) -> dt.date | None:
    number = compact_insz(value)
    month = int(number[2:4])
    module = bis if 20 <= month <= 32 or 40 <= month <= 52 else nn
    try:
        return module.get_birth_date(number)
    except Exception:  # unknown birth date (month or day 00) is allowed in the register
        return None


def insz_is_bis(value: str) -> bool:
    month = int(compact_insz(value)[2:4])
    return 20 <= month <= 32 or 40 <= month <= 52


def make_insz(birth: dt.date, serial: int) -> str:
    """Build a valid national-register number (serial 1–997: odd for men, even for women)."""
    base = f"{birth:%y%m%d}{serial:03d}"
    prefix = "2" if birth.year >= 2000 else ""
    check = 97 - int(prefix + base) % 97
    return f"{base}{check:02d}"


def format_insz(value: str) -> str:
    n = compact_insz(value)
    return f"{n[0:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:11]}" if len(n) == 11 else value


def compact_kbo(value: str) -> str:
    number = _NON_DIGITS.sub("", str(value or "")).upper().removeprefix("BE")
    return number.zfill(10) if len(number) == 9 else number


def kbo_problem(value: str) -> str | None:
    number = compact_kbo(value)
    if not (number.isascii() and number.isdigit()) or len(number) != 10:
        return _("Een ondernemingsnummer telt 10 cijfers (bv. 0123.456.749).")
    if number[0] not in "01":
        return _("Een ondernemingsnummer begint met 0 of 1.")
    try:
        vat.validate(number)
    except InvalidChecksum:
        return _("Het controlegetal van het ondernemingsnummer klopt niet (97 min de rest van de eerste 8 cijfers bij deling door 97).")
    except StdnumError:
        return _("Dit is geen geldig ondernemingsnummer.")
    return None


def validate_kbo(value: str) -> None:
    problem = kbo_problem(value)
    if problem:
        raise ValidationError(problem, code="invalid_kbo")


def make_kbo(serial: int) -> str:
    base = f"0{serial % 10_000_000:07d}"
    if base[1] == "0":
        base = "02" + base[2:]
    return f"{base}{97 - int(base) % 97:02d}"
