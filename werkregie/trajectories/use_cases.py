"""Use cases of trajectories: open, suspend, resume and close a trajectory; make, version, propose, accept and escalate
binding agreements; add and review steps and their evidence; the special routes (sickness, newcomers, language need);
the counsellor's file and the citizen's "Mijn afspraken". Every state change goes through werkregie.workflows; every
read of personal data is logged once here."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from importlib.util import find_spec

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.people.enums import Cefr
from werkregie.people.models import Person, PersonLanguage
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import add as add_term
from werkregie.workflows.deadlines import term_end
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import PLATFORM, Who, check_version

from . import labels, perms
from .enums import OUTFLOW_REASONS, AcceptedHow, AgreementLevel, EndReason, EvidenceKind, StepKind, SuspensionReason, TrajectoryKind, next_level
from .models import Agreement, AgreementStep, Evidence, StoredFile, Trajectory

LIVE_AGREEMENT = ("draft", "proposed", "accepted")
LIVE_STEP = ("open", "evidence_submitted", "rejected", "suspended")
EDITABLE_STEP = ("open", "rejected")
CEFR_ORDER = ["A1", "A2", "B1", "B2", "C1", "C2", "native"]
BINDING_KINDS = (TrajectoryKind.STANDARD, TrajectoryKind.NEWCOMER)
REVIEW_DAYS = 5  # working days the counsellor has to review evidence (platform practice)


# --------------------------------------------------------------------------- helpers

def who_of(principal: Principal) -> Who:
    return Who.of(principal)


def fmt(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


# Plain paths (the same as urls.py; a test checks they match): reverse() would load every page module of the site,
# seconds that the deadline sweep, a command, does not need to spend.
MY_PATH = "/mijn-afspraken/"
FILE_PATH = "/personen/{person_id}/traject/"


def my_link() -> str:
    return MY_PATH


def file_url(person_id: int) -> str:
    return FILE_PATH.format(person_id=person_id)


def notify(person_id: int, key: str, context: dict, *, who: Who | None = None, related: tuple[str, int] | None = None,
           dedupe_key: str | None = None):  # noqa: ANN201 - a messaging Message, or None when the outbox is not installed
    """Send a message through the one outbox (werkregie.messaging.outbox); nothing when it is not installed. Coded
    texts (werkregie.workflows.labels) and callables in `context` are turned into text in the language the outbox
    will write this message in (the language law for legal messages), not in the sender's."""
    if not find_spec("werkregie.messaging.outbox"):
        return None
    from django.utils import translation

    from werkregie.messaging import channels, outbox, templates

    person = Person.all_objects.select_related("municipality").prefetch_related("languages").get(pk=person_id)
    language, _reason = channels.language_for(person, templates.get(key).legal)
    with translation.override(language):
        context = {k: (v() if callable(v) else labels.render(v) if labels.is_coded(v) else v) for k, v in context.items()}
    context = {"name": f"{person.first_name} {person.last_name}", "link": my_link(), **context}
    return outbox.send(person_id, key, context, who=who, related=related, dedupe_key=dedupe_key)


def task(key: str, *, person_id: int, kind: str, due_on: dt.date, title: str, url: str = "", detail: str = "") -> None:
    if not find_spec("werkregie.worklist.services"):
        return
    from werkregie.worklist.services import upsert_task

    upsert_task(key, person_id=person_id, kind=kind, due_on=due_on, title=str(title)[:200], url=url, detail=str(detail))


def close_task(key: str) -> None:
    if not find_spec("werkregie.worklist.services"):
        return
    from werkregie.worklist.services import close_task as close

    close(key)


def _bad(field_name: str, message: str) -> InvalidInput:
    return InvalidInput(message, [FieldError(field_name, message)])


def _get(model, pk: int, *, lock: bool = False):  # noqa: ANN001, ANN202
    qs = model._default_manager.select_for_update() if lock else model._default_manager
    try:
        return qs.get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError):
        raise NotFound(_("Niet gevonden.")) from None


