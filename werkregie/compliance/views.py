"""Pages of compliance: the controller's case list and case file (every step of the procedure), the citizen's own
case (respond with evidence, appeal), the counsellor's view that a case exists, the report of a refused suitable job,
and the deviations report. Thin: the use cases check access, decide and log."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import DomainError, NotFound
from werkregie.formats.punctuation import colon, join_semicolons
from werkregie.web.helpers import apply_errors, page_number, roles
from werkregie.workflows.labels import log_reason

from . import forms as f
from . import perms, use_cases
from .enums import Decision
from .workflows import CASE

CONTROL = (Role.CONTROLLER, Role.ADMIN)
# the use cases' field names that differ from the forms'
ERROR_FIELDS = {"hearing_at": "hearing_at", "response": "response", "appeal": "text", "lodged_on": "lodged_on", "files": "file"}


def _forbidden(request: HttpRequest, exc: DomainError) -> HttpResponse:
    if isinstance(exc, NotFound):
        raise Http404(exc.detail)
    return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)


# ---------------------------------------------------------------------------------------------------------------- controller


@roles(*CONTROL)
def case_list(request: HttpRequest, principal: Principal) -> HttpResponse:
    form = f.FilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():  # an invalid filter is refused beside its field, never dropped (all cases)
        return render(request, "compliance/case_list.html", {"form": form, "page": None, "query": "", "states": CASE.states, "today": clock.today()},
                      status=400)
    data = form.cleaned_data if form.is_bound else {}
    try:
        page = use_cases.list_cases(principal, state=data.get("state", ""), infringement=data.get("infringement", ""),
                                    overdue=data.get("overdue", False), mine=data.get("mine", False), action=data.get("action", False),
                                    q=data.get("q", ""), page=page_number(request))
    except DomainError as exc:
        return _forbidden(request, exc)
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(request, "compliance/case_list.html", {"form": form, "page": page, "query": query.urlencode(), "states": CASE.states,
                                                        "today": clock.today()})


ACTION_FORMS = {
    "plan_hearing": f.HearingForm, "move_hearing": f.MoveHearingForm, "record_hearing": f.ReportForm, "decide": f.DecisionForm, "appeal": f.PaperAppealForm,
    "decide_appeal": f.AppealOutcomeForm, "drop": f.ReasonForm, "close": f.CloseForm,
}


def _initial_forms(file: use_cases.CaseFile) -> dict:
    case = file.case
    version = {"version": case.version}
    found = {}
    for action in file.actions:
        cls = ACTION_FORMS.get(action.name)
        if cls is None:
            continue
        if action.name == "record_hearing" and case.state == "hearing_planned" and case.hearing_at and clock.now() < case.hearing_at:
            found[action.name] = None  # the report of a hearing still to come: the page says from when (use_cases.record_hearing)
            continue
        initial = dict(version)
        if action.name == "move_hearing":
            initial.update(mode=case.hearing_mode, place=case.hearing_place)
        if action.name == "decide":
            initial.update(weeks=case.proposed_weeks or None, legal_ground=case.proposal.get("legal_ground", ""))
        found[action.name] = cls(initial=initial, prefix=action.name)
        if action.name == "decide" and case.proposed_decision:
            proposed = dict(Decision.choices).get(case.proposed_decision, case.proposed_decision)
            found[action.name].fields["decision"].help_text = _("Voorstel van de regel: %(decision)s") % {"decision": proposed}
    return found


FACT_LABELS = {
    "occurred_on": gettext_lazy("Datum van de feiten"), "summary": gettext_lazy("Wat er gebeurde"), "deliberate": gettext_lazy("Opzet vastgesteld"),
    # the source's ids are the machine's ("Afspraak: 24" said nothing to the reader: walk of issue 16); the source is named under "Bron"
    "kind": gettext_lazy("Soort"), "level": gettext_lazy("Niveau van het afsprakenblad"), "series": gettext_lazy("Reeks afsprakenbladen"),
    "title": gettext_lazy("Titel"), "accepted_at": gettext_lazy("Aanvaard op"), "accepted_how": gettext_lazy("Hoe aanvaard"),
    "missed_steps": gettext_lazy("Niet nagekomen stappen"), "chain": gettext_lazy("Eerdere afsprakenbladen in de escalatie"),
}
CRITERIA = {"occupation": gettext_lazy("Beroep en competenties"), "travel": gettext_lazy("Verplaatsing"), "hours": gettext_lazy("Arbeidsduur"),
            "wage": gettext_lazy("Loon"), "health": gettext_lazy("Gezondheid"), "legal": gettext_lazy("Wettelijke vereisten")}
OUTCOMES = {"met": gettext_lazy("voldaan"), "not_met": gettext_lazy("niet voldaan"), "check": gettext_lazy("na te gaan"),
            "suitable": gettext_lazy("passend"), "not_suitable": gettext_lazy("niet passend"), "to_check": gettext_lazy("na te gaan")}


def _choice_label(key: str, value: str) -> str:
    """The label of a code the source domain wrote into the facts (the agreement's level, how it was accepted)."""
    from importlib.util import find_spec

    if key == "kind" and find_spec("werkregie.appointments.enums"):  # an appointment's kind: "Screeningsgesprek", not "screening"
        from werkregie.appointments.enums import AppointmentKind

        return str(dict(AppointmentKind.choices).get(value, value))
    if key in ("level", "accepted_how") and find_spec("werkregie.trajectories.enums"):
        from werkregie.trajectories.enums import AcceptedHow, AgreementLevel

        choices = dict((AgreementLevel if key == "level" else AcceptedHow).choices)
        return str(choices.get(value, value))
    return value


def _fact_value(key: str, value):  # noqa: ANN001, ANN202
    """A fact as a reader sees it: dates as DD/MM/YYYY, yes/no, lists as text, codes as labels — never a raw structure."""
    import datetime as dt

    from django.utils import timezone

    if value is None or value == "" or value == []:
        return None
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, str) and key.endswith("_on"):
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if isinstance(value, str) and key.endswith("_at"):
        try:
            return timezone.localtime(dt.datetime.fromisoformat(value)).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return value
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict):
                due = _fact_value("due_on", item.get("due_on"))
                title = item.get("title") or item.get("kind") or ""
                parts.append(_("%(title)s (uiterlijk %(due)s)") % {"title": title, "due": due} if due else str(title))
            else:
                parts.append(f"#{item}")
        return join_semicolons(parts)
    if isinstance(value, dict):
        return join_semicolons(f"{k}{colon()} {v}" for k, v in value.items())
    if isinstance(value, str):
        return _choice_label(key, value)
    return value


