"""The Django admin opens only for administrators who logged in through the platform's own login (and its throttle):
anonymous visitors are sent to that login, everyone else gets the platform's 403 page. The admin's own login form is
never shown, so it takes no passwords."""

from __future__ import annotations

from typing import Callable

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .models import Role

ADMIN_PREFIX = "/admin/"


def may_use_admin(user) -> bool:  # noqa: ANN001 - a User or AnonymousUser
    return bool(user.is_authenticated and user.is_active and user.is_staff and user.role == Role.ADMIN)


class AdminGate:
    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(ADMIN_PREFIX):
            user = request.user
            if not user.is_authenticated:
                target = ADMIN_PREFIX if request.path.startswith(ADMIN_PREFIX + "login/") else request.get_full_path()
                return redirect_to_login(target)
            if not may_use_admin(user):
                return render(request, "web/forbidden.html", status=403)
        return self.get_response(request)
