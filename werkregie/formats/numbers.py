"""Numbers the Belgian way, in one place: reading amounts typed by people, writing numbers for pages and exports.

Reading (`parse_amount`): the decimal comma and the point as thousands separator, as people in Belgium type them:
"2500", "2.500", "2.500,50", "2 500,50", "€ 2.500,5" and "-12,5". A point followed by exactly three digits groups
thousands ("2.500" is two thousand five hundred); a single point followed by one or two digits is read as a decimal
point ("2500.50", as typed on an English keyboard). Anything else is refused with a message that says what to type.

Writing (`format_number`, `format_percent`): Django's localisation (`django.utils.numberformat` with the format
modules of this package: decimal comma, point for thousands), so pages and CSV exports write the same "1.542",
"2,7" and "35,2 %" whatever the interface language. A document written wholly in one language (the KPIs' transparency
report) passes `language` and gets the numbers as that language writes them, from Django's own format module of the
language: "1.542" and "2,7" in Dutch, "1 542" and "2,7" in French, "1,542", "2.7" and "35.2%" in English (an English
reader takes "1.542" for one and a half).

`AmountField` is the form field for every amount (euros, hours, fractions typed as decimals): a DecimalField that reads
with `parse_amount`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from django import forms
from django.utils import formats, numberformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")  # 2.500 / 1.234.567,89
_COMMA = re.compile(r"^-?\d+(,\d+)?$")  # 2500 / 2500,5
_POINT = re.compile(r"^-?\d+\.\d{1,2}$")  # 2500.50 (a point as decimal separator: at most two decimals)


class AmountError(ValueError):
    """A text that is not an amount; the message is for the person who typed it."""


def parse_amount(text: str | int | float | Decimal | None, max_decimals: int | None = None) -> Decimal | None:
    """The amount in `text` as a Decimal (None for an empty text). Raises AmountError with a Dutch message."""
    if text is None:
        return None
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, (int, float)):
        value = Decimal(str(text))
    else:
        cleaned = _SPACES.sub("", str(text)).replace("€", "").replace("EUR", "").strip()
        if not cleaned:
            return None
        if _GROUPED.match(cleaned):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        elif _COMMA.match(cleaned):
            cleaned = cleaned.replace(",", ".")
        elif not _POINT.match(cleaned):
            raise AmountError(_("Typ een bedrag zoals 2500, 2.500 of 2.500,50 (met een komma voor de decimalen)."))
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise AmountError(_("Typ een bedrag zoals 2500, 2.500 of 2.500,50 (met een komma voor de decimalen).")) from None
    if not value.is_finite():
        raise AmountError(_("Typ een bedrag zoals 2500, 2.500 of 2.500,50 (met een komma voor de decimalen)."))
    if max_decimals is not None and -value.as_tuple().exponent > max_decimals and value != value.quantize(Decimal(1).scaleb(-max_decimals)):
        raise AmountError(_("Gebruik hoogstens %(n)s cijfers na de komma.") % {"n": max_decimals})
    return value


@lru_cache(maxsize=8)
def separators(language: str | None = None) -> tuple[str, str, int]:
    """(decimal separator, thousands separator, grouping): the platform's Belgian ones, or with a `language` those of
    Django's own format module for it (not this package's, which are Belgian for every language)."""
    if not language:
        return ",", ".", 3
    for module in formats.iter_format_modules(language, []):  # no FORMAT_MODULE_PATH: Django's own locale only
        if hasattr(module, "DECIMAL_SEPARATOR"):
            return module.DECIMAL_SEPARATOR, module.THOUSAND_SEPARATOR, module.NUMBER_GROUPING
    return separators(None)


def format_number(value: float | int | Decimal | None, decimals: int | None = 0, *, empty: str = "", language: str | None = None) -> str:
    """1542 → "1.542", 2.7 → "2,7" (decimals=1), 2500.5 → "2.500,50" (decimals=2); None → `empty`.
    decimals=None keeps the value's own decimals (a Decimal from the database). With `language`, as that language
    writes numbers ("en": "1,542", "2.7"; "fr": "1\u00a0542", "2,7")."""
    if value is None:
        return empty
    if isinstance(value, float) and decimals is not None:
        value = round(Decimal(repr(value)), decimals)  # round half even on the shortest repr, not binary truncation
    decimal_separator, thousands, grouping = separators(language)
    return numberformat.format(value, decimal_separator, decimals, grouping, thousands, force_grouping=True)


def format_percent(share: float | None, decimals: int = 1, *, empty: str = "", language: str | None = None) -> str:
    """0.352 → "35,2 %" (a share between 0 and 1, with a non-breaking space before the sign as in Dutch and French);
    with language="en" "35.2%", the English way."""
    if share is None:
        return empty
    space = "" if (language or "").split("-")[0] == "en" else "\u00a0"
    return f"{format_number(100 * share, decimals, language=language)}{space}%"


class AmountField(forms.DecimalField):
    """A DecimalField that reads Belgian amounts ("2.500", "2.500,50") and shows its value with a decimal comma."""

    default_error_messages = {"invalid": gettext_lazy("Typ een bedrag zoals 2500, 2.500 of 2.500,50 (met een komma voor de decimalen).")}

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs.setdefault("localize", True)
        super().__init__(*args, **kwargs)

    def to_python(self, value: object) -> Decimal | None:
        if value in self.empty_values:
            return None
        try:
            return parse_amount(value if isinstance(value, (Decimal, int, float)) else str(value))
        except AmountError:  # the field's own words: a distance or a number of hours is no amount ("Typ een bedrag" beside "km")
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None

    def prepare_value(self, value: object) -> object:
        if isinstance(value, (Decimal, float, int)) and not isinstance(value, bool):
            decimals = self.decimal_places if self.decimal_places is not None else None
            # a whole number stays whole ("38", not "38,00": walk of stop 29); a Decimal keeps the places it was typed with
            return format_number(value, None if isinstance(value, (Decimal, int)) else decimals)
        return value

    def widget_attrs(self, widget: forms.Widget) -> dict:
        attrs = super().widget_attrs(widget)
        attrs.pop("step", None)
        attrs.update({"inputmode": "decimal"})
        return attrs
