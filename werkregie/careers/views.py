"""Pages of careers: the citizen's Mijn Loopbaan (targets, sharing, EVC requests, the other domains' panels), the
public page of a shared passport, the counsellor's competence visa and the assessors' EVC pages. Thin: the use cases
decide and log."""

from __future__ import annotations

import importlib
import logging

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import DomainError, Forbidden, NotFound
from werkregie.web.helpers import anonymous_rate_limited, apply_errors, posted_version, roles
from werkregie.workflows import services as wf

from . import forms, perms
from .enums import SkillResult
from .use_cases import common, evc, evc_outcome, evc_skills, loopbaan, passport, shares, visa

log = logging.getLogger(__name__)
ALL_ROLES = (Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST, Role.ADMIN)
ASSESSOR_ROLES = (Role.COUNSELLOR, Role.PARTNER, Role.ADMIN)
# The panels other career domains contribute: (module, title). Each has panel(request, person) -> (template, context).
PANELS = (
    ("werkregie.credentials.panels", "passport"),
    ("werkregie.learning.panels", "learning"),
    ("werkregie.training.panels", "training"),
    ("werkregie.careers.signals_panel", "signals"),
)


def _panels(request: HttpRequest, person) -> dict[str, str]:  # noqa: ANN001
    out = {}
    for module_name, key in PANELS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # that domain is not installed in this build
        template, context = module.panel(request, person)
        out[key] = render_to_string(template, context, request=request)
    return out


# --- Mijn Loopbaan -------------------------------------------------------------------------------------------------------


def _share_form(principal: Principal, person, data=None) -> forms.ShareForm:  # noqa: ANN001
    choices = [(c.id, f"{c.title} ({c.kind_label})") for c in passport.of_person(person) if shares.shareable(c)]
    return forms.ShareForm(data, choices=choices, max_days=shares.max_days(), prefix="share")


