"""Pages of trajectories: the counsellor's trajectory editor (/personen/<id>/traject/), the citizen's "Mijn afspraken"
(/mijn-afspraken/), the partner's steps, and the evidence download (after the permission check). Thin: the use cases
decide and log."""

from __future__ import annotations

from importlib.util import find_spec

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock, uploads
from werkregie.core.errors import DomainError, Forbidden, InvalidInput, NotFound
from werkregie.formats.punctuation import join_semicolons
from werkregie.people import perms as people_perms
from werkregie.people.enums import Cefr
from werkregie.web.helpers import apply_errors, ask_purpose, chosen_purpose, positive_int, posted_version, remember_purpose, roles
from werkregie.workflows.services import StaleVersion, TransitionRefused

from . import labels, perms
from . import use_cases as uc
from .enums import AgreementLevel, EndReason, EvidenceKind, StepKind, SuspensionReason, TrajectoryKind
from .models import Agreement, AgreementStep, Trajectory

ALL_ROLES = tuple(Role.values)


class TrajectoryForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Soort traject"), choices=TrajectoryKind.choices)


class AgreementForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Titel"), max_length=200)
    notes = forms.CharField(label=gettext_lazy("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    level = forms.ChoiceField(label=gettext_lazy("Niveau"), choices=AgreementLevel.choices, initial=AgreementLevel.SHEET)
    level_reason = forms.CharField(label=gettext_lazy("Waarom meteen dit niveau?"), required=False, max_length=2000,
                                   help_text=gettext_lazy("Enkel bij een formele of ultieme afspraak die niet uit een niet-nagekomen afspraak volgt."))


class StepForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Soort stap"), choices=StepKind.choices)
    title = forms.CharField(label=gettext_lazy("Omschrijving"), max_length=200)
    details = forms.CharField(label=gettext_lazy("Details"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    due_on = forms.DateField(label=gettext_lazy("Uiterlijk op"), help_text=gettext_lazy("DD/MM/JJJJ"), input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    evidence_kind = forms.ChoiceField(label=gettext_lazy("Gevraagd bewijs"), choices=EvidenceKind.choices)
    applications_required = forms.IntegerField(label=gettext_lazy("Aantal sollicitaties (bij een sollicitatieopdracht)"), required=False, min_value=1,
                                               max_value=50)
    cefr_target = forms.ChoiceField(label=gettext_lazy("Doelniveau Nederlands (bij een taalcursus)"), required=False,
                                    choices=[("", "—")] + [c for c in Cefr.choices if c[0] != Cefr.NATIVE])
    hours_per_month = forms.IntegerField(label=gettext_lazy("Uren per maand (wijk-werken, gemeenschapsdienst)"), required=False, min_value=1, max_value=200)
    partner_id = forms.TypedChoiceField(label=gettext_lazy("Partner (ziekenfonds, agentschap…)"), required=False, coerce=str, choices=[])


class EvidenceForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)"), required=False)
    note = forms.CharField(label=gettext_lazy("Toelichting"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2}))


class ReasonForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reden"), min_length=5, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class _TrajectoryChange(forms.Form):
    """The fields every change of the trajectory posts besides its own (hidden)."""
    action = forms.CharField(widget=forms.HiddenInput)
    id = forms.IntegerField(widget=forms.HiddenInput)
    version = forms.IntegerField(widget=forms.HiddenInput)


class CloseForm(_TrajectoryChange):
    end_reason = forms.ChoiceField(label=gettext_lazy("Reden van afsluiting"), choices=[("", gettext_lazy("Kies een reden")), *EndReason.choices])
    note = forms.CharField(label=gettext_lazy("Toelichting"), required=False, max_length=2000, help_text=gettext_lazy("Verplicht bij een andere reden."))


class SuspendForm(_TrajectoryChange):
    reason = forms.ChoiceField(label=gettext_lazy("Reden"), choices=[("", gettext_lazy("Kies een reden")), *SuspensionReason.choices])
    note = forms.CharField(label=gettext_lazy("Toelichting"), required=False, max_length=2000)


# a refused close or suspension comes back open, as posted, each error beside its field (walk of stop 28: it folded)
CHANGE_FORMS = {"close": (CloseForm, "end"), "suspend": (SuspendForm, "suspend")}


def _change_form(action: str, trajectory: Trajectory | None, data: dict | None = None) -> forms.Form:
    cls, prefix = CHANGE_FORMS[action]
    initial = {"action": action, "id": trajectory.pk, "version": trajectory.version} if trajectory is not None else {}
    return cls(data, initial=initial, auto_id=f"{prefix}-%s")


class PartnerForm(forms.Form):
    note = forms.CharField(label=gettext_lazy("Verslag"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))
    outcome = forms.ChoiceField(label=gettext_lazy("Uitkomst"), choices=[("note", gettext_lazy("Enkel verslag")), ("submit", gettext_lazy("Ter beoordeling aan VDAB")),
                                                               ("approve", gettext_lazy("Stap afgerond"))])



def _stale(request: HttpRequest, exc: StaleVersion) -> None:
    messages.error(request, _("%(detail)s De pagina toont nu de huidige versie.") % {"detail": exc.detail})


def _fail(request: HttpRequest, exc: DomainError) -> None:
    if isinstance(exc, StaleVersion):
        _stale(request, exc)
    elif isinstance(exc, (Forbidden, NotFound)):
        raise Http404(exc.detail)
    else:
        details = join_semicolons(str(e.message) for e in exc.errors) or exc.detail
        messages.error(request, details)


# --------------------------------------------------------------------------- counsellor

def _step_form(view, agreement_id: int) -> StepForm:  # noqa: ANN001
    """A step form per draft agreement (its own field ids), prefilled with a language course when there is a language need."""
    form = StepForm(auto_id=f"step{agreement_id}_%s")
    form.fields["partner_id"].choices = [("", "—")] + [(str(o.pk), o.name) for o in view.partners]
    if view.language:
        form.initial = {"kind": StepKind.LANGUAGE_COURSE, "cefr_target": view.language.required, "evidence_kind": EvidenceKind.TRAINING_RESULT,
                        "title": _("Cursus Nederlands tot niveau %(level)s") % {"level": view.language.required}}
    return form


def _agreement_form(view) -> AgreementForm:  # noqa: ANN001
    """The form for new agreements; with a language need its title is ready (the step form then has the course filled in)."""
    form = AgreementForm()
    if view.language:
        form.initial = {"title": _("Taalcursus Nederlands tot niveau %(level)s") % {"level": view.language.required}}
    return form


@roles(*ALL_ROLES)
def trajectory_file(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    return _file_page(request, principal, person_id)


def _edit_form(view, step, data=None) -> StepForm:  # noqa: ANN001
    """The form to change a step of a draft, filled in with the step (or with what was posted)."""
    initial = {field: getattr(step, field) for field in ("kind", "details", "evidence_kind", "applications_required", "cefr_target",
                                                         "hours_per_month")}
    initial.update(title=labels.render(step.title), details=labels.render(step.details), due_on=step.due_on.strftime("%d/%m/%Y"),
                   partner_id=str(step.partner_id or ""))
    form = StepForm(data, initial=initial, auto_id=f"edit{step.pk}_%s")
    form.fields["partner_id"].choices = [("", "—")] + [(str(o.pk), o.name) for o in view.partners]
    return form


class _AskPurpose(Exception):  # noqa: N818 - not an error: the page asks why the file is opened
    def __init__(self, allowed: list) -> None:
        super().__init__("purpose")
        self.allowed = allowed


def _purpose(request: HttpRequest, principal: Principal, person_id: int) -> str | None:
    """Why the trajectory is opened, as on the person's file (walk of stop 27: it opened without the question): asked
    when more than one purpose fits and none was chosen for this person; a form sent back keeps the one chosen."""
    if not perms.is_editor(principal) or not people_perms.can_view_person(principal, person_id):
        return None  # the use case answers (403/404) without asking anything first
    allowed = perms.file_purposes(principal, person_id)
    purpose = chosen_purpose(request, person_id, allowed)
    if purpose is None and len(allowed) > 1:
        if request.method != "GET":
            return allowed[0]
        raise _AskPurpose(allowed)
    return purpose


def _file_page(request: HttpRequest, principal: Principal, person_id: int, *, failed_step: tuple[int, StepForm] | None = None,
               failed_edit: tuple[int, StepForm] | None = None, failed_review: tuple[int, forms.Form] | None = None,
               failed_agreement: AgreementForm | None = None, failed_change: tuple[str, forms.Form] | None = None,
               status: int = 200) -> HttpResponse:
    """The editor; `failed_step` = (agreement id, the posted step form with its errors) shows a refused new step again
    with what the counsellor typed, its form open; `failed_edit` = (step id, form) the same for a refused change."""
    try:
        view = uc.trajectory_file(principal, person_id, _purpose(request, principal, person_id))
    except _AskPurpose as ask:
        return ask_purpose(request, person_id, ask.allowed)
    except NotFound as exc:
        raise Http404(exc.detail) from None
    except Forbidden as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=403)
    remember_purpose(request, person_id, view.purpose)
    for row in view.agreements:
        for step in row.steps:
            if step.state == "evidence_submitted" or step.state == "open" and step.evidence_kind == EvidenceKind.NONE:
                kept = failed_review is not None and failed_review[0] == step.pk
                step.review_form = failed_review[1] if kept else ReviewForm(auto_id=f"review{step.pk}_%s")
                if step.evidence_kind == EvidenceKind.NONE:  # confirmed, not judged: no "afkeuren" to explain
                    step.review_form.fields["note"].help_text = _("Bij “Niet gedaan” verplicht: de reden, die de burger leest (minstens 5 tekens).")
        if row.agreement.state == "draft":
            # a step struck from a draft was never agreed: it leaves the draft (its strike stays in the transition log)
            row.steps = [step for step in row.steps if step.state != "cancelled"]
            failed = failed_step is not None and failed_step[0] == row.agreement.pk
            row.step_form = failed_step[1] if failed else _step_form(view, row.agreement.pk)
            for step in row.steps:
                if step.state in uc.EDITABLE_STEP:
                    refused = failed_edit is not None and failed_edit[0] == step.pk
                    step.edit_form = failed_edit[1] if refused else _edit_form(view, step)
                    step.past_due = step.due_on < clock.today()
    return render(request, "trajectories/file.html", {
        "view": view, "p": view.person, "trajectory_form": TrajectoryForm(), "agreement_form": failed_agreement or _agreement_form(view),
        "reason_form": ReasonForm(), "today": clock.today(),
        **{f"{action}_form": failed_change[1] if failed_change and failed_change[0] == action else _change_form(action, view.trajectory)
           for action in CHANGE_FORMS},
        "failed_change": failed_change[0] if failed_change else "",
        "other_purposes": len(perms.file_purposes(principal, person_id)) > 1,
    }, status=status)


def _refused_change(request: HttpRequest, principal: Principal, person_id: int, action: str, exc: InvalidInput) -> HttpResponse:
    if isinstance(exc, TransitionRefused):  # not a matter of the form's fields: the page's message says it
        raise exc
    form = _change_form(action, None, request.POST)
    form.is_valid()
    exc.errors = [e for e in exc.errors if e.field not in form.errors]
    if exc.errors or not form.errors:
        apply_errors(form, exc)
    return _file_page(request, principal, person_id, failed_change=(action, form), status=422)


def _refused_step(request: HttpRequest, principal: Principal, person_id: int, target: int, exc: DomainError, *, edit: bool = False) -> HttpResponse:
    """A new step (or a change of step `target`) the use case refused: the editor again, the form filled in as posted,
    each error beside its field."""
    form = StepForm(request.POST, auto_id=f"edit{target}_%s" if edit else f"step{target}_%s")
    form.fields["partner_id"].choices = [("", "—")] + [(str(o.pk), o.name) for o in uc.trajectory_file(principal, person_id).partners]
    form.is_valid()
    exc.errors = [e for e in exc.errors if e.field.split(".")[-1] not in form.errors]
    if exc.errors or not form.errors:
        apply_errors(form, exc)
    failed = {"failed_edit" if edit else "failed_step": (target, form)}
    return _file_page(request, principal, person_id, status=422, **failed)


class ReviewForm(forms.Form):
    note = forms.CharField(label=gettext_lazy("Beoordeling"), required=False, max_length=2000,
                           help_text=gettext_lazy("Bij afkeuren verplicht: de reden, die de burger leest (minstens 5 tekens)."))


def _refused_review(request: HttpRequest, principal: Principal, person_id: int, step_id: int, exc: DomainError) -> HttpResponse:
    """A review the use case refused (a rejection without its reason): the editor again with what was typed, the
    error beside the field and in the form's summary."""
    form = ReviewForm(request.POST, auto_id=f"review{step_id}_%s")
    form.is_valid()
    apply_errors(form, exc, aliases={"reason": "note"})
    return _file_page(request, principal, person_id, failed_review=(step_id, form), status=422)


_EDITS = frozenset({"suspend", "resume", "close", "update_agreement", "new_version", "add_step", "edit_step", "remove_step", "propose",
                    "accept_on_paper", "approve", "reject", "escalate"})


# what the `id` of each action names: the editor of one person acts on that person's rows only
_TARGETS = {
    **dict.fromkeys(("suspend", "resume", "close", "create_agreement"), Trajectory),
    **dict.fromkeys(("update_agreement", "new_version", "add_step", "propose", "accept_on_paper", "escalate"), Agreement),
    **dict.fromkeys(("edit_step", "remove_step", "approve", "reject"), AgreementStep),
}


@require_POST
@roles(Role.COUNSELLOR, Role.ADMIN)
def trajectory_action(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    """Every change on the editor posts here with `action` (and the `version` the counsellor saw)."""
    action = request.POST.get("action", "")
    target = positive_int(request.POST.get("id"), 0)
    model = _TARGETS.get(action)
    if model is not None and not model.objects.filter(pk=target, person_id=person_id).exists():
        # attack of stop 26: a form posted from one person's page changed another person's agreement (one the counsellor
        # may edit, but not the one the page and its message were about)
        raise Http404(_("Niet gevonden in het traject van deze persoon."))
    back = redirect("trajectory_file", person_id=person_id)
    try:
        # Starting a trajectory or a first draft edits nothing that exists; every other action names the version it saw.
        version = posted_version(request) if action in _EDITS else None
        if action == "start":
            uc.start_trajectory(principal, person_id, request.POST.get("kind", ""))
            messages.success(request, _("Het traject is gestart."))
        elif action == "suspend":
            try:
                uc.suspend_by_counsellor(principal, target, request.POST.get("reason", ""), request.POST.get("note", ""), version)
            except InvalidInput as exc:
                return _refused_change(request, principal, person_id, action, exc)
            messages.success(request, _("Het traject is geschorst; de termijnen lopen niet meer."))
        elif action == "resume":
            uc.resume_by_counsellor(principal, target, version)
            messages.success(request, _("Het traject is hervat; de termijnen zijn verschoven."))
        elif action == "close":
            try:
                uc.close_by_counsellor(principal, target, request.POST.get("end_reason", ""), request.POST.get("note", ""), version)
            except InvalidInput as exc:
                return _refused_change(request, principal, person_id, action, exc)
            messages.success(request, _("Het traject is afgesloten."))
        elif action == "create_agreement":
            form = AgreementForm(request.POST)
            data = form.data
            try:
                uc.create_agreement(principal, target, title=data.get("title", ""), notes=data.get("notes", ""), level=data.get("level", "sheet"),
                                   level_reason=data.get("level_reason", ""))
            except InvalidInput as exc:
                if isinstance(exc, TransitionRefused):
                    raise
                # walk of stop 26: an empty title wiped the notes just typed; the form comes back as posted, errors beside
                form.is_valid()
                exc.errors = [e for e in exc.errors if e.field not in form.errors]
                if exc.errors or not form.errors:
                    apply_errors(form, exc)
                return _file_page(request, principal, person_id, failed_agreement=form, status=422)
            messages.success(request, _("Het ontwerp van de afspraken is gemaakt."))
        elif action == "update_agreement":
            draft = uc.update_agreement(principal, target, version, title=request.POST.get("title", ""), notes=request.POST.get("notes", ""))
            messages.success(request, _("Bewaard (versie %(n)s).") % {"n": draft.revision})
        elif action == "new_version":
            draft = uc.draft_for(principal, target, version)
            messages.success(request, _("Versie %(n)s is aangemaakt als ontwerp; ze moet opnieuw aanvaard worden.") % {"n": draft.revision})
        elif action == "add_step":
            try:
                uc.add_step(principal, target, version, request.POST.dict())
            except InvalidInput as exc:
                if isinstance(exc, TransitionRefused):  # not a matter of the form's fields: the page's message says it
                    raise
                return _refused_step(request, principal, person_id, target, exc)
            messages.success(request, _("De stap is toegevoegd."))
        elif action == "edit_step":
            try:
                uc.edit_step(principal, target, version, {k: v for k, v in request.POST.dict().items() if k in uc.STEP_FIELDS})
            except InvalidInput as exc:
                if isinstance(exc, TransitionRefused):
                    raise
                return _refused_step(request, principal, person_id, target, exc, edit=True)
            messages.success(request, _("De stap is gewijzigd."))
        elif action == "remove_step":
            uc.remove_step(principal, target, version)
            messages.success(request, _("De stap is geschrapt."))
        elif action == "propose":
            uc.propose(principal, target, version)
            messages.success(request, _("De afspraken zijn aan de burger voorgesteld."))
        elif action == "accept_on_paper":
            uc.accept_on_paper(principal, target, version, request.POST.get("reason", ""))
            messages.success(request, _("De aanvaarding op papier is geregistreerd."))
        elif action in ("approve", "reject"):
            try:
                reviewed = uc.review_step(principal, target, version, approve=action == "approve", note=request.POST.get("note", ""))
            except InvalidInput as exc:
                if isinstance(exc, TransitionRefused):
                    raise
                return _refused_review(request, principal, person_id, target, exc)
            if reviewed.evidence_kind == EvidenceKind.NONE:  # a step without evidence is confirmed, not judged
                messages.success(request, _("De stap is bevestigd als gedaan.") if action == "approve" else _("De stap is als niet gedaan geregistreerd."))
            else:
                messages.success(request, _("De stap is goedgekeurd.") if action == "approve" else _("De stap is afgekeurd."))
        elif action == "escalate":
            result = uc.escalate(principal, target, version)
            if result["agreement"] is not None:
                messages.success(request, _("De %(level)s is als ontwerp aangemaakt.") % {"level": result["agreement"].get_level_display().lower()})
            else:
                messages.success(request, _("Het dossier is overgedragen aan de controledienst."))
        else:
            messages.error(request, _("Onbekende actie."))
    except DomainError as exc:
        _fail(request, exc)
    return back


# --------------------------------------------------------------------------- citizen

def _optional_section(module: str, principal: Principal) -> dict | None:
    """Context of another app's citizen section, only when that app provides it (no fake data)."""
    if not find_spec(module):
        return None
    import importlib

    found = importlib.import_module(module)
    overview = getattr(found, "citizen_overview", None)
    if overview is None:
        return None
    try:
        return overview(principal)
    except DomainError:
        return None


@roles(*ALL_ROLES)
def my_appointments(request: HttpRequest, principal: Principal) -> HttpResponse:
    if principal.role != Role.CITIZEN:
        return render(request, "web/forbidden.html", {"detail": _("Deze pagina is voor burgers.")}, status=403)
    if not principal.user.person_id:
        return render(request, "trajectories/mine.html", {"view": None})
    view = uc.my_agreements(principal)
    appointments = _optional_section("werkregie.appointments.use_cases", principal)
    return render(request, "trajectories/mine.html", {
        "view": view, "evidence_form": EvidenceForm(), "appointments": appointments,
        "other_terms": _other_terms(principal, appointments),
        "latest_messages": _optional_section("werkregie.messaging.use_cases", principal),
    })


def _other_terms(principal: Principal, appointments: dict | None) -> list[dict]:
    """The person's running terms beside the steps of their agreements, for "Mijn termijnen" (walk of issue 16: the
    page said "Geen lopende termijnen" above a proof due in a week, and a planned hearing was not mentioned): a proof for
    a missed appointment, a moment to choose, and the hearing and terms of their control cases."""
    today = clock.today()
    out = []
    for item in (appointments or {}).get("proof", []):
        if item.needs_proof and item.appointment.proof_due_on and item.appointment.proof_due_on >= today:
            out.append({"what": _("Bewijs van een geldige reden voor een gemiste afspraak"), "day": item.appointment.proof_due_on,
                        "state": item.appointment.state_label, "url": reverse("appointment_excuse", args=[item.appointment.pk])})
    for item in (appointments or {}).get("open", []):
        if item.appointment.link_expires_on:
            out.append({"what": _("Een moment kiezen voor een gesprek"), "day": item.appointment.link_expires_on,
                        "state": item.appointment.state_label, "url": item.booking_url})
    if find_spec("werkregie.compliance"):
        from werkregie.compliance.case_views import citizen_terms

        out += citizen_terms(principal.user.person_id, today)
    return sorted(out, key=lambda t: t["day"])


@require_POST
@roles(Role.CITIZEN)
def my_agreement_accept(request: HttpRequest, principal: Principal, agreement_id: int) -> HttpResponse:
    try:
        uc.accept(principal, agreement_id, posted_version(request))
        messages.success(request, _("U hebt de afspraken aanvaard. Ze staan nu bij uw lopende afspraken."))
    except DomainError as exc:
        _fail(request, exc)
    return redirect("my_appointments")


@require_POST
@roles(Role.CITIZEN)
def my_step_evidence(request: HttpRequest, principal: Principal, step_id: int) -> HttpResponse:
    form = EvidenceForm(request.POST, request.FILES, auto_id=f"%s-{step_id}")  # the ids of that step's own fields on the page
    form.is_valid()
    try:
        uc.submit_evidence(principal, step_id, upload=request.FILES.get("file"), note=request.POST.get("note", ""), expected_version=posted_version(request))
        messages.success(request, _("Uw bewijs is ingediend. Uw bemiddelaar bekijkt het."))
        return redirect("my_appointments")
    except StaleVersion as exc:
        _stale(request, exc)
        return redirect("my_appointments")
    except (Forbidden, NotFound) as exc:
        raise Http404(exc.detail) from None
    except DomainError as exc:
        apply_errors(form, exc)
    view = uc.my_agreements(principal)
    return render(request, "trajectories/mine.html", {"view": view, "evidence_form": form, "evidence_step": step_id,
                                                      "appointments": None, "latest_messages": None}, status=422)


# --------------------------------------------------------------------------- partner

@roles(*ALL_ROLES)
def partner_steps(request: HttpRequest, principal: Principal) -> HttpResponse:
    if principal.role != Role.PARTNER:
        return render(request, "web/forbidden.html", {"detail": _("Deze pagina is voor partners.")}, status=403)
    return render(request, "trajectories/partner.html", {"steps": uc.partner_steps_view(principal), "form": PartnerForm()})


def _partner_done(outcome: str) -> str:
    if outcome == "submit":
        return _("Uw verslag is bewaard en ter beoordeling aan VDAB bezorgd.")
    if outcome == "approve":
        return _("Uw verslag is bewaard en de stap staat op afgerond.")
    return _("Uw verslag is bewaard.")


@require_POST
@roles(Role.PARTNER)
def partner_step_update(request: HttpRequest, principal: Principal, step_id: int) -> HttpResponse:
    note, outcome = request.POST.get("note", ""), request.POST.get("outcome", "note")
    try:
        uc.partner_update(principal, step_id, posted_version(request), note=note, outcome=outcome)
    except StaleVersion as exc:
        _stale(request, exc)
    except (Forbidden, NotFound) as exc:
        raise Http404(exc.detail) from None
    except DomainError as exc:
        # Keep what the partner typed: show the page again with the text, the choice and an error summary.
        errors = [str(e.message) for e in exc.errors] or [str(exc.detail)]
        failed = {"step": step_id, "note": note, "outcome": outcome, "errors": errors,
                  "field": "pout" if any(e.field == "outcome" for e in exc.errors) else "pnote"}
        return render(request, "trajectories/partner.html", {"steps": uc.partner_steps_view(principal), "form": PartnerForm(), "failed": failed},
                      status=422)
    else:
        messages.success(request, _partner_done(outcome))
    return redirect("trajectory_partner_steps")


# --------------------------------------------------------------------------- evidence download

@roles(*ALL_ROLES)
def evidence_download(request: HttpRequest, principal: Principal, evidence_id: int) -> HttpResponse:
    try:
        stored = uc.evidence_file(principal, evidence_id)
    except (NotFound, Forbidden) as exc:
        raise Http404(exc.detail) from None
    return uploads.open_stored(stored)


def file_link(person_id: int) -> str:
    return reverse("trajectory_file", args=[person_id])
