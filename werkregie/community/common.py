"""What the community-service use cases share: limits, logging a read with the purpose of its ground, and numbers
and dates the Belgian way."""

from __future__ import annotations

from decimal import Decimal

from django.utils.formats import date_format, number_format

from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal

from . import perms

MIN_REASON = 5
MAX_LIST = 500


def _log(principal: Principal, person_ids, what: str) -> None:  # noqa: ANN001
    for purpose, ids in perms.purposes(principal, list(dict.fromkeys(person_ids))).items():
        record_access(principal.actor(), ids, what, purpose, principal.channel)


def num(value) -> str:  # noqa: ANN001
    """A number of hours or euros the Belgian way (decimal comma), without needless decimals."""
    value = Decimal(value)
    return number_format(value, 0 if value == value.to_integral_value() else 2)


def _day(value) -> str:  # noqa: ANN001
    return date_format(value, "d/m/Y") if value else "—"
