"""Optimistic concurrency is required on every API write to something people edit (issue 17, point 12).

A write that changes an existing row (a person's profile, an application, an agreement, an appointment, a case, a
membership, …) must say which version the client saw: an `If-Match` header with the ETag of its GET (`"v3"` or `"3"`),
or `version` in the body where the endpoint documents one (both, if they differ: 400). Without it the answer is 428 Precondition Required
(RFC 6585) as an RFC 9457 problem that names both ways; a stale version is answered by the use case (412 or 409 with
the current version), a malformed If-Match by 400. Pages always post the version they showed (a hidden field).

`If-Match: *` ("whatever is there") is refused like a missing header: it is exactly the silent overwrite this prevents.
"""

from __future__ import annotations

import re

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from werkregie.core.errors import DomainError, FieldError

# strong ETags only: If-Match compares strongly, so a weak one never matches (RFC 9110 §13.1.1; attack of stop 29)
_ETAG = re.compile(r'^\s*"?v?(\d{1,12})"?\s*$')
WEAK = re.compile(r"^\s*W/", re.IGNORECASE)


class PreconditionRequired(DomainError):
    """The write did not say which version it edits: 428, naming If-Match and the body's `version`."""

    status = 428
    title = "Precondition Required"


class MalformedPrecondition(DomainError):
    status = 400
    title = "Bad request"


def if_match_version(request: HttpRequest) -> int | None:
    """The version an If-Match header names; None when there is none (or only `*`); 400 when it is not an ETag."""
    header = request.headers.get("If-Match")
    if header is None or header.strip() in ("", "*"):
        return None
    if WEAK.match(header):
        message = _("Een zwakke ETag (W/…) past nooit bij If-Match: stuur de ETag zoals u hem bij het ophalen kreeg, bv. \"v3\".")
        raise MalformedPrecondition(message, [FieldError("If-Match", message)])
    match = _ETAG.match(header)
    if not match:
        message = _("If-Match moet de ETag zijn die u bij het ophalen kreeg, bv. \"v3\".")
        raise MalformedPrecondition(message, [FieldError("If-Match", message)])
    return int(match.group(1))


def optional_version(request: HttpRequest, body_version: int | None = None, *, body_field: str = "version") -> int | None:
    """The version the client saw where the endpoint checks it only when given: the body's, else If-Match's, else None;
    both given and different → 400."""
    seen = if_match_version(request)
    if body_version is not None:
        if seen is not None and seen != int(body_version):
            # two answers to "which version did you see?": neither may win silently (attack of stop 27: a stale
            # If-Match was ignored beside the body's current version)
            message = _("De versie in de body (%(body)s) en in If-Match (%(header)s) verschillen: stuur één versie, die u ophaalde.") % {
                "body": body_version, "header": seen}
            raise MalformedPrecondition(message, [FieldError(body_field, message), FieldError("If-Match", message)])
        return int(body_version)
    return seen


def required_version(request: HttpRequest, body_version: int | None = None, *, body_field: str | None = "version") -> int:
    """The version the client saw: `body_version` (the body's field) when given, else If-Match; neither → 428.
    `body_field=None` for endpoints whose body has no version field (only If-Match is named then)."""
    seen = optional_version(request, body_version, body_field=body_field or "version")
    if seen is not None:
        return seen
    if body_field:
        message = _("Stuur de versie mee die u bewerkt: de ETag of `%(field)s` uit uw GET in een If-Match-kop (bv. If-Match: \"v3\"), "
                    "of het veld `%(field)s` in de body. Zo overschrijft niemand ongemerkt de wijziging van een ander.") % {"field": body_field}
        errors = [FieldError(body_field, _("ontbreekt")), FieldError("If-Match", _("ontbreekt"))]
    else:
        message = _("Stuur de versie mee die u bewerkt: de ETag uit uw GET in een If-Match-kop (bv. If-Match: \"v3\"). "
                    "Zo overschrijft niemand ongemerkt de wijziging van een ander.")
        errors = [FieldError("If-Match", _("ontbreekt"))]
    raise PreconditionRequired(message, errors)


def tagged(response: HttpResponse, data: dict) -> dict:
    """A GET's body, its version also as the ETag to send back in If-Match (walk of stop 28: cases, appointments and
    activities had none, though their writes ask for one)."""
    from werkregie.people.concurrency import etag

    response["ETag"] = etag(data["version"])
    return data