def _facts(case) -> list[tuple]:  # noqa: ANN001
    rows = []
    for key, value in case.facts.items():
        shown = _fact_value(key, value)
        if shown is not None and key in FACT_LABELS:  # a fact without a label is internal (ids for the machine)
            rows.append((FACT_LABELS[key], shown))
    return rows


def _belgian_day(value: str) -> str:
    """An ISO day stored in the suitability check, as the platform writes dates (DD/MM/YYYY; walk of stop 29)."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(value or "")


def _suitability(case) -> dict | None:  # noqa: ANN001
    check = case.suitability
    if not check:
        return None
    return {"verdict": OUTCOMES.get(check.get("verdict"), check.get("verdict")), "on": _belgian_day(check.get("on", "")),
            "extracted_left_out": check.get("extracted_left_out", 0),
            "criteria": [(CRITERIA.get(c.get("name"), c.get("name")), OUTCOMES.get(c.get("outcome"), c.get("outcome")), c.get("reason", ""))
                         for c in check.get("criteria", [])]}


def _history_rows(logs: list) -> list[dict]:
    """Transition log rows with the labels of their workflow's table (any workflow: the case's and its source's)."""
    return [{"at": h.at, "label": h.transition_label, "workflow": h.workflow_label, "from_state": h.from_label, "to_state": h.to_label,
             # the role too: log_actor shows it in the reader's language (walk of stop 29: Dutch on an English page)
             "actor_label": h.actor_label, "actor_role": h.actor_role, "reason": log_reason(h), "deadline": h.deadline} for h in logs]


