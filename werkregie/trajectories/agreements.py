"""Binding agreements: drafting, versions, steps in a draft, proposing and accepting (online or on paper), and what
acceptance carries over."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.core.text import one_line_problem, readable_length, text_problem
from werkregie.formats.punctuation import join_semicolons
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import add as add_term
from werkregie.workflows.services import PLATFORM, Who, check_version

from . import labels, perms
from .common import (
    BINDING_KINDS,
    CEFR_ORDER,
    EDITABLE_STEP,
    LIVE_AGREEMENT,
    LIVE_STEP,
    REVIEW_DAYS,
    _bad,
    _bump,
    _get,
    close_task,
    file_url,
    fmt,
    notify,
    task,
    who_of,
)
from .enums import AcceptedHow, AgreementLevel, EvidenceKind, StepKind
from .models import Agreement, AgreementStep, Evidence, Trajectory

# --------------------------------------------------------------------------- agreements: drafting and versions

def create_agreement(principal: Principal | None, trajectory_id: int, *, title: str, notes: str = "", level: str = AgreementLevel.SHEET,
                     who: Who | None = None, escalated_from: Agreement | None = None, level_reason: str = "") -> Agreement:
    """A new agreement (series) as a draft. It starts as an agreement sheet: a formal or final agreement comes through
    the escalation of a missed one (`escalate`); starting higher needs a reason, logged with the creation (walk of stop
    29: a first agreement made "final" went to the control service at its first miss)."""
    trajectory = _get(Trajectory, trajectory_id)
    if principal is not None:
        perms.require_editor(principal, trajectory.person_id)
    who = who or (who_of(principal) if principal else PLATFORM)
    title = (title or "").strip()
    errors = []
    if not title:
        errors.append(FieldError("title", _("Geef de afspraken een titel.")))
    if level not in AgreementLevel.values:
        errors.append(FieldError("level", _("Onbekend niveau.")))
    if trajectory.state == "closed":
        errors.append(FieldError("trajectory", _("Dit traject is afgesloten.")))
    level_reason = (level_reason or "").strip()
    higher = level in (AgreementLevel.FORMAL, AgreementLevel.FINAL) and escalated_from is None
    if level_reason and (problem := text_problem(level_reason)):  # NUL or zero-width characters are no reason (attack of stop 29)
        errors.append(FieldError("level_reason", problem))
    elif level_reason and not higher:  # a reason for nothing would be logged as if it meant something
        errors.append(FieldError("level_reason", _("Een reden hoort enkel bij een formele of ultieme afspraak die niet uit een escalatie volgt: "
                                                    "laat het veld leeg.")))
    elif higher and readable_length(level_reason) < 10:
        errors.append(FieldError("level_reason", _("Afspraken beginnen als afsprakenblad; een formele of ultieme afspraak volgt na een "
                                                    "niet-nagekomen afspraak (Escaleren). Zeg waarom deze meteen op dit niveau begint "
                                                    "(minstens 10 tekens).")))
    if errors:
        raise InvalidInput(errors[0].message, errors)
    binding = trajectory.kind in BINDING_KINDS
    with transaction.atomic():
        agreement = wf.create(Agreement, who, reason=level_reason[:2000] if escalated_from is None else "", trajectory=trajectory, person_id=trajectory.person_id, title=title[:200], notes=notes, level=level,
                              binding=binding, escalated_from=escalated_from, created_by_id=who.user_id)
        agreement.series = agreement.pk
        agreement.save(update_fields=["series"])
    return agreement


def _awaiting_acceptance(proposed: Agreement) -> wf.TransitionRefused:
    """A proposal the citizen has been asked to accept never changes under their eyes, nor gets a second pending version
    beside it (attack of issue 11: a change of the accepted version rewrote the proposed one in place, unlogged)."""
    return wf.TransitionRefused(
        _("Versie %(n)s is aan de burger voorgesteld en wacht op aanvaarding (uiterlijk %(day)s): ze kan niet meer wijzigen. "
          "Na de aanvaarding kan een nieuwe versie.") % {"n": proposed.revision, "day": fmt(proposed.deadline)})


def draft_for(principal: Principal, agreement_id: int, expected_version: int | None) -> Agreement:
    """The draft to edit for this agreement: itself when it is a draft; otherwise a new version (the next revision,
    a copy of its live steps) that needs a new acceptance. The old version stays in force until the new one is accepted."""
    with transaction.atomic():
        agreement = _get(Agreement, agreement_id, lock=True)
        perms.require_editor(principal, agreement.person_id)
        check_version(agreement, expected_version)
        if agreement.state == "draft":
            return agreement
        if agreement.state == "proposed":
            raise _awaiting_acceptance(agreement)
        if agreement.state != "accepted":
            raise wf.TransitionRefused(_("Deze afspraken zijn afgerond (%(state)s) en kunnen niet meer wijzigen.") % {"state": agreement.state_label})
        pending = Agreement.objects.filter(previous=agreement, state__in=("draft", "proposed")).first()
        if pending is not None:
            if pending.state == "proposed":
                raise _awaiting_acceptance(pending)
            agreement.version += 1  # the version this edit named is used up: a second edit with it is stale
            agreement.save(update_fields=["version"])
            return pending
        agreement.version += 1  # anyone still editing the old version gets a conflict
        agreement.save(update_fields=["version"])
        who = who_of(principal)
        draft = wf.create(Agreement, who, reason=labels.coded(R.NEW_VERSION, n=agreement.revision), trajectory_id=agreement.trajectory_id,
                          person_id=agreement.person_id, title=agreement.title, notes=agreement.notes, level=agreement.level, binding=agreement.binding,
                          series=agreement.series or agreement.pk, revision=agreement.revision + 1, previous=agreement,
                          escalated_from=agreement.escalated_from, created_by_id=who.user_id)
        for step in agreement.steps.exclude(state="cancelled").order_by("due_on", "pk"):
            copy = wf.create(AgreementStep, who, reason=labels.coded(R.CARRIED_OVER, n=agreement.revision), deadline=step.due_on,
                             agreement=draft, person_id=step.person_id, kind=step.kind, title=step.title, details=step.details, due_on=step.due_on,
                             evidence_kind=step.evidence_kind, applications_required=step.applications_required,
                             applications_from=step.applications_from, cefr_target=step.cefr_target, hours_per_month=step.hours_per_month,
                             partner_id=step.partner_id, partner_note=step.partner_note, carried_from=step)
            if step.state == "approved":
                wf.transition(copy, "approve", PLATFORM, reason=labels.coded(R.ALREADY_APPROVED, n=agreement.revision))
    return draft


def update_agreement(principal: Principal, agreement_id: int, expected_version: int | None, *, title: str | None = None,
                     notes: str | None = None) -> Agreement:
    """Change the title and/or the notes; a field given as None (not sent) stays as it is."""
    title = None if title is None else title.strip()
    if title is not None and not title:
        raise _bad("title", _("Geef de afspraken een titel."))
    with transaction.atomic():  # with the new version it may draft: a refused change leaves none (attack of stop 27)
        draft = draft_for(principal, agreement_id, expected_version)
        draft = _get(Agreement, draft.pk, lock=True)
        if draft.pk == agreement_id:
            _bump(draft, expected_version)
        else:
            draft.version += 1
        # the title and notes shown in the form are the translation of a coded text: unchanged, the code stays
        draft.title = draft.title if title is None or title == labels.render(draft.title) else title[:200]
        draft.notes = draft.notes if notes is None or notes == labels.render(draft.notes) else notes
        draft.save()
    return draft


# A binding step is checked at its date; one years away binds nobody (walk of issue 11: a step due 31/12/9999 was
# accepted). Two years covers the longest trajectories (a work-care trajectory, a long training).
MAX_STEP_DAYS_AHEAD = 730
STEP_FIELDS = ("kind", "title", "details", "due_on", "evidence_kind", "applications_required", "cefr_target", "hours_per_month", "partner_id")


def clean_step(data: dict, *, today: dt.date | None = None, person_id: int | None = None) -> dict:
    """Check a step's fields; InvalidInput naming every bad one. With `person_id`: a partner must be linked to the
    person now, else it could never see nor confirm the step (attack of stop 29: a mutuality on a training step)."""
    today = today or clock.today()
    errors: list[FieldError] = []
    out: dict = {}
    kind = data.get("kind") or ""
    if kind not in StepKind.values:
        errors.append(FieldError("kind", _("Kies een soort stap.")))
    out["kind"] = kind
    title = (data.get("title") or "").strip()
    if not title:
        errors.append(FieldError("title", _("Beschrijf de stap.")))
    elif problem := one_line_problem(title):
        errors.append(FieldError("title", problem))
    out["title"] = title[:200]
    out["details"] = (data.get("details") or "").strip()
    if problem := text_problem(out["details"]):
        errors.append(FieldError("details", problem))
    due = data.get("due_on")
    if isinstance(due, str):
        try:
            due = dt.date.fromisoformat(due) if "-" in due else dt.datetime.strptime(due, "%d/%m/%Y").date()
        except ValueError:
            due = None
    if not isinstance(due, dt.date):
        errors.append(FieldError("due_on", _("Geef een geldige datum (DD/MM/JJJJ).")))
    elif due < today:
        errors.append(FieldError("due_on", _("De datum ligt in het verleden.")))
    elif due > today + dt.timedelta(days=MAX_STEP_DAYS_AHEAD):
        errors.append(FieldError("due_on", _("Een stap loopt hoogstens twee jaar: kies een datum tot %(day)s.") % {
            "day": fmt(today + dt.timedelta(days=MAX_STEP_DAYS_AHEAD))}))
    out["due_on"] = due
    evidence = data.get("evidence_kind") or (EvidenceKind.APPLICATIONS if kind == StepKind.APPLICATIONS else EvidenceKind.UPLOAD)
    if evidence not in EvidenceKind.values:
        errors.append(FieldError("evidence_kind", _("Kies welk bewijs gevraagd wordt.")))
    out["evidence_kind"] = evidence
    n = data.get("applications_required")
    n = int(n) if str(n or "").strip().isdigit() else None
    if kind == StepKind.APPLICATIONS and not (n and 1 <= n <= 50):
        errors.append(FieldError("applications_required", _("Geef het aantal sollicitaties (1 tot 50).")))
    out["applications_required"] = n if kind == StepKind.APPLICATIONS else None
    cefr = data.get("cefr_target") or ""
    if kind == StepKind.LANGUAGE_COURSE and cefr not in CEFR_ORDER[:-1]:
        errors.append(FieldError("cefr_target", _("Kies het doelniveau (A1 tot C2).")))
    elif kind != StepKind.LANGUAGE_COURSE and cefr:  # walk of stop 28: a level on an application step vanished unsaid
        errors.append(FieldError("cefr_target", _("Een taalniveau hoort enkel bij een taalcursus: laat het leeg of kies die soort stap.")))
    out["cefr_target"] = cefr if kind == StepKind.LANGUAGE_COURSE else ""
    hours = data.get("hours_per_month")
    hours = int(hours) if str(hours or "").strip().isdigit() else None
    if kind == StepKind.WIJK_WERKEN and hours is not None and hours > 60:
        errors.append(FieldError("hours_per_month", _("Wijk-werken is hoogstens 60 uur per maand.")))
    if kind == StepKind.COMMUNITY_SERVICE and hours is not None and not 32 <= hours <= 64:
        errors.append(FieldError("hours_per_month", _("Gemeenschapsdienst is 32 tot 64 uur per maand.")))
    out["hours_per_month"] = hours
    partner = data.get("partner_id") or None
    if partner:
        if not str(partner).isdigit() or not Organisation.objects.filter(pk=partner, kind=OrganisationKind.PARTNER).exists():
            errors.append(FieldError("partner_id", _("Onbekende partnerorganisatie.")))
            partner = None
        else:
            partner = int(partner)
            if person_id is not None and not perms.current_links(partner).filter(person_id=person_id).exists():
                errors.append(FieldError("partner_id", _("Deze partner heeft geen lopende band met deze persoon: hij zou de stap nooit "
                                                          "zien. Kies een partner die de persoon begeleidt, of geen.")))
    if evidence == EvidenceKind.PARTNER and not partner and not any(e.field == "partner_id" for e in errors):
        # nobody could ever confirm it, and the citizen would wait for a partner (second attack of stop 29)
        errors.append(FieldError("partner_id", _("Een bevestiging door de partner vraagt een partner: kies die, of een ander bewijs.")))
    out["partner_id"] = partner
    if errors:
        raise InvalidInput(errors[0].message, errors)
    return out


def add_step(principal: Principal, agreement_id: int, expected_version: int | None, data: dict) -> AgreementStep:
    """Add a step; on an agreement that was already proposed or accepted this makes a new version first."""
    agreement = _get(Agreement, agreement_id)
    perms.require_editor(principal, agreement.person_id)
    values = clean_step(data, person_id=agreement.person_id)
    with transaction.atomic():  # with the new version it may draft: a refused step leaves none (attack of stop 27)
        draft = draft_for(principal, agreement_id, expected_version)
        draft = _get(Agreement, draft.pk, lock=True)
        if draft.pk == agreement_id:
            _bump(draft, expected_version)
        else:
            draft.version += 1
        draft.save(update_fields=["version"])
        if values["kind"] == StepKind.APPLICATIONS:
            values["applications_from"] = clock.today()
        if values["kind"] == StepKind.LANGUAGE_COURSE:
            close_task(f"trajectory:{draft.trajectory_id}:language_need")  # the proposal on the worklist is done
        return wf.create(AgreementStep, who_of(principal), deadline=values["due_on"], agreement=draft, person_id=draft.person_id, **values)


def _changed_step(step: AgreementStep, data: dict) -> dict:
    """The step's fields checked, with those `data` names changed and the others as they are. A due date not sent
    is not checked against today: only a new one may not lie in the past."""
    kept = {field: getattr(step, field) for field in STEP_FIELDS if field not in data}
    return clean_step({**kept, **data}, today=min(clock.today(), step.due_on) if "due_on" in kept and step.due_on else None,
                      # only a partner newly named is checked for its link (an unchanged one keeps the edit possible)
                      person_id=step.person_id if str(data.get("partner_id") or "") not in ("", str(step.partner_id or "")) else None)


def edit_step(principal: Principal, step_id: int, expected_version: int | None, data: dict) -> AgreementStep:
    """Change the fields of a step `data` names (the others stay as they are). In a draft it changes in place;
    otherwise the agreement gets a new version with the change."""
    step = _get(AgreementStep, step_id)
    perms.require_editor(principal, step.person_id)
    check_version(step, expected_version)
    _changed_step(step, data)  # bad input refused before a new version is drafted
    with transaction.atomic():  # with the new version it may draft: a refused change leaves none (attack of stop 27)
        draft = draft_for(principal, step.agreement_id, None)
        target = step if draft.pk == step.agreement_id else draft.steps.filter(carried_from=step).first()
        if target is None:
            raise NotFound(_("Deze stap bestaat niet meer in de nieuwe versie."))
        target = _get(AgreementStep, target.pk, lock=True)
        values = _changed_step(target, data)
        if target.pk == step.pk:
            _bump(target, expected_version)
        else:
            target.version += 1
        if target.state not in EDITABLE_STEP:
            raise wf.TransitionRefused(_("Een stap in de toestand “%(state)s” kan niet meer wijzigen.") % {"state": target.state_label})
        for field in ("title", "details"):
            if values.get(field) == labels.render(getattr(target, field)):
                values[field] = getattr(target, field)  # the shown translation of a coded text, unchanged: the code stays
        for key, value in values.items():
            setattr(target, key, value)
        target.deadline = target.due_on
        target.save()
        Agreement.objects.filter(pk=draft.pk).update(version=draft.version + 1)
    return target


def remove_step(principal: Principal, step_id: int, expected_version: int | None) -> AgreementStep:
    step = _get(AgreementStep, step_id)
    perms.require_editor(principal, step.person_id)
    if step.agreement.state != "draft":
        raise wf.TransitionRefused(_("Een stap schrappen kan enkel in een ontwerp; maak eerst een nieuwe versie."))
    return wf.transition(step, "cancel", who_of(principal), reason=labels.coded(R.STRUCK_FROM_DRAFT), expected_version=expected_version)


def _refuse_past_due_steps(agreement: Agreement) -> None:
    """A binding step whose date is already over cannot be agreed (it would be missed the day it is accepted): a new
    version carries its open steps with their old dates, so the counsellor gives each a new date, or strikes it."""
    late = [s for s in agreement.steps.filter(state__in=EDITABLE_STEP, due_on__lt=clock.today()).order_by("due_on", "pk")]
    if late:
        message = join_semicolons(_("stap “%(title)s” moest uiterlijk op %(day)s klaar zijn") % {"title": labels.render(s.title), "day": fmt(s.due_on)}
                                  for s in late)
        raise _bad("steps", _("Geef eerst een nieuwe datum of schrap de stap: %(steps)s.") % {"steps": message})


def _refuse_while_suspended(agreement: Agreement) -> None:
    """No agreement binds while its trajectory is suspended (sickness, a period of work): its deadlines do not run
    (second attack of stop 29: a sick person was asked to accept one, with new due dates)."""
    if agreement.trajectory.state == "suspended":
        raise wf.TransitionRefused(_("Het traject is geschorst sinds %(day)s: afspraken worden pas voorgesteld en aanvaard als het hervat.")
                                   % {"day": fmt(agreement.trajectory.suspended_on) if agreement.trajectory.suspended_on else "—"})


def propose(principal: Principal, agreement_id: int, expected_version: int | None) -> Agreement:
    agreement = _get(Agreement, agreement_id)
    perms.require_editor(principal, agreement.person_id)
    if not agreement.steps.filter(state__in=LIVE_STEP + ("approved",)).exists():
        raise _bad("steps", _("Voeg eerst minstens één stap toe."))
    _refuse_past_due_steps(agreement)
    if agreement.trajectory.state == "closed":
        raise _bad("trajectory", _("Dit traject is afgesloten."))
    _refuse_while_suspended(agreement)
    with transaction.atomic():
        agreement = wf.transition(agreement, "propose", who_of(principal), expected_version=expected_version, fields={"proposed_on": clock.today()})
        notify(agreement.person_id, "trajectories.agreement_to_accept",
               {"title": agreement.title, "level": lambda: agreement.get_level_display(), "revision": agreement.revision, "accept_by": fmt(agreement.deadline)},
               who=who_of(principal), related=("agreement", agreement.pk), dedupe_key=f"agreement:{agreement.pk}:proposed")
    return agreement


def accept(principal: Principal, agreement_id: int, expected_version: int | None) -> Agreement:
    """The citizen accepts a proposed agreement on the page."""
    person_id = perms.require_citizen(principal)
    agreement = _get(Agreement, agreement_id)
    if agreement.person_id != person_id:
        raise NotFound(_("Niet gevonden binnen uw toegang."))
    _refuse_while_suspended(agreement)
    with transaction.atomic():
        agreement = wf.transition(agreement, "accept", who_of(principal), expected_version=expected_version,
                                  fields={"accepted_at": clock.now(), "accepted_how": AcceptedHow.PLATFORM, "accepted_by_id": principal.user.pk})
        _after_acceptance(agreement)
    return agreement


def accept_on_paper(principal: Principal, agreement_id: int, expected_version: int | None, reason: str) -> Agreement:
    """The counsellor records that the citizen accepted on paper (signed sheet), with a reason."""
    agreement = _get(Agreement, agreement_id)
    perms.require_editor(principal, agreement.person_id)
    if not agreement.steps.filter(state__in=LIVE_STEP + ("approved",)).exists():
        raise _bad("steps", _("Voeg eerst minstens één stap toe."))
    _refuse_past_due_steps(agreement)
    _refuse_while_suspended(agreement)
    with transaction.atomic():
        agreement = wf.transition(agreement, "accept_on_paper", who_of(principal), reason=reason, expected_version=expected_version,
                                  fields={"accepted_at": clock.now(), "accepted_how": AcceptedHow.PAPER, "accepted_by_id": principal.user.pk,
                                          "accepted_reason": reason.strip()})
        _after_acceptance(agreement)
    return agreement


CARRY_FIELDS = STEP_FIELDS + ("applications_from",)


def carry_approval(step: AgreementStep) -> None:
    """A step approved while a newer version of its agreement waits (a draft, or proposed to the citizen): the unchanged
    copy of it there is approved too, so that the new version never asks the citizen again for what is done (walk of
    stop 26: version 2 listed a step approved in version 1 as due). A changed copy is a new commitment and stays open."""
    copies = AgreementStep.objects.filter(carried_from=step, state__in=("open", "evidence_submitted", "suspended"),
                                          agreement__state__in=("draft", "proposed"))
    for copy in copies:
        if any(getattr(copy, f) != getattr(step, f) for f in CARRY_FIELDS):
            continue
        wf.transition(copy, "approve", PLATFORM, reason=labels.coded(R.ALREADY_APPROVED, n=step.agreement.revision),
                      fields={"review_note": step.review_note})


def _carry_over(agreement: Agreement) -> None:
    """The new version takes over the state, evidence and due date of every unchanged step of the version it replaces:
    approved stays approved, handed-in evidence stays handed in (the same files, still to review); a rejected one stays
    open to hand in again, with the reviewer's note."""
    for copy in agreement.steps.filter(state="open", carried_from__isnull=False).select_related("carried_from"):
        old = copy.carried_from
        if old.agreement_id != agreement.previous_id or any(getattr(copy, f) != getattr(old, f) for f in CARRY_FIELDS):
            continue  # a changed step is a new commitment: it starts open
        reason = labels.coded(R.CARRIED_OVER, n=old.agreement.revision)
        if old.state in ("evidence_submitted", "rejected", "approved") and old.evidence.exists():
            for ev in old.evidence.order_by("submitted_at", "pk"):
                Evidence.objects.create(step=copy, file=ev.file, note=ev.note, submitted_at=ev.submitted_at, submitted_by=ev.submitted_by)
        if old.partner_note and not copy.partner_note:
            AgreementStep.objects.filter(pk=copy.pk).update(partner_note=old.partner_note)
            copy.partner_note = old.partner_note
        if old.state == "approved":
            wf.transition(copy, "approve", PLATFORM, reason=reason, fields={"review_note": old.review_note})
        elif old.state == "evidence_submitted":
            copy = wf.transition(copy, "submit", PLATFORM, reason=reason)
            task(f"step:{copy.pk}:evidence", person_id=copy.person_id, kind="evidence_to_review", due_on=add_term(clock.today(), REVIEW_DAYS, "working_days"),
                 title=labels.coded(labels.EVIDENCE, step=copy.title), url=file_url(copy.person_id))
        elif old.state == "rejected":  # to hand in again, as before: open with the reviewer's note
            AgreementStep.objects.filter(pk=copy.pk).update(review_note=old.review_note)


def _after_acceptance(agreement: Agreement) -> None:
    previous = agreement.previous
    if previous is not None and previous.state in LIVE_AGREEMENT:
        _carry_over(agreement)
        for step in previous.steps.filter(state__in=LIVE_STEP):
            wf.transition(step, "cancel", PLATFORM, reason=labels.coded(R.REPLACED_BY, n=agreement.revision))
            close_task(f"step:{step.pk}:due")
            close_task(f"step:{step.pk}:evidence")
        wf.transition(previous, "replace", PLATFORM, reason=labels.coded(R.VERSION_ACCEPTED, n=agreement.revision), data={"by": agreement.pk})
    trajectory = Trajectory.objects.get(pk=agreement.trajectory_id)
    if trajectory.state == "open":
        wf.transition(trajectory, "activate", PLATFORM, reason=labels.coded(R.AGREEMENTS_ACCEPTED), deadline=None)
        Trajectory.objects.filter(pk=trajectory.pk).update(deadline=None)
    close_task(f"trajectory:{trajectory.pk}:agreement_to_make")
