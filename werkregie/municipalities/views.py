"""Pages of the municipalities domain: cooperation agreements with their progress from the KPIs, and the municipality
worker's leefloon clients with the referral to VDAB. Thin: the use cases check, decide and log."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from werkregie.formats.numbers import format_number
from werkregie.web.helpers import apply_errors, posted_version, roles

from . import steps, use_cases
from .forms import AgreementForm, ReferralForm, StepForm, WhatIfForm, as_day


@roles(Role.ADMIN, Role.ANALYST, Role.MUNICIPALITY)
def agreement_list(request: HttpRequest, principal: Principal) -> HttpResponse:
    items = [(a, use_cases.progress(a)) for a in use_cases.agreements(principal)]
    return render(request, "municipalities/agreements.html", {"items": items, "can_edit": principal.role in use_cases.EDITORS})


@roles(Role.ADMIN, Role.ANALYST, Role.MUNICIPALITY)
def agreement_detail(request: HttpRequest, principal: Principal, agreement_id: int) -> HttpResponse:
    try:
        item = use_cases.agreement(principal, agreement_id)
    except NotFound as exc:
        raise Http404 from exc
    from werkregie.core import clock

    from . import reward

    # the reward of one of the agreement's own years (walk of stop 42: an agreement of 2025 showed "Beloning voor 2026", and
    # one of 2026–2027 only 2026): the year asked (?jaar=), else this year within the agreement's period
    years = list(range(item.start.year, item.end.year + 1))
    asked_year = request.GET.get("jaar", "")
    year = int(asked_year) if asked_year.isdigit() and int(asked_year) in years else min(max(clock.today().year, years[0]), years[-1])
    engaged = bool(item.engagements.all())
    computed = simulated = what_if = None
    status = 200
    if engaged:  # no engagements, no reward: the page says how to add them instead of a reward of € 0,00 (walk of stop 43)
        try:
            computed = reward.reward(item, year)
        except InvalidInput:  # no reward parameters for this year (dated.NoValueOn, or a year outside reward.covered_years)
            computed = None
    if computed and principal.role in (Role.ANALYST, Role.ADMIN):  # the what-if: any parameter replaced for this one computation
        asked = {key: request.GET[key] for key in reward.KEYS if request.GET.get(key, "").strip()}
        used = {key: _as_typed(key, value) for key, value in computed["parameters"].items()}
        # after a try the fields show every value it used: the ones typed, the rules' for the ones left empty
        what_if = WhatIfForm({**used, **asked}) if any(key in request.GET for key in reward.KEYS) else WhatIfForm(initial=used)
        try:
            overrides = reward.what_if(asked, shares_in_percent=True)  # shares typed as the page shows them: 50 for 50 %
            simulated = reward.reward(item, year, overrides) if what_if.is_bound else None
        except InvalidInput as exc:  # said beside each field and in the summary; no simulated reward is shown
            for error in exc.errors:
                what_if.add_error(error.field, error.message)
            status = 422
    return render(request, "municipalities/agreement.html", {"a": item, "progress": use_cases.progress(item), "reward": computed, "simulated": simulated,
                                                            "years": years, "year": year, "what_if": what_if, "engaged": engaged,
                                                            "can_edit": principal.role in use_cases.EDITORS}, status=status)


def _as_typed(key: str, value: float) -> str:
    """A reward parameter as the what-if's field takes it: an amount in euro, a share as a percentage (0,5 → "50")."""
    from . import reward

    number = round(100 * value if key in reward.SHARES else value, 6)  # 0,9 → 90, not 90,00000000000001
    return format_number(number, 0 if float(number).is_integer() else 2)


