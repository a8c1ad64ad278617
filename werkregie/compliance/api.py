"""/api/v1/compliance: the control service's cases (list, file, every step of the procedure, evidence), the refusal
of a suitable job, the citizen's own cases (respond with evidence, appeal), the counsellor's view that a case exists,
the rule table and the deviations report. Thin: the use cases check access, decide and log."""

from __future__ import annotations

import datetime

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import Field

from werkregie.api.preconditions import required_version, tagged
from werkregie.api.problems import name_fields
from werkregie.core import clock
from werkregie.core.errors import NotFound
from werkregie.workflows.labels import log_reason

from . import rules, use_cases
from .enums import Infringement
from .models import Case

router = Router(tags=["compliance"])


class CaseOut(Schema):
    id: int
    person_id: int
    person_name: str
    infringement: str
    infringement_label: str
    occurred_on: datetime.date
    state: str
    state_label: str
    version: int
    deadline: datetime.date | None
    overdue: bool
    controller: str | None


class TransitionOut(Schema):
    at: datetime.datetime
    workflow: str
    transition: str
    from_state: str
    to_state: str
    actor: str
    actor_role: str
    reason: str
    deadline: datetime.date | None


class CaseMessageOut(Schema):
    id: int
    template: str
    subject: str
    channel: str
    legal: bool
    state: str
    created_at: datetime.datetime
    delivered_at: datetime.datetime | None
    deemed_notified_on: datetime.date | None
    sha256: str


class EvidenceOut(Schema):
    id: int
    name: str
    content_type: str
    size: int
    sha256: str
    description: str
    uploaded_at: datetime.datetime


class StatusOut(Schema):
    kind: str
    start: datetime.date
    end: datetime.date | None


class SanctionDecisionOut(Schema):
    decision: str
    weeks: int
    legal_ground: str
    motivation: str
    deviates: bool
    deviation_reason: str
    decided_at: datetime.datetime | None
    sanction_start: datetime.date | None = Field(None, description="First day of the sanction: known once the decision is deemed notified")
    sanction_start_requested: datetime.date | None = Field(None, description="A later first day the controller chose (never before the notification)")
    notified_on: datetime.date | None
    in_force: bool = Field(True, description="false once the appeal changed or annulled this decision (see sanction_in_force)")


class SanctionInForceOut(Schema):
    decision: str = Field(description="the decision that stands: changed on appeal, the new one")
    weeks: int
    sanction_start: datetime.date | None
    changed_on_appeal: bool


class CaseFileOut(CaseOut):
    facts: dict
    source: list
    suitability: dict | None
    hearing_at: datetime.datetime | None
    hearing_mode: str
    hearing_place: str
    hearing_notified_on: datetime.date | None
    response: str
    responded_at: datetime.datetime | None
    hearing_report: str
    proposal: dict = Field(description="the rule table's proposal: decision, weeks, earlier infringements, legal range, ground, sources, uncertainty")
    decision: SanctionDecisionOut | None
    appeal_lodged_on: datetime.date | None
    appeal_text: str
    appeal_outcome: str
    sanction_in_force: SanctionInForceOut | None = Field(description="the decision in force; null when none stands (none decided, or annulled on appeal)")
    sanction_void: bool = Field(description="the decision was annulled on appeal")
    statuses: list[StatusOut]
    history: list[TransitionOut]
    source_history: list[TransitionOut]
    messages: list[CaseMessageOut]
    source_messages: list[CaseMessageOut]
    evidence: list[EvidenceOut]
    earlier_cases: list[CaseOut]
    actions: list[str]


class OwnCaseOut(CaseOut):
    summary: str
    hearing_at: datetime.datetime | None
    hearing_mode: str
    hearing_place: str
    response: str
    decision: SanctionDecisionOut | None
    appeal_lodged_on: datetime.date | None
    appeal_outcome: str
    sanction_in_force: SanctionInForceOut | None
    sanction_void: bool
    messages: list[CaseMessageOut]
    evidence: list[EvidenceOut]
    actions: list[str]


class SummaryOut(Schema):
    id: int
    person_id: int
    infringement: str
    infringement_label: str
    state: str
    state_label: str
    opened_on: datetime.date
    occurred_on: datetime.date
    open: bool


