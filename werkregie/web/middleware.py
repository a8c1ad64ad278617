"""The pages' last answer to a domain error that a view did not turn into a form error: a page that says what was
refused, with the error's own status (404, 409, 428, …), never a 500. The API answers its own problems
(werkregie.api.middleware.ApiProblems)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from werkregie.core.errors import DomainError, TooManyRequests


class PageDomainErrors:
    def __init__(self, get_response) -> None:  # noqa: ANN001 - Django's middleware contract
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if not isinstance(exc, DomainError) or request.path.startswith("/api/"):
            return None
        details = [str(e.message) for e in exc.errors if str(e.message) != str(exc.detail)]
        response = render(request, "web/refused.html", {"detail": exc.detail, "details": details}, status=exc.status)
        if isinstance(exc, TooManyRequests):
            response["Retry-After"] = str(exc.retry_after)
        return response
