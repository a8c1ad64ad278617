"""Identifiers of employers beyond the enterprise number: establishment-unit numbers (vestigingseenheden, KBO) and
NACE-BEL sector codes. The enterprise number itself is validated with python-stdnum in werkregie.core.identifiers."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .sectors import nace_problem

_NON_DIGITS = re.compile(r"[^0-9]")


def compact_establishment(value: str) -> str:
    return _NON_DIGITS.sub("", str(value or ""))


def establishment_problem(value: str) -> str | None:
    """An establishment-unit number: 10 digits, the first 2 to 8, the last two 97 minus the first eight modulo 97 (the
    same check as the enterprise number, which starts with 0 or 1)."""
    number = compact_establishment(value)
    if len(number) != 10:
        return _("Een vestigingsnummer telt 10 cijfers (bv. 2.123.456.789).")
    if number[0] not in "2345678":
        return _("Een vestigingsnummer begint met een cijfer van 2 tot 8.")
    if 97 - int(number[:8]) % 97 != int(number[8:]):
        return _("Het controlegetal van het vestigingsnummer klopt niet (97 min de rest van de eerste 8 cijfers bij deling door 97).")
    return None


def validate_establishment(value: str) -> None:
    problem = establishment_problem(value)
    if problem:
        raise ValidationError(problem)


def validate_nace(value: str) -> None:
    problem = nace_problem(value)
    if problem:
        raise ValidationError(problem)


def make_establishment(serial: int) -> str:
    """A valid establishment-unit number for demo data and tests."""
    base = f"2{serial % 10_000_000:07d}"
    return f"{base}{97 - int(base) % 97:02d}"