class PageOut(Schema):
    items: list[CaseOut]
    count: int
    page: int
    page_size: int
    pages: int


class Filters(Schema):
    state: str = ""
    infringement: str = ""
    overdue: bool = False
    mine: bool = False
    action: bool = Field(False, description="only the steps where the control service must act")
    closed: bool = Field(False, description="include closed cases")
    q: str = Field("", max_length=100)
    page: int = Field(1, ge=1)
    page_size: int = Field(25, ge=1, le=100)


class Versioned(Schema):
    version: int | None = Field(None, description="the version you edited (or If-Match; 428 without); a stale one gets 409 with the current version")


class OpenIn(Schema):
    person_id: int
    infringement: str = Field(description=", ".join(v for v in Infringement.values if v != "refused_suitable_job"))
    occurred_on: datetime.date
    summary: str = Field("", max_length=2000)
    source_workflow: str = Field(max_length=40, description="where the infringement comes from (e.g. appointment, agreement, application)")
    source_id: int


class HearingIn(Versioned):
    hearing_at: datetime.datetime
    mode: str = Field(description="in_person | phone | video | written")
    place: str = Field("", max_length=200)


class ReportIn(Versioned):
    report: str = Field(max_length=10000)


class SanctionDecisionIn(Versioned):
    decision: str = Field(description="none | warning | suspension | exclusion | indefinite")
    weeks: int = Field(0, ge=0, le=520)
    motivation: str = Field(max_length=10000)
    legal_ground: str = Field("", max_length=2000, description="empty: the rule's legal ground")
    deviation_reason: str = Field("", max_length=5000, description="required (10+ characters) when the decision differs from the proposal")
    deliberate: bool = False
    sanction_start: datetime.date | None = None


class AppealIn(Versioned):
    text: str = Field(max_length=10000)
    lodged_on: datetime.date | None = Field(None, description="controller only: the day a paper appeal was lodged")


class AppealOutcomeIn(Versioned):
    outcome: str = Field(description="upheld | changed | annulled | withdrawn")
    reason: str = Field(max_length=5000)
    decision: str = Field("", max_length=12, description="changed only (required): the new decision, within the rule's legal range")
    weeks: int | None = Field(None, description="changed only: weeks of a new suspension or exclusion")
    sanction_start: datetime.date | None = Field(None, description="changed only: a later first day of the new sanction")


class CaseReasonIn(Versioned):
    reason: str = Field(max_length=5000)


class RefusalIn(Schema):
    person_id: int
    vacancy_id: int
    refused_on: datetime.date | None = None
    summary: str = Field("", max_length=2000)
    deliberate: bool = False


def _message(m) -> dict:  # noqa: ANN001
    return {"id": m.pk, "template": m.template_key, "subject": m.subject, "channel": m.channel, "legal": m.legal, "state": m.state,
            "created_at": m.created_at, "delivered_at": m.delivered_at, "deemed_notified_on": m.deemed_notified_on, "sha256": m.sha256}


def _evidence(e) -> dict:  # noqa: ANN001
    return {"id": e.pk, "name": e.name, "content_type": e.content_type, "size": e.size, "sha256": e.sha256, "description": e.description,
            "uploaded_at": e.uploaded_at}


def _transition(h) -> dict:  # noqa: ANN001
    return {"at": h.at, "workflow": h.workflow, "transition": h.transition, "from_state": h.from_state, "to_state": h.to_state, "actor": h.actor_label,
            "actor_role": h.actor_role, "reason": log_reason(h), "deadline": h.deadline}


def case_out(c: Case) -> dict:
    return {"id": c.pk, "person_id": c.person_id, "person_name": f"{c.person.first_name} {c.person.last_name}", "infringement": c.infringement,
            "infringement_label": c.get_infringement_display(), "occurred_on": c.occurred_on, "state": c.state, "state_label": c.state_label,
            "version": c.version, "deadline": c.deadline, "overdue": c.overdue(clock.today()),
            # the controller's name as people read it (a login name is an account detail, not for the citizen)
            "controller": (c.controller.get_full_name() or str(_("Controledienst"))) if c.controller_id else None}


