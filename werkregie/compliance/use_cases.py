"""Compliance use cases for people (controller, citizen, counsellor, analyst): the case list and file, each step of
the procedure through the one transition mechanism, evidence, the refusal of a suitable job, and the deviations
report. Every read of personal data is logged here once."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce, TruncDate
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkregie.access.services import record_access
from werkregie.accounts.models import Role, User
from werkregie.accounts.principal import Principal
from werkregie.core import clock, suppression
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.people.models import Person, StatusEpisode
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import term
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import Who

from . import messages, perms, rules, services
from .enums import WEEKS_DECISIONS, AppealOutcome, Decision, HearingMode, Infringement
from .models import DEVIATION_REASON_MIN, Case, Evidence
from .workflows import APPEAL_TERM, CASE, CONTROLLER_ACTION, HEARING_TERM, OPEN_STATES

NOT_FOUND = gettext_noop("Geen dossier met dit nummer binnen uw toegang.")
RELATED = "compliance_case"


def _not_found() -> NotFound:
    return NotFound(_(NOT_FOUND))


def _case(case_id: int) -> Case:
    case = Case.objects.select_related("person", "controller", "decided_by").filter(pk=case_id).first()
    if case is None:
        raise _not_found()
    return case


def _handled(principal: Principal, case_id: int) -> Case:
    case = _case(case_id)
    if not perms.can_handle(principal, case):
        raise _not_found()
    return case


def _own(principal: Principal, case_id: int) -> Case:
    case = _case(case_id)
    if not perms.is_own(principal, case):
        raise _not_found()
    return case


def _text(value: object, name: str, errors: list[FieldError], *, minimum: int = 0, maximum: int = 5000, message: str = "") -> str:
    text = str(value or "").strip()
    if len(text) < minimum:
        errors.append(FieldError(name, message or _("Minstens %(n)s tekens.") % {"n": minimum}))
    elif len(text) > maximum:
        errors.append(FieldError(name, _("Hoogstens %(n)s tekens.") % {"n": maximum}))
    return text


def _fail(errors: list[FieldError], title: str = "") -> None:
    if errors:
        raise InvalidInput(title or _("Controleer de gegevens."), errors)


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
    _fail(errors)
    qs = perms.controllable_cases(principal).select_related("person", "controller")
    if state:
        qs = qs.filter(state=state)
    elif not closed:
        qs = qs.filter(state__in=OPEN_STATES)
    if infringement:
        qs = qs.filter(infringement=infringement)
    if overdue:
        qs = qs.filter(deadline__lt=clock.today(), state__in=OPEN_STATES)
    if mine:
        qs = qs.filter(Q(controller=principal.user) | Q(controller__isnull=True))
    if action:
        qs = qs.filter(state__in=CONTROLLER_ACTION)
    q = (q or "").strip()
    if q:
        if q.isdigit():
            qs = qs.filter(Q(pk=int(q)) | Q(person__insz=q))
        else:
            for word in q.split()[:4]:
                qs = qs.filter(Q(person__last_name__icontains=word) | Q(person__first_name__icontains=word))
    qs = qs.annotate(action_on=Coalesce("deadline", TruncDate("state_since"))).order_by("action_on", "pk")
    count = qs.count()
    page = max(1, min(page, max(1, -(-count // page_size))))
    items = list(qs[(page - 1) * page_size: page * page_size])
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


def _terms(on: dt.date) -> dict:
    found = {}
    for key in (HEARING_TERM, APPEAL_TERM):
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
                    related_history=related_history, messages=_messages(RELATED, case.pk), source_messages=_messages(case.source_workflow, case.source_id),
                    evidence=list(case.evidence.select_related("uploaded_by")), earlier_cases=earlier, proposal=case.proposal,
                    actions=wf.available(case, principal.role), terms=_terms(case.occurred_on))


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


# ---------------------------------------------------------------------------------------------------------------- steps


def _link(case: Case) -> str:
    return reverse("compliance_my_case", args=[case.pk])


def _person_context(case: Case) -> dict:
    return {"infringement": lambda: str(Infringement(case.infringement).label).lower(), "occurred_on": case.occurred_on, "case": case.pk}


def _unit_text(key: str, on: dt.date) -> str:
    found = term(key, on)
    labels = {"days": _("dagen"), "working_days": _("werkdagen"), "weeks": _("weken"), "months": _("maanden")}
    return f"{found.value} {labels.get(found.unit, found.unit)}"


def _datetime(value: object, name: str, errors: list[FieldError]) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=clock.BRUSSELS)
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        errors.append(FieldError(name, _("Een datum en uur.")))
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=clock.BRUSSELS)


def _date(value: object, name: str, errors: list[FieldError], *, required: bool = False) -> dt.date | None:
    if value in (None, ""):
        if required:
            errors.append(FieldError(name, _("Vul een datum in.")))
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        try:
            return dt.datetime.strptime(str(value), "%d/%m/%Y").date()
        except ValueError:
            errors.append(FieldError(name, _("Een datum (DD/MM/JJJJ).")))
            return None


def _send(case: Case, key: str, context: dict, who: Who, suffix: str):  # noqa: ANN202 - a messaging Message
    """Send through the one outbox. Context values that are callables are translated texts: they are evaluated in the
    language the outbox will use for this person and template (the language law for legal messages)."""
    from django.utils import translation

    from werkregie.messaging import channels, outbox, templates

    person = Person.objects.select_related("municipality").prefetch_related("languages").get(pk=case.person_id)
    language, _reason = channels.language_for(person, templates.get(key).legal)
    with translation.override(language):
        values = {k: (v() if callable(v) else v) for k, v in {**_person_context(case), "link": _link(case), **context}.items()}
    return outbox.send(case.person_id, key, values, who=who, related=(RELATED, case.pk), dedupe_key=f"{RELATED}:{case.pk}:{suffix}")


def plan_hearing(principal: Principal, case_id: int, *, hearing_at: object, mode: str, place: str = "", version: int | None = None) -> Case:
    """Plan the hearing and invite the person (a legal message); the response term starts at its deemed notification."""
    case = _handled(principal, case_id)
    errors: list[FieldError] = []
    at = _datetime(hearing_at, "hearing_at", errors)
    if at is not None and at.astimezone(clock.BRUSSELS).date() <= clock.today():
        errors.append(FieldError("hearing_at", _("Het verhoor ligt na vandaag.")))
    elif at is not None and (refusal := services.not_a_workday(at.astimezone(clock.BRUSSELS).date())):
        errors.append(FieldError("hearing_at", refusal))
    if mode not in HearingMode.values:
        errors.append(FieldError("mode", _("Kies een soort verhoor.")))
    place = _text(place, "place", errors, maximum=200)
    if mode in (HearingMode.IN_PERSON,) and not place:
        errors.append(FieldError("place", _("Vul de plaats van het verhoor in.")))
    _fail(errors, _("Het verhoor is niet gepland."))
    who = Who.of(principal)
    with transaction.atomic():
        case = wf.transition(case, "plan_hearing", who, expected_version=version, data={"hearing_at": at.isoformat(), "mode": mode},
                             fields={"hearing_at": at, "hearing_mode": mode, "hearing_place": place, "controller_id": principal.user.pk})
        message = _send(case, messages.HEARING, {
            "summary": str(case.facts.get("summary", "")), "hearing_at": at, "mode": lambda: str(HearingMode(mode).label).lower(),
            "place": place or "—", "term": lambda: _unit_text(HEARING_TERM, clock.today())}, who, "hearing")
        Case.objects.filter(pk=case.pk).update(hearing_message_id=message.pk)
        case.hearing_message_id = message.pk
    services.sync_notifications([case.pk])
    case.refresh_from_db()
    return case


def _store_evidence(principal: Principal, case: Case, files: list, description: str = "") -> list[Evidence]:
    from werkregie.core import uploads

    made = []
    for index, upload in enumerate(files or []):
        stored = uploads.store(upload, person_id=case.person_id, field="files" if len(files) > 1 or index else "file",
                               uploaded_by=principal.user)
        made.append(Evidence.objects.create(case=case, stored_ref=str(stored.pk), name=stored.original_name, content_type=stored.content_type,
                                            size=stored.size, sha256=stored.sha256, description=description[:300], uploaded_at=clock.now(),
                                            uploaded_by=principal.user))
    return made


EVIDENCE_STATES = frozenset({"hearing_planned", "to_decide"})


def add_evidence(principal: Principal, case_id: int, files: list, description: str = "") -> list[Evidence]:
    """The person (or the controller on their behalf) adds evidence while the case is not yet decided."""
    case = _case(case_id)
    if not (perms.is_own(principal, case) or perms.can_handle(principal, case)):
        raise _not_found()
    if case.state not in EVIDENCE_STATES:
        raise InvalidInput(_("Bewijsstukken kunnen enkel tot de beslissing worden toegevoegd."), [FieldError("file", _("Het dossier is al beslist."))])
    if not files:
        raise InvalidInput(_("Kies een bestand."), [FieldError("file", _("Kies een bestand."))])
    with transaction.atomic():
        return _store_evidence(principal, case, files, (description or "").strip())


def respond(principal: Principal, case_id: int, *, text: str, files: list | None = None, version: int | None = None,
            waive_hearing: bool = False) -> Case:
    """The person's written defence, with evidence, within the term.

    When may the controller decide? Only once the person has had the chance to be heard:
    * the hearing took place: the report is recorded at or after `hearing_at` (record_hearing refuses it earlier), or
    * the response term ended (the system's `term_expired` transition, from the deemed notification of the invitation), or
    * the person responded in writing AND explicitly waived the hearing (`waive_hearing`).
    A written response without the waiver is kept with the case, which stays in hearing_planned: the hearing still
    takes place (or the term runs out) before the case goes to decision. `decide` checks the same rule again."""
    case = _own(principal, case_id)
    errors: list[FieldError] = []
    text = _text(text, "response", errors, minimum=10, maximum=10000, message=_("Schrijf uw uitleg (minstens 10 tekens)."))
    if case.state == "hearing_planned" and case.deadline and clock.today() > case.deadline:
        errors.append(FieldError("response", _("De termijn om te reageren liep af op %(day)s.") % {"day": case.deadline.strftime("%d/%m/%Y")}))
    _fail(errors, _("Uw verweer is niet verstuurd."))
    with transaction.atomic():
        stored = _store_evidence(principal, case, files or [])
        if not waive_hearing and case.state == "hearing_planned":
            wf.check_version(case, version)
            Case.objects.filter(pk=case.pk).update(response=text, responded_at=clock.now())
            case.refresh_from_db()
        else:
            case = wf.transition(case, "respond", Who.of(principal), expected_version=version, reason=_("Schriftelijk verweer, afstand van het verhoor"),
                                 data={"hearing_waived": True},
                                 fields={"response": text, "responded_at": clock.now(), "facts": {**case.facts, "hearing_waived": True}})
            services.refresh_proposal(case)
        _defence_receipt(case, stored, waived=bool(waive_hearing), who=Who.of(principal))
    return case


def _defence_receipt(case: Case, stored: list[Evidence], *, waived: bool, who: Who):  # noqa: ANN202 - a messaging Message
    """A receipt through the one outbox (hash, times and evidence like every message): when the defence arrived, the
    SHA-256 of its text and of every file, so the person can later prove what was submitted."""
    import hashlib

    received = case.responded_at or clock.now()
    files = "; ".join(f"{e.name} (SHA-256 {e.sha256})" for e in stored)
    return _send(case, messages.DEFENCE_RECEIVED, {
        "received_at": received.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y %H:%M"),
        "text_sha256": hashlib.sha256(case.response.encode("utf-8")).hexdigest(),
        "files": files or (lambda: _("geen")),
        "waiver": (lambda: _("U zag af van het verhoor: de controledienst beslist op basis van uw verweer en het dossier.")) if waived else
                  (lambda: _("Het verhoor blijft gepland; uw verweer zit bij het dossier.")),
    }, who, f"defence:{received.isoformat()}")


def may_decide(case: Case) -> bool:
    """The rule of `respond`'s docstring: the hearing took place, the response term ended, or the person waived the hearing."""
    if case.state != "to_decide":
        return False
    if case.hearing_report and case.hearing_at:
        heard = TransitionLog.objects.filter(workflow=RELATED, object_id=case.pk, transition="record_hearing", at__gte=case.hearing_at).exists()
        if heard:
            return True
    if case.response and case.facts.get("hearing_waived"):
        return True
    return TransitionLog.objects.filter(workflow=RELATED, object_id=case.pk, transition="term_expired").exists()


def record_hearing(principal: Principal, case_id: int, *, report: str, version: int | None = None) -> Case:
    case = _handled(principal, case_id)
    errors: list[FieldError] = []
    report = _text(report, "report", errors, minimum=10, maximum=10000, message=_("Schrijf een verslag van het verhoor (minstens 10 tekens)."))
    if case.state == "hearing_planned" and case.hearing_at and clock.now() < case.hearing_at:
        errors.append(FieldError("report", _("Het verhoor is gepland op %(when)s: registreer het verslag nadat het plaatsvond.")
                                 % {"when": case.hearing_at.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y %H:%M")}))
    _fail(errors, _("Het verhoor is niet geregistreerd."))
    with transaction.atomic():
        case = wf.transition(case, "record_hearing", Who.of(principal), expected_version=version, fields={"hearing_report": report})
        services.refresh_proposal(case)
    return case


def decide(principal: Principal, case_id: int, *, decision: str, weeks: int | None = 0, motivation: str, legal_ground: str = "",
           deviation_reason: str = "", deliberate: bool = False, sanction_start: object = None, version: int | None = None) -> Case:
    """Decide within the legal range; a decision other than the proposal needs a reason (kept beside the proposal).
    The decision is notified by a legal message whose deemed notification starts the appeal term."""
    case = _handled(principal, case_id)
    if case.state != "to_decide":
        wf.check_version(case, version)
    elif not may_decide(case):
        raise InvalidInput(_("Nog niet te beslissen: het verhoor vond niet plaats, de termijn voor verweer loopt nog en de persoon zag niet af van het verhoor."),
                           [FieldError("decision", _("Wacht op het verhoor of het einde van de termijn voor verweer."))])
    errors: list[FieldError] = []
    try:
        weeks = int(weeks or 0)
    except (TypeError, ValueError):
        errors.append(FieldError("weeks", _("Een aantal weken.")))
        weeks = 0
    if decision not in WEEKS_DECISIONS:
        weeks = 0 if decision in Decision.values else weeks
    proposal = services.proposal_for(case.person_id, case.infringement, case.occurred_on, deliberate=bool(deliberate), exclude_id=case.pk)
    errors += rules.check_decision(proposal, decision, weeks)
    motivation = _text(motivation, "motivation", errors, minimum=10, maximum=10000, message=_("Motiveer de beslissing (minstens 10 tekens)."))
    legal_ground = (legal_ground or "").strip() or proposal.legal_ground
    deviates = decision != proposal.decision or weeks != proposal.weeks
    deviation_reason = (deviation_reason or "").strip()
    if deviates and len(deviation_reason) < DEVIATION_REASON_MIN:
        errors.append(FieldError("deviation_reason", _("U wijkt af van het voorstel (%(proposal)s): geef een reden van minstens %(n)s tekens.") % {
            "proposal": proposal_text(proposal.decision, proposal.weeks), "n": DEVIATION_REASON_MIN}))
    start = _date(sanction_start, "sanction_start", errors)
    if start is not None and start < clock.today():
        errors.append(FieldError("sanction_start", _("De sanctie kan niet ingaan vóór de datum van de beslissing (%(day)s).")
                                 % {"day": clock.today().strftime("%d/%m/%Y")}))
    _fail(errors, _("De beslissing is niet bewaard."))
    if decision in (Decision.NONE, Decision.WARNING):
        start = None
    who = Who.of(principal)
    with transaction.atomic():
        case = wf.transition(case, "decide", who, expected_version=version, reason=deviation_reason if deviates else "",
                             data={"decision": decision, "weeks": weeks, "proposal": [proposal.decision, proposal.weeks], "deviates": deviates},
                             fields={"earlier_count": proposal.earlier, "proposed_decision": proposal.decision, "proposed_weeks": proposal.weeks,
                                     "proposal": proposal.as_json(), "decision": decision, "decision_weeks": weeks, "legal_ground": legal_ground,
                                     "motivation": motivation, "deviation_reason": deviation_reason if deviates else "", "decided_at": clock.now(),
                                     "decided_by_id": principal.user.pk, "sanction_start": None, "sanction_start_requested": start,
                                     "facts": {**case.facts, "deliberate": bool(deliberate)}})
        message = _send(case, messages.DECISION, {
            "decision": lambda: proposal_text(decision, weeks).lower(),
            "start": lambda: sanction_start_text(decision, start),
            "legal_ground": legal_ground, "motivation": motivation, "appeal_term": lambda: _unit_text(APPEAL_TERM, clock.today())}, who, "decision")
        Case.objects.filter(pk=case.pk).update(decision_message_id=message.pk)
    services.sync_notifications([case.pk])
    case.refresh_from_db()
    return case


def sanction_start_text(decision: str, requested: dt.date | None) -> str:
    """When a sanction begins, as the decision letter says it: after the deemed notification, or a later chosen day."""
    if decision in (Decision.NONE, Decision.WARNING, ""):
        return ""
    if requested is not None:
        return _("De sanctie gaat in op %(day)s, en ten vroegste de dag nadat deze beslissing geacht wordt u bereikt te hebben.") % {
            "day": requested.strftime("%d/%m/%Y")}
    return _("De sanctie gaat in de dag nadat deze beslissing geacht wordt u bereikt te hebben.")


def proposal_text(decision: str, weeks: int) -> str:
    if decision == Decision.SUSPENSION:
        return _("Schorsing van %(weeks)s weken") % {"weeks": weeks}
    if decision == Decision.EXCLUSION:
        return _("Uitsluiting van %(weeks)s weken") % {"weeks": weeks}
    return str(Decision(decision).label) if decision in Decision.values else decision


def appeal(principal: Principal, case_id: int, *, text: str, lodged_on: object = None, version: int | None = None) -> Case:
    """The person lodges an appeal (or the controller records one received on paper, with the date)."""
    case = _case(case_id)
    own = perms.is_own(principal, case)
    if not (own or perms.can_handle(principal, case)):
        raise _not_found()
    errors: list[FieldError] = []
    text = _text(text, "appeal", errors, minimum=10, maximum=10000, message=_("Schrijf waarom u beroep instelt (minstens 10 tekens)."))
    day = clock.today() if own else (_date(lodged_on, "lodged_on", errors) or clock.today())
    decided_on = case.decided_at.astimezone(clock.BRUSSELS).date() if case.decided_at else None
    if day > clock.today():
        errors.append(FieldError("lodged_on", _("Niet in de toekomst.")))
    elif decided_on and day < decided_on:
        errors.append(FieldError("lodged_on", _("Tussen de datum van de beslissing (%(from)s) en vandaag.") % {"from": decided_on.strftime("%d/%m/%Y")}))
    elif case.state == "notified" and case.deadline and day > case.deadline:
        errors.append(FieldError("appeal" if own else "lodged_on", _("De beroepstermijn liep af op %(day)s.") % {"day": case.deadline.strftime("%d/%m/%Y")}))
    _fail(errors, _("Het beroep is niet bewaard."))
    who = Who.of(principal)
    with transaction.atomic():
        case = wf.transition(case, "appeal", who, expected_version=version, reason=text[:500], fields={"appeal_text": text, "appeal_lodged_on": day})
        _send(case, messages.APPEAL_RECEIVED, {"lodged_on": day}, who, "appeal-received")
    return case


def decide_appeal(principal: Principal, case_id: int, *, outcome: str, reason: str, version: int | None = None) -> Case:
    case = _handled(principal, case_id)
    errors: list[FieldError] = []
    if outcome not in AppealOutcome.values:
        errors.append(FieldError("outcome", _("Kies de uitkomst van het beroep.")))
    reason = _text(reason, "reason", errors, minimum=10, maximum=5000, message=_("Geef de uitkomst en de reden (minstens 10 tekens)."))
    _fail(errors, _("De uitkomst is niet bewaard."))
    who = Who.of(principal)
    with transaction.atomic():
        case = wf.transition(case, "decide_appeal", who, reason=reason, expected_version=version,
                             fields={"appeal_outcome": outcome, "appeal_decided_on": clock.today()})
        _send(case, messages.APPEAL_DECIDED, {"outcome": lambda: str(AppealOutcome(outcome).label).lower(), "detail": reason}, who, "appeal-decided")
    return case


def drop(principal: Principal, case_id: int, *, reason: str, version: int | None = None) -> Case:
    case = _handled(principal, case_id)
    errors: list[FieldError] = []
    reason = _text(reason, "reason", errors, minimum=10, maximum=5000, message=_("Geef een reden (minstens 10 tekens)."))
    _fail(errors, _("Het dossier is niet afgesloten."))
    return wf.transition(case, "drop", Who.of(principal), reason=reason, expected_version=version)


def close(principal: Principal, case_id: int, *, version: int | None = None) -> Case:
    case = _handled(principal, case_id)
    if case.state == "notified" and case.deadline and case.deadline >= clock.today():
        raise InvalidInput(_("De beroepstermijn loopt nog tot %(day)s.") % {"day": case.deadline.strftime("%d/%m/%Y")},
                           [FieldError("state", _("De beroepstermijn loopt nog."))])
    return wf.transition(case, "close", Who.of(principal), reason=_("Beroepstermijn verstreken"), expected_version=version)


def open_manual_case(principal: Principal, person_id: int, infringement: str, *, facts: dict, source: tuple[str, int]) -> Case:
    """The control service opens a case itself (a transfer received on paper, a report of an employer…)."""
    if not perms.can_control(principal) or not perms.can_handle(principal, Case(person_id=person_id)):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    if infringement == Infringement.REFUSED_SUITABLE_JOB:
        raise InvalidInput(_("Een geweigerde job loopt via de toets passende dienstbetrekking."),
                           [FieldError("infringement", _("Gebruik de melding van een geweigerde job (met de vacature)."))])
    return services.open_case(person_id, infringement, facts=facts, source=source, who=Who.of(principal))


# ---------------------------------------------------------------------------------------------------------------- refusal


def _unemployed_months(person_id: int, day: dt.date) -> float:
    from werkregie.people.enums import JOBSEEKER_KINDS
    from werkregie.screening.engine import register

    rows = StatusEpisode.objects.filter(person_id=person_id, kind__in=JOBSEEKER_KINDS).values_list("kind", "start", "end")
    return register.months_unemployed([register.Episode(k, s, e) for k, s, e in rows], day)


def suitability_on_confirmed(person_id: int, vacancy_id: int, on: dt.date) -> dict:
    """The matching's suitability check of a vacancy for a person on a day, judged on the person's confirmed
    (declared) or certified competences only: competences the platform merely extracted are left out."""
    from werkregie.matching import platform
    from werkregie.matching.engine import geography, suitability
    from werkregie.matching.engine.scoring import score_pair
    from werkregie.rules.calc import minimum_monthly_wage
    from werkregie.vacancies.models import Vacancy

    vacancy = Vacancy.objects.filter(pk=vacancy_id).first()
    if vacancy is None:
        raise InvalidInput(_("Geen vacature met dit nummer."), [FieldError("vacancy_id", _("Geen vacature met dit nummer."))])
    if vacancy.municipality_id is None:
        raise InvalidInput(_("Deze vacature heeft geen locatie."), [FieldError("vacancy_id", _("De vacature heeft geen gemeente."))])
    person = Person.objects.get(pk=person_id)
    found = platform.person_profiles([person_id])
    if not found:
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    profile = found[0]
    extracted = {s for s, source in profile.skills.items() if source not in services.ADMISSIBLE_SKILL_SOURCES}
    profile.skills = {s: source for s, source in profile.skills.items() if s not in extracted}
    [vacancy_profile] = platform.vacancy_profiles(Vacancy.objects.filter(pk=vacancy_id))
    explanation = score_pair(platform.taxonomy(), geography.places(), profile, vacancy_profile)
    age = on.year - person.birth_date.year - ((on.month, on.day) < (person.birth_date.month, person.birth_date.day))
    result = suitability.check(
        profile, vacancy_profile, explanation, unemployed_months=_unemployed_months(person_id, on), age=age, work_limitation=person.work_limitation,
        monthly_wage=float(vacancy.monthly_wage) if vacancy.monthly_wage is not None else None, minimum_monthly_wage=minimum_monthly_wage(on),
    )
    return {
        "verdict": result.verdict, "on": on.isoformat(), "vacancy_id": vacancy_id, "vacancy_title": getattr(vacancy, "title", ""),
        "criteria": [{"name": c.name, "outcome": c.outcome, "reason": c.render()} for c in result.criteria],
        "skill_sources": sorted(set(profile.skills.values())), "extracted_left_out": len(extracted), "score": round(float(explanation.score), 4),
        "checked_at": clock.now().isoformat(),
    }


def open_refusal_case(principal: Principal, person_id: int, vacancy_id: int, *, refused_on: object = None, summary: str = "",
                      deliberate: bool = False, source: tuple[str, int] | None = None) -> Case:
    """A refused job becomes a case only when the suitability check, on confirmed or certified competences only,
    called it suitable on the day of the refusal. The check is stored with the case; otherwise nothing is opened."""
    if not perms.can_refer_refusal(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    errors: list[FieldError] = []
    day = _date(refused_on, "refused_on", errors) or clock.today()
    summary = _text(summary, "summary", errors, maximum=2000)
    _fail(errors, _("De weigering is niet gemeld."))
    services.check_past_date(day, "refused_on", _("De weigering is niet gemeld."))
    check = suitability_on_confirmed(person_id, vacancy_id, day)
    record_access(principal.actor(), [person_id], f"controle: toets passende dienstbetrekking (bevestigde competenties) voor vacature {vacancy_id}",
                  perms.purpose(principal), principal.channel)
    if check["verdict"] != "suitable":
        failing = "; ".join(c["reason"] for c in check["criteria"] if c["outcome"] != "met")
        raise InvalidInput(
            _("Geen dossier geopend: de job was op %(day)s niet passend volgens de toets op bevestigde of gecertificeerde competenties (%(verdict)s). %(why)s")
            % {"day": day.strftime("%d/%m/%Y"), "verdict": check["verdict"], "why": failing},
            [FieldError("vacancy_id", _("De job was niet passend (%(verdict)s).") % {"verdict": check["verdict"]})])
    facts = {"occurred_on": day.isoformat(), "vacancy_id": vacancy_id, "summary": summary or _("Weigering van vacature %(id)s") % {"id": vacancy_id},
             "deliberate": bool(deliberate)}
    return services.open_case(person_id, Infringement.REFUSED_SUITABLE_JOB, facts=facts, source=source or (f"vacancy_refusal:{vacancy_id}", person_id),
                              who=Who.of(principal), suitability=check)


# ---------------------------------------------------------------------------------------------------------------- deviations


def deviations_report(principal: Principal) -> dict:
    """How often decisions depart from the proposal, per controller and per group (sex, age band, origin), and in
    which direction (more or less severe). Groups of fewer than 10 decisions are suppressed."""
    if not perms.can_see_deviations(principal):
        raise Forbidden(_("Uw rol ziet het rapport van de afwijkingen niet."))
    from werkregie.screening.engine import register

    def counter() -> dict:
        return {"decisions": 0, "deviations": 0, "more_severe": 0, "less_severe": 0}

    by_controller: dict = defaultdict(counter)
    by_group: dict = defaultdict(lambda: defaultdict(counter))
    by_infringement: dict = defaultdict(counter)
    rows = Case.objects.exclude(decision="").values_list("decided_by__username", "decision", "decision_weeks", "proposed_decision", "proposed_weeks",
                                                         "decided_at", "infringement", "person__sex", "person__nationality", "person__birth_date")
    for username, decision, weeks, proposed, proposed_weeks, at, infringement, sex, nationality, birth in rows.iterator(2000):
        day = at.astimezone(clock.BRUSSELS).date() if at else clock.today()
        groups = {"sex": sex, "age_band": register.age_band(birth, day), "origin": register.origin(nationality)}
        deviates = decision != proposed or weeks != proposed_weeks
        direction = "more_severe" if rules.severity(decision, weeks) > rules.severity(proposed, proposed_weeks) else "less_severe"
        for counts in [by_controller[username or "?"], by_infringement[infringement], *(by_group[c][v] for c, v in groups.items())]:
            counts["decisions"] += 1
            if deviates:
                counts["deviations"] += 1
                counts[direction] += 1

    total = counter()
    for counts in by_controller.values():
        for k in total:
            total[k] += counts[k]
    names = {u.username: (u.get_full_name() or u.username) for u in User.objects.filter(username__in=list(by_controller))}
    for username, name in list(names.items()):  # two controllers with the same name stay apart
        if sum(1 for other in names.values() if other == name) > 1:
            names[username] = f"{name} ({username})"
    sexes = {"F": _("vrouw"), "M": _("man"), "X": _("x")}
    breakdowns = {
        "controllers": {names.get(k, k): v for k, v in sorted(by_controller.items())},
        "infringements": dict(sorted(by_infringement.items())),
        **{f"group:{column}": {(sexes.get(value, value) if column == "sex" else value): v for value, v in sorted(values.items(), key=lambda kv: str(kv[0]))}
           for column, values in by_group.items()},
    }
    shown_total, shown = suppress_cells(total, breakdowns)
    return {
        "total": shown_total,
        "controllers": shown["controllers"],
        "infringements": shown["infringements"],
        "groups": {k.removeprefix("group:"): v for k, v in shown.items() if k.startswith("group:")},
        "suppress_below": suppression.threshold(),
    }


MEASURES = ("decisions", "deviations", "more_severe", "less_severe")


def suppress_cells(total: dict, breakdowns: dict[str, dict], threshold: int | None = None) -> tuple[dict, dict]:
    """Hide every count below `threshold` (and the rate derived from it), with complementary suppression over every
    published sum (the total over each breakdown's rows, and deviations = more_severe + less_severe in every row):
    werkregie.core.suppression.suppress, the platform's one rule."""
    threshold = suppression.threshold() if threshold is None else threshold
    # the platform's one rule; an empty group is hidden too here (a controller with no deviation is a fact about them)
    shown_total, shown = suppression.suppress_breakdowns(total, breakdowns, MEASURES, [("deviations", ["more_severe", "less_severe"])],
                                                         threshold, hide_zeros=True)

    def with_rate(out: dict) -> dict:
        out["rate"] = (round(out["deviations"] / out["decisions"], 4) if out["decisions"] and out["deviations"] is not None else None)
        out["suppressed"] = any(v is None for k, v in out.items() if k in MEASURES)
        return out

    return with_rate(shown_total), {name: {key: with_rate(row) for key, row in rows.items()} for name, rows in shown.items()}
