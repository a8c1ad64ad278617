"""Helpers shared by the views of every app (pages only; the API has its own problem details): the role check that
wraps a view, form errors, the posted version, a page number from the query. Apps import these from here, never
private helpers from `werkregie.web.views`."""

from __future__ import annotations

from functools import wraps
from typing import Callable

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core.errors import BadRequest, DomainError, FieldError, InvalidInput


def apply_errors(form: forms.Form, exc: DomainError, *, aliases: dict[str, str] | None = None) -> None:
    """Put a use case's field errors beside the form's fields (the error summary lists them), the rest on the form.

    A use case names fields in its own words ("preferences.max_commute_km"): `aliases` maps a use-case name to the
    form's field; otherwise the last dotted part is tried."""
    if not exc.errors:
        form.add_error(None, exc.detail)
    for error in exc.errors:
        name = (aliases or {}).get(error.field, error.field.split(".")[-1])
        form.add_error(name if name in form.fields else None, error.message)


def list_filters(form: forms.Form, given: dict, passed_on: tuple[str, ...] = ()) -> dict:
    """The filters of a list or an export, never silently dropped (README "Who sees what"). A value the form refuses
    (not one of the choices, malformed) raises BadRequest naming the parameter and why (400). A parameter among
    `passed_on` that the form has no field for (a filter on what the role may not see is not offered) goes to the use
    case as given, which refuses it (403)."""
    if form.is_bound and not form.is_valid():
        errors = [FieldError(name, _("parameter “%(name)s” (%(label)s): %(why)s") % {"name": name, "label": form.fields[name].label, "why": " ".join(why)}
                             if name in form.fields else " ".join(why)) for name, why in form.errors.items()]
        raise BadRequest(_("Niet uitgevoerd: een filter heeft een ongeldige waarde. Er is niets opgezocht of geëxporteerd."), errors)
    data = dict(form.cleaned_data) if form.is_bound else {}
    return {**{name: str(given.get(name) or "")[:200] for name in passed_on if name not in form.fields and given.get(name)}, **data}


def search_field(label: str) -> forms.CharField:
    """The search box of a person list: its text checked by the same rule as the API's `q` (people.use_cases.search
    `check_search_text`: no null character, no impossible date), the error beside the field."""
    from werkregie.people.use_cases.search import check_search_text

    def validate(value: str) -> None:
        try:
            check_search_text(value)
        except InvalidInput as exc:
            raise ValidationError([error.message for error in exc.errors] or exc.detail) from None

    field = forms.CharField(label=label, required=False, max_length=200)
    # Django's own null-character check is part of check_search_text: kept once, not said twice
    field.validators = [v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)] + [validate]
    return field


class VersionMissing(InvalidInput):
    """A page posted an edit without the version it showed (a hidden field): refused, so that nobody overwrites someone
    else's change unseen (the API answers such a write 428). For a page it is an incomplete form (422), shown where
    the view shows its other input errors."""


def posted_version(request: HttpRequest) -> int:
    """The version of the row the person edited (a hidden field), for the optimistic-concurrency check; a post without
    it changes nothing (VersionMissing)."""
    value = (request.POST.get("version") or "").strip()
    if value.isdigit():
        return int(value)
    message = _("Uw wijziging is niet bewaard: de pagina stuurde niet mee welke versie u bewerkte. Laad de pagina opnieuw "
                "en doe uw wijziging nog eens.")
    raise VersionMissing(message, [FieldError("version", message)])


def roles(*allowed: str) -> Callable:
    """Only these roles may open the page (others get the platform's 403 page); the view receives the Principal."""
    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:  # noqa: ANN002, ANN003
            if request.user.role not in allowed:
                return HttpResponseForbidden(render(request, "web/forbidden.html", status=403).content)
            return view(request, Principal.for_session(request.user), *args, **kwargs)

        wrapped.allowed_roles = frozenset(allowed)  # read by the permission-matrix test (tests/test_permissions.py)
        return wrapped

    return decorator


def positive_int(value: str | None, default: int) -> int:
    """A page number or id from the query string: from 1 to MAX_PAGE (a larger one would overflow the database's
    OFFSET: a 500 in the attack of stop 30, now the page past the end); `default` when it is not a number."""
    from werkregie.api.middleware import MAX_PAGE

    try:
        return min(MAX_PAGE, max(1, int(value or default)))
    except ValueError:
        return default


