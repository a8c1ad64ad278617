"""Task-runner entry points (dotted paths for django-q2)."""

from __future__ import annotations

from .outbox import dispatch, retry_due

__all__ = ["dispatch", "retry_due"]
