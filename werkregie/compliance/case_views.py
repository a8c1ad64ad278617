"""The case list and the case file for the controller, the citizen's own cases, and a case's evidence files. Every
read of personal data is logged here once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q
from django.db.models.functions import Coalesce, TruncDate
from django.urls import reverse
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, NotFound
from werkregie.core.text import search_key, search_text_problem
from werkregie.people.models import Person, StatusEpisode
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import term
from werkregie.workflows.models import TransitionLog

from . import perms, rules
from .common import RELATED, _case, _fail, _handled, _not_found, _own
from .enums import Infringement
from .models import Case, Evidence
from .workflows import APPEAL_TERM, CASE, CONTROLLER_ACTION, HEARING_TERM, OPEN_STATES, PLANNING_TERM, TERM_STATES

# ---------------------------------------------------------------------------------------------------------------- lists


@dataclass
class Page:
    items: list
    count: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.count // self.page_size))


def list_cases(principal: Principal, *, state: str = "", infringement: str = "", overdue: bool = False, mine: bool = False,
               action: bool = False, closed: bool = False, q: str = "", page: int = 1, page_size: int = 25) -> Page:
    """The controller's cases, ordered by what needs action (the running deadline first). Logged per person listed."""
    if not perms.can_control(principal):
        raise Forbidden(_("Enkel de controledienst ziet de controledossiers."))
    errors: list[FieldError] = []
    if state and state not in CASE.states:
        errors.append(FieldError("state", _("Onbekende toestand.")))
    if infringement and infringement not in Infringement.values:
        errors.append(FieldError("infringement", _("Onbekende inbreuk.")))
    if not 1 <= page_size <= 100:
        errors.append(FieldError("page_size", _("Tussen 1 en 100.")))
    if problem := search_text_problem(q or ""):  # else dropped into "no search": every case (re-attack of stop 31)
        errors.append(FieldError("q", problem))
    _fail(errors)
    qs = perms.controllable_cases(principal).select_related("person", "controller")
    if state:
        qs = qs.filter(state=state)
    elif not closed:
        qs = qs.filter(state__in=OPEN_STATES)
    if infringement:
        qs = qs.filter(infringement=infringement)
    if overdue:  # a running term that is over, or a response term over with the decision still to make
        qs = qs.filter(deadline__lt=clock.today(), state__in=TERM_STATES | CONTROLLER_ACTION)
    if mine:
        qs = qs.filter(Q(controller=principal.user) | Q(controller__isnull=True))
    if action:
        qs = qs.filter(state__in=CONTROLLER_ACTION)
    q = (q or "").strip()
    digits = "".join(c for c in q if c.isdigit())
    if q and len(digits) == 11 and all(c.isdigit() or c in ".- " for c in q):
        qs = qs.filter(person__insz=digits)  # an INSZ as people write it: 78.12.25-126.70 or 781225 126 70 (walk of stop 26)
    elif q:
        if q.isdigit():
            qs = qs.filter(Q(pk=int(q)) | Q(person__insz=q))
        else:
            for word in search_key(q).split()[:4]:  # the register's search key: "Yildiz" finds "Yıldız"
                qs = qs.filter(Q(person__last_name_key__contains=word) | Q(person__first_name_key__contains=word))
    qs = qs.annotate(action_on=Coalesce("deadline", TruncDate("state_since"))).order_by("action_on", "pk")
    count = qs.count()
    page = max(1, min(page, max(1, -(-count // page_size))))
    items = list(qs[(page - 1) * page_size: page * page_size])
    today = clock.today()
    for c in items:
        c.is_overdue = c.overdue(today)
        c.is_past_term = c.deadline_passed(today)
    record_access(principal.actor(), [c.person_id for c in items], "controle: lijst van controledossiers (naam, inbreuk, stap, termijn)",
                  perms.purpose(principal), principal.channel)
    return Page(items, count, page, page_size)


def my_cases(principal: Principal) -> list[Case]:
    if principal.role != Role.CITIZEN or principal.user.person_id is None:
        raise _not_found()
    cases = list(Case.objects.filter(person_id=principal.user.person_id).order_by("-opened_at", "-pk"))
    if cases:
        record_access(principal.actor(), [principal.user.person_id], "controle: mijn controledossiers", perms.purpose(principal), principal.channel)
    return cases


@dataclass
class CaseSummary:
    """What a counsellor sees: that a case exists and where it stands, not its contents."""

    id: int
    person_id: int
    infringement: str
    infringement_label: str
    state: str
    state_label: str
    opened_on: dt.date
    occurred_on: dt.date
    open: bool


def cases_of_person(principal: Principal, person_id: int) -> list[CaseSummary]:
    """The counsellor's (or controller's) view of a person's cases: existence and step only."""
    if not 0 < person_id < 2**63:
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    if not (perms.can_see_existence(principal, person_id) or (perms.can_control(principal) and
                                                              perms.can_handle(principal, Case(person_id=person_id)))):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    rows = list(Case.objects.filter(person_id=person_id).order_by("-opened_at", "-pk"))
    record_access(principal.actor(), [person_id], "controle: bestaan en stap van controledossiers (zonder inhoud)", perms.purpose(principal),
                  principal.channel)
    return [CaseSummary(c.pk, c.person_id, c.infringement, c.get_infringement_display(), c.state, c.state_label,
                        c.opened_at.astimezone(clock.BRUSSELS).date(),
                        c.occurred_on, c.state in OPEN_STATES) for c in rows]


# ---------------------------------------------------------------------------------------------------------------- the file


@dataclass
class CaseFile:
    case: Case
    person: Person
    statuses: list
    history: list
    source_history: list
    related_history: list
    messages: list
    source_messages: list
    evidence: list
    earlier_cases: list
    proposal: dict
    actions: list
    terms: dict = field(default_factory=dict)

    @property
    def range_text(self) -> str:
        try:
            return rules.Proposal(**self.proposal).range_text() if self.proposal else ""
        except TypeError:
            return ""


def _messages(workflow: str, object_id: int) -> list:
    from werkregie.messaging.models import Message

    return list(Message.objects.filter(related_workflow=workflow, related_id=object_id).order_by("created_at", "pk"))


def _source_messages(case: Case) -> list:
    """The messages of the case's source and, for a missed agreement, of every earlier agreement in its escalation
    (attack of stop 28: the warnings of the first two sheets were missing, so their notification could not be proven)."""
    from werkregie.messaging.models import Message

    ids = [case.source_id, *(i for i in case.facts.get("chain", []) if isinstance(i, int))] if case.source_workflow == "agreement" else [case.source_id]
    return list(Message.objects.filter(related_workflow=case.source_workflow, related_id__in=ids).order_by("created_at", "pk"))


def _terms(on: dt.date) -> dict:
    found = {}
    for key in (PLANNING_TERM, HEARING_TERM, APPEAL_TERM):
        value = term(key, on)
        found[key] = {"value": value.value, "unit": value.unit, "uncertainty": value.uncertainty, "reference": value.reference}
    return found


def case_file(principal: Principal, case_id: int) -> CaseFile:
    """The whole file in one place for the control service; logged with the purpose availability control."""
    case = _handled(principal, case_id)
    person = Person.objects.select_related("municipality").get(pk=case.person_id)
    statuses = list(StatusEpisode.objects.filter(person_id=person.pk).order_by("-start")[:20])
    source_history = list(TransitionLog.objects.filter(workflow=case.source_workflow, object_id=case.source_id).select_related("actor"))
    related_history = list(TransitionLog.objects.filter(person_id=person.pk, workflow__in=("agreement", "appointment", "trajectory"))
                           .exclude(workflow=case.source_workflow, object_id=case.source_id).select_related("actor").order_by("-at")[:30])
    earlier = list(Case.objects.filter(person_id=person.pk).exclude(pk=case.pk).order_by("-occurred_on"))
    record_access(principal.actor(), [person.pk],
                  "controle: volledig controledossier (inbreuk en bron, statussen, berichten, bewijsstukken, verhoor, voorstel en beslissing)",
                  perms.purpose(principal), principal.channel)
    return CaseFile(case=case, person=person, statuses=statuses, history=wf.history(case), source_history=source_history,
                    related_history=related_history, messages=_messages(RELATED, case.pk), source_messages=_source_messages(case),
                    evidence=list(case.evidence.select_related("uploaded_by")), earlier_cases=earlier, proposal=case.proposal,
                    actions=_actions(case, principal.role), terms=_terms(case.occurred_on))


def _actions(case: Case, role: str) -> list:
    """The transitions the table allows, less "close" while the appeal term runs (use_cases.close refuses it then:
    attack of stop 27, the list offered it)."""
    running = case.state == "notified" and case.deadline is not None and case.deadline >= clock.today()
    return [a for a in wf.available(case, role) if not (a.name == "close" and running)]


@dataclass
class OwnCase:
    case: Case
    messages: list
    evidence: list
    actions: list
    history: list


def my_case(principal: Principal, case_id: int) -> OwnCase:
    case = _own(principal, case_id)
    record_access(principal.actor(), [case.person_id], "controle: mijn controledossier", perms.purpose(principal), principal.channel)
    return OwnCase(case, _messages(RELATED, case.pk), list(case.evidence.all()), wf.available(case, Role.CITIZEN), wf.history(case))


def message_evidence(principal: Principal, case_id: int, message_id: int) -> tuple:
    """The sealed evidence PDF of a message in the case's file (its letters and the messages of its source, e.g. the
    invitation that was missed): what the control service shows the labour court. Only the case's controller."""
    from werkregie.messaging import use_cases as messaging

    case = _handled(principal, case_id)
    msg = next((m for m in _messages(RELATED, case.pk) + _source_messages(case) if m.pk == message_id), None)
    if msg is None:
        raise NotFound(_("Geen bericht met dit nummer in dit dossier."))
    return msg, messaging.evidence_pdf_for_file(principal, msg, perms.purpose(principal), f"controle: bewijs (PDF) van bericht {msg.pk} van dossier {case.pk}")


def evidence_file(principal: Principal, case_id: int, evidence_id: int):  # noqa: ANN201 - a trajectories StoredFile
    """The stored file of a piece of evidence, after the permission check (the case's controller or the person)."""
    case = _case(case_id)
    if not (perms.can_handle(principal, case) or perms.is_own(principal, case)):
        raise _not_found()
    evidence = Evidence.objects.filter(case=case, pk=evidence_id).first()
    if evidence is None:
        raise NotFound(_("Geen bewijsstuk met dit nummer in dit dossier."))
    from werkregie.trajectories.models import StoredFile

    stored = StoredFile.objects.filter(pk=int(evidence.stored_ref)).first()
    if stored is None:
        raise NotFound(_("Het bestand is niet meer beschikbaar."))
    record_access(principal.actor(), [case.person_id], f"controle: bewijsstuk {evidence.name} van dossier {case.pk}", perms.purpose(principal),
                  principal.channel)
    return stored


def citizen_terms(person_id: int, today: dt.date) -> list[dict]:
    """The running terms of the person's own cases, for "Mijn termijnen" (walk of issue 16: a planned hearing showed
    only on /mijn-dossier/): the hearing's date while it is to come, and the response or appeal term while it runs."""
    out = []
    for case in Case.objects.filter(person_id=person_id).exclude(state="closed").order_by("deadline", "pk"):
        url = reverse("compliance_my_case", args=[case.pk])
        if case.state == "hearing_planned" and case.hearing_at and localtime(case.hearing_at).date() >= today:
            out.append({"what": _("Verhoor bij de controledienst"), "day": localtime(case.hearing_at).date(), "state": case.state_label, "url": url})
        if case.deadline and case.state in TERM_STATES and case.state != "opened" and case.deadline >= today:
            what = _("Uw uitleg geven in uw controledossier") if case.state == "hearing_planned" else _("Beroep instellen tegen de beslissing")
            out.append({"what": what, "day": case.deadline, "state": case.state_label, "url": url})
    return out