def _file_page(request: HttpRequest, principal: Principal, case_id: int, bound: dict | None = None, status: int = 200) -> HttpResponse:
    try:
        file = use_cases.case_file(principal, case_id)
    except DomainError as exc:
        return _forbidden(request, exc)
    action_forms = _initial_forms(file)
    action_forms.update(bound or {})
    labels = {a.name: str(a.label) for a in file.actions}  # lazy labels: in the reader's language
    evidence_form = (bound or {}).get("evidence") or f.EvidenceForm(prefix="evidence")
    return render(request, "compliance/case_detail.html", {
        "file": file, "case": file.case, "p": file.person, "facts": _facts(file.case), "suitability": _suitability(file.case),
        "history": _history_rows(file.history), "source_history": _history_rows(file.source_history), "related_history": _history_rows(file.related_history), "action_forms": [(name, labels.get(name, name), form) for name, form in action_forms.items()
                                                                              if name in labels],
        "evidence_form": evidence_form if file.case.state in use_cases.EVIDENCE_STATES and perms.can_act(principal) else None,
        "proposal_text": use_cases.proposal_text(file.case.proposed_decision, file.case.proposed_weeks) if file.case.proposed_decision else "",
        "decision_text": use_cases.proposal_text(file.case.decision, file.case.decision_weeks) if file.case.decision else "",
        "in_force_text": use_cases.in_force_text(file.case), "appeal_result": use_cases.appeal_result_text(file.case) if file.case.appeal_outcome else "",
    }, status=status)


@roles(*CONTROL)
def case_detail(request: HttpRequest, principal: Principal, pk: int) -> HttpResponse:
    return _file_page(request, principal, pk)


def _run(action: str, principal: Principal, pk: int, data: dict):  # noqa: ANN202
    v = data.get("version")
    if action == "plan_hearing":
        return use_cases.plan_hearing(principal, pk, hearing_at=data["hearing_at"], mode=data["mode"], place=data.get("place", ""), version=v)
    if action == "move_hearing":
        return use_cases.move_hearing(principal, pk, hearing_at=data["hearing_at"], mode=data["mode"], place=data.get("place", ""),
                                      reason=data["reason"], version=v)
    if action == "record_hearing":
        return use_cases.record_hearing(principal, pk, report=data["report"], version=v)
    if action == "decide":
        return use_cases.decide(principal, pk, decision=data["decision"], weeks=data.get("weeks") or 0, motivation=data["motivation"],
                                legal_ground=data.get("legal_ground", ""), deviation_reason=data.get("deviation_reason", ""),
                                deliberate=data.get("deliberate", False), sanction_start=data.get("sanction_start"), version=v)
    if action == "appeal":
        return use_cases.appeal(principal, pk, text=data["text"], lodged_on=data.get("lodged_on"), version=v)
    if action == "decide_appeal":
        return use_cases.decide_appeal(principal, pk, outcome=data["outcome"], reason=data["reason"], decision=data.get("decision") or "",
                                       weeks=data.get("weeks") or 0, sanction_start=data.get("sanction_start"), version=v)
    if action == "drop":
        return use_cases.drop(principal, pk, reason=data["reason"], version=v)
    if action == "close":
        return use_cases.close(principal, pk, version=v)
    raise Http404()


DONE = {
    "plan_hearing": gettext_lazy("Het verhoor is gepland en de uitnodiging is verstuurd."),
    "move_hearing": gettext_lazy("Het verhoor is verplaatst en de nieuwe uitnodiging is verstuurd."), "record_hearing": gettext_lazy("Het verhoor is geregistreerd."),
    "decide": gettext_lazy("De beslissing is bewaard en de kennisgeving is verstuurd."), "appeal": gettext_lazy("Het beroep is geregistreerd."),
    "decide_appeal": gettext_lazy("De uitkomst van het beroep is bewaard."), "drop": gettext_lazy("Het dossier is zonder gevolg afgesloten."),
    "close": gettext_lazy("Het dossier is afgesloten."),
}


