"""The counsellor refers a person they guide to a vacancy, with the person's agreement (issue 12 point 3): the page
behind "Doorverwijzen" on a vacancy. The use case (use_cases.apply) checks the counsellor's access to the person and
the agreement; the person and the employer are told as for any application. Thin."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError, NotFound
from werkregie.web.helpers import apply_errors, roles

from . import use_cases as services


class ReferralForm(forms.Form):
    person = forms.IntegerField(label=_("Dossiernummer van de persoon"), min_value=1, help_text=_("Uit uw caseload of het dossier van de persoon."))
    agreement = forms.BooleanField(label=_("De persoon gaat akkoord met deze doorverwijzing en met het delen van het profiel met deze werkgever."))


@roles(Role.COUNSELLOR, Role.ADMIN)
def vacancy_referral(request: HttpRequest, principal: Principal, vacancy_id: int) -> HttpResponse:
    try:
        vacancy = services.visible_vacancy(principal, vacancy_id)
    except NotFound:
        raise Http404 from None
    form = ReferralForm(request.POST or None, initial={"person": request.GET.get("persoon")})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.apply(principal, vacancy_id, form.cleaned_data["person"], agreement=form.cleaned_data["agreement"])
                messages.success(request, _("Doorverwezen. De persoon en de werkgever zijn verwittigd."))
                return redirect(reverse("vacancy_page", args=[vacancy_id]))
            except DomainError as exc:  # NotFound (no such person in your access) included: said on the field
                apply_errors(form, exc)
        status = 422
    return render(request, "vacancies/referral.html", {"v": vacancy, "form": form}, status=status)
