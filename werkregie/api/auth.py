"""API authentication: partner and demo bearer tokens, or the browser session (with CSRF)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from werkregie.accounts.models import ApiToken, hash_token
from werkregie.accounts.principal import Principal


class BearerToken(HttpBearer):
    openapi_description = "Bearer token issued by werkregie (demo accounts print theirs; partners get one per client)."

    def authenticate(self, request: HttpRequest, token: str) -> Principal | None:
        if not token or len(token) > 200:
            return None
        found = ApiToken.objects.select_related("user", "user__organisation").filter(key_hash=hash_token(token)).first()
        if found is None or not found.active or not found.user.is_active:
            return None
        return Principal(user=found.user, scopes=frozenset(found.scopes), channel="api")


class Session(SessionAuth):
    def authenticate(self, request: HttpRequest, key: str | None) -> Principal | None:
        user = super().authenticate(request, key)
        return Principal(user=user, scopes=Principal.for_session(user).scopes, channel="api") if user else None


AUTH = [BearerToken(), Session()]
