"""Compliance use cases for people (controller, citizen, counsellor, analyst): each step of the procedure through the
one transition mechanism, and evidence. The case list and file (case_views), the refusal of a suitable job (refusal)
and the deviations report (deviations) live beside it and are re-exported here, the one entry point of the domain."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role, User
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.people.models import Person
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import term, term_end
from werkregie.workflows.labels import coded
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import Who

from . import messages, perms, rules, services
from .case_views import (  # noqa: F401
    CaseFile,
    CaseSummary,
    OwnCase,
    Page,
    _messages,
    _terms,
    case_file,
    cases_of_person,
    evidence_file,
    list_cases,
    message_evidence,
    my_case,
    my_cases,
)

# re-exported: callers use werkregie.compliance.use_cases for every use case of the domain
from .common import NOT_FOUND, RELATED, _acting, _case, _date, _datetime, _fail, _handled, _not_found, _own, _text  # noqa: F401
from .deviations import MEASURES, deviations_report, suppress_cells  # noqa: F401
from .enums import WEEKS_DECISIONS, AppealOutcome, Decision, HearingMode, Infringement
from .models import DEVIATION_REASON_MIN, Case, Evidence
from .refusal import _unemployed_months, open_refusal_case, suitability_on_confirmed  # noqa: F401
from .workflows import APPEAL_TERM, HEARING_TERM

# ---------------------------------------------------------------------------------------------------------------- steps


def _link(case: Case) -> str:
    return reverse("compliance_my_case", args=[case.pk])


def _person_context(case: Case) -> dict:
    return {"infringement": lambda: str(Infringement(case.infringement).label).lower(), "occurred_on": case.occurred_on, "case": case.pk}


def _unit_text(key: str, on: dt.date) -> str:
    found = term(key, on)
    labels = {"days": _("dagen"), "working_days": _("werkdagen"), "weeks": _("weken"), "months": _("maanden")}
    return f"{found.value} {labels.get(found.unit, found.unit)}"


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


def _earliest_sanction_start(case: Case) -> dt.date:
    """The first day a sanction decided now can start: after the decision letter sent now is deemed notified."""
    from werkregie.messaging import deemed, templates
    from werkregie.workflows.deadlines import term_end

    return term_end(rules.SANCTION_START, deemed.expected_on(case.person_id, templates.get(messages.DECISION).legal))


def _hearing_moment_refusal(case: Case, at: dt.datetime) -> str:
    """Why a hearing cannot take place at `at` (local time), or "": after today, on a working day, within the office
    hours, and at least the minimum notice after the day the invitation sent now would be deemed notified."""
    from werkregie.messaging import deemed, templates

    day = at.date()
    if day <= clock.today():
        return _("Het verhoor moet na vandaag liggen.")
    if refusal := services.not_a_workday(day):
        return refusal
    start, end = rules.hearing_hours(day)
    if not start <= at.time().replace(tzinfo=None) < end:
        return _("Een verhoor begint tijdens de kantooruren, tussen %(start)s en %(end)s.") % {
            "start": start.strftime("%H:%M"), "end": end.strftime("%H:%M")}
    notified = deemed.expected_on(case.person_id, templates.get(messages.HEARING).legal)
    earliest = rules.earliest_hearing_day(notified)
    if day < earliest:
        return _("De uitnodiging geldt pas op %(notified)s als ontvangen; het verhoor kan ten vroegste op %(earliest)s.") % {
            "notified": notified.strftime("%d/%m/%Y"), "earliest": earliest.strftime("%d/%m/%Y")}
    # The case goes to "to decide" when the response term ends (the deadline sweep): a hearing after that would never
    # take place (attack of issue 11: a hearing on 31/12/9999 was planned and invited to).
    latest = term_end(HEARING_TERM, notified)
    if day > latest:
        return _("Het verhoor moet binnen de termijn voor verweer liggen, die op %(latest)s eindigt als de uitnodiging op %(notified)s "
                 "geacht ontvangen is.") % {"latest": latest.strftime("%d/%m/%Y"), "notified": notified.strftime("%d/%m/%Y")}
    return ""


def plan_hearing(principal: Principal, case_id: int, *, hearing_at: object, mode: str, place: str = "", version: int | None = None) -> Case:
    """Plan the hearing and invite the person (a legal message); the response term starts at its deemed notification."""
    return _schedule_hearing(principal, case_id, "plan_hearing", hearing_at=hearing_at, mode=mode, place=place, version=version)


def move_hearing(principal: Principal, case_id: int, *, hearing_at: object, mode: str, place: str = "", reason: str = "",
                 version: int | None = None) -> Case:
    """Move a planned hearing (the person asked for another moment, or the office must): a new invitation that
    replaces the first, under the same rules for the moment; the response term starts again at its deemed notification."""
    return _schedule_hearing(principal, case_id, "move_hearing", hearing_at=hearing_at, mode=mode, place=place, version=version, reason=reason)


def _schedule_hearing(principal: Principal, case_id: int, transition: str, *, hearing_at: object, mode: str, place: str, version: int | None,
                      reason: str = "") -> Case:
    case = _acting(principal, case_id)
    errors: list[FieldError] = []
    at = _datetime(hearing_at, "hearing_at", errors)
    if at is not None and (refusal := _hearing_moment_refusal(case, at.astimezone(clock.BRUSSELS))):
        errors.append(FieldError("hearing_at", refusal))
    if mode not in HearingMode.values:
        errors.append(FieldError("mode", _("Kies een soort verhoor.")))
    place = _text(place, "place", errors, maximum=200, one_line=True)
    if mode in (HearingMode.IN_PERSON,) and not place:
        errors.append(FieldError("place", _("Vul de plaats van het verhoor in.")))
    handler = case.controller_id or (principal.user.pk if principal.role == Role.CONTROLLER else None)
    if at is not None and (at.second or at.microsecond):
        errors.append(FieldError("hearing_at", _("Geef het uur in uren en minuten, zonder seconden.")))
    elif at is not None and handler and mode != HearingMode.WRITTEN and (busy := _agenda_taken(case, handler, at)):
        errors.append(busy)
    moving = transition == "move_hearing"
    if moving and at is not None and at == case.hearing_at and mode == case.hearing_mode and place == case.hearing_place:
        # attack of stop 28: the same moment again sent a second legal letter that changed nothing
        errors.append(FieldError("hearing_at", _("Dit is het geplande verhoor: kies een ander moment, een andere soort of een andere plaats.")))
    if moving:
        reason = _text(reason, "reason", errors, minimum=5, maximum=500, one_line=True,
                       message=_("Zeg waarom het verhoor verplaatst wordt (minstens 5 tekens)."))
    _fail(errors, _("Het verhoor is niet verplaatst.") if moving else _("Het verhoor is niet gepland."))
    who = Who.of(principal)
    previous = case.hearing_at
    with transaction.atomic():
        if handler and mode != HearingMode.WRITTEN:
            # the controller's agenda is checked again under a lock on the controller: two plannings at the same moment
            # queue here, and the second sees the first (second attack of stop 29: both went through)
            User.objects.select_for_update().filter(pk=handler).first()
            if busy := _agenda_taken(case, handler, at):
                _fail([busy], _("Het verhoor is niet verplaatst.") if moving else _("Het verhoor is niet gepland."))
        case = wf.transition(case, transition, who, expected_version=version, reason=reason, data={"hearing_at": at.isoformat(), "mode": mode},
                             # the controller who first plans the hearing handles the case; a move or an admin's step never
                             # reassigns it (attack of stop 28: the case followed whoever acted last)
                             fields={"hearing_at": at, "hearing_mode": mode, "hearing_place": place,
                                     "controller_id": case.controller_id or (principal.user.pk if principal.role == Role.CONTROLLER else None),
                                     # the planning term is met; the response term starts at the invitation's deemed notification
                                     "deadline": None, "hearing_notified_on": None})
        context = {"summary": str(case.facts.get("summary", "")), "hearing_at": at, "mode": lambda: str(HearingMode(mode).label).lower(),
                   "place": place or "—", "term": lambda: _unit_text(HEARING_TERM, clock.today())}
        if moving:
            context.update(reason=reason, previous=previous)
        # a move's letter has its own key: each invitation is its own legal message
        suffix = f"hearing-moved:{case.version}" if moving else "hearing"
        written = mode == HearingMode.WRITTEN
        key = {(False, False): messages.HEARING, (True, False): messages.HEARING_MOVED, (False, True): messages.HEARING_WRITTEN,
               (True, True): messages.HEARING_WRITTEN_MOVED}[(moving, written)]
        message = _send(case, key, context, who, suffix)
        Case.objects.filter(pk=case.pk).update(hearing_message_id=message.pk)
        case.hearing_message_id = message.pk
    services.sync_notifications([case.pk])
    case.refresh_from_db()
    return case


def _agenda_taken(case: Case, handler: int, at: dt.datetime) -> FieldError | None:
    """One hearing at a time per controller, each holding its length (attacks of stops 28 and 29: two cases on the same
    hour, then at 11:00 and 11:15, then 30 seconds apart)."""
    length = rules.hearing_length(at.astimezone(clock.BRUSSELS).date())
    taken = (Case.objects.filter(state="hearing_planned", controller_id=handler, hearing_at__gt=at - length, hearing_at__lt=at + length)
             .exclude(pk=case.pk).exclude(hearing_mode=HearingMode.WRITTEN).values_list("pk", "hearing_at").first())
    if not taken:
        return None
    return FieldError("hearing_at", _("Om %(time)s is al een verhoor gepland (dossier %(case)s) en een verhoor duurt %(minutes)s minuten: "
                                      "kies een ander uur.") % {"case": taken[0], "minutes": int(length.total_seconds() // 60),
                                                                 "time": taken[1].astimezone(clock.BRUSSELS).strftime("%H:%M")})


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
    if not (perms.is_own(principal, case) or perms.can_act(principal)):
        raise Forbidden(_("Enkel de controledienst zet stappen in een sanctieprocedure."))
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
        now = clock.now()
        # every defence is kept, a later one after the earlier ones with its time (attack of stop 27: a second one
        # replaced the first, whose receipt then named a text no longer in the file)
        earlier = Case.objects.select_for_update().values_list("response", flat=True).get(pk=case.pk)
        kept = f"{earlier}\n\n[{now.astimezone(clock.BRUSSELS).strftime('%d/%m/%Y %H:%M')}]\n{text}" if earlier else text
        if not waive_hearing and case.state == "hearing_planned":
            wf.check_version(Case.objects.get(pk=case.pk), version)
            Case.objects.filter(pk=case.pk).update(response=kept, responded_at=now, version=F("version") + 1)  # a replay is stale
            case.refresh_from_db()
        else:
            case = wf.transition(case, "respond", Who.of(principal), expected_version=version, reason=coded(R.WRITTEN_DEFENCE),
                                 data={"hearing_waived": True},
                                 fields={"response": kept, "responded_at": now, "facts": {**case.facts, "hearing_waived": True}})
            services.refresh_proposal(case)
        _defence_receipt(case, stored, text, waived=bool(waive_hearing), who=Who.of(principal))
    return case


def _defence_receipt(case: Case, stored: list[Evidence], text: str, *, waived: bool, who: Who):  # noqa: ANN202 - a messaging Message
    """A receipt through the one outbox (hash, times and evidence like every message): when the defence arrived, the
    SHA-256 of the text sent (`text`: this defence, kept in the case after any earlier one) and of every file, so the
    person can later prove what was submitted."""
    import hashlib

    received = case.responded_at or clock.now()
    files = "; ".join(f"{e.name} (SHA-256 {e.sha256})" for e in stored)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _send(case, messages.DEFENCE_RECEIVED, {
        "received_at": received.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y %H:%M"),
        "text_sha256": digest,
        "files": files or (lambda: _("geen")),
        "waiver": (lambda: _("U zag af van het verhoor: de controledienst beslist op basis van uw verweer en het dossier.")) if waived else
                  (lambda: _("Het verhoor blijft gepland; uw verweer zit bij het dossier.")),
    }, who, f"defence:{received.isoformat()}:{digest[:16]}")  # two defences in one second each get their receipt


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
    case = _acting(principal, case_id)
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


# The latest start a decision may ask for its sanction, in days after the decision (a requested later start, e.g. after
# a training or a job that ends, stays within the year).
SANCTION_START_MAX_DAYS = 365


def _sanction_start(value: object, decision: str, errors: list[FieldError]) -> dt.date | None:
    """A requested first day of a sanction (a decision, or one changed on appeal): not before today, within a year, and
    none for a warning or no sanction."""
    start = _date(value, "sanction_start", errors)
    if start is not None and start < clock.today():
        errors.append(FieldError("sanction_start", _("De sanctie kan niet ingaan vóór de datum van de beslissing (%(day)s).")
                                 % {"day": clock.today().strftime("%d/%m/%Y")}))
    elif start is not None and start > clock.today() + dt.timedelta(days=SANCTION_START_MAX_DAYS):
        # a start years away sanctions nobody (attack of stop 27: 31/12/9999 went out in a registered letter)
        errors.append(FieldError("sanction_start", _("De sanctie gaat uiterlijk een jaar na de beslissing in (%(day)s).")
                                 % {"day": (clock.today() + dt.timedelta(days=SANCTION_START_MAX_DAYS)).strftime("%d/%m/%Y")}))
    elif start is not None and decision in (Decision.NONE, Decision.WARNING):
        errors.append(FieldError("sanction_start", _("%(decision)s heeft geen begindatum: laat het veld leeg.") % {"decision": Decision(decision).label}))
    return None if decision in (Decision.NONE, Decision.WARNING) else start


def _weeks(weeks: object, decision: str, errors: list[FieldError]) -> int:
    try:
        weeks = int(weeks or 0)
    except (TypeError, ValueError):
        errors.append(FieldError("weeks", _("Een aantal weken.")))
        return 0
    if decision in Decision.values and decision not in WEEKS_DECISIONS and weeks:
        # Never drop what was sent without a word: a warning with weeks is a mistake the decider must see.
        errors.append(FieldError("weeks", _("%(decision)s heeft geen aantal weken: laat het veld leeg of kies een schorsing of uitsluiting.")
                                 % {"decision": Decision(decision).label}))
        return 0
    return weeks


def decide(principal: Principal, case_id: int, *, decision: str, weeks: int | None = 0, motivation: str, legal_ground: str = "",
           deviation_reason: str = "", deliberate: bool = False, sanction_start: object = None, version: int | None = None) -> Case:
    """Decide within the legal range; a decision other than the proposal needs a reason (kept beside the proposal).
    The decision is notified by a legal message whose deemed notification starts the appeal term."""
    case = _acting(principal, case_id)
    if case.state != "to_decide":
        wf.check_version(case, version)
    elif not may_decide(case):
        raise InvalidInput(_("Nog niet te beslissen: het verhoor vond niet plaats, de termijn voor verweer loopt nog en de persoon zag niet af van het verhoor."),
                           [FieldError("decision", _("Wacht op het verhoor of het einde van de termijn voor verweer."))])
    errors: list[FieldError] = []
    weeks = _weeks(weeks, decision, errors)
    proposal = services.proposal_for(case.person_id, case.infringement, case.occurred_on, deliberate=bool(deliberate), exclude_id=case.pk)
    errors += rules.check_decision(proposal, decision, weeks)
    motivation = _text(motivation, "motivation", errors, minimum=10, maximum=10000, message=_("Motiveer de beslissing (minstens 10 tekens)."))
    legal_ground = (legal_ground or "").strip() or proposal.legal_ground
    deviates = decision != proposal.decision or weeks != proposal.weeks
    deviation_reason = (deviation_reason or "").strip()
    if deviates and len(deviation_reason) < DEVIATION_REASON_MIN:
        errors.append(FieldError("deviation_reason", _("U wijkt af van het voorstel (%(proposal)s): geef een reden van minstens %(n)s tekens.") % {
            "proposal": proposal_text(proposal.decision, proposal.weeks), "n": DEVIATION_REASON_MIN}))
    start = _sanction_start(sanction_start, decision, errors)
    _fail(errors, _("De beslissing is niet bewaard."))
    who = Who.of(principal)
    with transaction.atomic():
        case = wf.transition(case, "decide", who, expected_version=version, reason=deviation_reason if deviates else coded(R.DECIDED_AS_PROPOSED),
                             data={"decision": decision, "weeks": weeks, "proposal": [proposal.decision, proposal.weeks], "deviates": deviates},
                             fields={"earlier_count": proposal.earlier, "proposed_decision": proposal.decision, "proposed_weeks": proposal.weeks,
                                     "proposal": proposal.as_json(), "decision": decision, "decision_weeks": weeks, "legal_ground": legal_ground,
                                     "motivation": motivation, "deviation_reason": deviation_reason if deviates else "", "decided_at": clock.now(),
                                     "decided_by_id": principal.user.pk, "sanction_start": None, "sanction_start_requested": start,
                                     "deadline": None,  # the hearing's term is over; the appeal term starts at the deemed notification
                                     "facts": {**case.facts, "deliberate": bool(deliberate)}})
        message = _send(case, messages.DECISION, {
            "decision": lambda: proposal_text(decision, weeks).lower(),
            # the day the case will hold: a requested day too early moves to the first possible one, and the letter
            # names that day (attack of stop 28: the letter said 02/12, the case 03/12)
            "start": lambda: sanction_start_text(decision, max(start, _earliest_sanction_start(case)) if start else None),
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
    if not (own or perms.can_act(principal)):
        raise Forbidden(_("Enkel de controledienst zet stappen in een sanctieprocedure."))
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
        case = wf.transition(case, "appeal", who, expected_version=version, reason=text[:500], reason_field="appeal", fields={"appeal_text": text, "appeal_lodged_on": day})
        _send(case, messages.APPEAL_RECEIVED, {"lodged_on": day}, who, "appeal-received")
    return case


def decide_appeal(principal: Principal, case_id: int, *, outcome: str, reason: str, decision: str = "", weeks: int | None = 0,
                  sanction_start: object = None, version: int | None = None) -> Case:
    """Record the outcome of the appeal. "changed" asks for the new decision (within the legal range of the rule table,
    its start by the rules of a decision): it becomes the sanction in force (Case.decision_in_force), the original
    decision stays as it was decided. "annulled" voids the sanction everywhere it is shown or counted. The letter to the
    person names the result."""
    case = _acting(principal, case_id)
    errors: list[FieldError] = []
    decision = (decision or "").strip()
    if outcome not in AppealOutcome.values:
        errors.append(FieldError("outcome", _("Kies de uitkomst van het beroep.")))
    reason = _text(reason, "reason", errors, minimum=10, maximum=5000, message=_("Geef de uitkomst en de reden (minstens 10 tekens)."))
    start = None
    new_weeks = 0
    if outcome == AppealOutcome.CHANGED:
        if not decision:
            errors.append(FieldError("decision", _("Bij een gewijzigde beslissing: kies de nieuwe beslissing.")))
        else:
            new_weeks = _weeks(weeks, decision, errors)
            proposal = services.proposal_for(case.person_id, case.infringement, case.occurred_on, deliberate=bool(case.facts.get("deliberate")),
                                             exclude_id=case.pk)
            errors += rules.check_decision(proposal, decision, new_weeks)
            if decision == case.decision and new_weeks == case.decision_weeks:
                errors.append(FieldError("decision", _("Dat is de oorspronkelijke beslissing: kies “Beslissing bevestigd” of geef de nieuwe beslissing.")))
            elif _severity(decision, new_weeks) > _severity(case.decision, case.decision_weeks):
                # the person's own appeal never makes the sanction heavier (no reformatio in peius; attack of stop 29: 8 → 52 weeks)
                errors.append(FieldError("decision", _("Op het beroep van de persoon zelf wordt de sanctie niet zwaarder dan %(original)s.")
                                         % {"original": proposal_text(case.decision, case.decision_weeks).lower()}))
            start = _appeal_start(case, sanction_start, decision, errors)
    elif decision or weeks or sanction_start:
        errors.append(FieldError("decision", _("Een nieuwe beslissing hoort enkel bij de uitkomst “Beslissing gewijzigd”.")))
    _fail(errors, _("De uitkomst is niet bewaard."))
    fields: dict = {"appeal_outcome": outcome, "appeal_decided_on": clock.today()}
    if outcome == AppealOutcome.CHANGED:
        # a changed sanction continues the one that ran: from the original start (the weeks served count), or a later
        # chosen day; a sanction that had not started yet starts as a decision does (attack of stop 29: 8 weeks nearly
        # served became 52 more weeks from the appeal letter)
        original = case.sanction_start or case.sanction_start_requested
        if decision in (Decision.NONE, Decision.WARNING):
            first = None
        elif start is not None or original is not None:
            first = start or original
        else:
            first = rules.sanction_start(decision, _appeal_letter_deemed_on(case), None)
        fields.update(appeal_decision=decision, appeal_weeks=new_weeks, appeal_sanction_start=first)
    who = Who.of(principal)
    with transaction.atomic():
        case = wf.transition(case, "decide_appeal", who, reason=reason, expected_version=version, fields=fields,
                             data={"outcome": outcome, **({"decision": decision, "weeks": new_weeks,
                                                           "sanction_start": fields["appeal_sanction_start"].isoformat()
                                                           if fields.get("appeal_sanction_start") else None}
                                                          if outcome == AppealOutcome.CHANGED else {})})
        _send(case, messages.APPEAL_DECIDED, {"outcome": lambda: str(AppealOutcome(outcome).label).lower(),
                                               "detail": lambda: f"{appeal_result_text(case)}\n{reason}"}, who, "appeal-decided")
    return case


SEVERITY = {Decision.NONE: 0, Decision.WARNING: 1, Decision.SUSPENSION: 2, Decision.EXCLUSION: 3, Decision.INDEFINITE: 4}


def _severity(decision: str, weeks: int | None) -> tuple[int, int]:
    return SEVERITY.get(decision, 0), int(weeks or 0)


def _appeal_start(case: Case, value: object, decision: str, errors: list[FieldError]) -> dt.date | None:
    """The first day of a sanction changed on appeal: not before the original sanction's start (the weeks already
    served count), within a year from today, none for a warning or no sanction."""
    start = _date(value, "sanction_start", errors)
    if start is None:
        return None
    if decision in (Decision.NONE, Decision.WARNING):
        errors.append(FieldError("sanction_start", _("%(decision)s heeft geen begindatum: laat het veld leeg.") % {"decision": Decision(decision).label}))
        return None
    original = case.sanction_start or case.sanction_start_requested
    earliest = original or clock.today()
    if original is not None and original <= clock.today() and start != original:
        # it has been running since then: a later start would leave the weeks served uncounted and make the whole heavier
        # than the decision (verification of stop 29: 8 weeks from 19/10 became 6 weeks from 10/12)
        errors.append(FieldError("sanction_start", _("De sanctie loopt sinds %(day)s: de gewijzigde sanctie telt vanaf die dag (laat het veld leeg).")
                                 % {"day": original.strftime("%d/%m/%Y")}))
    elif start < earliest:
        errors.append(FieldError("sanction_start", _("Niet vóór %(day)s, de begindatum van de oorspronkelijke sanctie (de weken die liepen, tellen).")
                                 % {"day": earliest.strftime("%d/%m/%Y")} if original else
                                 _("De sanctie kan niet ingaan vóór de datum van de beslissing (%(day)s).") % {"day": earliest.strftime("%d/%m/%Y")}))
    elif start > clock.today() + dt.timedelta(days=SANCTION_START_MAX_DAYS):
        errors.append(FieldError("sanction_start", _("De sanctie gaat uiterlijk een jaar na de beslissing in (%(day)s).")
                                 % {"day": (clock.today() + dt.timedelta(days=SANCTION_START_MAX_DAYS)).strftime("%d/%m/%Y")}))
    return start


def _appeal_letter_deemed_on(case: Case) -> dt.date:
    from werkregie.messaging import deemed, templates

    return deemed.expected_on(case.person_id, templates.get(messages.APPEAL_DECIDED).legal)


def appeal_result_text(case: Case) -> str:
    """What stands after the appeal, in words (the letter to the person and the pages)."""
    original = proposal_text(case.decision, case.decision_weeks).lower() if case.decision else ""
    if case.sanction_void:
        return _("De beslissing (%(original)s) is vernietigd: er geldt geen sanctie en ze telt nergens mee.") % {"original": original}
    if case.changed_on_appeal:
        text = _("De beslissing is gewijzigd: in plaats van %(original)s geldt nu %(new)s.") % {
            "original": original, "new": proposal_text(case.appeal_decision, case.appeal_weeks).lower()}
        if case.appeal_sanction_start:
            text += " " + _("De sanctie gaat in op %(day)s.") % {"day": case.appeal_sanction_start.strftime("%d/%m/%Y")}
        return text
    return _("De beslissing blijft gelden: %(decision)s.") % {"decision": original}


def in_force_text(case: Case) -> str:
    """The decision in force as people read it ("Schorsing van 4 weken"; "" when none stands)."""
    code = case.decision_in_force
    return proposal_text(code, case.weeks_in_force) if code else ""


def drop(principal: Principal, case_id: int, *, reason: str, version: int | None = None) -> Case:
    case = _acting(principal, case_id)
    errors: list[FieldError] = []
    reason = _text(reason, "reason", errors, minimum=10, maximum=5000, message=_("Geef een reden (minstens 10 tekens)."))
    _fail(errors, _("Het dossier is niet afgesloten."))
    return wf.transition(case, "drop", Who.of(principal), reason=reason, expected_version=version)


def close(principal: Principal, case_id: int, *, version: int | None = None) -> Case:
    case = _acting(principal, case_id)
    if case.state == "notified" and case.deadline and case.deadline >= clock.today():
        raise InvalidInput(_("De beroepstermijn loopt nog tot %(day)s.") % {"day": case.deadline.strftime("%d/%m/%Y")},
                           [FieldError("state", _("De beroepstermijn loopt nog."))])
    return wf.transition(case, "close", Who.of(principal), reason=coded(R.APPEAL_TERM_OVER), expected_version=version)


def open_manual_case(principal: Principal, person_id: int, infringement: str, *, facts: dict, source: tuple[str, int]) -> Case:
    """The control service opens a case itself (a transfer received on paper, a report of an employer…)."""
    if not perms.can_control(principal) or not perms.can_handle(principal, Case(person_id=person_id)):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    if not perms.can_act(principal):
        raise Forbidden(_("Enkel de controledienst zet stappen in een sanctieprocedure."))
    if infringement == Infringement.REFUSED_SUITABLE_JOB:
        raise InvalidInput(_("Een geweigerde job loopt via de toets passende dienstbetrekking."),
                           [FieldError("infringement", _("Gebruik de melding van een geweigerde job (met de vacature)."))])
    return services.open_case(person_id, infringement, facts=facts, source=source, who=Who.of(principal))
