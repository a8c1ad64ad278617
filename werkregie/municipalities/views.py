"""Pages of the municipalities domain: cooperation agreements with their progress from the KPIs, and the municipality
worker's leefloon clients with the referral to VDAB. Thin: the use cases check, decide and log."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import InvalidInput, NotFound
from werkregie.web.helpers import roles

from . import use_cases


@roles(Role.ADMIN, Role.ANALYST, Role.MUNICIPALITY)
def agreement_list(request: HttpRequest, principal: Principal) -> HttpResponse:
    items = [(a, use_cases.progress(a)) for a in use_cases.agreements(principal)]
    return render(request, "municipalities/agreements.html", {"items": items})


@roles(Role.ADMIN, Role.ANALYST, Role.MUNICIPALITY)
def agreement_detail(request: HttpRequest, principal: Principal, agreement_id: int) -> HttpResponse:
    try:
        item = use_cases.agreement(principal, agreement_id)
    except NotFound as exc:
        raise Http404 from exc
    from werkregie.core import clock, dated

    from . import reward

    year = clock.today().year
    overrides = {}
    if principal.role in (Role.ANALYST, Role.ADMIN):  # the what-if: any parameter replaced for this one computation
        for key in reward.KEYS:
            raw = (request.GET.get(key) or "").replace(",", ".")
            try:
                overrides[key] = float(raw) if raw else None
            except ValueError:
                overrides[key] = None
        overrides = {k: v for k, v in overrides.items() if v is not None and 0 <= v <= 10_000_000}
    try:
        computed = reward.reward(item, year, overrides)
    except dated.NoValueOn:  # no reward parameters for this year
        computed = None
    return render(request, "municipalities/agreement.html", {"a": item, "progress": use_cases.progress(item), "reward": computed,
                                                            "can_what_if": principal.role in (Role.ANALYST, Role.ADMIN), "keys": reward.KEYS})


@roles(Role.MUNICIPALITY)
def clients(request: HttpRequest, principal: Principal) -> HttpResponse:
    errors = {}
    if request.method == "POST":
        try:
            person_id = int(request.POST.get("person", ""))
        except ValueError:
            raise Http404 from None
        try:
            use_cases.refer(principal, person_id, request.POST.get("note", ""))
            messages.success(request, _("Doorverwezen naar VDAB voor screening en een traject."))
            return redirect("municipality_referrals")
        except NotFound as exc:
            raise Http404 from exc
        except InvalidInput as exc:
            errors[person_id] = exc.errors[0].message if exc.errors else exc.detail
    return render(request, "municipalities/clients.html", {"clients": use_cases.clients(principal), "errors": errors}, status=400 if errors else 200)
