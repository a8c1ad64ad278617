"""Anonymous, CPU-heavy API calls (text → ESCO): a size cap, a rate limit per client and a few slots of their own.

Logged-in callers (a bearer token or a session) pass straight through. Anonymous callers get, in the request's language
(Dutch first; found English-only by the attack on issue 13),
- 413 when the body is over WERKREGIE_ANON_MAX_BODY_BYTES,
- 429 with Retry-After over WERKREGIE_ANON_RATE per client address (ninja's throttling, keyed on the real client
  address behind the trusted proxies, see accounts.throttle.client_ip),
- 503 with Retry-After when WERKREGIE_ANON_HEAVY_SLOTS anonymous calls already run in this process, so that
  anonymous work never takes more than those threads from the ones serving logged-in users.
Use it with `@decorate_view(anonymous_heavy)` under the router's decorator.
"""

from __future__ import annotations

import threading
from functools import wraps
from typing import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja.throttling import SimpleRateThrottle

from werkregie.accounts.throttle import client_ip

from .auth import BearerToken
from .problems import problem

_slots_lock = threading.Lock()
_slots: dict[int, threading.BoundedSemaphore] = {}


def _semaphore() -> threading.BoundedSemaphore:
    size = settings.WERKREGIE_ANON_HEAVY_SLOTS
    with _slots_lock:
        return _slots.setdefault(size, threading.BoundedSemaphore(size))


class ClientThrottle(SimpleRateThrottle):
    scope = "anonymous-text"

    def get_cache_key(self, request: HttpRequest) -> str:
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request) or "unknown"}


def is_logged_in(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    header = request.headers.get("Authorization", "")
    return header[:7].lower() == "bearer " and BearerToken().authenticate(request, header[7:].strip()) is not None


def _refuse(request: HttpRequest, status: int, title: str, detail: str, retry_after: int | None = None) -> HttpResponse:
    response = problem(request, status, title, detail)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def anonymous_heavy(run: Callable) -> Callable:
    @wraps(run)
    def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:  # noqa: ANN002, ANN003
        if is_logged_in(request):
            return run(request, *args, **kwargs)
        limit = settings.WERKREGIE_ANON_MAX_BODY_BYTES
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > limit or len(request.body) > limit:
            return _refuse(request, 413, "Payload too large", _("Zonder aan te melden is een aanvraag hoogstens %(limit)s bytes groot; meld u aan voor meer.") % {"limit": limit})
        throttle = ClientThrottle(settings.WERKREGIE_ANON_RATE)
        if not throttle.allow_request(request):
            wait = max(1, int(throttle.wait() or 1))
            return _refuse(request, 429, "Too many requests", _("Te veel aanvragen zonder aanmelding van dit adres; probeer opnieuw over %(wait)s s.") % {"wait": wait}, wait)
        slots = _semaphore()
        if not slots.acquire(blocking=False):
            return _refuse(request, 503, "Service unavailable", _("Er lopen te veel aanvragen zonder aanmelding tegelijk; probeer zo dadelijk opnieuw."), 5)
        try:
            return run(request, *args, **kwargs)
        finally:
            slots.release()

    return guarded