@require_POST
@roles(Role.CONTROLLER)  # the admin reads cases but takes no step (compliance.perms.can_act)
def case_action(request: HttpRequest, principal: Principal, pk: int, action: str) -> HttpResponse:
    cls = ACTION_FORMS.get(action)
    if cls is None:
        raise Http404()
    form = cls(request.POST, prefix=action)
    if form.is_valid():
        try:
            _run(action, principal, pk, form.cleaned_data)
        except NotFound as exc:
            raise Http404(exc.detail) from None
        except DomainError as exc:
            apply_errors(form, exc, aliases=ERROR_FIELDS)
        else:
            messages.success(request, str(DONE[action]))
            return redirect("compliance_case", pk=pk)
    return _file_page(request, principal, pk, {action: form}, status=400)


@require_POST
@roles(Role.CONTROLLER)
def case_evidence(request: HttpRequest, principal: Principal, pk: int) -> HttpResponse:
    form = f.EvidenceForm(request.POST, request.FILES, prefix="evidence")
    if form.is_valid():
        try:
            use_cases.add_evidence(principal, pk, [form.cleaned_data["file"]], form.cleaned_data.get("description", ""))
        except NotFound as exc:
            raise Http404(exc.detail) from None
        except DomainError as exc:
            apply_errors(form, exc, aliases=ERROR_FIELDS)
        else:
            messages.success(request, _("Het bewijsstuk is toegevoegd."))
            return redirect("compliance_case", pk=pk)
    return _file_page(request, principal, pk, {"evidence": form}, status=400)


@roles(Role.CONTROLLER, Role.ADMIN, Role.CITIZEN)
def evidence_download(request: HttpRequest, principal: Principal, pk: int, evidence_id: int) -> HttpResponse:
    from werkregie.core import uploads

    try:
        stored = use_cases.evidence_file(principal, pk, evidence_id)
    except DomainError as exc:
        return _forbidden(request, exc)
    return uploads.open_stored(stored)


@roles(Role.CONTROLLER, Role.ADMIN)
def message_evidence(request: HttpRequest, principal: Principal, pk: int, message_id: int) -> HttpResponse:
    try:
        msg, pdf = use_cases.message_evidence(principal, pk, message_id)
    except DomainError as exc:
        return _forbidden(request, exc)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="bewijs-bericht-{msg.pk}.pdf"'
    return response


