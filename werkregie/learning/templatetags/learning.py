"""Amounts on the learning account's pages the Belgian way in every language: € 1.234,50 and 12,5 uur."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.translation import gettext as _

from werkregie.formats.numbers import format_number

register = template.Library()


@register.filter
def euro(value: Decimal | None) -> str:
    if value is None:
        return "—"
    value = Decimal(value)
    return f"{'−' if value < 0 else ''}€ {format_number(abs(value), 2)}"


@register.filter
def signed_euro(value: Decimal) -> str:
    return ("+" if Decimal(value) > 0 else "") + euro(value)


@register.filter
def hours(value: Decimal | None) -> str:
    if value is None:
        return "—"
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 2
    return _("%(n)s uur") % {"n": ("−" if value < 0 else "") + format_number(abs(value), decimals)}


@register.filter
def signed_hours(value: Decimal) -> str:
    return ("+" if Decimal(value) > 0 else "") + hours(value)