def page_number(request: HttpRequest, name: str = "pagina") -> int:
    """The page of a list asked for in the query string: absent or empty is the first; a number from 1 (past the end
    shows the list's end, above MAX_PAGE is MAX_PAGE: an OFFSET that large overflowed the database, attack of stop 30).
    Anything else ("abc", "0", "-1") is refused with a 400 that says so, and nothing is listed (attack of stop 37:
    a bad page number was read as the first page)."""
    from werkregie.api.middleware import MAX_PAGE

    text = (request.GET.get(name) or "").strip()
    if not text:
        return 1
    if text.isascii() and text.isdigit() and int(text[:12]) >= 1:
        return min(MAX_PAGE, int(text[:12]))
    message = _("Pagina “%(value)s” bestaat niet: een paginanummer is een getal vanaf 1.") % {"value": text[:20]}
    raise BadRequest(message, [FieldError(name, message)])


def anonymous_rate_limited(view: Callable) -> Callable:
    """Public pages that look something up (a shared passport, the credential check): without a login, at most
    WERKREGIE_ANON_RATE requests per client address (the same budget as the anonymous API), then a 429 page with
    Retry-After. Logged-in users pass straight through."""
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:  # noqa: ANN002, ANN003
        wait = anonymous_wait(request)
        if wait:
            return too_many(render(request, "web/too_many.html", {"wait": wait}), wait)
        return view(request, *args, **kwargs)

    return wrapped


def anonymous_wait(request: HttpRequest) -> int:
    """Seconds an anonymous client must wait (over its WERKREGIE_ANON_RATE budget), else 0; counts this request. For a
    page that answers the limit itself (the credential check keeps what was pasted)."""
    from django.conf import settings

    from werkregie.api.guard import ClientThrottle, is_logged_in

    if is_logged_in(request):
        return 0
    throttle = ClientThrottle(settings.WERKREGIE_ANON_RATE)
    if throttle.allow_request(request):
        return 0
    return max(1, int(throttle.wait() or 1))


def too_many(response: HttpResponse, wait: int) -> HttpResponse:
    """The rate limit's answer: 429 with Retry-After."""
    response.status_code = 429
    response["Retry-After"] = str(wait)
    return response


def municipality_choices(principal: Principal, among: list[str] | None = None) -> list[tuple[str, str]]:
    """The "Gemeente" filter's choices: "Alle" and the Flemish municipalities the principal's organisation covers
    (people.perms.covered_municipalities: an OCMW only its own), named and sorted in the page's language ("Gand" on a
    French page, as the vacancies say: walk of stop 30); `among`: only these (the caseload's persons' towns)."""
    from django.utils.translation import get_language
    from django.utils.translation import gettext as _

    from werkregie.core.text import search_key
    from werkregie.geo.models import Municipality, Region
    from werkregie.people.perms import covered_municipalities

    found = Municipality.objects.filter(region=Region.FLANDERS)
    covered = covered_municipalities(principal)
    if covered is not None:
        found = found.filter(nis_code__in=covered)
    if among is not None:
        found = found.filter(nis_code__in=among)
    language = get_language()
    named = sorted(((m.nis_code, m.name_in(language)) for m in found.only("nis_code", "name_nl", "name_fr", "region")),
                   key=lambda choice: search_key(choice[1]))
    return [("", _("Alle")), *named]


def chosen_purpose(request: HttpRequest, person_id: int, allowed: list) -> str | None:
    """The purpose for which the user opens a person's file: `?doel=` when given, else the one chosen
    earlier for this person in this session; `?doel=` empty forgets it ("Ander doel kiezen"). None: more than one
    applies and none is chosen, so the page must ask (web/choose_purpose.html) before it shows or logs anything. The
    choice is remembered per person for the person's file and the pages about it (trajectory)."""
    remembered = request.session.get("purposes", {})
    if request.GET.get("doel") == "":
        remembered.pop(str(person_id), None)
        request.session["purposes"] = remembered
    asked = request.GET.get("doel")
    if asked:
        return asked  # one the role may not use is refused by the use case, never swapped for another
    purpose = remembered.get(str(person_id))
    if purpose in allowed:
        return purpose
    return allowed[0] if len(allowed) == 1 else None


def remember_purpose(request: HttpRequest, person_id: int, purpose: str) -> None:
    remembered = request.session.get("purposes", {})
    remembered[str(person_id)] = str(purpose)
    request.session["purposes"] = remembered


def ask_purpose(request: HttpRequest, person_id: int, allowed: list) -> HttpResponse:
    """The question "why do you open this file?", naming whose file (nothing else of the record before the purpose)."""
    from werkregie.access.purposes import Purpose
    from werkregie.people.models import Person

    name = Person.objects.filter(pk=person_id).values_list("first_name", "last_name").first()
    # The name only, to someone allowed to open this file (checked by the caller), who picked it from a list that was
    # logged: not logged again here, because no purpose has been declared yet and the log must not state one the
    # user never gave (attack of stop 30, L1, weighed; tests/test_permissions.py asserts nothing is logged before).
    return render(request, "web/choose_purpose.html", {"person_id": person_id, "purposes": [(p, Purpose(p).label) for p in allowed],
                                                       "name": " ".join(name) if name else ""})
