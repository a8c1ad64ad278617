"""Login throttling that holds across server processes (it counts in the database)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings

from werkregie.core import clock

from .models import LoginAttempt


def is_locked(username: str, ip: str | None) -> bool:
    since = clock.now() - dt.timedelta(seconds=settings.LOGIN_THROTTLE_WINDOW_SECONDS)
    failures = LoginAttempt.objects.filter(at__gte=since, success=False)
    limit = settings.LOGIN_THROTTLE_FAILURES
    if failures.filter(username__iexact=username).count() >= limit:
        return True
    return bool(ip) and failures.filter(ip_address=ip).count() >= limit * 4


def record_attempt(username: str, ip: str | None, success: bool) -> None:
    LoginAttempt.objects.create(username=username[:150], ip_address=ip, at=clock.now(), success=success)
    if success:
        # a successful login clears the account's earlier failures
        LoginAttempt.objects.filter(username__iexact=username, success=False).delete()