def _decision(c: Case) -> dict | None:
    if not c.decision:
        return None
    return {"decision": c.decision, "weeks": c.decision_weeks, "legal_ground": c.legal_ground, "motivation": c.motivation, "deviates": c.deviates,
            "deviation_reason": c.deviation_reason, "decided_at": c.decided_at, "sanction_start": c.sanction_start,
            "sanction_start_requested": c.sanction_start_requested, "notified_on": c.decision_notified_on,
            "in_force": not (c.sanction_void or c.changed_on_appeal)}


def _in_force(c: Case) -> dict:
    """The sanction in force (changed on appeal: the new decision; annulled: none) and whether it was annulled."""
    code = c.decision_in_force
    found = {"decision": code, "weeks": c.weeks_in_force, "sanction_start": c.sanction_start_in_force, "changed_on_appeal": c.changed_on_appeal}
    return {"sanction_in_force": found if code else None, "sanction_void": c.sanction_void}


def file_out(file: use_cases.CaseFile) -> dict:
    c = file.case
    return {**case_out(c), "facts": c.facts, "source": [c.source_workflow, c.source_id], "suitability": c.suitability, "hearing_at": c.hearing_at,
            "hearing_mode": c.hearing_mode, "hearing_place": c.hearing_place, "hearing_notified_on": c.hearing_notified_on, "response": c.response,
            "responded_at": c.responded_at, "hearing_report": c.hearing_report, "proposal": c.proposal, "decision": _decision(c),
            "appeal_lodged_on": c.appeal_lodged_on, "appeal_text": c.appeal_text, "appeal_outcome": c.appeal_outcome, **_in_force(c),
            "statuses": [{"kind": s.kind, "start": s.start, "end": s.end} for s in file.statuses],
            "history": [_transition(h) for h in file.history], "source_history": [_transition(h) for h in file.source_history],
            "messages": [_message(m) for m in file.messages], "source_messages": [_message(m) for m in file.source_messages],
            "evidence": [_evidence(e) for e in file.evidence], "earlier_cases": [case_out(e) for e in file.earlier_cases],
            "actions": [a.name for a in file.actions]}


def own_out(own: use_cases.OwnCase) -> dict:
    c = own.case
    return {**case_out(c), "summary": str(c.facts.get("summary", "")), "hearing_at": c.hearing_at, "hearing_mode": c.hearing_mode,
            "hearing_place": c.hearing_place, "response": c.response, "decision": _decision(c), "appeal_lodged_on": c.appeal_lodged_on,
            "appeal_outcome": c.appeal_outcome, **_in_force(c), "messages": [_message(m) for m in own.messages], "evidence": [_evidence(e) for e in own.evidence],
            "actions": [a.name for a in own.actions]}


def _file(request: HttpRequest, case_id: int) -> dict:
    return file_out(use_cases.case_file(request.auth, case_id))


# ---------------------------------------------------------------------------------------------------------------- control service


@router.get("/cases", response=PageOut, summary="The control service's cases, by what needs action first (each person listed is logged)")
def list_cases(request: HttpRequest, filters: Query[Filters]) -> dict:
    page = use_cases.list_cases(request.auth, **filters.dict())
    return {"items": [case_out(c) for c in page.items], "count": page.count, "page": page.page, "page_size": page.page_size, "pages": page.pages}


@router.post("/cases", response={201: CaseFileOut}, summary="Open a case (a transfer received outside the platform); idempotent by source")
def open_case(request: HttpRequest, payload: OpenIn) -> Status:
    case = use_cases.open_manual_case(request.auth, payload.person_id, payload.infringement,
                                      facts={"occurred_on": payload.occurred_on.isoformat(), "summary": payload.summary},
                                      source=(payload.source_workflow, payload.source_id))
    return Status(201, _file(request, case.pk))


@router.get("/cases/{case_id}", response=CaseFileOut, summary="The whole case file (logged, purpose availability control)")
def case_file(request: HttpRequest, case_id: int, response: HttpResponse) -> dict:
    return tagged(response, _file(request, case_id))


