"""Use cases of trajectories: open, suspend, resume and close a trajectory; make, version, propose, accept and escalate
binding agreements; add and review steps and their evidence; the special routes (sickness, newcomers, language need);
the counsellor's file and the citizen's "Mijn afspraken". Every state change goes through werkregie.workflows; every
read of personal data is logged once here.

This module holds the trajectory's life cycle and the escalation of missed agreements, and is the one entry point
(pages, API, sweeps, tests import from here); the other parts live in agreements, steps, routes, file_views and
common, re-exported below."""

from __future__ import annotations

import datetime as dt
import functools
from importlib.util import find_spec

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from werkregie.access.services import record_access  # noqa: F401 - pages and the API log their reads through it
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import add as add_term
from werkregie.workflows.deadlines import term_end
from werkregie.workflows.services import PLATFORM, Who, check_version

from . import labels, perms
from .agreements import (  # noqa: F401
    CARRY_FIELDS,
    STEP_FIELDS,
    _after_acceptance,
    _carry_over,
    accept,
    accept_on_paper,
    add_step,
    carry_approval,
    clean_step,
    create_agreement,
    draft_for,
    edit_step,
    propose,
    remove_step,
    update_agreement,
)

# re-exported: callers use werkregie.trajectories.use_cases for every use case of the domain
from .common import (  # noqa: F401
    BINDING_KINDS,
    CEFR_ORDER,
    EDITABLE_STEP,
    FILE_PATH,
    LIVE_AGREEMENT,
    LIVE_STEP,
    MY_PATH,
    REVIEW_DAYS,
    _bad,
    _bump,
    _get,
    close_task,
    file_url,
    fmt,
    my_link,
    notify,
    pause_deadline_tasks,
    resume_deadline_tasks,
    task,
    who_of,
)
from .enums import OUTFLOW_REASONS, AgreementLevel, EndReason, StepKind, SuspensionReason, TrajectoryKind, next_level
from .file_views import (  # noqa: F401
    AgreementRow,
    MyAgreements,
    TrajectoryFile,
    _agreement_rows,
    applications_done,
    current_after_conflict,
    my_agreements,
    steps_query_for,
    trajectory_file,
)
from .models import Agreement, AgreementStep, Trajectory
from .routes import LanguageNeed, language_need, language_needs, start_newcomer_route, start_sickness_route  # noqa: F401
from .steps import (  # noqa: F401
    _maybe_fulfilled,
    _remove_file,
    evidence_file,
    partner_refusal,
    partner_step,
    partner_steps_view,
    partner_update,
    review_step,
    submit_evidence,
)

# --------------------------------------------------------------------------- trajectories

def open_trajectory(who: Who, person_id: int, kind: str = TrajectoryKind.STANDARD, *, start: dt.date | None = None, source: str = "",
                    deadline: dt.date | None = None, term: bool = True) -> Trajectory:
    """Open a trajectory (state open). The running term: agreements within 3 months (standard, newcomer); a periodic
    check (follow-up plan of the self-reliant); for the sick the caller passes the month-5 deadline. One open per person.
    `term=False`: no 3-month term unless the caller passes one (not on benefit: no binding-agreement deadline)."""
    if kind not in TrajectoryKind.values:
        raise _bad("kind", _("Onbekende soort traject."))
    start = start or clock.today()
    check_on = None
    if deadline is None and term and kind in BINDING_KINDS:
        deadline = max(term_end("agreements_after_registration", start), clock.today())
    if kind == TrajectoryKind.FOLLOW_UP:
        check_on = term_end("follow_up_check", start)
    existing = Trajectory.objects.filter(person_id=person_id).exclude(state="closed").values_list("pk", flat=True).first()
    if existing:
        raise Conflict(_("Deze persoon heeft al een lopend traject."), [FieldError("person", _("Er is al een lopend traject."))], existing_id=existing)
    try:
        with transaction.atomic():
            return wf.create(Trajectory, who, deadline=deadline, person_id=person_id, kind=kind, started_on=start, source=source[:60],
                             check_on=check_on)
    except IntegrityError:
        existing = Trajectory.objects.filter(person_id=person_id).exclude(state="closed").values_list("pk", flat=True).first()
        raise Conflict(_("Deze persoon heeft al een lopend traject."), [FieldError("person", _("Er is al een lopend traject."))],
                       existing_id=existing) from None


