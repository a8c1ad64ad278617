"""Helpers shared by the views of every app (pages only; the API has its own problem details)."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest

from werkregie.core.errors import DomainError


def apply_errors(form: forms.Form, exc: DomainError, *, aliases: dict[str, str] | None = None) -> None:
    """Put a use case's field errors beside the form's fields (the error summary lists them), the rest on the form.

    A use case names fields in its own words ("preferences.max_commute_km"): `aliases` maps a use-case name to the
    form's field; otherwise the last dotted part is tried."""
    if not exc.errors:
        form.add_error(None, exc.detail)
    for error in exc.errors:
        name = (aliases or {}).get(error.field, error.field.split(".")[-1])
        form.add_error(name if name in form.fields else None, error.message)


def posted_version(request: HttpRequest) -> int | None:
    """The version of the row the person edited (a hidden field), for the optimistic-concurrency check."""
    value = (request.POST.get("version") or "").strip()
    return int(value) if value.isdigit() else None
