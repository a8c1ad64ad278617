"""Pages of messaging: the citizen's inbox (list, one message, evidence PDF), a person's messages for the counsellor
and the list of persons who need digital support. Thin: the use cases decide and log."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import render

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import Forbidden, InvalidInput, NotFound, TooManyRequests
from werkregie.web.helpers import page_number, roles

from . import use_cases


def _pdf(msg, pdf: bytes) -> HttpResponse:  # noqa: ANN001
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="bewijs-bericht-{msg.pk}.pdf"'
    return response


def _too_many(request: HttpRequest, exc: TooManyRequests) -> HttpResponse:
    response = render(request, "web/too_many.html", {"wait": exc.retry_after}, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


@roles(Role.CITIZEN)
def my_messages(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        page = use_cases.my_messages(principal, page_number(request))
    except Forbidden:
        return render(request, "messaging/mine.html", {"page": None})
    return render(request, "messaging/mine.html", {"page": page})


@roles(Role.CITIZEN)
def my_message(request: HttpRequest, principal: Principal, message_id: int) -> HttpResponse:
    try:
        msg = use_cases.open_message(principal, message_id, own_only=True)
    except NotFound:
        raise Http404 from None
    return render(request, "messaging/message.html", {"m": msg, "own": True})


@roles(Role.CITIZEN)
def my_evidence(request: HttpRequest, principal: Principal, message_id: int) -> HttpResponse:
    try:
        return _pdf(*use_cases.evidence_pdf(principal, message_id, own_only=True))
    except NotFound:
        raise Http404 from None
    except TooManyRequests as exc:
        return _too_many(request, exc)


@roles(Role.COUNSELLOR, Role.ADMIN)
def person_messages(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    try:
        page = use_cases.person_messages(principal, person_id, page_number(request))
    except NotFound:
        raise Http404 from None
    from werkregie.people.models import Person

    person = Person.objects.get(pk=person_id)
    return render(request, "messaging/person.html", {"page": page, "p": person})


@roles(Role.COUNSELLOR, Role.ADMIN)
def person_message(request: HttpRequest, principal: Principal, person_id: int, message_id: int) -> HttpResponse:
    try:
        msg = use_cases.open_message(principal, message_id)
    except NotFound:
        raise Http404 from None
    if msg.person_id != person_id:
        raise Http404
    return render(request, "messaging/message.html", {"m": msg, "own": False, "attempts": list(msg.delivery_attempts.all())})


@roles(Role.COUNSELLOR, Role.ADMIN)
def person_evidence(request: HttpRequest, principal: Principal, person_id: int, message_id: int) -> HttpResponse:
    try:
        msg, pdf = use_cases.evidence_pdf(principal, message_id)
    except NotFound:
        raise Http404 from None
    except Forbidden:
        return HttpResponseForbidden(render(request, "web/forbidden.html", status=403).content)
    except TooManyRequests as exc:
        return _too_many(request, exc)
    if msg.person_id != person_id:
        raise Http404
    return _pdf(msg, pdf)


@roles(Role.COUNSELLOR, Role.ADMIN)
def digital_support(request: HttpRequest, principal: Principal) -> HttpResponse:
    return render(request, "messaging/digital_support.html", {"rows": use_cases.digital_support(principal)})


@roles(Role.ADMIN)
def delivery_reports(request: HttpRequest, principal: Principal) -> HttpResponse:
    """Take in a channel's delivery report by hand (the same use case as the API and `werkregie messages report`)."""
    from .forms import ReportForm

    form, result = ReportForm(request.POST or None, request.FILES or None), None
    if request.method == "POST" and form.is_valid():
        try:
            result = use_cases.take_in_report(principal, form.cleaned_data["channel"], form.payload())
        except InvalidInput as exc:
            where = "file" if form.cleaned_data.get("file") else "text"  # the report came as a file or as pasted text
            for error in exc.errors or []:
                form.add_error(error.field if error.field in form.fields else (where if error.field == "report" else None), error.message)
    return render(request, "messaging/reports.html", {"form": form, "result": result})