def start_trajectory(principal: Principal, person_id: int, kind: str, note: str = "") -> Trajectory:
    """Start a trajectory by hand. For the sick with a current mutuality link and the newcomers with an integration
    agency link this starts their special route (the partner's step included)."""
    perms.require_editor(principal, person_id)
    route = _special_route(person_id, kind)
    if route is not None:
        return route(who_of(principal))
    trajectory = open_trajectory(who_of(principal), person_id, kind, source=f"manual:{principal.user.pk}")
    if trajectory.deadline:
        _agreement_to_make_task(trajectory)
    return trajectory


def _special_route(person_id: int, kind: str):  # noqa: ANN202 - a callable(who) or None
    from werkregie.access.purposes import Purpose
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import PartnerLink, StatusEpisode
    from werkregie.people.perms import _current

    if kind == TrajectoryKind.SICKNESS:
        link = _current(PartnerLink.objects.filter(person_id=person_id, purpose=Purpose.SICKNESS_REINTEGRATION)).first()
        sick = _current(StatusEpisode.objects.filter(person_id=person_id, kind=StatusKind.SICK)).order_by("-start").first()
        if link and sick:
            return lambda who: start_sickness_route(who, person_id, mutuality_id=link.organisation_id, sick_since=sick.start)
    if kind == TrajectoryKind.NEWCOMER:
        link = _current(PartnerLink.objects.filter(person_id=person_id, purpose=Purpose.INTEGRATION_TRAJECTORY)).first()
        if link:
            return lambda who: start_newcomer_route(who, person_id, agency_id=link.organisation_id)
    return None


def open_after_screening(assessment, who: Who = PLATFORM) -> Trajectory | None:  # noqa: ANN001 - a screening Assessment
    """The trajectory that follows a screening, by the same rule as the nightly sweep (which stays as the safety net):
    only for a deployable job seeker who is seeking on the assessment day; standard for the not self-reliant (with the
    3-month term when on benefit, none otherwise), a follow-up plan for the self-reliant. An open follow-up plan of
    someone now judged not self-reliant is closed and the standard trajectory opened; any other open trajectory stays.
    Called by the screening hook inside the transaction that saves the assessment."""
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import StatusEpisode

    day = assessment.assessed_at.astimezone(clock.BRUSSELS).date()
    seeking = StatusEpisode.objects.filter(person_id=assessment.person_id, kind__in=(StatusKind.JOBSEEKER_BENEFIT, StatusKind.JOBSEEKER_NO_BENEFIT),
                                           start__lte=day).filter(Q(end__isnull=True) | Q(end__gte=day))
    if assessment.not_deployable or not seeking.exists():
        return None
    kind = TrajectoryKind.FOLLOW_UP if assessment.self_reliant else TrajectoryKind.STANDARD
    current = Trajectory.objects.filter(person_id=assessment.person_id).exclude(state="closed").first()
    if current is not None:
        if not (current.kind == TrajectoryKind.FOLLOW_UP and kind == TrajectoryKind.STANDARD):
            return None
        close(who, current.pk, EndReason.OTHER, on=day, note=_("Niet langer zelfredzaam volgens de screening van %(date)s") % {"date": fmt(day)})
    benefit = list(StatusEpisode.objects.filter(person_id=assessment.person_id, kind=StatusKind.JOBSEEKER_BENEFIT).values_list("start", "end"))
    deadline = agreement_deadline(benefit, day, clock.today()) if kind == TrajectoryKind.STANDARD and benefit else None
    try:
        trajectory = open_trajectory(who, assessment.person_id, kind, start=day, source=f"screening:{assessment.pk}", deadline=deadline, term=False)
    except Conflict:
        return None
    if trajectory.deadline:
        _agreement_to_make_task(trajectory)
    return trajectory


def agreement_deadline(benefit_episodes: list[tuple[dt.date, dt.date | None]], assessed_on: dt.date, as_of: dt.date) -> dt.date | None:
    """The 3-month term for binding agreements, as the worklist counts it (one policy): from the start of the current
    spell on benefit; when the non-self-reliant assessment came after that term ended, the full term from the assessment.
    None when the person is not on benefit on `as_of`."""
    from werkregie.screening.engine import register

    episodes = [register.Episode("jobseeker_benefit", start, end) for start, end in benefit_episodes]
    start = register.spell_start(episodes, as_of)
    if start is None:
        return None
    due = _cached_term_end("agreements_after_registration", start)
    return _cached_term_end("agreements_after_registration", assessed_on) if assessed_on > due else due


