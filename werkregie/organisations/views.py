"""Pages for employers' accounts: asking access to an employer, and the employer's own page (users with their role,
establishment units, sector, whether new vacancies start offered beyond Flanders) for its administrator and for VDAB
administrators. Thin: the use cases decide."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError, NotFound
from werkregie.geo.forms import MunicipalityField
from werkregie.web.helpers import apply_errors, posted_version, roles

from . import use_cases as services
from .models import EmployerRole


class AccessForm(forms.Form):
    kbo_number = forms.CharField(label=_("Ondernemingsnummer (KBO)"), max_length=20, help_text=_("bv. 0123.456.749"))
    name = forms.CharField(label=_("Naam van de onderneming"), max_length=200, required=False,
                           help_text=_("Alleen nodig als de werkgever nog niet op het platform staat."))
    role = forms.ChoiceField(label=_("Uw rol bij de werkgever"), choices=EmployerRole.choices, widget=forms.RadioSelect)
    note = forms.CharField(label=_("Toelichting voor wie uw aanvraag bevestigt (niet verplicht)"), max_length=300, required=False)


class EstablishmentForm(forms.Form):
    number = forms.CharField(label=_("Vestigingsnummer"), max_length=20, help_text=_("bv. 2.123.456.789"))
    name = forms.CharField(label=_("Naam van de vestiging"), max_length=200)
    street = forms.CharField(label=_("Straat en nummer"), max_length=200)
    postal_code = forms.CharField(label=_("Postcode"), max_length=4)
    municipality = MunicipalityField(label=_("Gemeente"))


class SectorForm(forms.Form):
    nace_code = forms.CharField(label=_("Sector (NACE-BEL-code)"), max_length=6, help_text=_("bv. 41.201"))


@login_required
def request_access(request: HttpRequest) -> HttpResponse:
    principal = Principal.for_session(request.user)
    form = AccessForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                data = form.cleaned_data
                services.request_access(principal, data["kbo_number"], data["role"], name=data["name"], note=data["note"])
                messages.success(request, _("Uw aanvraag is verstuurd. De beheerder van de werkgever bevestigt ze; u krijgt toegang zodra dat gebeurd is."))
                return redirect(reverse("employer_request"))
            except DomainError as exc:
                apply_errors(form, exc)
        status = 422
    pending = request.user.employer_memberships.select_related("organisation").order_by("-requested_at")
    return render(request, "organisations/request.html", {"form": form, "pending": pending}, status=status)


@roles(Role.EMPLOYER, Role.ADMIN)
def employer_page(request: HttpRequest, principal: Principal, organisation_id: int) -> HttpResponse:
    try:
        org = services.employer(principal, organisation_id)
        can_manage = services.can_manage(principal, organisation_id)
    except NotFound:
        raise Http404 from None
    establishment = EstablishmentForm(request.POST if request.POST.get("form") == "establishment" else None)
    sector = SectorForm(request.POST if request.POST.get("form") == "sector" else None, initial={"nace_code": org.nace_code})
    status = 200
    if request.method == "POST":
        if not can_manage:
            raise Http404
        action = request.POST.get("form")
        try:
            if action == "decide":
                services.decide(principal, int(request.POST.get("membership", "0") or 0), request.POST.get("transition", ""),
                                reason=request.POST.get("reason", ""), version=posted_version(request))
                messages.success(request, _("De toegang is bijgewerkt."))
                return redirect(reverse("employer_page", args=[organisation_id]))
            if action == "establishment" and establishment.is_valid():
                services.add_establishment(principal, organisation_id, **establishment.cleaned_data)
                messages.success(request, _("De vestiging is toegevoegd."))
                return redirect(reverse("employer_page", args=[organisation_id]))
            if action == "ring_offer_default":
                offer = request.POST.get("ring_offer_default") == "1"
                services.set_ring_offer_default(principal, organisation_id, offer, version=posted_version(request))
                messages.success(request, _("Nieuwe vacatures worden standaard ook buiten Vlaanderen aangeboden.") if offer else
                                 _("Nieuwe vacatures worden standaard niet buiten Vlaanderen aangeboden."))
                return redirect(reverse("employer_page", args=[organisation_id]))
            if action == "sector" and sector.is_valid():
                services.set_sector(principal, organisation_id, sector.cleaned_data["nace_code"])
                messages.success(request, _("De sector is bewaard."))
                return redirect(reverse("employer_page", args=[organisation_id]))
        except NotFound:
            raise Http404 from None
        except DomainError as exc:
            if action in ("decide", "ring_offer_default"):
                messages.error(request, exc.detail)
                return redirect(reverse("employer_page", args=[organisation_id]))
            apply_errors(establishment if action == "establishment" else sector, exc)
        status = 422
    from werkregie.workflows import services as wf

    from .sectors import section_label

    members = services.members(principal, organisation_id) if can_manage else []
    who_role = "admin" if principal.role == Role.ADMIN else "employer_admin"
    rows = [{"m": m, "actions": [t for t in wf.available(m, who_role) if m.user_id != principal.user.pk]} for m in members]
    return render(request, "organisations/employer.html", {
        "org": org, "can_manage": can_manage, "rows": rows, "establishments": org.establishments.select_related("municipality"),
        "establishment": establishment, "sector": sector, "sector_label": section_label(org.nace_code) if org.nace_code else "",
        "first_admins": services.pending_first_administrators(principal), "is_admin": services.is_employer_admin(principal, organisation_id)}, status=status)


@roles(Role.EMPLOYER)
def my_employer(request: HttpRequest, principal: Principal) -> HttpResponse:
    return redirect(reverse("employer_page", args=[principal.user.organisation_id]))


@roles(Role.ADMIN)
def employer_requests(request: HttpRequest, principal: Principal) -> HttpResponse:
    """For VDAB administrators (beheerder, account manager): every pending request to become the first administrator of
    an employer, across employers, with confirm and refuse on the row (the walk: they were findable only on each
    employer's own page)."""
    from werkregie.workflows import services as wf

    status = 200
    membership = request.POST.get("membership", "") if request.method == "POST" else ""
    if request.method == "POST" and not (membership.isascii() and membership.isdigit() and len(membership) <= 9):
        # a bare int() gave a 500 on "abc" or "1.5" (attack round 5, L1): the error at the top, 400
        messages.error(request, _("Kies een aanvraag uit de lijst."))
        status = 400
    elif request.method == "POST":
        try:
            services.decide(principal, int(membership), request.POST.get("transition", ""),
                            reason=request.POST.get("reason", ""), version=posted_version(request))
            messages.success(request, _("De aanvraag is bevestigd.") if request.POST.get("transition") == "confirm" else _("De aanvraag is geweigerd."))
        except NotFound:
            raise Http404 from None
        except DomainError as exc:
            messages.error(request, " ".join([exc.detail, *[e.message for e in exc.errors]]))
        return redirect(reverse("employer_requests"))
    rows = [{"m": m, "actions": [t for t in wf.available(m, "admin") if t.name in ("confirm", "refuse")]}
            for m in services.pending_first_administrators(principal)]
    return render(request, "organisations/requests.html", {"rows": rows}, status=status)
