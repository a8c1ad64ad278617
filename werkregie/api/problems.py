"""RFC 9457 problem details for every error the API returns. `type` and `status` are stable identifiers that clients
match on (`type` named by the problem's English title); `title`, `detail` and `errors` are in the reader's language
(Accept-Language, Dutch first; api.problem_texts)."""

from __future__ import annotations

import logging

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.db import DataError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

from werkregie.core.errors import Conflict, DomainError, TooManyRequests

from . import problem_texts

logger = logging.getLogger("werkregie.api")
PROBLEM_TYPE = "https://werkregie.vlaanderen.example/problems/"


def problem(request: HttpRequest, status: int, title: str, detail: str = "", errors: list | None = None, **extra: object) -> HttpResponse:
    """`title`: the problem's English name, which gives its stable `type`; the body's title is its text in the request's
    language (problem_texts.TITLES), with the status's default detail where `detail` is empty."""
    shown, detail = problem_texts.texts(request, status, title, detail)
    body: dict = {"type": PROBLEM_TYPE + title.lower().replace(" ", "-"), "title": shown, "status": status, "instance": request.path}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    body.update({k: v for k, v in extra.items() if v is not None})
    return JsonResponse(body, status=status, content_type="application/problem+json", json_dumps_params={"ensure_ascii": False})


def _location(loc: list | tuple) -> str:
    # ninja reports ("body", "payload", "insz") or ("query", "page"): keep what a client recognises
    # … and ("form", "outcome") for a form field, ("body", "payload", "hours", "2026-02-30", "[key]") for a dict key
    parts = [str(p) for p in loc if p not in ("body", "payload", "query", "path", "form", "file", "[key]")]
    return ".".join(parts) or ".".join(str(p) for p in loc)


def _schema_message(error: dict) -> str:
    """A schema error in the reader's language (Dutch first, like the domain's errors), by pydantic's error type; an
    unknown type says so in Dutch with the type's name (pydantic's English words never appear in a Dutch answer)."""
    from django.utils.translation import gettext as _

    kind, context = error.get("type", ""), error.get("ctx") or {}
    if kind in ("date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact", "date_type"):
        return _("geen geldige datum: schrijf JJJJ-MM-DD (bv. 2026-03-31)")
    if kind in ("datetime_parsing", "datetime_type", "datetime_from_date_parsing"):
        return _("geen geldig tijdstip: schrijf JJJJ-MM-DDTUU:MM (bv. 2026-03-31T14:00)")
    if kind in ("time_parsing", "time_type"):
        return _("geen geldig uur: schrijf UU:MM (bv. 14:00)")
    if kind == "missing":
        return _("ontbreekt (verplicht)")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("geef een geheel getal")
    if kind in ("finite_number",):
        return _("geef een eindig getal")
    if kind in ("float_parsing", "float_type", "decimal_parsing", "decimal_type"):
        return _("geef een getal (met een punt als decimaalteken in de API)")
    if kind in ("bool_parsing", "bool_type"):
        return _("geef true of false")
    if kind in ("string_type",):
        return _("geef een tekst")
    if kind == "string_too_long":
        return _("hoogstens %(n)s tekens") % {"n": context.get("max_length")}
    if kind == "string_too_short":
        return _("minstens %(n)s tekens") % {"n": context.get("min_length")}
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(context.values()), "")
        words = {"greater_than_equal": _("minstens %(n)s"), "greater_than": _("meer dan %(n)s"),
                 "less_than_equal": _("hoogstens %(n)s"), "less_than": _("minder dan %(n)s")}
        return words[kind] % {"n": bound}
    if kind in ("literal_error", "enum"):
        choices = str(context.get("expected", "")).replace(" or ", ", ")  # pydantic writes "'a', 'b' or 'c'" in English
        return _("kies een van: %(choices)s") % {"choices": choices}
    if kind == "string_pattern_mismatch":
        return _("heeft niet de vorm %(pattern)s") % {"pattern": context.get("pattern", "")}
    if kind in ("list_type", "dict_type", "model_type", "model_attributes_type", "tuple_type", "set_type", "is_instance_of", "union_tag_invalid",
                "union_tag_not_found"):
        return _("heeft niet de verwachte vorm (zie /api/v1/docs)")
    if kind in ("string_unicode", "string_sub_type", "bytes_type", "bytes_invalid_encoding"):
        # e.g. a lone surrogate ("\ud800") in JSON (attack of stop 29: pydantic's English words inside a Dutch answer)
        return _("geen geldige tekst (ongeldige tekens of codering; stuur UTF-8)")
    if kind in ("too_long", "too_short"):
        bound = context.get("max_length") if kind == "too_long" else context.get("min_length")
        return (_("hoogstens %(n)s elementen") if kind == "too_long" else _("minstens %(n)s elementen")) % {"n": bound}
    if kind in ("int_parsing_size",):
        return _("het getal is te groot")
    if kind in ("json_invalid", "json_type"):
        return _("geen geldige JSON")
    if kind == "extra_forbidden":
        return _("onbekend veld (zie /api/v1/docs)")
    if kind in ("uuid_parsing", "uuid_type", "url_parsing", "url_type", "url_scheme"):
        return _("heeft niet de verwachte vorm (zie /api/v1/docs)")
    if kind in ("date_past", "date_future", "datetime_past", "datetime_future"):
        return _("ligt in de toekomst") if kind.endswith("past") else _("ligt in het verleden")
    if kind in ("multiple_of",):
        return _("een veelvoud van %(n)s") % {"n": context.get("multiple_of", "")}
    # any other kind: Dutch first, with pydantic's type so the client can look it up (never pydantic's English text)
    return _("ongeldige waarde (%(type)s)") % {"type": kind or "?"}


