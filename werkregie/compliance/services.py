"""Compliance for the other domains and the platform (no principal): open a case from an infringement, compute the
uniform proposal, and follow the messages whose deemed notification starts the hearing and appeal terms.

    open_case(person_id, infringement, *, facts, source=("appointment", 42), who=PLATFORM, suitability=None) -> Case

is idempotent by `source` (one case per agreement, appointment, application…): a second call returns the first case."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.people.models import Person
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.labels import coded
from werkregie.workflows.services import PLATFORM, Who

from . import rules
from .enums import AppealOutcome, Decision, Infringement
from .models import Case
from .workflows import APPEAL_TERM, HEARING_TERM, PLANNING_TERM

# Competence sources a refused job may be judged on: confirmed by the person (declared) or certified. Never "extracted".
ADMISSIBLE_SKILL_SOURCES = frozenset({"declared", "confirmed", "certified"})
SANCTIONS = (Decision.WARNING, Decision.SUSPENSION, Decision.EXCLUSION, Decision.INDEFINITE)


def _occurred_on(facts: dict) -> dt.date:
    raw = facts.get("occurred_on")
    if raw in (None, ""):
        return clock.today()
    if isinstance(raw, dt.datetime):
        day = raw.date()
    elif isinstance(raw, dt.date):
        day = raw
    else:
        try:
            day = dt.date.fromisoformat(str(raw))
        except ValueError:
            raise InvalidInput(_("Ongeldige datum van de feiten."), [FieldError("occurred_on", _("Een datum JJJJ-MM-DD."))]) from None
    check_past_date(day, "occurred_on", _("Ongeldige datum van de feiten."))
    return day


# Facts before this day are outside the platform's records (and far beyond any limitation period).
EARLIEST_FACTS = dt.date(2016, 1, 1)


def check_past_date(day: dt.date, name: str, title: str) -> None:
    """A date of facts: not in the future, not before EARLIEST_FACTS (422 naming the field)."""
    if day > clock.today():
        raise InvalidInput(title, [FieldError(name, _("Niet in de toekomst (uiterlijk %(day)s).") % {"day": clock.today().strftime("%d/%m/%Y")})])
    if day < EARLIEST_FACTS:
        raise InvalidInput(title, [FieldError(name, _("Niet vóór %(day)s: zo oude feiten kunnen niet meer tot een controledossier leiden.")
                                              % {"day": EARLIEST_FACTS.strftime("%d/%m/%Y")})])


def not_a_workday(day: dt.date) -> str:
    """Why a hearing (or another appointment with the person) cannot take place on `day`, naming the date and proposing
    the next working day; "" on a working day. Weekends and Belgian public holidays (werkregie.core.workdays)."""
    from werkregie.core.workdays import add_working_days, is_working_day

    if is_working_day(day):
        return ""
    why = _("een zaterdag") if day.weekday() == 5 else _("een zondag") if day.weekday() == 6 else _("een wettelijke feestdag")
    return _("%(day)s is %(why)s: kies een werkdag, bijvoorbeeld %(next)s.") % {
        "day": day.strftime("%d/%m/%Y"), "why": why, "next": add_working_days(day, 1).strftime("%d/%m/%Y")}


def _plain(value: dict) -> dict:
    """Facts as plain JSON (dates as ISO strings, decimals as strings), so any domain may pass its own values."""
    import json

    from django.core.serializers.json import DjangoJSONEncoder

    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def check_suitability(suitability: dict | None) -> None:
    """A refused job counts only when the matching's suitability check called it suitable, judged on confirmed or
    certified competences only. Raises InvalidInput naming what is missing."""
    if not isinstance(suitability, dict):
        raise InvalidInput(_("Een weigering telt enkel met de toets passende dienstbetrekking van die dag."),
                           [FieldError("suitability", _("De toets passende dienstbetrekking ontbreekt."))])
    if suitability.get("verdict") != "suitable":
        raise InvalidInput(_("De job was volgens de toets niet passend (uitkomst: %(verdict)s): een weigering kan niet gesanctioneerd worden.")
                           % {"verdict": suitability.get("verdict") or "?"},
                           [FieldError("suitability", _("De toets noemde de job niet passend."))])
    basis = suitability.get("skill_sources")
    if not isinstance(basis, list | tuple) or not set(basis) <= ADMISSIBLE_SKILL_SOURCES:
        raise InvalidInput(_("De toets moet oordelen op bevestigde of gecertificeerde competenties alleen, nooit op afgeleide."),
                           [FieldError("suitability", _("De toets steunde op competenties die het platform enkel afleidde."))])


def open_case(person_id: int, infringement: str, *, facts: dict, source: tuple[str, int], who: Who = PLATFORM,
              suitability: dict | None = None) -> Case:
    """Open a compliance case (transferred to the control service), or return the one already opened for `source`."""
    errors = []
    if infringement not in Infringement.values:
        errors.append(FieldError("infringement", _("Onbekende inbreuk; kies uit %(kinds)s.") % {"kinds": ", ".join(Infringement.values)}))
    try:
        source_workflow, source_id = str(source[0]), int(source[1])
        if not source_workflow or len(source_workflow) > 40:
            raise ValueError
    except (TypeError, ValueError, IndexError):
        errors.append(FieldError("source", _("Een bron (workflow, id).")))
        source_workflow, source_id = "", 0
    if not isinstance(facts, dict):
        errors.append(FieldError("facts", _("De feiten als object.")))
    if errors:
        raise InvalidInput(_("Het dossier is niet geopend."), errors)
    existing = Case.objects.filter(source_workflow=source_workflow, source_id=source_id).first()
    if existing is not None:
        return existing
    if infringement == Infringement.REFUSED_SUITABLE_JOB:
        check_suitability(suitability)
    if not Person.objects.filter(pk=person_id).exists():
        raise NotFound(_("Geen persoon met dit nummer."))
    occurred_on = _occurred_on(facts)
    facts = _plain({**facts, "occurred_on": occurred_on.isoformat()})
    suitability = _plain(suitability) if suitability is not None else None
    proposal = proposal_for(person_id, infringement, occurred_on, deliberate=bool(facts.get("deliberate")))
    from werkregie.workflows.deadlines import term_end

    try:
        with transaction.atomic():
            return wf.create(
                Case, who, reason=str(facts.get("summary", ""))[:500], data={"source": [source_workflow, source_id], "infringement": infringement},
                person_id=person_id, infringement=infringement, source_workflow=source_workflow, source_id=source_id, facts=facts,
                suitability=suitability, occurred_on=occurred_on, opened_at=clock.now(), earlier_count=proposal.earlier,
                proposed_decision=proposal.decision, proposed_weeks=proposal.weeks, proposal=proposal.as_json(),
                deadline=term_end(PLANNING_TERM, clock.today()),
            )
    except IntegrityError:  # opened at the same moment by another process: the first one stands
        found = Case.objects.filter(source_workflow=source_workflow, source_id=source_id).first()
        if found is None:
            raise
        return found


def suitability_on_confirmed(person_id: int, vacancy_id: int, on: dt.date) -> dict:
    """The matching's suitability check of a vacancy for a person on a day, on confirmed or certified competences
    only: pass its result as `suitability` to open_case (it refuses anything but "suitable")."""
    from .use_cases import suitability_on_confirmed as check

    return check(person_id, vacancy_id, on)


def in_force_q(decisions) -> Q:  # noqa: ANN001 - decision codes
    """Cases whose decision in force (Case.decision_in_force) is one of `decisions`: the decision, unless changed on
    appeal (then the new decision) or annulled (then none)."""
    kept = Q(decision__in=list(decisions)) & ~Q(appeal_outcome__in=[AppealOutcome.CHANGED, AppealOutcome.ANNULLED])
    changed = Q(appeal_outcome=AppealOutcome.CHANGED, appeal_decision__in=list(decisions))
    # an outcome "changed" recorded before the new decision was asked for keeps the decision (nothing else was recorded)
    legacy = Q(decision__in=list(decisions), appeal_outcome=AppealOutcome.CHANGED, appeal_decision="")
    return kept | changed | legacy


def earlier_count(person_id: int, infringement: str, occurred_on: dt.date, *, exclude_id: int | None = None) -> int:
    """Earlier infringements of the same type within the repetition window before `occurred_on` that led to a
    sanction or warning still standing: the decision in force (changed on appeal: the new one; annulled: none)."""
    window = rules.repetition_window_months(occurred_on)
    qs = Case.objects.filter(person_id=person_id, infringement=infringement, occurred_on__lt=occurred_on,
                             occurred_on__gte=occurred_on - relativedelta(months=window)).filter(in_force_q(SANCTIONS))
    if exclude_id is not None:
        qs = qs.exclude(pk=exclude_id)
    return qs.count()


def proposal_for(person_id: int, infringement: str, occurred_on: dt.date, *, deliberate: bool = False,
                 exclude_id: int | None = None) -> rules.Proposal:
    earlier = earlier_count(person_id, infringement, occurred_on, exclude_id=exclude_id)
    return rules.propose(infringement, earlier, occurred_on, deliberate=deliberate)


def refresh_proposal(case: Case, *, deliberate: bool | None = None) -> rules.Proposal:
    """Recompute the proposal (earlier cases may have been decided since the case was opened) and store it."""
    if deliberate is None:
        deliberate = bool(case.facts.get("deliberate"))
    proposal = proposal_for(case.person_id, case.infringement, case.occurred_on, deliberate=deliberate, exclude_id=case.pk)
    Case.objects.filter(pk=case.pk).update(earlier_count=proposal.earlier, proposed_decision=proposal.decision, proposed_weeks=proposal.weeks,
                                           proposal=proposal.as_json())
    case.earlier_count, case.proposed_decision, case.proposed_weeks, case.proposal = proposal.earlier, proposal.decision, proposal.weeks, proposal.as_json()
    return proposal


def _deemed(message_ids: set[int]) -> dict[int, dt.date]:
    if not message_ids:
        return {}
    from werkregie.messaging.models import Message

    return dict(Message.objects.filter(pk__in=message_ids, deemed_notified_on__isnull=False).values_list("pk", "deemed_notified_on"))


def sync_notifications(case_ids: list[int] | None = None) -> dict[str, int]:
    """Start the terms that depend on a message once its deemed notification date is known: the hearing's response
    term (deadline of a planned hearing) and the appeal term (the decision becomes "notified"). Idempotent."""
    from werkregie.workflows.deadlines import term_end

    counts = {"hearing_terms": 0, "notified": 0}
    hearing = Case.objects.filter(state="hearing_planned", hearing_notified_on__isnull=True, hearing_message_id__isnull=False)
    decided = Case.objects.filter(state="decided", decision_message_id__isnull=False)
    if case_ids is not None:
        hearing, decided = hearing.filter(pk__in=case_ids), decided.filter(pk__in=case_ids)
    hearing, decided = list(hearing.only("pk", "hearing_message_id")), list(decided)
    deemed = _deemed({c.hearing_message_id for c in hearing} | {c.decision_message_id for c in decided})
    for case in hearing:
        on = deemed.get(case.hearing_message_id)
        if on is not None:
            Case.objects.filter(pk=case.pk, hearing_notified_on__isnull=True).update(hearing_notified_on=on, deadline=term_end(HEARING_TERM, on))
            counts["hearing_terms"] += 1
    for case in decided:
        on = deemed.get(case.decision_message_id)
        if on is not None:
            start = rules.sanction_start(case.decision, on, case.sanction_start_requested)
            wf.transition(case, "notified", PLATFORM, reason=coded(R.DEEMED_NOTIFIED, day=on),
                          deadline=term_end(APPEAL_TERM, on), fields={"decision_notified_on": on, "sanction_start": start},
                          data={"message": case.decision_message_id, "sanction_start": start.isoformat() if start else None})
            counts["notified"] += 1
    return counts


def sweep_cases(as_of: dt.date) -> dict[str, int]:
    """The deadline sweep's work for compliance on `as_of` (idempotent; every case is one atomic transition)."""
    counts = sync_notifications()
    counts["hearing_expired"] = counts["appeal_term_over"] = 0
    for case in Case.objects.filter(state="hearing_planned", deadline__lt=as_of).order_by("pk"):
        # coded: shown in the reader's language (walk of stop 29: Dutch on the English case page)
        wf.transition(case, "term_expired", PLATFORM, reason=coded(R.DEFENCE_TERM_OVER if case.response else R.DEFENCE_TERM_OVER_NONE, day=case.deadline))
        refresh_proposal(case)
        counts["hearing_expired"] += 1
    for case in Case.objects.filter(state="notified", deadline__lt=as_of).order_by("pk"):
        wf.transition(case, "close", PLATFORM,
                      reason=coded(R.APPEAL_TERM_OVER_ON, day=case.deadline))
        counts["appeal_term_over"] += 1
    return counts


def persons_with_cases(person_ids) -> set[int]:  # noqa: ANN001 - any iterable of ids
    """Which of these persons have an open case (for other domains' pages, without details)."""
    from .workflows import OPEN_STATES

    return set(Case.objects.filter(person_id__in=list(person_ids), state__in=OPEN_STATES).values_list("person_id", flat=True))


__all__ = ["open_case", "check_suitability", "suitability_on_confirmed", "earlier_count", "proposal_for", "refresh_proposal", "sync_notifications", "sweep_cases", "persons_with_cases"]
