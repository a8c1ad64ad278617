"""The API's page in the platform's style (/api/): public, like the OpenAPI document and its Swagger UI."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from werkregie.accounts.models import ROLE_SCOPES, Scope

from . import overview
from .problems import PROBLEM_TYPE


def api_page(request: HttpRequest) -> HttpResponse:
    user = request.user
    scopes = []
    tokens_url = None
    if user.is_authenticated:
        labels = dict(Scope.choices)
        scopes = [labels.get(s, s) for s in ROLE_SCOPES.get(user.role, [])]
        if user.is_staff:
            try:
                tokens_url = reverse("admin:accounts_apitoken_changelist")
            except NoReverseMatch:
                tokens_url = None
    domains = overview.domains()
    return render(request, "api/overview.html", {
        "domains": domains, "operations": sum(d.operations for d in domains), "public": sum(d.public for d in domains),
        "base": request.build_absolute_uri(overview.PREFIX), "docs_url": overview.PREFIX + "docs",
        "schema_url": overview.PREFIX + "openapi.json", "version": overview.document()["info"]["version"],
        "problem_type": PROBLEM_TYPE, "scopes": scopes, "tokens_url": tokens_url,
        "anonymous_rate": overview.rate_in_words(settings.WERKREGIE_ANON_RATE),
        "max_body_mb": settings.WERKREGIE_MAX_BODY_BYTES // (1024 * 1024),
    })