def _sent_fields(request: HttpRequest) -> set[str]:
    """The top-level names the client sent (JSON body, form fields, query), to name errors as the client wrote them."""
    import json

    names = set(request.GET) | set(request.POST) | set(getattr(request, "FILES", {}) or {})
    if "json" in (request.content_type or ""):
        try:
            body = json.loads(request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            body = None
        if isinstance(body, dict):
            names |= set(body)
    return names


def name_fields(request: HttpRequest, **api_names: str) -> None:
    """Declare, for an endpoint whose inputs are named otherwise than the use case's page fields, the API's name of
    each (`name_fields(request, response="text")`): its errors then name what the client sent."""
    request._api_field_names = api_names  # type: ignore[attr-defined]


def _as_sent(request: HttpRequest, errors: list[dict]) -> list[dict]:
    """A domain error names the domain's field ("slot", "response"); the API may take it as "slot_id" or "text" (attack
    of stop 27: an error on a field the client never sent). Rename by the endpoint's declared names (`name_fields`),
    else where the client sent the `_id` form and not the plain one."""
    if not errors:
        return errors
    declared = getattr(request, "_api_field_names", {})
    sent = _sent_fields(request)
    for error in errors:
        field = str(error.get("field") or "")
        if field in declared:
            error["field"] = declared[field]
        elif field and field not in sent and f"{field}_id" in sent:
            error["field"] = f"{field}_id"
    return errors


def install(api: NinjaAPI) -> None:
    @api.exception_handler(DomainError)
    def domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
        from werkregie.workflows.services import StaleVersion

        extra = {"existing_id": exc.existing_id} if isinstance(exc, Conflict) else {}
        if isinstance(exc, StaleVersion):
            extra = {"current_version": exc.current_version}
        extra.update(getattr(exc, "extra", {}))  # a subclass that sets its own __init__ may have none
        response = problem(request, exc.status, exc.title, exc.detail, _as_sent(request, [e.as_dict() for e in exc.errors]), **extra)
        if isinstance(exc, TooManyRequests):
            response["Retry-After"] = str(exc.retry_after)
        return response

    @api.exception_handler(ValidationError)
    def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = [{"field": _location(e.get("loc", [])), "message": _schema_message(e)} for e in exc.errors]
        first = f"{errors[0]['field']}: {errors[0]['message']}" if errors else ""
        detail = _("De aanvraag volgt het gedocumenteerde schema niet (%(first)s).") % {"first": first} if first else \
            _("De aanvraag volgt het gedocumenteerde schema niet.")
        return problem(request, 422, "Invalid input", detail, errors)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = problem(request, 401, "Unauthorized", _("Een geldig toegangstoken (Authorization: Bearer …) of een aanmelding is nodig."))
        response["WWW-Authenticate"] = 'Bearer realm="werkregie"'
        return response

    @api.exception_handler(AuthorizationError)
    def forbidden(request: HttpRequest, exc: AuthorizationError) -> HttpResponse:
        return problem(request, 403, "Forbidden", str(exc.message) if hasattr(exc, "message") else "")  # ninja's "Forbidden": the default

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        from .middleware import TITLES as titles

        detail = str(exc)
        if detail == "Cannot parse request body":  # django-ninja's words for a body that is no JSON (walk of stop 28)
            detail = _("De inhoud van de aanvraag kon niet gelezen worden: stuur geldige JSON (Content-Type: application/json).")
        elif detail == "CSRF check Failed":  # django-ninja's words for a session write without the CSRF token (attack of issue 16)
            detail = _("De CSRF-controle is mislukt: een schrijfopdracht met de sessie van de browser stuurt de CSRF-token mee in de kop "
                       "X-CSRFToken (of gebruik een toegangstoken: Authorization: Bearer …).")
        response = problem(request, exc.status_code, titles.get(exc.status_code, "Error"), detail)
        if getattr(exc, "wait", None):  # django-ninja's Throttled
            response["Retry-After"] = str(int(exc.wait))
        return response

    @api.exception_handler(RequestDataTooBig)
    def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return problem(request, 413, "Payload too large", _("De aanvraag is te groot."))

    @api.exception_handler(SuspiciousOperation)
    def suspicious(request: HttpRequest, exc: SuspiciousOperation) -> HttpResponse:
        return problem(request, 400, "Bad request", _("De aanvraag kon niet gelezen worden."))

    @api.exception_handler(OverflowError)
    def overflow(request: HttpRequest, exc: OverflowError) -> HttpResponse:
        return problem(request, 400, "Bad request", _("Een getal of datum in de aanvraag valt buiten het bereik."))

    @api.exception_handler(DataError)
    def data_error(request: HttpRequest, exc: DataError) -> HttpResponse:
        # the database refused a value (out of range, too long …) that the schema let through: the client's input
        logger.warning("database refused a value on %s: %s", request.path, exc)
        return problem(request, 400, "Bad request", _("Een waarde in de aanvraag valt buiten het bereik of is te lang."))

    @api.exception_handler(OperationalError)
    def concurrency_error(request: HttpRequest, exc: OperationalError) -> HttpResponse:
        # a serialisation failure or deadlock that a use case did not retry (people.concurrency.retry_concurrency does):
        # the client may simply try again, which is a 409, never a 500
        from werkregie.people.concurrency import _retryable

        if not _retryable(exc):
            return server_error(request, exc)
        response = problem(request, 409, "Conflict", _("Iemand anders wijzigde dezelfde gegevens op hetzelfde moment; probeer opnieuw."))
        response["Retry-After"] = "1"
        return response

    @api.exception_handler(Exception)
    def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.exception("unhandled API error on %s", request.path)
        return problem(request, 500, "Internal server error", _("Er ging onverwacht iets mis; de fout is gelogd."))

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return problem(request, 404, "Not found", str(exc) or _("Niet gevonden."))


@csrf_exempt
def unknown_endpoint(request: HttpRequest, rest: str = "") -> HttpResponse:
    # Exempt from CSRF: it changes nothing, so there is nothing to forge. Found by the attack on issue 13: a POST with a
    # bearer token to a path no endpoint matches (/training/sessions/-1/bookings, /abc/bookings) got Django's bare CSRF
    # 403 instead of this 404 with its explanation.
    return problem(request, 404, "Not found", _("Geen API-eindpunt op %(path)s; zie /api/v1/docs.") % {"path": request.path})
