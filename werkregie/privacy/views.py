"""The citizen's export page: ask for an export, follow its state, download it once. Thin: use_cases decide."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError
from werkregie.web.helpers import roles

from . import use_cases


@require_POST
@roles(Role.CITIZEN)
def request_export(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        export = use_cases.request_export(principal)
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    messages.success(request, _("Uw export wordt gemaakt. U kunt hem hier downloaden zodra hij klaar is."))
    return redirect("privacy_export", export.pk)


@roles(Role.CITIZEN)
def export_page(request: HttpRequest, principal: Principal, export_id: int) -> HttpResponse:
    try:
        export = use_cases.get_export(principal, export_id)
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    return render(request, "privacy/export.html", {"export": export})


@require_POST
@roles(Role.CITIZEN)
def download(request: HttpRequest, principal: Principal, export_id: int) -> HttpResponse:
    try:
        name, data = use_cases.download(principal, export_id)
    except (use_cases.Gone, use_cases.NotReady) as exc:
        export = use_cases.get_export(principal, export_id)
        return render(request, "privacy/export.html", {"export": export, "gone": exc.detail}, status=exc.status)
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
