"""Every answer under /api/ is an RFC 9457 problem, also those Django or ninja make before a view runs (405 for a
method the path does not have, 413 for a body that is too large, 403 from the CSRF check, 404 …)."""

from __future__ import annotations

import json
from typing import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

from werkregie.core.text import nfc

from .problems import problem

TITLES = {400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found", 405: "Method not allowed", 406: "Not acceptable",
          409: "Conflict", 410: "Gone", 411: "Length required", 412: "Precondition failed", 413: "Payload too large",
          415: "Unsupported media type", 422: "Invalid input", 428: "Precondition Required", 429: "Too many requests",
          500: "Internal server error", 503: "Service unavailable"}  # the English names (problem types); shown translated
KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")


def body_limit(request: HttpRequest) -> int:
    """Multipart bodies may carry an upload (core.uploads.MAX_BYTES); any other body is capped lower."""
    from werkregie.core.uploads import MAX_BYTES

    if request.META.get("CONTENT_TYPE", "").startswith("multipart/"):
        return MAX_BYTES + settings.WERKREGIE_MAX_BODY_BYTES
    return settings.WERKREGIE_MAX_BODY_BYTES


def too_large(request: HttpRequest) -> bool:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > body_limit(request)
    except ValueError:
        return False


MAX_PAGE = 10**9
PAGE_PARAMETERS = ("page", "page_size", "pagina")


def out_of_range_page(request: HttpRequest) -> str | None:
    """A page number beyond any result (it would overflow the database's OFFSET): the parameter's name, or None.
    Bounds of ordinary size are each endpoint's own schema's to check."""
    for name in PAGE_PARAMETERS:
        for value in request.GET.getlist(name):
            digits = value.strip().lstrip("+-")
            if digits.isascii() and digits.isdigit() and len(digits) > 9 and int(digits) > MAX_PAGE:
                return name
    return None


def _nfc_tree(value: object) -> object:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_tree(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _nfc_tree(v) for k, v in value.items()}
    return value


def normalise_input(request: HttpRequest) -> None:
    """Every text the API receives is NFC-normalised: the query string and JSON bodies (also \\u escapes)."""
    query = request.META.get("QUERY_STRING", "")
    if "%" in query or not query.isascii():
        normalised = request.GET.copy()
        for key, values in normalised.lists():
            normalised.setlist(key, [nfc(v) for v in values])
        normalised._mutable = False
        request.GET = normalised
    if request.method in ("POST", "PUT", "PATCH") and request.META.get("CONTENT_TYPE", "").startswith("application/json"):
        raw = request.body
        if raw.isascii() and b"\\u" not in raw:
            return
        try:
            parsed = json.loads(raw)
        except ValueError:
            return  # ninja answers the malformed body with its own 4xx
        normalised_body = _nfc_tree(parsed)
        if normalised_body != parsed:
            request._body = json.dumps(normalised_body, ensure_ascii=False).encode()


class ApiProblems:
    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith("/api/"):
            return self.get_response(request)
        if too_large(request):
            return _too_large(request)
        bad_page = out_of_range_page(request)
        if bad_page:
            return _page_out_of_range(request, bad_page)
        try:
            normalise_input(request)
        except RequestDataTooBig:
            return _too_large(request)
        response = self.get_response(request)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith(("application/problem+json", "application/json")):
            status = response.status_code
            converted = problem(request, status, TITLES.get(status, "Error"), _detail(request, response))
            for header in KEPT_HEADERS:
                if header in response:
                    converted[header] = response[header]
            return converted
        return response


def _too_large(request: HttpRequest) -> HttpResponse:
    """In the reader's language, Dutch first (attack of issue 12: the 413 was in English only)."""
    with translation.override(translation.get_language_from_request(request)):
        limit = body_limit(request)
        return problem(request, 413, "Payload too large",
                       _("De aanvraag is groter dan %(limit)s bytes.") % {"limit": limit})


def _page_out_of_range(request: HttpRequest, name: str) -> HttpResponse:
    """The page parameter named, in the reader's language (attack of issue 12: "page must be between 1 and ..." in English)."""
    with translation.override(translation.get_language_from_request(request)):
        message = _("Een paginanummer van 1 tot %(max)s.") % {"max": MAX_PAGE}
        return problem(request, 400, "Bad request", f"{name}: {message}",
                       [{"field": name, "message": message}])


def _detail(request: HttpRequest, response: HttpResponse) -> str:
    """In the reader's language (Accept-Language, Dutch first): this runs outside LocaleMiddleware, so the language is
    chosen here again (attack of issue 16: "This path accepts POST." on a Dutch client)."""
    if response.status_code == 405 and "Allow" in response:
        with translation.override(translation.get_language_from_request(request)):
            return _("Dit adres aanvaardt enkel %(methods)s.") % {"methods": response["Allow"]}
    return ""
