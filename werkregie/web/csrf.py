"""The page for a form refused by the CSRF check (settings.CSRF_FAILURE_VIEW): in the platform's layout and the
reader's language instead of Django's bare English page. Found by the attack of issue 13."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """403: the form was too old (the session changed or expired) or was sent from another site. `reason` is Django's
    technical English and stays out of the page."""
    back = request.get_full_path() if request.method == "GET" else request.path
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = "/"
    return render(request, "web/csrf_failure.html", {"back": back}, status=403)