def _bump(obj, expected_version: int | None) -> None:  # noqa: ANN001
    """A plain edit of a workflow row (not a state change): check the version the user edited, then count up."""
    check_version(obj, expected_version)
    obj.version += 1


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
    trajectory = _get(Trajectory, trajectory_id)
    on = on or clock.today()
    text = note.strip() or str(SuspensionReason(reason).label)
    return wf.transition(trajectory, "suspend", who, reason=text, expected_version=expected_version, deadline=trajectory.deadline,
                         data={"on": on.isoformat(), "reason": reason},
                         fields={"suspended_on": on, "suspension_reason": reason, "resume_to": trajectory.state})


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
        name = "reopen" if trajectory.resume_to == "open" else "resume"
        deadline = trajectory.deadline + shift if trajectory.deadline else None
        trajectory = wf.transition(trajectory, name, who, reason=_("Hervat na %(days)s dagen schorsing") % {"days": days},
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
    on = on or clock.today()
    with transaction.atomic():
        trajectory = _get(Trajectory, trajectory_id, lock=True)
        check_version(trajectory, expected_version)
        for agreement in Agreement.objects.filter(trajectory=trajectory, state__in=LIVE_AGREEMENT):
            _withdraw(agreement, PLATFORM, _("Traject afgesloten"))
        outflow = end_reason in OUTFLOW_REASONS
        text = note.strip() or str(EndReason(end_reason).label)
        trajectory = wf.transition(trajectory, "close", who, reason=text, data={"on": on.isoformat(), "end_reason": end_reason, "outflow": outflow},
                                   fields={"closed_on": on, "end_reason": end_reason, "outflow": outflow, "suspended_on": None})
        close_task(f"trajectory:{trajectory.pk}:agreement_to_make")
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


# --------------------------------------------------------------------------- agreements: drafting and versions

def create_agreement(principal: Principal | None, trajectory_id: int, *, title: str, notes: str = "", level: str = AgreementLevel.SHEET,
                     who: Who | None = None, escalated_from: Agreement | None = None) -> Agreement:
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
    if errors:
        raise InvalidInput(errors[0].message, errors)
    binding = trajectory.kind in BINDING_KINDS
    with transaction.atomic():
        agreement = wf.create(Agreement, who, trajectory=trajectory, person_id=trajectory.person_id, title=title[:200], notes=notes, level=level,
                              binding=binding, escalated_from=escalated_from, created_by_id=who.user_id)
        agreement.series = agreement.pk
        agreement.save(update_fields=["series"])
    return agreement


def draft_for(principal: Principal, agreement_id: int, expected_version: int | None) -> Agreement:
    """The draft to edit for this agreement: itself when it is a draft; otherwise a new version (the next revision,
    a copy of its live steps) that needs a new acceptance. The old version stays in force until the new one is accepted."""
    with transaction.atomic():
        agreement = _get(Agreement, agreement_id, lock=True)
        perms.require_editor(principal, agreement.person_id)
        check_version(agreement, expected_version)
        if agreement.state == "draft":
            return agreement
        if agreement.state not in ("proposed", "accepted"):
            raise wf.TransitionRefused(_("Deze afspraken zijn afgerond (%(state)s) en kunnen niet meer wijzigen.") % {"state": agreement.state_label})
        pending = Agreement.objects.filter(previous=agreement, state__in=("draft", "proposed")).first()
        if pending is not None:
            return pending
        agreement.version += 1  # anyone still editing the old version gets a conflict
        agreement.save(update_fields=["version"])
        who = who_of(principal)
        draft = wf.create(Agreement, who, reason=_("Nieuwe versie van versie %(n)s") % {"n": agreement.revision}, trajectory_id=agreement.trajectory_id,
                          person_id=agreement.person_id, title=agreement.title, notes=agreement.notes, level=agreement.level, binding=agreement.binding,
                          series=agreement.series or agreement.pk, revision=agreement.revision + 1, previous=agreement,
                          escalated_from=agreement.escalated_from, created_by_id=who.user_id)
        for step in agreement.steps.exclude(state="cancelled").order_by("due_on", "pk"):
            copy = wf.create(AgreementStep, who, reason=_("Overgenomen uit versie %(n)s") % {"n": agreement.revision}, deadline=step.due_on,
                             agreement=draft, person_id=step.person_id, kind=step.kind, title=step.title, details=step.details, due_on=step.due_on,
                             evidence_kind=step.evidence_kind, applications_required=step.applications_required,
                             applications_from=step.applications_from, cefr_target=step.cefr_target, hours_per_month=step.hours_per_month,
                             partner_id=step.partner_id, partner_note=step.partner_note, carried_from=step)
            if step.state == "approved":
                wf.transition(copy, "approve", PLATFORM, reason=_("Al goedgekeurd in versie %(n)s") % {"n": agreement.revision})
    return draft


def update_agreement(principal: Principal, agreement_id: int, expected_version: int | None, *, title: str, notes: str = "") -> Agreement:
    title = (title or "").strip()
    if not title:
        raise _bad("title", _("Geef de afspraken een titel."))
    draft = draft_for(principal, agreement_id, expected_version)
    with transaction.atomic():
        draft = _get(Agreement, draft.pk, lock=True)
        if draft.pk == agreement_id:
            _bump(draft, expected_version)
        else:
            draft.version += 1
        # the title and notes shown in the form are the translation of a coded text: unchanged, the code stays
        draft.title = draft.title if title == labels.render(draft.title) else title[:200]
        draft.notes = draft.notes if notes == labels.render(draft.notes) else notes
        draft.save()
    return draft


STEP_FIELDS = ("kind", "title", "details", "due_on", "evidence_kind", "applications_required", "cefr_target", "hours_per_month", "partner_id")


def clean_step(data: dict, *, today: dt.date | None = None) -> dict:
    """Check a step's fields; InvalidInput naming every bad one."""
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
    out["title"] = title[:200]
    out["details"] = (data.get("details") or "").strip()
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
    out["partner_id"] = partner
    if errors:
        raise InvalidInput(errors[0].message, errors)
    return out


def add_step(principal: Principal, agreement_id: int, expected_version: int | None, data: dict) -> AgreementStep:
    """Add a step; on an agreement that was already proposed or accepted this makes a new version first."""
    values = clean_step(data)
    draft = draft_for(principal, agreement_id, expected_version)
    with transaction.atomic():
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


def edit_step(principal: Principal, step_id: int, expected_version: int | None, data: dict) -> AgreementStep:
    """Change a step. In a draft it changes in place; otherwise the agreement gets a new version with the change."""
    step = _get(AgreementStep, step_id)
    perms.require_editor(principal, step.person_id)
    check_version(step, expected_version)
    values = clean_step(data)
    draft = draft_for(principal, step.agreement_id, None)
    with transaction.atomic():
        target = step if draft.pk == step.agreement_id else draft.steps.filter(carried_from=step).first()
        if target is None:
            raise NotFound(_("Deze stap bestaat niet meer in de nieuwe versie."))
        target = _get(AgreementStep, target.pk, lock=True)
        if target.pk == step.pk:
            _bump(target, expected_version)
        else:
            target.version += 1
        if target.state not in EDITABLE_STEP:
            raise wf.TransitionRefused(_("Een stap in de toestand “%(state)s” kan niet meer wijzigen.") % {"state": target.state_label})
        if values.get("title") == labels.render(target.title):
            values["title"] = target.title  # the shown translation of a coded title, unchanged: the code stays
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
    return wf.transition(step, "cancel", who_of(principal), reason=_("Geschrapt uit het ontwerp"), expected_version=expected_version)


def propose(principal: Principal, agreement_id: int, expected_version: int | None) -> Agreement:
    agreement = _get(Agreement, agreement_id)
    perms.require_editor(principal, agreement.person_id)
    if not agreement.steps.filter(state__in=LIVE_STEP + ("approved",)).exists():
        raise _bad("steps", _("Voeg eerst minstens één stap toe."))
    if agreement.trajectory.state == "closed":
        raise _bad("trajectory", _("Dit traject is afgesloten."))
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
        raise NotFound(_("Niet gevonden."))
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
    with transaction.atomic():
        agreement = wf.transition(agreement, "accept_on_paper", who_of(principal), reason=reason, expected_version=expected_version,
                                  fields={"accepted_at": clock.now(), "accepted_how": AcceptedHow.PAPER, "accepted_by_id": principal.user.pk,
                                          "accepted_reason": reason.strip()})
        _after_acceptance(agreement)
    return agreement


CARRY_FIELDS = STEP_FIELDS + ("applications_from",)


def _carry_over(agreement: Agreement) -> None:
    """The new version takes over the state, evidence and due date of every unchanged step of the version it replaces:
    approved stays approved, handed-in evidence stays handed in (the same files, still to review); a rejected one stays
    open to hand in again, with the reviewer's note."""
    for copy in agreement.steps.filter(state="open", carried_from__isnull=False).select_related("carried_from"):
        old = copy.carried_from
        if old.agreement_id != agreement.previous_id or any(getattr(copy, f) != getattr(old, f) for f in CARRY_FIELDS):
            continue  # a changed step is a new commitment: it starts open
        reason = _("Overgenomen uit versie %(n)s") % {"n": old.agreement.revision}
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
            wf.transition(step, "cancel", PLATFORM, reason=_("Vervangen door versie %(n)s") % {"n": agreement.revision})
            close_task(f"step:{step.pk}:due")
            close_task(f"step:{step.pk}:evidence")
        wf.transition(previous, "replace", PLATFORM, reason=_("Versie %(n)s aanvaard") % {"n": agreement.revision}, data={"by": agreement.pk})
    trajectory = Trajectory.objects.get(pk=agreement.trajectory_id)
    if trajectory.state == "open":
        wf.transition(trajectory, "activate", PLATFORM, reason=_("Afspraken aanvaard"), deadline=None)
        Trajectory.objects.filter(pk=trajectory.pk).update(deadline=None)
    close_task(f"trajectory:{trajectory.pk}:agreement_to_make")


# --------------------------------------------------------------------------- steps: evidence and review

def submit_evidence(principal: Principal, step_id: int, *, upload=None, note: str = "",  # noqa: ANN001
                    expected_version: int | None = None) -> Evidence:
    """The citizen hands in evidence for their step (a PDF, JPEG or PNG, and/or a note). A bad upload changes nothing."""
    person_id = perms.require_citizen(principal)
    step = _get(AgreementStep, step_id)
    if step.person_id != person_id:
        raise NotFound(_("Niet gevonden."))
    check_version(step, expected_version)
    if step.agreement.state != "accepted":
        raise wf.TransitionRefused(_("U kunt pas bewijs indienen als de afspraken aanvaard zijn."))
    if step.state not in EDITABLE_STEP:
        raise wf.TransitionRefused(_("Voor deze stap kan geen bewijs meer ingediend worden (%(state)s).") % {"state": step.state_label})
    note = (note or "").strip()
    if upload is None and not note:
        raise _bad("file", _("Kies een bestand of schrijf een toelichting."))
    if upload is None and step.evidence_kind == EvidenceKind.UPLOAD:
        raise _bad("file", _("Voor deze stap is een bewijsstuk nodig (PDF, JPEG of PNG)."))
    from werkregie.core import uploads

    if upload is not None:
        uploads.check(upload, "file")
    stored = None
    try:
        with transaction.atomic():
            if upload is not None:
                stored = uploads.store(upload, person_id=person_id, field="file", uploaded_by=principal.user)
            evidence = Evidence.objects.create(step=step, file=stored, note=note[:4000], submitted_at=clock.now(), submitted_by=principal.user)
            step = wf.transition(step, "submit", who_of(principal), reason=note[:200], data={"evidence": evidence.pk}, expected_version=expected_version)
            review_by = add_term(clock.today(), REVIEW_DAYS, "working_days")
            task(f"step:{step.pk}:evidence", person_id=person_id, kind="evidence_to_review", due_on=review_by,
                 title=labels.coded(labels.EVIDENCE, step=step.title), url=file_url(person_id))
    except BaseException:
        if stored is not None:
            _remove_file(stored)
        raise
    return evidence


def _remove_file(stored: StoredFile) -> None:
    from werkregie.core import uploads

    try:
        uploads.path_of(stored).unlink()
    except (FileNotFoundError, ValueError):
        pass


def review_step(principal: Principal, step_id: int, expected_version: int | None, *, approve: bool, note: str = "") -> AgreementStep:
    """The counsellor approves or rejects a step's evidence (rejecting needs a reason; the citizen can hand in again)."""
    step = _get(AgreementStep, step_id)
    perms.require_editor(principal, step.person_id)
    if step.agreement.state != "accepted":
        raise wf.TransitionRefused(_("Enkel stappen van aanvaarde afspraken worden beoordeeld."))
    if approve and step.state != "evidence_submitted":
        raise _bad("approve", _("Voor deze stap is nog geen bewijs ingediend: goedkeuren kan pas als er bewijs is."))
    with transaction.atomic():
        step = wf.transition(step, "approve" if approve else "reject", who_of(principal), reason=note, expected_version=expected_version,
                             fields={"review_note": note.strip()})
        close_task(f"step:{step.pk}:evidence")
        close_task(f"step:{step.pk}:due")
        if approve:
            _maybe_fulfilled(step.agreement_id, who_of(principal))
    return step


def _maybe_fulfilled(agreement_id: int, who: Who) -> None:
    agreement = Agreement.objects.get(pk=agreement_id)
    if agreement.state == "accepted" and not agreement.steps.exclude(state__in=("approved", "cancelled")).exists():
        wf.transition(agreement, "fulfil", who, reason=_("Alle stappen goedgekeurd"))
        close_task(f"agreement:{agreement.pk}:escalate")


def partner_update(principal: Principal, step_id: int, expected_version: int | None, *, note: str, outcome: str = "note") -> AgreementStep:
    """A partner (mutuality, integration agency) reports on ITS step only: a note, and optionally approves it
    (done) or hands it in for the counsellor's review."""
    if not perms.is_partner(principal):
        raise Forbidden(_("Enkel voor partners."))
    step = perms.partner_steps(principal).filter(pk=step_id).select_related("agreement").first()
    if step is None:
        raise NotFound(_("Geen stap binnen uw toegang."))
    note = (note or "").strip()
    if not note:
        raise _bad("note", _("Schrijf een verslag."))
    if outcome not in ("note", "submit", "approve"):
        raise _bad("outcome", _("Onbekende uitkomst."))
    if outcome != "note" and step.agreement.state != "accepted":
        raise _bad("outcome", partner_refusal(step.agreement))
    purpose = perms.partner_purpose(principal, step.person_id)
    with transaction.atomic():
        locked = _get(AgreementStep, step.pk, lock=True)
        check_version(locked, expected_version)
        stamp = f"{fmt(clock.today())} {principal.user.organisation.name}: {note}"
        text = (locked.partner_note + "\n" if locked.partner_note else "") + stamp
        if outcome == "note":
            locked.partner_note = text
            locked.version += 1
            locked.save(update_fields=["partner_note", "version"])
            result = locked
        else:
            result = wf.transition(locked, outcome, who_of(principal), reason=note[:500], fields={"partner_note": text})
            if outcome == "approve":
                close_task(f"step:{step.pk}:due")
                _maybe_fulfilled(step.agreement_id, PLATFORM)  # the agreement's fulfilment follows; a partner may not make it
            else:
                review_by = add_term(clock.today(), REVIEW_DAYS, "working_days")
                task(f"step:{step.pk}:evidence", person_id=step.person_id, kind="evidence_to_review", due_on=review_by,
                     title=labels.coded(labels.PARTNER_REPORT, step=step.title), url=file_url(step.person_id))
        record_access(principal.actor(), [step.person_id], "traject: stap van de partner bijgewerkt", purpose, principal.channel)
    return result


def partner_refusal(agreement: Agreement) -> str:
    """In plain words, what the partner can do when the step's agreement is not (or no longer) in force."""
    if agreement.state in ("draft", "proposed"):
        return _("De burger heeft deze afspraken nog niet aanvaard. U kunt uw verslag nu al bewaren met „Enkel verslag”. "
                 "Ter beoordeling indienen of de stap afronden kan pas zodra de afspraken aanvaard zijn; "
                 "de VDAB-bemiddelaar van de persoon kan u zeggen wanneer.")
    return _("Deze afspraken lopen niet meer (%(state)s). U kunt uw verslag bewaren met „Enkel verslag”; "
             "de VDAB-bemiddelaar van de persoon beslist over het vervolg.") % {"state": agreement.state_label.lower()}


def partner_steps_view(principal: Principal) -> list[AgreementStep]:
    if not perms.is_partner(principal):
        raise Forbidden(_("Enkel voor partners."))
    steps = list(perms.partner_steps(principal).select_related("person", "agreement").order_by("due_on", "pk")[:500])
    by_purpose: dict = {}
    for step in steps:
        by_purpose.setdefault(perms.partner_purpose(principal, step.person_id), []).append(step.person_id)
    for purpose, ids in by_purpose.items():
        record_access(principal.actor(), ids, "traject: stappen toegewezen aan de partner", purpose, principal.channel)
    return steps


def partner_step(principal: Principal, step_id: int) -> AgreementStep:
    if not perms.is_partner(principal):
        raise Forbidden(_("Enkel voor partners."))
    step = perms.partner_steps(principal).filter(pk=step_id).select_related("person", "agreement").first()
    if step is None:
        raise NotFound(_("Geen stap binnen uw toegang."))
    record_access(principal.actor(), [step.person_id], "traject: stap toegewezen aan de partner", perms.partner_purpose(principal, step.person_id),
                  principal.channel)
    return step


def evidence_file(principal: Principal, evidence_id: int) -> StoredFile:
    """The stored file of an evidence, after the permission check (own, counsellor/admin with access, partner for its step)."""
    evidence = Evidence.objects.select_related("step", "file").filter(pk=evidence_id).first()
    if evidence is None or evidence.file is None:
        raise NotFound(_("Niet gevonden."))
    person_id = evidence.step.person_id
    if principal.role == Role.CITIZEN:
        if principal.user.person_id != person_id:
            raise NotFound(_("Niet gevonden."))
        purpose = perms.reader_purpose(principal)
    elif perms.is_partner(principal):
        if not perms.partner_steps(principal).filter(pk=evidence.step_id).exists():
            raise NotFound(_("Niet gevonden."))
        purpose = perms.partner_purpose(principal, person_id)
    else:
        perms.require_editor(principal, person_id)
        purpose = perms.reader_purpose(principal)
    record_access(principal.actor(), [person_id], f"traject: bewijsstuk {evidence.file.original_name}", purpose, principal.channel)
    return evidence.file


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
        if nxt:
            due = due_on or add_term(clock.today(), 1, "months")
            new = create_agreement(None, agreement.trajectory_id, who=who, title=agreement.title, notes=agreement.notes, level=nxt,
                                   escalated_from=agreement)
            for step in unmet or list(agreement.steps.exclude(state__in=("approved", "cancelled"))):
                wf.create(AgreementStep, who, deadline=due, agreement=new, person_id=step.person_id, kind=step.kind, title=step.title,
                          details=step.details, due_on=due, evidence_kind=step.evidence_kind, applications_required=step.applications_required,
                          applications_from=clock.today() if step.kind == StepKind.APPLICATIONS else None, cefr_target=step.cefr_target,
                          hours_per_month=step.hours_per_month, partner_id=step.partner_id, carried_from=step)
            Agreement.objects.filter(pk=agreement.pk).update(version=agreement.version + 1)
            notify(agreement.person_id, "trajectories.escalation_warning",
                   {"title": agreement.title, "steps": lambda: ", ".join(labels.render(s.title) for s in unmet) or labels.render(agreement.title),
                    "next_level": lambda: str(AgreementLevel(nxt).label).lower()},
                   who=who, related=("agreement", agreement.pk), dedupe_key=f"agreement:{agreement.pk}:escalation")
            close_task(f"agreement:{agreement.pk}:escalate")
            return {"agreement": new, "case_id": None}
        case_id = transfer_to_control(agreement, who, unmet)
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


# --------------------------------------------------------------------------- special routes

def start_sickness_route(who: Who, person_id: int, *, mutuality_id: int, sick_since: dt.date) -> Trajectory:
    """Re-integration of the sick with the mutuality as partner: a trajectory by month 5 (its deadline) and a
    re-integration step with the mutuality reviewed by month 3 (terms: sick_trajectory, sick_reintegration_review)."""
    existing = Trajectory.objects.filter(person_id=person_id).exclude(state="closed").first()
    if existing is not None and existing.kind == TrajectoryKind.SICKNESS:
        return existing
    with transaction.atomic():
        if existing is not None:
            close(who, existing.pk, EndReason.OTHER, note=_("Over naar een re-integratietraject (ziekte)"))
        trajectory = open_trajectory(who, person_id, TrajectoryKind.SICKNESS, start=clock.today(), source=f"sickness:{sick_since.isoformat()}",
                                     deadline=term_end("sick_trajectory", sick_since))
        agreement = create_agreement(None, trajectory.pk, who=who, title=labels.coded(labels.SICKNESS_AGREEMENT),
                                     notes=labels.coded(labels.SICKNESS_NOTES))
        review = max(term_end("sick_reintegration_review", sick_since), clock.today())
        wf.create(AgreementStep, who, deadline=review, agreement=agreement, person_id=person_id, kind=StepKind.REINTEGRATION,
                  title=labels.coded(labels.SICKNESS_STEP), due_on=review, evidence_kind=EvidenceKind.PARTNER,
                  partner_id=mutuality_id)
        task(f"trajectory:{trajectory.pk}:reintegration_review", person_id=person_id, kind="reintegration_review", due_on=review,
             title=labels.coded(labels.REINTEGRATION_REVIEW, date=review), url=file_url(person_id))
        close_task(f"sickness:{person_id}:{sick_since.isoformat()}:reintegration")  # the sweep's signal: the route has started
    return trajectory


def start_newcomer_route(who: Who, person_id: int, *, agency_id: int | None, started_on: dt.date | None = None,
                         cefr_target: str = Cefr.A2) -> Trajectory:
    """Newcomers: the integration agency's trajectory and the Dutch course as steps of the agreement."""
    started_on = started_on or clock.today()
    with transaction.atomic():
        trajectory = open_trajectory(who, person_id, TrajectoryKind.NEWCOMER, start=started_on, source="integration")
        agreement = create_agreement(None, trajectory.pk, who=who, title=labels.coded(labels.NEWCOMER_AGREEMENT),
                                     notes=labels.coded(labels.NEWCOMER_NOTES))
        due = max(add_term(started_on, 12, "months"), clock.today())
        for kind, title, extra in (
            (StepKind.INTEGRATION, labels.coded(labels.INTEGRATION_STEP), {}),
            (StepKind.LANGUAGE_COURSE, labels.coded(labels.NT2_STEP, level=cefr_target),
             {"cefr_target": cefr_target}),
        ):
            wf.create(AgreementStep, who, deadline=due, agreement=agreement, person_id=person_id, kind=kind, title=title, due_on=due,
                      evidence_kind=EvidenceKind.PARTNER if agency_id else EvidenceKind.UPLOAD, partner_id=agency_id, **extra)
    return trajectory


@dataclass
class LanguageNeed:
    current: str | None
    required: str
    vacancies: int
    occupations: list[str] = field(default_factory=list)


def language_needs(person_ids: list[int], _levels_cache: dict | None = None) -> dict[int, LanguageNeed]:
    """`language_need` for many persons in a few queries (the sweep): desired occupations (else experience), the Dutch
    level the open vacancies of those occupations ask (median per occupation, cached across calls), the person's level."""
    from werkregie.matching.models import DesiredOccupation, PersonExperience
    from werkregie.vacancies.models import Vacancy

    occupations: dict[int, list[str]] = {}
    for pid, uri in DesiredOccupation.objects.filter(person_id__in=person_ids).values_list("person_id", "occupation_uri"):
        occupations.setdefault(pid, []).append(uri)
    missing = [p for p in person_ids if p not in occupations]
    for pid, uri in PersonExperience.objects.filter(person_id__in=missing).values_list("person_id", "occupation_uri"):
        occupations.setdefault(pid, []).append(uri)
    cache = _levels_cache if _levels_cache is not None else {}
    wanted = {u for uris in occupations.values() for u in uris} - set(cache)
    if wanted:
        asked: dict[str, list[str]] = {u: [] for u in wanted}
        for uri, needs in Vacancy.objects.filter(open=True, occupation_uri__in=wanted).values_list("occupation_uri", "language_needs"):
            asked[uri].append(next((n["level"] for n in needs or [] if isinstance(n, dict) and n.get("language") == "nl" and n.get("level") in CEFR_ORDER),
                                   ""))
        cache.update(asked)
    current = dict(PersonLanguage.objects.filter(person_id__in=list(occupations), language="nl").values_list("person_id", "level"))
    found: dict[int, LanguageNeed] = {}
    for pid, uris in occupations.items():
        levels = sorted((lv for u in uris for lv in cache.get(u, []) if lv), key=CEFR_ORDER.index)
        if not levels:
            continue
        required = levels[len(levels) // 2]
        have = current.get(pid)
        if have is None or CEFR_ORDER.index(have) < CEFR_ORDER.index(required):
            found[pid] = LanguageNeed(have, required, sum(len(cache.get(u, [])) for u in uris), uris)
    return found


def language_need(person_id: int) -> LanguageNeed | None:
    """The person's Dutch against what open vacancies of their target occupations ask (the level most of them ask);
    None when there is no gap (or no vacancy to compare with)."""
    from werkregie.matching.models import DesiredOccupation, PersonExperience
    from werkregie.vacancies.models import Vacancy

    occupations = list(DesiredOccupation.objects.filter(person_id=person_id).values_list("occupation_uri", flat=True))
    if not occupations:
        occupations = list(PersonExperience.objects.filter(person_id=person_id).values_list("occupation_uri", flat=True))
    if not occupations:
        return None
    levels: list[str] = []
    count = 0
    for needs in Vacancy.objects.filter(open=True, occupation_uri__in=occupations).values_list("language_needs", flat=True)[:2000]:
        count += 1
        for need in needs or []:
            if isinstance(need, dict) and need.get("language") == "nl" and need.get("level") in CEFR_ORDER:
                levels.append(need["level"])
    if not levels:
        return None
    levels.sort(key=CEFR_ORDER.index)
    required = levels[len(levels) // 2]  # the median level asked: what most of these vacancies need
    current = PersonLanguage.objects.filter(person_id=person_id, language="nl").values_list("level", flat=True).first()
    if current is not None and CEFR_ORDER.index(current) >= CEFR_ORDER.index(required):
        return None
    return LanguageNeed(current, required, count, occupations)


# --------------------------------------------------------------------------- views of a file

@dataclass
class AgreementRow:
    agreement: Agreement
    steps: list[AgreementStep]
    history: list[TransitionLog]
    versions: list[Agreement]
    transitions: list


@dataclass
class TrajectoryFile:
    person: Person
    trajectory: Trajectory | None
    past: list[Trajectory]
    agreements: list[AgreementRow]
    history: list[TransitionLog]
    language: LanguageNeed | None
    partners: list[Organisation]
    can_edit: bool


def trajectory_file(principal: Principal, person_id: int) -> TrajectoryFile:
    """The counsellor's view of a person's trajectory: the trajectory, every agreement with its versions, steps,
    evidence and history. Logged with the purpose guidance (admin: administration)."""
    perms.require_editor(principal, person_id)
    person = Person.objects.get(pk=person_id)
    trajectories = list(Trajectory.objects.filter(person_id=person_id).order_by("-started_on", "-pk"))
    current = next((t for t in trajectories if t.state != "closed"), None)
    rows = _agreement_rows(person_id, principal.role)
    history = list(TransitionLog.objects.filter(workflow="trajectory", object_id__in=[t.pk for t in trajectories]).select_related("actor"))
    partners = list(Organisation.objects.filter(kind=OrganisationKind.PARTNER).order_by("name")[:200])
    record_access(principal.actor(), [person_id], "traject: afspraken, stappen, bewijsstukken en historiek", perms.reader_purpose(principal),
                  principal.channel)
    return TrajectoryFile(person, current, [t for t in trajectories if t is not current], rows, history, language_need(person_id), partners,
                          perms.is_editor(principal))


def _agreement_rows(person_id: int, role: str) -> list[AgreementRow]:
    agreements = list(Agreement.objects.filter(person_id=person_id).select_related("accepted_by").order_by("-pk"))
    steps: dict[int, list[AgreementStep]] = {}
    for step in AgreementStep.objects.filter(person_id=person_id).select_related("partner").prefetch_related("evidence__file").order_by("due_on", "pk"):
        steps.setdefault(step.agreement_id, []).append(step)
    logs: dict[int, list[TransitionLog]] = {}
    for log in TransitionLog.objects.filter(workflow="agreement", object_id__in=[a.pk for a in agreements]).select_related("actor"):
        logs.setdefault(log.object_id, []).append(log)
    by_series: dict[int, list[Agreement]] = {}
    for a in agreements:
        by_series.setdefault(a.series or a.pk, []).append(a)
    return [AgreementRow(a, steps.get(a.pk, []), logs.get(a.pk, []), [v for v in by_series[a.series or a.pk] if v.pk != a.pk],
                         a.workflow.available(a.state, role)) for a in agreements]


@dataclass
class MyAgreements:
    person: Person
    trajectory: Trajectory | None
    to_accept: list[AgreementRow]
    current: list[AgreementRow]
    past: list[AgreementRow]
    deadlines: list[AgreementStep]


def my_agreements(principal: Principal) -> MyAgreements:
    """The citizen's own agreements: to accept, in force (with steps, deadlines and evidence) and past versions."""
    person_id = perms.require_citizen(principal)
    person = Person.objects.get(pk=person_id)
    trajectory = Trajectory.objects.filter(person_id=person_id).exclude(state="closed").first()
    rows = [r for r in _agreement_rows(person_id, Role.CITIZEN) if r.agreement.state != "draft"]
    to_accept = [r for r in rows if r.agreement.state == "proposed"]
    current = [r for r in rows if r.agreement.state == "accepted"]
    past = [r for r in rows if r.agreement.state not in ("proposed", "accepted")]
    deadlines = sorted((s for r in current for s in r.steps if s.state in LIVE_STEP), key=lambda s: (s.due_on, s.pk))
    for step in deadlines:
        step.applications_count = applications_done(step) if step.kind == StepKind.APPLICATIONS and step.applications_required else None
    record_access(principal.actor(), [person_id], "traject: mijn afspraken, stappen en termijnen", perms.reader_purpose(principal), principal.channel)
    return MyAgreements(person, trajectory, to_accept, current, past, deadlines)


def applications_done(step: AgreementStep) -> int:
    """Applications through the platform counted for an application assignment (from its start to its due date)."""
    from werkregie.vacancies.models import Application, ApplicationOrigin

    start = dt.datetime.combine(step.applications_from or step.due_on, dt.time(0), clock.BRUSSELS)
    end = dt.datetime.combine(step.due_on + dt.timedelta(days=1), dt.time(0), clock.BRUSSELS)
    return Application.objects.filter(person_id=step.person_id, origin=ApplicationOrigin.APPLIED, created_at__gte=start, created_at__lt=end).count()


def steps_query_for(person_ids: list[int]) -> Q:
    return Q(person_id__in=person_ids)
