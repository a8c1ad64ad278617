"""The counsellor refers a person they guide to a vacancy, with the person's agreement (issue 12 point 3): the page
behind "Doorverwijzen" on a vacancy. The counsellor finds the person by name or dossier number (referral.py: among
the persons they may see, every one listed logged) and picks them, or types the dossier number. The use case
(use_cases.apply) checks the counsellor's access to the person and the agreement, confirmed here in the same step
with how and on which day the person agreed (referral.agreement_errors: refused without, nothing changed); the person
and the employer are told as for any application. Thin."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import DomainError, NotFound
from werkregie.people import perms as people_perms
from werkregie.web.helpers import apply_errors, roles

from . import referral
from . import use_cases as services
from .models import AgreementHow

# dates as the rest of the platform writes them (DD/MM/JJJJ text; ISO still accepted)
DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


class FindForm(forms.Form):
    zoek = forms.CharField(label=_("Zoek de persoon: naam of dossiernummer"), max_length=100, required=False,
                           help_text=_("bv. Peeters, Jan Peeters of 12345; u vindt alleen wie u mag zien."))


class ReferralForm(forms.Form):
    person = forms.IntegerField(label=_("Dossiernummer van de persoon"), min_value=1, help_text=_("Uit uw caseload of het dossier van de persoon."))
    agreement_how = forms.ChoiceField(label=_("Hoe ging de persoon akkoord?"), choices=AgreementHow.choices, widget=forms.RadioSelect,
                                      error_messages={"required": referral.HOW, "invalid_choice": referral.HOW})
    agreement_on = forms.DateField(label=_("Op welke dag ging de persoon akkoord?"), help_text=_("DD/MM/JJJJ"), initial=clock.today,
                                   input_formats=DATE_FORMATS, widget=forms.DateInput(attrs={"autocomplete": "off", "size": 10}, format="%d/%m/%Y"),
                                   error_messages={"required": referral.ON, "invalid": referral.ON})
    agreement = forms.BooleanField(label=_("De persoon gaat akkoord met deze doorverwijzing en met het delen van het profiel met deze werkgever."),
                                   error_messages={"required": referral.CONFIRM})

    def offer(self, persons: list, show_identity: bool) -> None:
        """The persons found become the choice (name, dossier number, birth date where the role sees identities)."""
        def label(p) -> str:  # noqa: ANN001 - a Person
            born = f", {p.birth_date:%d/%m/%Y}" if show_identity and p.birth_date else ""
            place = f", {p.municipality.name_nl}" if getattr(p, "municipality", None) else ""
            return f"{p.first_name} {p.last_name} ({_('dossier')} {p.pk}{born}{place})"

        self.fields["person"] = forms.TypedChoiceField(label=_("Kies de persoon"), coerce=int, widget=forms.RadioSelect,
                                                       choices=[(p.pk, label(p)) for p in persons])


@roles(Role.COUNSELLOR, Role.ADMIN)
def vacancy_referral(request: HttpRequest, principal: Principal, vacancy_id: int) -> HttpResponse:
    try:
        vacancy = services.visible_vacancy(principal, vacancy_id)
    except NotFound:
        raise Http404 from None
    find = FindForm(request.GET or None)
    found = referral.candidates(principal, find.cleaned_data["zoek"]) if find.is_valid() else []
    form = ReferralForm(request.POST or None, initial={"person": request.GET.get("persoon")})
    if found:
        form.offer(found, "identity" in people_perms.sections_for(principal))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                data = form.cleaned_data
                services.apply(principal, vacancy_id, data["person"], agreement=data["agreement"], agreement_how=data["agreement_how"],
                               agreement_on=data["agreement_on"])
                messages.success(request, _("Doorverwezen. De persoon en de werkgever zijn verwittigd."))
                return redirect(reverse("vacancy_page", args=[vacancy_id]))
            except DomainError as exc:  # NotFound (no such person in your access) included: said on the field
                apply_errors(form, exc)
        status = 422
    return render(request, "vacancies/referral.html", {"v": vacancy, "form": form, "find": find, "found": found,
                                                       "searched": find.is_valid() and bool(find.cleaned_data["zoek"])}, status=status)