@roles(Role.ADMIN, Role.MUNICIPALITY)
def agreement_edit(request: HttpRequest, principal: Principal, agreement_id: int | None = None) -> HttpResponse:
    """Make (no id) or change an agreement: period, engagements with targets, contacts; a stale version is refused."""
    try:
        item = use_cases.agreement(principal, agreement_id) if agreement_id else None
    except NotFound as exc:
        raise Http404 from exc
    engagements = item.engagements.count() + 2 if item else 3
    contacts = item.contacts.count() + 1 if item else 2
    if request.method != "POST":
        own = use_cases._own_municipality(principal)
        initial = AgreementForm.initial_of(item) if item else {"municipalities": [own] if own else []}
        form = AgreementForm(initial=initial, engagement_rows=engagements, contact_rows=contacts)
        return render(request, "municipalities/agreement_form.html", {"form": form, "a": item})
    rows = max(engagements, sum(1 for key in request.POST if key.startswith("eng_") and key.endswith("_kpi")))
    form = AgreementForm(request.POST, engagement_rows=min(rows, 30), contact_rows=min(max(contacts, sum(1 for k in request.POST if k.startswith("c_") and k.endswith("_name"))), 30))
    status, valid = 422, form.is_valid()
    data, aliases = form.data_for_use_case()
    try:
        if not valid:  # the use case's checks too, so that the summary names every problem at once
            use_cases.check_agreement(principal, data)
        elif item is None:
            item = use_cases.create_agreement(principal, data)
        else:
            item = use_cases.update_agreement(principal, item.pk, data, posted_version(request))
        if valid:
            messages.success(request, _("De samenwerkingsovereenkomst is bewaard."))
            return redirect("cooperation_agreement", item.pk)
    except Conflict as exc:
        status = 409
        form.add_error(None, exc.detail)
    except InvalidInput as exc:
        exc.errors = [e for e in exc.errors if aliases.get(e.field, e.field) not in form.errors]
        if exc.errors or valid:
            apply_errors(form, exc, aliases=aliases)
    except Forbidden as exc:
        raise Http404 from exc
    return render(request, "municipalities/agreement_form.html", {"form": form, "a": item}, status=status)


def _step_form_valid(form: StepForm) -> bool:
    """The form's own checks and the use case's together, so that the summary names every problem at once (walk of
    stop 43: the step form showed one error, then the next after each submit)."""
    valid = form.is_valid()
    try:
        steps.check(form.data_for_use_case())
    except InvalidInput as exc:
        exc.errors = [e for e in exc.errors if e.field not in form.errors]  # each field's problem said once
        if exc.errors:
            apply_errors(form, exc)
        return False
    return valid


@roles(Role.MUNICIPALITY)
def client_steps(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    """A leefloon client's trajectory steps at VDAB beside the municipality's own steps, and a form for a new step."""
    form = StepForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 422
        if _step_form_valid(form):
            try:
                steps.record(principal, person_id, form.cleaned_data)
                messages.success(request, _("De stap is genoteerd."))
                return redirect("municipality_client_steps", person_id)
            except NotFound as exc:
                raise Http404 from exc
            except InvalidInput as exc:
                apply_errors(form, exc)
    try:
        found = steps.client_steps(principal, person_id)
    except NotFound as exc:
        raise Http404 from exc
    return render(request, "municipalities/client_steps.html", {"c": found, "form": form}, status=status)


@roles(Role.MUNICIPALITY)
def step_edit(request: HttpRequest, principal: Principal, step_id: int) -> HttpResponse:
    """Change one of the municipality's own steps (e.g. its end); a stale version is refused."""
    try:
        step = steps.step(principal, step_id)
    except NotFound as exc:
        raise Http404 from exc
    status = 200
    if request.method == "POST":
        form, status = StepForm(request.POST), 422
        if _step_form_valid(form):
            try:
                steps.update(principal, step_id, form.cleaned_data, posted_version(request))
                messages.success(request, _("De stap is bewaard."))
                return redirect("municipality_client_steps", step.person_id)
            except NotFound as exc:
                raise Http404 from exc
            except Conflict as exc:
                status = 409
                form.add_error(None, exc.detail)
            except InvalidInput as exc:
                apply_errors(form, exc)
    else:
        form = StepForm(initial={"kind": step.kind, "title": step.title, "start": as_day(step.start), "end": as_day(step.end), "note": step.note,
                                  "version": step.version})
    return render(request, "municipalities/step_form.html", {"form": form, "step": step}, status=status)


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


@roles(Role.MUNICIPALITY)
def client_refer(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    """Refer one client to VDAB (the person page's action): on success back to the person page with the confirmation at
    the top; a missing reason shows this form again with the error summary."""
    try:
        found = use_cases.client_file(principal, person_id)
    except NotFound as exc:
        raise Http404 from exc
    form, status = ReferralForm(request.POST or None, name=found.name), 200
    if request.method == "POST":
        status = 422
        try:
            use_cases.refer(principal, person_id, request.POST.get("note", ""))
            messages.success(request, _("%(name)s is doorverwezen naar VDAB voor screening en een traject.") % {"name": found.name})
            return redirect("person_detail", person_id)
        except NotFound as exc:
            raise Http404 from exc
        except InvalidInput as exc:
            form.is_valid()
            form.errors.pop("note", None)
            apply_errors(form, exc)
    return render(request, "municipalities/refer.html", {"c": found, "form": form}, status=status)
