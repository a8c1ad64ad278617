"""Optimistic concurrency for what people edit through the register's API, and retries of the database's own
concurrency failures (a serialisation failure or a deadlock is a reason to try again, never a 500).

HTTP: a resource's version travels as a strong ETag ("v<version>"); a write sends it back in If-Match. A stale
If-Match answers 412 Precondition Failed with the current version; a malformed one 400. If-Match is required on the
API: a write without it answers 428 Precondition Required (werkregie.api.preconditions, issue 17); pages always send
the version they showed (a hidden field), so a page never loses an update silently.
"""

from __future__ import annotations

import functools
import random
import re
import time
from collections.abc import Callable
from typing import TypeVar

from django.db import OperationalError, connection
from django.utils.translation import gettext as _

from werkregie.core.errors import Conflict, DomainError, FieldError
from werkregie.core.versions import unseen_message
from werkregie.workflows.services import StaleVersion

T = TypeVar("T")
RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
ATTEMPTS = 5
_ETAG = re.compile(r'^\s*"v(\d{1,12})"\s*$')  # strong only: a weak ETag never matches If-Match (RFC 9110 §13.1.1)


class PreconditionFailed(StaleVersion):
    """The version sent (If-Match or the page's hidden field) is not the current one: 412 with current_version."""

    status = 412
    title = "Precondition failed"


class BadPrecondition(DomainError):
    status = 400
    title = "Bad request"


def etag(version: int) -> str:
    return f'"v{int(version)}"'


def version_from_if_match(header: str | None) -> int | None:
    """The version an If-Match header names; None when absent or "*" (any version)."""
    if header is None or header.strip() in ("", "*"):
        return None
    match = _ETAG.match(header)
    if not match:
        raise BadPrecondition(_("If-Match moet een ETag zijn zoals ontvangen bij GET, bv. \"v3\"."), [FieldError("If-Match", _("ongeldige ETag"))])
    return int(match.group(1))


def check_version(current: int, expected: int | None, what: str | None = None) -> None:
    if expected is not None and int(expected) != int(current):
        raise PreconditionFailed(
            unseen_message(expected, current)
            or _("Iemand anders heeft %(what)s intussen gewijzigd (versie %(current)s, u bewerkte versie %(expected)s). Haal de huidige "
                 "versie op en doe uw wijziging opnieuw.") % {"what": what or _("dit profiel"), "current": current, "expected": expected},
            int(current),
        )


def _retryable(exc: BaseException) -> bool:
    cause = getattr(exc, "__cause__", None)
    code = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
    return code in RETRYABLE_SQLSTATES


def retry_concurrency(function: Callable[..., T]) -> Callable[..., T]:
    """Run `function` (which opens its own transaction) again when the database aborts it for a serialisation failure
    or a deadlock, with a short random back-off; after ATTEMPTS a 409 problem, never a 500. Inside an outer transaction
    a retry cannot help (the outer one is aborted), so the error is answered as the 409 at once."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        for attempt in range(ATTEMPTS):
            try:
                return function(*args, **kwargs)
            except OperationalError as exc:
                if not _retryable(exc):
                    raise
                if connection.in_atomic_block or attempt == ATTEMPTS - 1:
                    raise Conflict(_("De gegevens werden tegelijk door iemand anders gewijzigd; probeer opnieuw.")) from exc
                time.sleep(random.uniform(0.005, 0.02) * (attempt + 1))
        raise AssertionError("unreachable")

    return wrapper
