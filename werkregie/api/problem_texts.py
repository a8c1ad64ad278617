"""The words of the API's RFC 9457 problems in the reader's language (walk of issue 16: "Not found" on the Dutch
platform). A problem's `type` and `status` stay stable identifiers a client matches on; its `title` and `detail` are
in the request's language (Accept-Language, else the platform's: Dutch), as RFC 9457 §3.1.4 allows ("SHOULD NOT
change from occurrence to occurrence of the problem, except for localization"). Every title the API emits has its
Dutch text here (the English one is the key, and names the `type`); a problem without a detail gets its status's
default one, and an English default that django-ninja gives ("Forbidden", "Too many requests.") is replaced by it."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

# the English title (the key that names the problem's `type`) → the Dutch title, translated on use
TITLES = {
    "Bad request": gettext_noop("Ongeldige aanvraag"),
    "Unauthorized": gettext_noop("Niet aangemeld"),
    "Forbidden": gettext_noop("Geen toegang"),
    "Not found": gettext_noop("Niet gevonden"),
    "Method not allowed": gettext_noop("Methode niet toegestaan"),
    "Not acceptable": gettext_noop("Antwoordvorm niet beschikbaar"),
    "Conflict": gettext_noop("Conflict met de huidige toestand"),
    "Gone": gettext_noop("Niet meer beschikbaar"),
    "Length required": gettext_noop("Lengte van de aanvraag ontbreekt"),
    "Precondition failed": gettext_noop("Voorwaarde niet vervuld"),
    "Payload too large": gettext_noop("Aanvraag te groot"),
    "Unsupported media type": gettext_noop("Inhoudstype niet ondersteund"),
    "Invalid input": gettext_noop("Ongeldige invoer"),
    "Precondition Required": gettext_noop("Versie vereist"),
    "Too many requests": gettext_noop("Te veel aanvragen"),
    "Internal server error": gettext_noop("Interne fout"),
    "Service unavailable": gettext_noop("Dienst tijdelijk niet beschikbaar"),
    "Transition not allowed": gettext_noop("Overgang niet toegestaan"),
    "Changed by someone else": gettext_noop("Intussen door iemand anders gewijzigd"),
    "Insufficient balance": gettext_noop("Onvoldoende saldo"),
    "Idempotency key reused with other content": gettext_noop("Idempotentiesleutel al gebruikt met een andere inhoud"),
    "Error": gettext_noop("Fout"),
}

# the detail of a problem that brings none, by status
DETAILS = {
    400: gettext_noop("De aanvraag kon niet gelezen worden."),
    401: gettext_noop("Een geldig toegangstoken (Authorization: Bearer …) of een aanmelding is nodig."),
    403: gettext_noop("U hebt geen toegang tot dit gegeven of deze handeling."),
    404: gettext_noop("Het gevraagde werd niet gevonden, of valt niet binnen uw toegang."),
    405: gettext_noop("Dit adres aanvaardt deze methode niet."),
    406: gettext_noop("Het antwoord bestaat niet in de gevraagde vorm (zie de kop Accept)."),
    409: gettext_noop("De aanvraag botst met de huidige toestand van de gegevens."),
    410: gettext_noop("Dit bestaat niet meer."),
    411: gettext_noop("Vermeld de lengte van de aanvraag (Content-Length)."),
    412: gettext_noop("De gegevens werden intussen gewijzigd; lees ze opnieuw."),
    413: gettext_noop("De aanvraag is te groot."),
    415: gettext_noop("Dit inhoudstype wordt niet aanvaard (zie /api/v1/docs)."),
    422: gettext_noop("De invoer is ongeldig."),
    428: gettext_noop("Vermeld de versie die u las (kop If-Match of veld version)."),
    429: gettext_noop("Te veel aanvragen na elkaar; probeer het later opnieuw."),
    500: gettext_noop("Er ging onverwacht iets mis; de fout is gelogd."),
    503: gettext_noop("De dienst is tijdelijk niet beschikbaar; probeer het later opnieuw."),
}

# django-ninja's and Django's English words for a problem, never shown as a detail on the platform
ENGLISH_DEFAULTS = {"Forbidden", "Unauthorized", "Too many requests.", "Too many requests", "Not Found", "Not found",
                    "Method Not Allowed", "Method not allowed", "Bad Request", "Bad request", "Conflict", "Error"}


def language(request: HttpRequest) -> str:
    """The request's language: LocaleMiddleware's choice where it ran, else Accept-Language's (the platform's
    Dutch by default). The API's problem middleware runs outside LocaleMiddleware (api.middleware.ApiProblems)."""
    return getattr(request, "LANGUAGE_CODE", None) or translation.get_language_from_request(request)


def texts(request: HttpRequest, status: int, title: str, detail: str) -> tuple[str, str]:
    """(title, detail) in the request's language: the title by its English key, the detail as given (the caller wrote
    it in the request's language) or, when absent or django-ninja's English, the status's default."""
    with translation.override(language(request)):
        shown = _(TITLES[title]) if title in TITLES else title
        if not detail or detail.strip() in ENGLISH_DEFAULTS:
            detail = _(DETAILS[status]) if status in DETAILS else ""
        return shown, detail