@router.post("/cases/{case_id}/hearing", response=CaseFileOut, summary="Plan the hearing and send the invitation (legal message)")
def plan_hearing(request: HttpRequest, case_id: int, payload: HearingIn) -> dict:
    use_cases.plan_hearing(request.auth, case_id, hearing_at=payload.hearing_at, mode=payload.mode, place=payload.place, version=required_version(request, payload.version))
    return _file(request, case_id)


class MoveHearingIn(HearingIn):
    reason: str = Field(max_length=500, description="why the hearing moves: the person reads it in the new invitation")


@router.post("/cases/{case_id}/hearing/move", response=CaseFileOut, summary="Move the planned hearing: a new invitation (legal message) replaces the first")
def move_hearing(request: HttpRequest, case_id: int, payload: MoveHearingIn) -> dict:
    use_cases.move_hearing(request.auth, case_id, hearing_at=payload.hearing_at, mode=payload.mode, place=payload.place, reason=payload.reason,
                           version=required_version(request, payload.version))
    return _file(request, case_id)


@router.post("/cases/{case_id}/hearing-report", response=CaseFileOut, summary="Record the hearing (or the written defence received)")
def record_hearing(request: HttpRequest, case_id: int, payload: ReportIn) -> dict:
    use_cases.record_hearing(request.auth, case_id, report=payload.report, version=required_version(request, payload.version))
    return _file(request, case_id)


@router.post("/cases/{case_id}/decision", response=CaseFileOut, summary="Decide within the legal range and notify (a deviation needs a reason)")
def decide(request: HttpRequest, case_id: int, payload: SanctionDecisionIn) -> dict:
    use_cases.decide(request.auth, case_id, decision=payload.decision, weeks=payload.weeks, motivation=payload.motivation,
                     legal_ground=payload.legal_ground, deviation_reason=payload.deviation_reason, deliberate=payload.deliberate,
                     sanction_start=payload.sanction_start, version=required_version(request, payload.version))
    return _file(request, case_id)


@router.post("/cases/{case_id}/appeal", response=CaseFileOut, summary="Record an appeal received on paper")
def paper_appeal(request: HttpRequest, case_id: int, payload: AppealIn) -> dict:
    name_fields(request, appeal="text")
    use_cases.appeal(request.auth, case_id, text=payload.text, lodged_on=payload.lodged_on, version=required_version(request, payload.version))
    return _file(request, case_id)


@router.post("/cases/{case_id}/appeal-outcome", response=CaseFileOut, summary="Record the outcome of the appeal (closes the case)")
def appeal_outcome(request: HttpRequest, case_id: int, payload: AppealOutcomeIn) -> dict:
    use_cases.decide_appeal(request.auth, case_id, outcome=payload.outcome, reason=payload.reason, decision=payload.decision, weeks=payload.weeks,
                            sanction_start=payload.sanction_start, version=required_version(request, payload.version))
    return _file(request, case_id)


@router.post("/cases/{case_id}/drop", response=CaseFileOut, summary="Close without follow-up (with a reason)")
def drop(request: HttpRequest, case_id: int, payload: CaseReasonIn) -> dict:
    use_cases.drop(request.auth, case_id, reason=payload.reason, version=required_version(request, payload.version))
    return _file(request, case_id)


@router.post("/cases/{case_id}/close", response=CaseFileOut, summary="Close a notified case once the appeal term is over")
def close(request: HttpRequest, case_id: int, payload: Versioned) -> dict:
    use_cases.close(request.auth, case_id, version=required_version(request, payload.version))
    return _file(request, case_id)


@router.post("/cases/{case_id}/evidence", response={201: list[EvidenceOut]}, summary="Add evidence (PDF, JPEG or PNG, at most 10 MB)")
def add_evidence(request: HttpRequest, case_id: int, file: File[UploadedFile], description: Form[str] = "") -> Status:
    return Status(201, [_evidence(e) for e in use_cases.add_evidence(request.auth, case_id, [file], description)])


@router.get("/cases/{case_id}/evidence/{evidence_id}", summary="Download a piece of evidence (the case's controller or the person)")
def evidence(request: HttpRequest, case_id: int, evidence_id: int) -> HttpResponse:
    from werkregie.core import uploads

    return uploads.open_stored(use_cases.evidence_file(request.auth, case_id, evidence_id))


