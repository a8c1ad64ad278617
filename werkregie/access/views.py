"""The citizen's 'Wie heeft mijn gegevens geraadpleegd' page: grouped, filtered, with details (issue 16, point 8)."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import NotFound
from werkregie.web.helpers import page_number, roles

from . import citizen

FILTERS = ("rol", "doel", "soort", "periode")


class ConsultationFilters(forms.Form):
    rol = forms.ChoiceField(label=_("Wie"), required=False)
    doel = forms.ChoiceField(label=_("Doel"), required=False)
    soort = forms.ChoiceField(label=_("Waar"), required=False)
    periode = forms.ChoiceField(label=_("Periode"), required=False)

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        options = citizen.filter_choices()
        everyone = [("", _("iedereen"))]
        self.fields["rol"].choices = everyone + options["roles"]
        self.fields["doel"].choices = [("", _("elk doel"))] + options["purposes"]
        self.fields["soort"].choices = [("", _("uw dossier en lijsten"))] + options["kinds"]
        self.fields["periode"].choices = options["periods"]


@roles(Role.CITIZEN)
def my_consultations(request: HttpRequest, principal: Principal) -> HttpResponse:
    number = page_number(request)
    given = {k: request.GET[k] for k in FILTERS if k in request.GET}
    form = ConsultationFilters(given or None)
    if form.is_bound and not form.is_valid():
        # a filter value the page does not offer is refused beside its field, nothing listed (attack of stop 37: it was
        # ignored and the whole log shown as if unfiltered)
        return render(request, "access/consultations.html", {"log": None, "refused": True, "form": form, "query": ""}, status=400)
    filters = citizen.Filters.from_query(form.cleaned_data if form.is_bound else {})
    if not form.is_bound:
        form = ConsultationFilters(initial={"rol": filters.role, "doel": filters.purpose, "soort": filters.shown, "periode": filters.period})
    try:
        log = citizen.consultations_for(principal, filters, number, 20)
    except NotFound:
        log = None
    return render(request, "access/consultations.html", {"log": log, "form": form, "query": filters.as_query()})
