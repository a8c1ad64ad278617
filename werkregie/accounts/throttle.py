"""One throttle for every way to log in: django-axes, hooked into the authentication backends.

`AxesStandaloneBackend` is the first entry of AUTHENTICATION_BACKENDS, so the platform's login form, the Django
admin (which only opens after the platform's login, see middleware.AdminGate), the OpenID Connect callback and any
future path that calls `django.contrib.auth.authenticate` are counted and refused by the same rules:

- per account *from one client address* (username + address): LOGIN_THROTTLE_FAILURES failures;
- per client address (any username): LOGIN_THROTTLE_FAILURES × LOGIN_THROTTLE_ADDRESS_FACTOR failures;
- per account from every address together: LOGIN_THROTTLE_FAILURES × LOGIN_THROTTLE_ACCOUNT_FACTOR failures,
  so that nobody can close a real user's account from a single address.

A refusal is a cool-off, never a permanent lock: it lasts LOGIN_THROTTLE_WINDOW_SECONDS after the last failure and
doubles with every earlier lockout of the same address or account in the last LOGIN_THROTTLE_MAX_COOLOFF_SECONDS
(its cap). Failures during a cool-off are not counted (they would let one address extend an account's lock).
The client address is the real one behind the configured trusted proxies (`client_ip`). Every lockout is logged on
the `werkregie.security` logger (WARNING; CRITICAL for a burst from one address or against one account), and the
attempts are visible to administrators in the Django admin (Axes: access attempts and failures).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
from functools import lru_cache

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt, AccessFailureLog
from axes.signals import user_locked_out
from django.conf import settings
from django.db.models import Q, Sum
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

security_log = logging.getLogger("werkregie.security")

# the order of AXES_LOCKOUT_PARAMETERS in settings, which `get_user_attempts` follows
LOCKOUT_PARAMETERS = [["username", "ip_address"], ["ip_address"], ["username"]]


@lru_cache(maxsize=8)
def _networks(spec: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(s.strip(), strict=False) for s in spec if s.strip())


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in _networks(tuple(settings.WERKREGIE_TRUSTED_PROXIES)))


def client_ip(request: HttpRequest) -> str | None:
    """The real client address: REMOTE_ADDR, or — when that is a configured trusted proxy — the right-most address
    of X-Forwarded-For that is not itself a trusted proxy. A client cannot choose its address by sending the header."""
    remote = request.META.get("REMOTE_ADDR") or None
    if not remote or not _trusted(remote):
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    for address in reversed(forwarded):
        try:
            ipaddress.ip_address(address)
        except ValueError:
            return remote  # a malformed chain: count the proxy itself rather than trust a made-up value
        if not _trusted(address):
            return address
    return remote


def failure_limit(request: HttpRequest | None = None, credentials: dict | None = None) -> int:
    return settings.LOGIN_THROTTLE_FAILURES


def cool_off(request: HttpRequest | None = None) -> dt.timedelta:
    """LOGIN_THROTTLE_WINDOW_SECONDS, doubled for every lockout of this address or account within the cap."""
    base = settings.LOGIN_THROTTLE_WINDOW_SECONDS
    cap = max(settings.LOGIN_THROTTLE_MAX_COOLOFF_SECONDS, base)
    if request is None:
        return dt.timedelta(seconds=base)
    ip = getattr(request, "axes_ip_address", None) or client_ip(request)
    username = get_client_username(request, getattr(request, "axes_credentials", None))
    who = Q(ip_address=ip) if ip else Q(pk__in=[])
    if username:
        who |= Q(username=username)
    since = timezone.now() - dt.timedelta(seconds=cap)
    lockouts = AccessFailureLog.objects.filter(who, locked_out=True, attempt_time__gte=since).count()
    return dt.timedelta(seconds=min(base * 2 ** min(lockouts, 20), cap))


class ThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with one limit per lockout parameter (see the module's docstring)."""

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        counts = [qs.aggregate(n=Sum("failures_since_start"))["n"] or 0 for qs in self.get_user_attempts(request, credentials)]
        pair, address, account = (counts + [0, 0, 0])[:3]
        # scaled so that one limit (LOGIN_THROTTLE_FAILURES) applies to all three
        return max(pair, address // settings.LOGIN_THROTTLE_ADDRESS_FACTOR, account // settings.LOGIN_THROTTLE_ACCOUNT_FACTOR)

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        # a successful login clears only that account's failures from that address: an attacker who owns an account
        # must not wipe the address's count by logging in, nor the failures against other accounts
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(username=username, ip_address=request.axes_ip_address).delete()
        return count


def lockout_response(request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None) -> HttpResponse:
    """429 Too Many Requests with Retry-After on every path. On the login page the page itself is kept (it says that
    logins are paused, see forms.LoginForm), but its status is 429: a 200 with Retry-After told clients and monitoring
    that the login had been processed normally."""
    seconds = int(cool_off(request).total_seconds())
    if original_response is not None and getattr(getattr(request, "resolver_match", None), "url_name", None) == "login":
        original_response.status_code = 429
        original_response["Retry-After"] = str(seconds)
        return original_response
    response = HttpResponse("Too many failed logins; try again later.", status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(seconds)
    return response


@receiver(user_locked_out)
def alert(sender: object, request: HttpRequest | None = None, username: str | None = None, ip_address: str | None = None, **kwargs: object) -> None:
    limit = settings.LOGIN_THROTTLE_FAILURES
    by_address = AccessAttempt.objects.filter(ip_address=ip_address).aggregate(n=Sum("failures_since_start"))["n"] or 0
    by_account = AccessAttempt.objects.filter(username=username).aggregate(n=Sum("failures_since_start"))["n"] or 0 if username else 0
    if by_address >= limit * settings.LOGIN_THROTTLE_ADDRESS_FACTOR:
        security_log.critical("login burst: %d failed logins from address %s; logins from it paused", by_address, ip_address)
    elif by_account >= limit * settings.LOGIN_THROTTLE_ACCOUNT_FACTOR:
        security_log.critical("login burst: %d failed logins for account %r from several addresses; account paused", by_account, username)
    else:
        security_log.warning("login paused for account %r from address %s after %d failures", username, ip_address, limit)


def user_budget_wait(scope: str, user_id: int, rate: str) -> int | None:
    """Spend one unit of a user's budget for a kind of costly work (`rate` as "10/h"). None when it is allowed now,
    else the seconds to wait. Kept in the shared cache, like ninja's throttles (the same sliding window)."""
    from ninja.throttling import SimpleRateThrottle

    class UserThrottle(SimpleRateThrottle):
        def get_cache_key(self, request: HttpRequest | None) -> str:
            return self.cache_format % {"scope": scope, "ident": f"user-{user_id}"}

    throttle = UserThrottle(rate)
    return None if throttle.allow_request(None) else max(1, int(throttle.wait() or 1))