@router.get("/cases/{case_id}/messages/{message_id}/evidence", summary="The sealed evidence PDF of a letter of the case or of its source (the case's controller)")
def message_evidence(request: HttpRequest, case_id: int, message_id: int) -> HttpResponse:
    msg, pdf = use_cases.message_evidence(request.auth, case_id, message_id)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="bewijs-bericht-{msg.pk}.pdf"'
    return response


@router.post("/refusals", response={201: CaseFileOut | SummaryOut, 200: CaseFileOut | SummaryOut},
             summary="Report a refused job: a case only when it was suitable on confirmed competences (200: already reported on that date; "
                     "another date for the same vacancy: 422)")
def refusal(request: HttpRequest, payload: RefusalIn) -> Status:
    case = use_cases.open_refusal_case(request.auth, payload.person_id, payload.vacancy_id, refused_on=payload.refused_on, summary=payload.summary,
                                       deliberate=payload.deliberate)
    code = 200 if getattr(case, "already_reported", False) else 201
    if use_cases.perms.can_handle(request.auth, case):
        return Status(code, _file(request, case.pk))
    [summary] = [s for s in use_cases.cases_of_person(request.auth, case.person_id) if s.id == case.pk]
    return Status(code, summary.__dict__)


@router.get("/persons/{person_id}/cases", response=list[SummaryOut], summary="That a person has cases and their step, without contents (counsellor)")
def person_cases(request: HttpRequest, person_id: int) -> list:
    return [s.__dict__ for s in use_cases.cases_of_person(request.auth, person_id)]


@router.get("/deviations", summary="Decisions that differ from the proposal: total and per controller in full; per infringement and group (citizens) counts under 10 suppressed")
def deviations(request: HttpRequest) -> dict:
    return use_cases.deviations_report(request.auth)


@router.get("/rules", summary="The uniform decision rule table in force on a day (no personal data)")
def rule_table(request: HttpRequest, on: datetime.date | None = None) -> dict:
    return rules.table(on or clock.today())


# ---------------------------------------------------------------------------------------------------------------- citizen


def _mine(request: HttpRequest, case_id: int) -> None:
    case = Case.objects.filter(pk=case_id).first()
    if case is None or not use_cases.perms.is_own(request.auth, case):
        raise NotFound(_(use_cases.NOT_FOUND))


@router.get("/me/cases", response=list[CaseOut], summary="My own cases")
def my_cases(request: HttpRequest) -> list:
    return [case_out(c) for c in use_cases.my_cases(request.auth)]


@router.get("/me/cases/{case_id}", response=OwnCaseOut, summary="One of my cases: invitation, my response and evidence, decision, appeal")
def my_case(request: HttpRequest, case_id: int, response: HttpResponse) -> dict:
    return tagged(response, own_out(use_cases.my_case(request.auth, case_id)))


@router.post("/me/cases/{case_id}/response", response=OwnCaseOut, summary="My written defence, with evidence files, within the term")
def respond(request: HttpRequest, case_id: int, text: Form[str], version: Form[int | None] = None, waive_hearing: Form[bool] = False,
            files: File[list[UploadedFile]] = None) -> dict:  # noqa: B008
    name_fields(request, response="text")
    use_cases.respond(request.auth, case_id, text=text, files=list(files or []), version=required_version(request, version), waive_hearing=waive_hearing)
    return own_out(use_cases.my_case(request.auth, case_id))


@router.post("/me/cases/{case_id}/evidence", response={201: list[EvidenceOut]}, summary="Add evidence to my case before the decision")
def my_evidence(request: HttpRequest, case_id: int, file: File[UploadedFile], description: Form[str] = "") -> Status:
    _mine(request, case_id)
    return Status(201, [_evidence(e) for e in use_cases.add_evidence(request.auth, case_id, [file], description)])


@router.post("/me/cases/{case_id}/appeal", response=OwnCaseOut, summary="Lodge an appeal against the decision")
def my_appeal(request: HttpRequest, case_id: int, payload: AppealIn) -> dict:
    version = required_version(request, payload.version)
    _mine(request, case_id)
    name_fields(request, appeal="text")
    use_cases.appeal(request.auth, case_id, text=payload.text, version=version)
    return own_out(use_cases.my_case(request.auth, case_id))