_cached_term_end = functools.lru_cache(maxsize=16384)(term_end)  # pure: the dated YAML does not change while running


def _agreement_to_make_task(trajectory: Trajectory) -> None:
    task(f"trajectory:{trajectory.pk}:agreement_to_make", person_id=trajectory.person_id, kind="agreement_to_make", due_on=trajectory.deadline,
         title=labels.coded(labels.AGREEMENT_TO_MAKE, date=trajectory.deadline), url=file_url(trajectory.person_id))


def suspend(who: Who, trajectory_id: int, reason: str, *, on: dt.date | None = None, note: str = "", expected_version: int | None = None) -> Trajectory:
    """Suspend a trajectory (sickness, a period of work): its running deadlines stop until it resumes."""
    if reason not in SuspensionReason.values:
        raise _bad("reason", _("Kies een reden voor de schorsing."))
    if reason == SuspensionReason.OTHER and len(note.strip()) < 5:  # every legal term stops: say why (walk of stop 29)
        raise _bad("note", _("Zeg bij een andere reden waarom het traject geschorst wordt (minstens 5 tekens)."))
    trajectory = _get(Trajectory, trajectory_id)
    on = on or clock.today()
    text = note.strip() or str(SuspensionReason(reason).label)
    with transaction.atomic():
        trajectory = wf.transition(trajectory, "suspend", who, reason=text, reason_field="note", expected_version=expected_version,
                                   deadline=trajectory.deadline, data={"on": on.isoformat(), "reason": reason},
                                   fields={"suspended_on": on, "suspension_reason": reason, "resume_to": trajectory.state})
        pause_deadline_tasks(trajectory.pk)
    return trajectory


def resume(who: Who, trajectory_id: int, *, on: dt.date | None = None, expected_version: int | None = None) -> Trajectory:
    """Resume a suspended trajectory: every running deadline (the trajectory's, proposed agreements' acceptance terms,
    open steps' due dates, the periodic check) moves by the number of days it was suspended."""
    on = on or clock.today()
    with transaction.atomic():
        trajectory = _get(Trajectory, trajectory_id, lock=True)
        if trajectory.state != "suspended":
            raise wf.TransitionRefused(_("Dit traject is niet geschorst."))
        days = max(0, (on - trajectory.suspended_on).days) if trajectory.suspended_on else 0
        shift = dt.timedelta(days=days)
        for step in AgreementStep.objects.select_for_update().filter(agreement__trajectory=trajectory, state__in=LIVE_STEP):
            step.due_on += shift
            step.deadline = step.due_on
            step.save(update_fields=["due_on", "deadline"])
        for agreement in Agreement.objects.select_for_update().filter(trajectory=trajectory, state="proposed", deadline__isnull=False):
            agreement.deadline += shift
            agreement.save(update_fields=["deadline"])
        resume_deadline_tasks(trajectory.pk, shift)
        name = "reopen" if trajectory.resume_to == "open" else "resume"
        deadline = trajectory.deadline + shift if trajectory.deadline else None
        trajectory = wf.transition(trajectory, name, who, reason=labels.coded(R.RESUMED_AFTER, days=days),
                                   expected_version=expected_version, deadline=deadline, data={"on": on.isoformat(), "days": days},
                                   fields={"suspended_on": None, "suspension_reason": "", "resume_to": "",
                                           "suspended_days": trajectory.suspended_days + days,
                                           "check_on": trajectory.check_on + shift if trajectory.check_on else None})
        if trajectory.state == "open" and trajectory.deadline:
            _agreement_to_make_task(trajectory)
    return trajectory


def close(who: Who, trajectory_id: int, end_reason: str, *, on: dt.date | None = None, note: str = "", expected_version: int | None = None) -> Trajectory:
    """Close a trajectory: lasting work (outflow, for the KPIs) or another end. Live agreements are withdrawn and open
    steps cancelled; their worklist tasks close."""
    if end_reason not in EndReason.values:
        raise _bad("end_reason", _("Kies een reden van afsluiting."))
    if end_reason == EndReason.OTHER and len(note.strip()) < 5:  # walk of stop 28: "Andere reden" closed it without a word
        raise _bad("note", _("Zeg bij een andere reden waarom het traject afsluit (minstens 5 tekens)."))
    on = on or clock.today()
    with transaction.atomic():
        trajectory = _get(Trajectory, trajectory_id, lock=True)
        check_version(trajectory, expected_version)
        for agreement in Agreement.objects.filter(trajectory=trajectory, state__in=LIVE_AGREEMENT):
            _withdraw(agreement, PLATFORM, _("Traject afgesloten"))
        outflow = end_reason in OUTFLOW_REASONS
        text = note.strip() or str(EndReason(end_reason).label)
        trajectory = wf.transition(trajectory, "close", who, reason=text, reason_field="note", data={"on": on.isoformat(), "end_reason": end_reason, "outflow": outflow},
                                   fields={"closed_on": on, "end_reason": end_reason, "outflow": outflow, "suspended_on": None})
        # every task of the trajectory ends with it (walk of stop 28: "Re-integratie bekijken" stayed open)
        for what in ("agreement_to_make", "reintegration_review", "language_need", "check"):
            close_task(f"trajectory:{trajectory.pk}:{what}")
    return trajectory


