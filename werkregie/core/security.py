"""HTTP guards for every response the platform itself renders (static files are served before this runs).

- a body over the limit is refused with 413 before anything reads it (the API's answer is a problem, see
  werkregie.api.middleware; pages get a plain 413);
- `Cache-Control: no-store` on every page and API response: they may hold personal data, and no shared cache or
  browser history should keep them. A view that knows its answer is public may set its own Cache-Control.
"""

from __future__ import annotations

from typing import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers


class SecurityGuard:
    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from werkregie.api.middleware import too_large

        if not request.path.startswith("/api/") and too_large(request):
            response = HttpResponse("413 Payload too large", status=413, content_type="text/plain; charset=utf-8")
        else:
            response = self.get_response(request)
        if "Cache-Control" not in response:
            response["Cache-Control"] = "no-store"
            response["Pragma"] = "no-cache"
        patch_vary_headers(response, ("Cookie", "Authorization"))
        return response
