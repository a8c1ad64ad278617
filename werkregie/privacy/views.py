"""The citizen's export page: ask for an export, follow its state, download it once. Thin: use_cases decide."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError
from werkregie.web.helpers import roles

from . import use_cases
from .enums import ExportState


@require_POST
@roles(Role.CITIZEN)
def request_export(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        already = use_cases.open_export(principal)
        export = use_cases.request_export(principal)
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    if already is not None and export.state == ExportState.READY:  # one export at a time: say which one this is
        messages.info(request, _("U hebt al een export die klaar is om te downloaden: download hem hieronder. "
                                 "Daarna, of als hij verlopen is, kunt u een nieuwe export aanvragen."))
    elif already is not None:
        messages.info(request, _("Uw vorige aanvraag wordt nog gemaakt. U kunt hem hier downloaden zodra hij klaar is."))
    elif export.state == ExportState.READY:
        messages.success(request, _("Uw export is klaar. U kunt hem hieronder downloaden."))
    else:
        messages.success(request, _("Uw export wordt gemaakt. U kunt hem hier downloaden zodra hij klaar is."))
    return redirect("privacy_export", export.pk)


@roles(Role.CITIZEN)
def export_page(request: HttpRequest, principal: Principal, export_id: int) -> HttpResponse:
    try:
        export = use_cases.get_export(principal, export_id)
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    return render(request, "privacy/export.html", {"export": export})


@require_http_methods(["GET", "HEAD", "POST"])
@roles(Role.CITIZEN)
def download(request: HttpRequest, principal: Principal, export_id: int) -> HttpResponse:
    if request.method != "POST":  # a copied or bookmarked link: the download is a button, so that a link alone cannot spend it
        try:
            export = use_cases.get_export(principal, export_id)
        except DomainError as exc:
            return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
        hint = _("Een export downloadt u met de knop op de pagina van uw export, niet via een gekopieerde link. "
                 "Druk hieronder op de knop om te downloaden.") if export.state == ExportState.READY else ""
        response = render(request, "privacy/export.html", {"export": export, "gone": hint}, status=405)
        response["Allow"] = "POST"
        return response
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