def _withdraw(agreement: Agreement, who: Who, reason: str) -> None:
    for step in agreement.steps.filter(state__in=LIVE_STEP):
        wf.transition(step, "cancel", PLATFORM, reason=reason)
        close_task(f"step:{step.pk}:evidence")
        close_task(f"step:{step.pk}:due")
    wf.transition(agreement, "withdraw", who, reason=reason)
    close_task(f"agreement:{agreement.pk}:escalate")


def close_by_counsellor(principal: Principal, trajectory_id: int, end_reason: str, note: str, expected_version: int | None) -> Trajectory:
    trajectory = _get(Trajectory, trajectory_id)
    perms.require_editor(principal, trajectory.person_id)
    return close(who_of(principal), trajectory_id, end_reason, note=note, expected_version=expected_version)


def suspend_by_counsellor(principal: Principal, trajectory_id: int, reason: str, note: str, expected_version: int | None) -> Trajectory:
    trajectory = _get(Trajectory, trajectory_id)
    perms.require_editor(principal, trajectory.person_id)
    return suspend(who_of(principal), trajectory_id, reason, note=note, expected_version=expected_version)


def resume_by_counsellor(principal: Principal, trajectory_id: int, expected_version: int | None) -> Trajectory:
    trajectory = _get(Trajectory, trajectory_id)
    perms.require_editor(principal, trajectory.person_id)
    return resume(who_of(principal), trajectory_id, expected_version=expected_version)


# --------------------------------------------------------------------------- misses and escalation

def miss_agreement(agreement: Agreement, who: Who, reason: str) -> Agreement:
    """A binding agreement was not met: mark it and put the escalation on the counsellor's worklist."""
    agreement = wf.transition(agreement, "miss", who, reason=reason)
    nxt = next_level(agreement.level) if agreement.binding else None
    if not agreement.binding:
        title = labels.coded(labels.FOLLOW_UP_MISSED)
    elif nxt:
        title = labels.coded(labels.ESCALATE[nxt])
    else:
        title = labels.coded(labels.TO_CONTROL)
    task(f"agreement:{agreement.pk}:escalate", person_id=agreement.person_id, kind="agreement_overdue", due_on=clock.today(), title=title,
         url=file_url(agreement.person_id), detail=reason)
    return agreement