@roles(Role.CONTROLLER, Role.ANALYST, Role.ADMIN)
def deviations(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        report = use_cases.deviations_report(principal)
    except DomainError as exc:
        return _forbidden(request, exc)
    group_labels = {"sex": _("Geslacht"), "age_band": _("Leeftijdsgroep"), "origin": _("Herkomst (nationaliteit)")}
    groups = [(group_labels.get(k, k), v) for k, v in report["groups"].items()]
    from .enums import Infringement

    infringements = [(Infringement(k).label, v) for k, v in report["infringements"].items()]
    return render(request, "compliance/deviations.html", {"report": report, "groups": groups, "infringements": infringements})


@roles(Role.COUNSELLOR, Role.CONTROLLER, Role.ADMIN)
def person_cases(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    try:
        rows = use_cases.cases_of_person(principal, person_id)
    except DomainError as exc:
        return _forbidden(request, exc)
    return render(request, "compliance/person_cases.html", {"rows": rows, "person_id": person_id, "controls": principal.role in CONTROL})


@roles(Role.COUNSELLOR, Role.CONTROLLER)  # not the admin: a report opens a sanction case
def refusal(request: HttpRequest, principal: Principal) -> HttpResponse:
    initial = {"person_id": request.GET.get("persoon"), "vacancy_id": request.GET.get("vacature")}
    form = f.RefusalForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                case = use_cases.open_refusal_case(principal, data["person_id"], data["vacancy_id"], refused_on=data["refused_on"],
                                                   summary=data.get("summary", ""))
            except DomainError as exc:
                apply_errors(form, exc, aliases=ERROR_FIELDS)
                if exc.errors and exc.detail:
                    form.add_error(None, exc.detail)
            else:
                if getattr(case, "already_reported", False):
                    messages.info(request, _("Deze weigering was al gemeld: dossier %(id)s bestaat al, met als datum %(day)s. Er is niets nieuws geopend.")
                                  % {"id": case.pk, "day": case.occurred_on.strftime("%d/%m/%Y")})
                else:
                    messages.success(request, _("De weigering is gemeld: dossier %(id)s is geopend voor de controledienst.") % {"id": case.pk})
                if principal.role in CONTROL:
                    return redirect("compliance_case", pk=case.pk)
                return redirect("compliance_person_cases", person_id=case.person_id)
    return render(request, "compliance/refusal.html", {"form": form}, status=status)


# ---------------------------------------------------------------------------------------------------------------- citizen


@roles(Role.CITIZEN)
def my_cases(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        cases = use_cases.my_cases(principal)
    except NotFound:
        cases = []
    return render(request, "compliance/my_cases.html", {"cases": cases})


def _my_page(request: HttpRequest, principal: Principal, pk: int, bound: dict | None = None, status: int = 200) -> HttpResponse:
    try:
        own = use_cases.my_case(principal, pk)
    except DomainError as exc:
        return _forbidden(request, exc)
    case = own.case
    names = {a.name for a in own.actions}
    bound = bound or {}
    # a form the page does not show in this state (a crafted appeal before the decision, a response without a hearing):
    # its refusal is said at the top, never a bare 400 (attack of stop 29)
    shown = {"appeal": bool(case.decision), "respond": bool(case.hearing_at), "evidence": True}
    refused = [str(e) for name, form in bound.items() if not shown.get(name, True) for errs in form.errors.values() for e in errs]
    return render(request, "compliance/my_case.html", {
        "own": own, "case": case, "refused": refused,
        "response_form": bound.get("respond") or (f.ResponseForm(initial={"version": case.version}, prefix="respond") if "respond" in names else None),
        "evidence_form": bound.get("evidence") or (f.EvidenceForm(prefix="evidence") if case.state in use_cases.EVIDENCE_STATES else None),
        "appeal_form": bound.get("appeal") or (f.CitizenAppealForm(initial={"version": case.version}, prefix="appeal") if "appeal" in names else None),
        "decision_text": use_cases.proposal_text(case.decision, case.decision_weeks) if case.decision else "",
        "in_force_text": use_cases.in_force_text(case), "appeal_result": use_cases.appeal_result_text(case) if case.appeal_outcome else "",
    }, status=status)


@roles(Role.CITIZEN)
def my_case(request: HttpRequest, principal: Principal, pk: int) -> HttpResponse:
    return _my_page(request, principal, pk)


@require_POST
@roles(Role.CITIZEN)
def my_case_action(request: HttpRequest, principal: Principal, pk: int, action: str) -> HttpResponse:
    forms_by_action = {"respond": f.ResponseForm, "evidence": f.EvidenceForm, "appeal": f.CitizenAppealForm}
    cls = forms_by_action.get(action)
    if cls is None:
        raise Http404()
    form = cls(request.POST, request.FILES, prefix=action)
    if form.is_valid():
        data = form.cleaned_data
        try:
            if action == "respond":
                use_cases.respond(principal, pk, text=data["response"], files=[data["file"]] if data.get("file") else [], version=data["version"],
                                  waive_hearing=bool(data.get("waive_hearing")))
                done = _("Uw uitleg is verstuurd naar de controledienst.")
            elif action == "evidence":
                use_cases.add_evidence(principal, pk, [data["file"]], data.get("description", ""))
                done = _("Het bewijsstuk is toegevoegd.")
            else:
                use_cases.appeal(principal, pk, text=data["text"], version=data["version"])
                done = _("Uw beroep is geregistreerd. U krijgt een ontvangstbevestiging.")
        except NotFound as exc:
            raise Http404(exc.detail) from None
        except DomainError as exc:
            apply_errors(form, exc, aliases=ERROR_FIELDS)
        else:
            messages.success(request, done)
            return redirect(reverse("compliance_my_case", args=[pk]))
    return _my_page(request, principal, pk, {action: form}, status=400)
