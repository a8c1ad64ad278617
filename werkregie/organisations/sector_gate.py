"""What an employers' sector organisation's users may open: only aggregated figures of their own sector(s), never a
person, an applicant or the register. They have the role PARTNER (an organisation of kind partner, partner type
sector_organisation), so every route open to partners is closed to them here, in one place: a page guarded by
@roles(...) that is not in PAGES answers the platform's 403 page (SectorGate, a middleware), an API operation not in
API a 403 problem (api.auth calls `refusal`). Pages without a role guard (login, logout, the language, the public
pages) stay as they are for everyone. The matrix test (tests/test_sector_organisation_access.py) calls every route."""

from __future__ import annotations

from typing import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role

# the URL names of the pages guarded by @roles that a sector organisation opens
PAGES = frozenset({"vacancy_sectors", "vacancy_missed_skills"})
# the API operations (method, path) that ask for a login and that it may call
API = frozenset({("GET", "/api/v1/me"), ("GET", "/api/v1/vacancies/sectors"), ("GET", "/api/v1/vacancies/stats/missed-skills")})


def is_sector_user(user) -> bool:  # noqa: ANN001 - a User or AnonymousUser
    if not getattr(user, "is_authenticated", False) or user.role != Role.PARTNER or not user.organisation_id:
        return False
    return user.organisation.is_sector_organisation


def refusal(user, method: str, path: str) -> str | None:  # noqa: ANN001
    """Why this API call is refused to a sector organisation's user (None: allowed, or not such a user)."""
    if not is_sector_user(user) or (method.upper(), path.rstrip("/") or "/") in API:
        return None
    return why()


def why() -> str:
    return _("Een sectororganisatie ziet alleen geaggregeerde cijfers van haar eigen sector(en): de sectorweergave en de "
             "gemiste competenties, geen personen, sollicitanten of register.")


class SectorGate:
    """A sector organisation's user opens only the role-guarded pages in PAGES (the rest: the 403 page, with why)."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view: Callable, args: tuple, kwargs: dict) -> HttpResponse | None:
        if getattr(view, "allowed_roles", None) is None or request.path.startswith("/api/"):
            return None
        name = request.resolver_match.url_name if request.resolver_match else None
        if name in PAGES or not is_sector_user(request.user):
            return None
        return render(request, "web/forbidden.html", {"detail": why()}, status=403)