def escalate(principal: Principal, agreement_id: int, expected_version: int | None, *, due_on: dt.date | None = None) -> dict:
    """After a missed binding agreement: the next level (formal, then final agreement, as a draft with the unmet steps
    to propose again) or, after a missed final agreement, the file goes to the control service (a compliance case)."""
    agreement = _get(Agreement, agreement_id)
    perms.require_editor(principal, agreement.person_id)
    who = who_of(principal)
    with transaction.atomic():
        # Lock the row, then check version and earlier escalations INSIDE the transaction: parallel requests queue here
        # and only the first one escalates (the partial unique index one_escalation_per_agreement backs this up).
        agreement = _get(Agreement, agreement_id, lock=True)
        check_version(agreement, expected_version)
        if agreement.state != "missed" or not agreement.binding:
            raise wf.TransitionRefused(_("Enkel een niet-nagekomen bindende afspraak kan escaleren."))
        if agreement.escalations.exists() or agreement.case_id:
            raise Conflict(_("Deze afspraak is al geëscaleerd."))
        nxt = next_level(agreement.level)
        unmet = list(agreement.steps.filter(state="missed"))
        # steps still open in the missed agreement go along to the next level (or lapse with the transfer) instead of
        # staying "Open" in an agreement that no longer binds (walk of stop 29)
        # (not a step whose evidence waits for review: the counsellor judges it where it was handed in — verification of stop 29)
        still_open = list(agreement.steps.filter(state__in=LIVE_STEP).exclude(state="evidence_submitted").order_by("pk"))
        if nxt:
            due = due_on or add_term(clock.today(), 1, "months")
            title = agreement.title
            if labels.render(title).strip().lower() == str(AgreementLevel(agreement.level).label).lower() and nxt in labels.LEVEL_TITLES:
                title = labels.coded(labels.LEVEL_TITLES[nxt])
            new = create_agreement(None, agreement.trajectory_id, who=who, title=title, notes=agreement.notes, level=nxt,
                                   escalated_from=agreement)
            for step in unmet + still_open:
                wf.create(AgreementStep, who, deadline=due, agreement=new, person_id=step.person_id, kind=step.kind, title=step.title,
                          details=step.details, due_on=due, evidence_kind=step.evidence_kind, applications_required=step.applications_required,
                          applications_from=clock.today() if step.kind == StepKind.APPLICATIONS else None, cefr_target=step.cefr_target,
                          hours_per_month=step.hours_per_month, partner_id=step.partner_id, carried_from=step)
            for step in still_open:
                wf.transition(step, "cancel", who, reason=labels.coded(R.CARRIED_TO_NEXT_LEVEL))
                close_task(f"step:{step.pk}:due")
            Agreement.objects.filter(pk=agreement.pk).update(version=agreement.version + 1)
            notify(agreement.person_id, "trajectories.escalation_warning",
                   {"title": agreement.title, "steps": lambda: ", ".join(labels.render(s.title) for s in unmet) or labels.render(agreement.title),
                    "next_level": lambda: str(AgreementLevel(nxt).label).lower()},
                   who=who, related=("agreement", agreement.pk), dedupe_key=f"agreement:{agreement.pk}:escalation")
            close_task(f"agreement:{agreement.pk}:escalate")
            return {"agreement": new, "case_id": None}
        if principal.role == Role.ADMIN:  # the admin starts no sanction procedure (separation of duties, attack of stop 29)
            raise Forbidden(_("De overdracht aan de controledienst doet de bemiddelaar; de beheerder start geen sanctieprocedure."))
        case_id = transfer_to_control(agreement, who, unmet)
        for step in still_open:
            wf.transition(step, "cancel", who, reason=labels.coded(R.STEP_TO_CONTROL))
            close_task(f"step:{step.pk}:due")
    close_task(f"agreement:{agreement.pk}:escalate")
    return {"agreement": None, "case_id": case_id}


def transfer_to_control(agreement: Agreement, who: Who, unmet: list[AgreementStep]) -> int | None:
    """A missed final agreement: open the compliance case (werkregie.compliance.services.open_case)."""
    if not find_spec("werkregie.compliance.services"):
        raise Conflict(_("De controledienst is nog niet beschikbaar op dit platform."))
    from werkregie.compliance import services as compliance

    facts = {
        "agreement_id": agreement.pk, "series": agreement.series, "level": agreement.level, "title": labels.render(agreement.title),
        "accepted_at": agreement.accepted_at.isoformat() if agreement.accepted_at else None, "accepted_how": agreement.accepted_how,
        "missed_steps": [{"id": s.pk, "kind": s.kind, "title": labels.render(s.title), "due_on": s.due_on.isoformat()} for s in unmet],
        "chain": [a.pk for a in _escalation_chain(agreement)],
        "occurred_on": max((s.due_on for s in unmet), default=clock.today()).isoformat(),
        "summary": _("Ultieme afspraak “%(title)s” niet nagekomen") % {"title": labels.render(agreement.title)},
    }
    case = compliance.open_case(agreement.person_id, "agreement_not_met", facts=facts, source=("agreement", agreement.pk), who=who)
    Agreement.objects.filter(pk=agreement.pk).update(case_id=case.pk, version=agreement.version + 1)
    notify(agreement.person_id, "trajectories.transfer_to_control", {"title": agreement.title}, who=who, related=("agreement", agreement.pk),
           dedupe_key=f"agreement:{agreement.pk}:transfer")
    return case.pk


def _escalation_chain(agreement: Agreement) -> list[Agreement]:
    chain = [agreement]
    while chain[-1].escalated_from_id and len(chain) < 10:
        chain.append(Agreement.objects.get(pk=chain[-1].escalated_from_id))
    return list(reversed(chain))
