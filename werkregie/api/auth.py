"""API authentication: partner and demo bearer tokens, or the browser session (with CSRF)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from werkregie.accounts.models import ApiToken, User, hash_token
from werkregie.accounts.principal import Principal
from werkregie.core.fastfetch import rows_where
from werkregie.organisations.models import Organisation


class BearerToken(HttpBearer):
    openapi_description = "Bearer token issued by werkregie (demo accounts print theirs; partners get one per client)."

    def authenticate(self, request: HttpRequest, token: str) -> Principal | None:
        if not token or len(token) > 200:
            return None
        # every API call starts here: plain reads by primary or unique key instead of one ORM join (about 1.5 ms less)
        found = next(iter(rows_where(ApiToken, "key_hash", hash_token(token))), None)
        if found is None or not found.active:
            return None
        user = next(iter(rows_where(User, "id", found.user_id)), None)
        if user is None or not user.is_active:
            return None
        if user.organisation_id:
            user.organisation = rows_where(Organisation, "id", user.organisation_id)[0]
        return Principal(user=user, scopes=frozenset(found.scopes), channel="api")

    def __call__(self, request: HttpRequest) -> Principal | None:
        return sector_only(request, super().__call__(request))


class Session(SessionAuth):
    def __call__(self, request: HttpRequest) -> Principal | None:
        return sector_only(request, super().__call__(request))

    def _get_key(self, request: HttpRequest) -> str | None:
        # without a logged-in session there is nothing to protect with CSRF: answer 401 (not the CSRF check's 403)
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Principal | None:
        user = super().authenticate(request, key)
        return Principal(user=user, scopes=Principal.for_session(user).scopes, channel="api") if user else None


AUTH = [BearerToken(), Session()]


def sector_only(request: HttpRequest, principal: Principal | None) -> Principal | None:
    """A sector organisation's user calls only the operations of its aggregated figures (organisations.sector_gate):
    any other operation that asks for a login is a 403 problem saying why, before it runs. Public operations (which
    read the caller through optional_principal) stay open."""
    from werkregie.core.errors import Forbidden
    from werkregie.organisations.sector_gate import refusal

    why = refusal(principal.user, request.method or "GET", request.path_info) if principal is not None else None
    if why:
        raise Forbidden(why)
    return principal


def optional_principal(request: HttpRequest) -> Principal | None:
    """Who calls an endpoint open to anyone (auth=None), when they did sign in with a bearer token or the browser
    session; None for an anonymous caller or an unknown token. A public endpoint that logs a read of personal data logs
    a signed-in reader under their own name, role and organisation, not as an anonymous visitor."""
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        found = BearerToken().authenticate(request, header[7:].strip())
        if found is not None:
            return found
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return Principal(user=user, scopes=Principal.for_session(user).scopes, channel="api")
    return None