@roles(Role.CITIZEN)
def home(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        view = loopbaan.overview(principal)
    except NotFound:
        return render(request, "careers/home.html", {"view": None})
    query = (request.GET.get("beroep") or "").strip()
    found = []
    if query:
        try:
            found = loopbaan.search_occupations(query, common.language())
        except DomainError as exc:
            messages.error(request, exc.detail)
    return render(request, "careers/home.html", {
        "view": view, "query": query, "found": found, "panels": _panels(request, view.person),
        "share_form": _share_form(principal, view.person), "now": clock.now(),
    })


@require_POST
@roles(Role.CITIZEN)
def add_target(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        loopbaan.add_target(principal, request.POST.get("occupation", ""), posted_version(request))
        messages.success(request, _("Het doelberoep is toegevoegd."))
    except DomainError as exc:
        messages.error(request, exc.errors[0].message if exc.errors else exc.detail)
    return redirect("careers_home")


@require_POST
@roles(Role.CITIZEN)
def remove_target(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        loopbaan.remove_target(principal, request.POST.get("occupation", ""), posted_version(request))
        messages.success(request, _("Het doelberoep is verwijderd."))
    except DomainError as exc:
        messages.error(request, exc.detail)
    return redirect("careers_home")


@roles(Role.CITIZEN)
def share(request: HttpRequest, principal: Principal) -> HttpResponse:
    person = common.own_person(principal) if principal.user.person_id else None
    if person is None:
        raise Http404
    form = _share_form(principal, person, request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                made = shares.create(principal, form.cleaned_data["label"], form.cleaned_data["credentials"], form.cleaned_data["days"])
                link = request.build_absolute_uri(f"/paspoort/{made.token}/")
                return render(request, "careers/share_made.html", {"share": made.share, "link": link})
            except DomainError as exc:
                apply_errors(form, exc)
        return render(request, "careers/share.html", {"form": form}, status=422)
    return render(request, "careers/share.html", {"form": form})


@require_POST
@roles(Role.CITIZEN)
def revoke_share(request: HttpRequest, principal: Principal, share_id: int) -> HttpResponse:
    try:
        shares.revoke(principal, share_id, posted_version(request))
        messages.success(request, _("De link is ingetrokken: niemand kan hem nog openen."))
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, exc.detail)
    return redirect("careers_home")


# --- the public page of a shared passport --------------------------------------------------------------------------------


def _viewer(request: HttpRequest) -> Principal | None:
    return Principal.for_session(request.user) if request.user.is_authenticated else None


@anonymous_rate_limited
def shared(request: HttpRequest, token: str) -> HttpResponse:
    try:
        view = shares.open_shared(token, viewer=_viewer(request))
    except shares.Gone as exc:
        return render(request, "careers/shared_gone.html", {"detail": exc.detail}, status=410)
    except NotFound as exc:
        return render(request, "careers/shared_gone.html", {"detail": exc.detail, "missing": True}, status=404)
    response = render(request, "careers/shared.html", {"view": view, "token": token})
    response["Referrer-Policy"] = "no-referrer"  # the token is in the URL: never pass it on to another site
    response["X-Robots-Tag"] = "noindex"
    return response


@anonymous_rate_limited
def shared_download(request: HttpRequest, token: str, credential_id: str) -> HttpResponse:
    try:
        item = shares.download(token, credential_id, viewer=_viewer(request))
    except shares.Gone as exc:
        return render(request, "careers/shared_gone.html", {"detail": exc.detail}, status=410)
    except NotFound:
        raise Http404 from None
    response = HttpResponse(item.token, content_type="application/vc+jwt")
    response["Content-Disposition"] = f'attachment; filename="{item.filename}"'
    response["Referrer-Policy"] = "no-referrer"
    return response


# --- competence visa ---------------------------------------------------------------------------------------------------------


def _after_visa(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    """Back to the person's file (not the form again: the walk nearly issued a second visa by mistake), for the purpose
    the file was opened with, or the counsellor's guidance of this person (the visa is part of it): not the question
    "Waarom raadpleegt u dit dossier?" after every visa (walk of issue 13). An administrator who never opened the file
    for a purpose sees the visa page, which lists the visa."""
    from urllib.parse import urlencode

    from werkregie.access.purposes import Purpose
    from werkregie.people import perms as people_perms
    from werkregie.web.helpers import chosen_purpose

    allowed = people_perms.purposes_for(principal, person_id)
    purpose = chosen_purpose(request, person_id, allowed)
    if purpose is None and Purpose.GUIDANCE in allowed and principal.role == Role.COUNSELLOR:
        purpose = Purpose.GUIDANCE
    if purpose is None:
        return redirect("careers_visa", person_id=person_id)
    return redirect(f"{reverse('person_detail', kwargs={'person_id': person_id})}?{urlencode({'doel': str(purpose)})}")


@roles(Role.COUNSELLOR, Role.ADMIN)
def issue_visa(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    posted = request.POST if request.method == "POST" else None
    searching = posted is not None and posted.get("action") == "search"
    query = posted.get("zoek", "").strip() if searching else ""
    try:
        # the competences added by earlier searches travel with the form ("extra"), each keeping its row
        found = visa.candidates(principal, person_id, request.GET.get("beroep", ""), added=posted.getlist("extra") if posted else [],
                                query=query)
    except NotFound:
        raise Http404 from None
    if searching:
        # "Zoeken" posts the form back: shown again with what was entered, the found competences added, no errors yet
        form = forms.VisaForm(initial={k: posted.get(k) for k in posted if k not in ("csrfmiddlewaretoken", "extra", "action")},
                              skills=found.skills)
    else:
        form = forms.VisaForm(posted, skills=found.skills)
    status = 200
    if posted is not None and not searching:
        if form.is_valid():
            try:
                d = form.cleaned_data
                visa.issue(principal, person_id, dismissal=d["dismissal"], former_employer=d["former_employer"], dismissal_date=d["dismissal_date"],
                           occupation_uri=found.occupation_uri, summary=d["summary"], skills=form.assessed(),
                           confirm_recent=d["confirm_recent"])
                messages.success(request, _("Het competentievisum is uitgereikt en staat in het paspoort van de persoon."))
                return _after_visa(request, principal, person_id)
            except DomainError as exc:
                for error in exc.errors:
                    name = form.field_of(error.field) or (error.field if error.field in form.fields else None)
                    form.add_error(name, error.message)
                if not exc.errors:
                    form.add_error(None, exc.detail)
        status = 422
    return render(request, "careers/visa.html", {"form": form, "found": found, "person": found.person, "revoked": visa.revoked_uids(found.visas),
                                                 "occupation": common.occupation_label(found.occupation_uri), "query": query,
                                                 "searched": searching}, status=status)


@roles(Role.COUNSELLOR, Role.ADMIN)
@require_POST
def revoke_visa(request: HttpRequest, principal: Principal, person_id: int, visa_id: int) -> HttpResponse:
    """Revoke a visa's credential from the visa page, with a reason (then a corrected visa may be issued)."""
    try:
        visa.revoke(principal, person_id, visa_id, request.POST.get("reason", ""))
        messages.success(request, _("Het competentievisum is ingetrokken: het bewijs is niet meer geldig. U kunt nu een verbeterd visum uitreiken."))
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, " ".join([exc.detail, *(e.message for e in exc.errors)]))
    return redirect("careers_visa", person_id=person_id)


# --- EVC ---------------------------------------------------------------------------------------------------------------------


@roles(Role.CITIZEN)
def evc_request(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        view = loopbaan.overview(principal)
    except NotFound:
        raise Http404 from None
    occupations = {t["uri"]: t["label"] for t in view.targets}
    occupations.update({e["uri"]: e["label"] for e in view.experience})
    occupations = sorted(occupations.items(), key=lambda o: o[1].lower())
    posted = request.POST if request.method == "POST" else None
    searching = posted is not None and posted.get("action") == "search"
    ticked = posted.getlist("skills") if posted is not None else []
    # the training guide links here with ?soort=competenties&competentie=<uri>… for the skills a person's experience
    # implies for a plan: those are ticked (and offered, even when no group of the page has them)
    linked = [] if posted is not None else request.GET.getlist("competentie")[:evc.MAX_SKILLS]
    query = (posted.get("zoek", "") if posted is not None else request.GET.get("zoek", "")).strip()
    offered = evc_skills.options(principal, query, keep=ticked or linked)
    choices = [s["uri"] for g in offered.groups for s in g.skills]
    for n, entry in enumerate(s for g in offered.groups for s in g.skills):
        entry["dom_id"] = f"id_skills_{n}"  # the error summary links to id_skills_0, as for any list of checkboxes
    if searching:
        # "Zoeken" posts the form back: shown again with what was ticked and typed, the found skills added, no errors yet
        initial = {"kind": forms.EvcRequestForm.SKILLS, "occupation": posted.get("occupation", ""), "skills": ticked,
                   "zoek": query, "motivation": posted.get("motivation", "")}
        form = forms.EvcRequestForm(occupations=occupations, skills=choices, max_skills=evc.MAX_SKILLS, initial=initial)
    else:
        # the training guide links here with ?beroep=<uri> for the occupation whose skills the person's experience implies
        wanted = request.GET.get("beroep", "")
        initial = {"occupation": wanted} if wanted in dict(occupations) else {}
        if request.GET.get("soort") == forms.EvcRequestForm.SKILLS or (query and not posted):
            initial["kind"] = forms.EvcRequestForm.SKILLS
            if linked:
                initial["skills"] = [u for u in linked if u in choices]
        form = forms.EvcRequestForm(posted, occupations=occupations, skills=choices, max_skills=evc.MAX_SKILLS, initial=initial or None)
    status = 200
    if posted is not None and not searching:
        if form.is_valid():
            d = form.cleaned_data
            for_skills = d["kind"] == forms.EvcRequestForm.SKILLS
            try:
                made = evc.request(principal, occupation_uri="" if for_skills else d["occupation"],
                                   skill_uris=d["skills"] if for_skills else None, motivation=d["motivation"])
                sent = _("Uw aanvraag is verstuurd. U krijgt bericht wanneer de beoordeling gepland is.")
                messages.success(request, " ".join(filter(None, [sent, evc.left_out_text(made)])))
                return redirect("careers_home")
            except DomainError as exc:
                apply_errors(form, exc, aliases={f"skills[{i}]": "skills" for i in range(len(d["skills"]))})
        status = 422
    chosen = set(form["skills"].value() or [])
    shown_found = next((len(g.skills) for g in offered.groups if g.key == "found"), 0)
    return render(request, "careers/evc_request.html", {
        "form": form, "groups": offered.groups, "chosen": chosen, "query": query, "found": offered.found, "searched": bool(query),
        # what the word found but is not in the found group: shown above, certified already, or in an open request
        "found_above": offered.found - shown_found - offered.found_certified - offered.found_running,
        "found_certified": offered.found_certified, "found_running": offered.found_running, "running": offered.running,
        "shown_found": shown_found,
        # after "Zoeken" the page lands at what the word found (data-autofocus), not at its top 3,500 px above (walk of issue 13)
        "land_at_search": searching or bool(query and not posted)}, status=status)


@roles(Role.COUNSELLOR, Role.PARTNER, Role.ADMIN)
def evc_queue(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        found = list(evc.queue(principal).prefetch_related("skills")[:200])
    except Forbidden as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=403)
    evc.log_list(principal, found)
    return render(request, "careers/evc_queue.html", {"requests": evc_skills.with_asked(found), "today": clock.today()})


def _skills(req) -> list[dict]:  # noqa: ANN001
    from werkregie.matching.labels import skill

    return [{"uri": s.skill_uri, "label": common.skill_label(s.skill_uri), "entry": skill(s.skill_uri, common.language()), "obj": s}
            for s in req.skills.all()]


@roles(Role.CITIZEN, Role.COUNSELLOR, Role.PARTNER, Role.ADMIN)
def evc_detail(request: HttpRequest, principal: Principal, request_id: int) -> HttpResponse:
    try:
        req = evc.detail(principal, request_id)
    except NotFound:
        raise Http404 from None
    action = request.POST.get("action", "") if request.method == "POST" else ""
    skills = _skills(req)
    plan_form = forms.PlanForm(request.POST if action == "plan" else None, prefix="plan")
    results_form = forms.ResultsForm(request.POST if action == "assess" else None, skills=skills, prefix="res")
    reason_form = forms.ReasonForm(request.POST if action in ("refuse", "withdraw") else None, prefix="why")
    assign_form = forms.AssignForm(request.POST if action == "assign" else None, prefix="assign",
                                   organisations=[(o.pk, o.name) for o in evc.accredited_organisations()],
                                   initial={"organisation": req.assessor_organisation_id})
    status = 200
    if request.method == "POST":
        version = posted_version(request)
        try:
            if action == "plan" and plan_form.is_valid():
                evc.plan(principal, req.pk, plan_form.cleaned_data["day"], plan_form.cleaned_data["place"], version)
                messages.success(request, _("De beoordeling is gepland; de persoon krijgt bericht."))
                return redirect("careers_evc_detail", request_id=req.pk)
            if action == "assess" and results_form.is_valid():
                evc.record_results(principal, req.pk, results_form.results(), version)
                messages.success(request, _("Het resultaat is bewaard."))
                return redirect("careers_evc_detail", request_id=req.pk)
            if action == "certify":
                evc.certify(principal, req.pk, version)
                messages.success(request, _("De erkenning is toegekend: de bewijzen staan in het paspoort van de persoon."))
                return redirect("careers_evc_detail", request_id=req.pk)
            if action == "refuse" and reason_form.is_valid():
                evc.refuse(principal, req.pk, reason_form.cleaned_data["reason"], version)
                messages.success(request, _("De aanvraag is afgesloten zonder erkenning; de persoon krijgt bericht."))
                return redirect("careers_evc_detail", request_id=req.pk)
            if action == "withdraw" and reason_form.is_valid():
                evc.withdraw(principal, req.pk, reason_form.cleaned_data["reason"], version)
                messages.success(request, _("De aanvraag is ingetrokken."))
                return redirect("careers_home" if perms.is_citizen(principal) else "careers_evc_detail", **({} if perms.is_citizen(principal) else {"request_id": req.pk}))
            if action == "assign" and assign_form.is_valid():
                evc.assign(principal, req.pk, assign_form.cleaned_data["organisation"], version)
                messages.success(request, _("De beoordelaar is toegewezen."))
                return redirect("careers_evc_detail", request_id=req.pk)
        except NotFound:
            raise Http404 from None
        except DomainError as exc:
            target = {"plan": plan_form, "assess": results_form, "refuse": reason_form, "withdraw": reason_form, "assign": assign_form}.get(action)
            if target is None:
                messages.error(request, exc.detail)
                return redirect("careers_evc_detail", request_id=req.pk)
            for error in exc.errors:
                name = target.field_of(error.field) if hasattr(target, "field_of") else None
                name = name or (error.field.split(".")[-1] if error.field.split(".")[-1] in target.fields else None)
                target.add_error(name, error.message)
            if not exc.errors:
                target.add_error(None, exc.detail)
        status = 422
    role = principal.role
    available = {t.name for t in wf.available(req, role)}
    can_assess = perms.can_assess_evc(principal, req)
    guides = perms.guides(principal, req.person_id)
    return render(request, "careers/evc_detail.html", {
        "req": req, "skills": skills, "history": wf.history(req), "own": perms.is_own(principal, req.person_id),
        "can_plan": can_assess and "plan" in available,
        # the results form from the planned day on (evc.record_results refuses earlier): before it the page says from when,
        # instead of a form whose every choice is refused (walk of issue 13); a refused form is shown again as entered
        "can_assess": can_assess and "assess" in available and (results_form.is_bound or evc.results_open(req)),
        "results_from": req.planned_on if can_assess and "assess" in available and not evc.results_open(req) else None,
        "can_certify": evc.may_decide(principal, req) and "certify" in available,
        "can_refuse": evc.may_decide(principal, req) and "refuse" in available,
        "can_withdraw": (guides or perms.is_own(principal, req.person_id)) and "withdraw" in available,
        "can_assign": guides and req.state in ("requested", "planned"),
        # a counsellor who assigned the assessment reads why the forms to plan and record it are not theirs
        "assigned_elsewhere": req.assessor_organisation_id is not None and not can_assess and not perms.is_own(principal, req.person_id)
        and req.state in ("requested", "planned", "assessed"),
        "plan_form": plan_form, "results_form": results_form, "reason_form": reason_form, "assign_form": assign_form,
        "occupation": common.occupation_label(req.occupation_uri), "certified": SkillResult.CERTIFIED,
        "outcome": evc_outcome.outcome(req),
    }, status=status)
