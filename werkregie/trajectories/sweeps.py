"""Deadline-sweep contributor of trajectories. For one date, in bulk and idempotently (stable task keys, message dedupe
keys, transitions only from the state they leave):

1. screening → trajectory: an assessed job seeker without a trajectory since the assessment gets one (standard with the
   3-month agreement term for the not self-reliant on benefit; a follow-up plan for the self-reliant);
2. the sick with a mutuality link: a reintegration_review task (month 3; the trajectory by month 5), from which the
   counsellor starts the re-integration route with the mutuality's step;
3. the register's status episodes: sickness suspends a running trajectory, a period of work suspends it, work lasting
   at least `lasting_work_days` closes it with the outflow recorded; when the episode ends the trajectory resumes and
   its deadlines move by the days suspended;
4. application assignments are approved from the applications made through the platform;
5. steps due soon → task agreement_due and a reminder; steps past due → missed, their agreement missed, and the
   escalation proposal on the counsellor's worklist (task agreement_overdue);
6. proposed agreements not accepted within their term → a reminder to the citizen and a task;
7. trajectories still without agreements → the agreement_to_make task; follow-up plans due for their periodic check;
8. language need: Dutch below what the target occupation's vacancies ask, no language course yet → a language_need task.

Each partition of work commits on its own, so a run that is killed halfway leaves whole changes only."""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from werkregie.core import clock, dated
from werkregie.people.enums import StatusKind
from werkregie.people.models import PartnerLink, StatusEpisode
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import PARAMETERS, term_end
from werkregie.workflows.services import PLATFORM
from werkregie.worklist.services import TaskSpec, upsert_tasks
from werkregie.worklist.sweep import chunks, contributor

from . import incapacity, labels
from . import use_cases as uc
from .enums import EndReason, EvidenceKind, StepKind, SuspensionReason, TrajectoryKind
from .models import Agreement, AgreementStep, Trajectory

TRAJECTORY_PARAMETERS = uc.__file__.rsplit("/", 1)[0] + "/parameters"
RUNNING = ("open", "active")
LIVE_STEP_STATES = ("open", "rejected")
SCREENING_LOOKBACK_DAYS = 365
CHECK_TASK_WINDOW_DAYS = 7


def _current(qs, as_of: dt.date):  # noqa: ANN001, ANN202
    return qs.filter(start__lte=as_of).filter(Q(end__isnull=True) | Q(end__gte=as_of))


def _bump(counts: dict, key: str, n: int = 1) -> None:
    counts[key] = counts.get(key, 0) + n


@contributor("trajectories", order=30)
def sweep(as_of: dt.date) -> dict[str, int]:
    counts: dict[str, int] = {}
    _after_screening(as_of, counts)
    _sickness_routes(as_of, counts)
    _episodes(as_of, counts)  # after the openings, so a rerun at the same date finds nothing left to suspend
    _resume_steps(as_of, counts)
    _applications(as_of, counts)
    _steps(as_of, counts)
    _acceptance(as_of, counts)
    _trajectory_tasks(as_of, counts)
    _language_needs(as_of, counts)
    return counts


# --------------------------------------------------------------------------- 1. status episodes

def _episodes(as_of: dt.date, counts: dict) -> None:
    lasting = int(dated.value(TRAJECTORY_PARAMETERS, "lasting_work_days", as_of).value)
    episodes = StatusEpisode.objects.filter(person_id=OuterRef("person_id"))
    sick = _current(episodes.filter(kind=StatusKind.SICK), as_of)
    work = _current(episodes.filter(kind=StatusKind.EMPLOYED), as_of)
    # running trajectories of people who are now sick or working (sickness trajectories are for the sick: not suspended)
    running = (Trajectory.objects.filter(state__in=RUNNING).exclude(kind=TrajectoryKind.SICKNESS)
               .filter(Exists(sick) | Exists(work)).values_list("pk", "person_id"))
    for part in chunks(list(running), 500):
        for pk, person_id in part:
            with transaction.atomic():
                _suspend_or_close(pk, person_id, as_of, lasting, counts)
    # suspended trajectories: close when the work became lasting; resume when the episode that suspended them ended
    suspended = list(Trajectory.objects.filter(state="suspended").values_list("pk", "person_id", "suspension_reason"))
    if not suspended:
        return
    ids = [p for _, p, _ in suspended]
    current = defaultdict(list)
    for person_id, kind, start in _current(StatusEpisode.objects.filter(person_id__in=ids, kind__in=(StatusKind.SICK, StatusKind.EMPLOYED)),
                                           as_of).values_list("person_id", "kind", "start"):
        current[person_id].append((kind, start))
    for pk, person_id, reason in suspended:
        if reason not in (SuspensionReason.SICKNESS, SuspensionReason.WORK):
            continue  # suspended by hand for another reason: resumed by hand
        with transaction.atomic():
            now = current.get(person_id, [])
            work_start = min((s for k, s in now if k == StatusKind.EMPLOYED), default=None)
            if work_start is not None and (as_of - work_start).days >= lasting and not any(k == StatusKind.SICK for k, _ in now):
                uc.close(PLATFORM, pk, EndReason.LASTING_WORK, on=work_start,
                         note=_("Werk sinds %(date)s (duurzaam werk)") % {"date": uc.fmt(work_start)})
                _bump(counts, "closed_lasting_work")
            elif not now:
                uc.resume(PLATFORM, pk, on=as_of)
                _bump(counts, "resumed")


def _suspend_or_close(pk: int, person_id: int, as_of: dt.date, lasting: int, counts: dict) -> None:
    found = list(_current(StatusEpisode.objects.filter(person_id=person_id, kind__in=(StatusKind.SICK, StatusKind.EMPLOYED)), as_of)
                 .values_list("kind", "start"))
    sick = min((s for k, s in found if k == StatusKind.SICK), default=None)
    work = min((s for k, s in found if k == StatusKind.EMPLOYED), default=None)
    if sick is None and work is not None and (as_of - work).days >= lasting:
        uc.close(PLATFORM, pk, EndReason.LASTING_WORK, on=work, note=_("Werk sinds %(date)s (duurzaam werk)") % {"date": uc.fmt(work)})
        _bump(counts, "closed_lasting_work")
    elif sick is not None:
        uc.suspend(PLATFORM, pk, SuspensionReason.SICKNESS, on=sick,
                   note=_("Ziek sinds %(date)s") % {"date": uc.fmt(sick)})
        _bump(counts, "suspended_sickness")
    elif work is not None:
        uc.suspend(PLATFORM, pk, SuspensionReason.WORK, on=work, note=_("Werk sinds %(date)s") % {"date": uc.fmt(work)})
        _bump(counts, "suspended_work")


# --------------------------------------------------------------------------- 2. screening → trajectory

def _after_screening(as_of: dt.date, counts: dict) -> None:
    """Bulk: one INSERT of trajectories and one of their creation log per partition (the 250,000-person sweep opens
    tens of thousands at its first run). Their agreement_to_make tasks come from step 7."""
    from werkregie.screening.models import Assessment
    from werkregie.workflows.models import TransitionLog

    since = as_of - dt.timedelta(days=SCREENING_LOOKBACK_DAYS)
    later = Assessment.objects.filter(person_id=OuterRef("person_id"), assessed_at__gt=OuterRef("assessed_at"))
    has_trajectory = Trajectory.objects.filter(person_id=OuterRef("person_id")).filter(
        Q(started_on__gte=OuterRef("assessed_at__date")) | ~Q(state="closed"))
    seeking = _current(StatusEpisode.objects.filter(person_id=OuterRef("person_id"),
                                                    kind__in=(StatusKind.JOBSEEKER_BENEFIT, StatusKind.JOBSEEKER_NO_BENEFIT)), as_of)
    todo = list(Assessment.objects.filter(assessed_at__date__gte=since, assessed_at__date__lte=as_of, not_deployable=False)
                .filter(~Exists(later), ~Exists(has_trajectory), Exists(seeking)).order_by("pk")
                .values_list("pk", "person_id", "assessed_at", "self_reliant"))
    if not todo:
        return
    ends = functools.lru_cache(maxsize=4096)(term_end)
    now = clock.now()
    for part in chunks(todo, 5000):
        benefit: dict[int, list] = defaultdict(list)
        for person_id, start, end in StatusEpisode.objects.filter(person_id__in=[r[1] for r in part], kind=StatusKind.JOBSEEKER_BENEFIT).values_list(
                "person_id", "start", "end"):
            benefit[person_id].append((start, end))
        rows = []
        for pk, person_id, at, self_reliant in part:
            day = at.astimezone(clock.BRUSSELS).date()
            kind = TrajectoryKind.FOLLOW_UP if self_reliant else TrajectoryKind.STANDARD
            deadline = uc.agreement_deadline(benefit[person_id], day, as_of) if kind == TrajectoryKind.STANDARD and benefit.get(person_id) else None
            check_on = ends("follow_up_check", day) if kind == TrajectoryKind.FOLLOW_UP else None
            rows.append(Trajectory(person_id=person_id, kind=kind, started_on=day, source=f"screening:{pk}", state="open", state_since=now,
                                   deadline=deadline, check_on=check_on))
        with transaction.atomic():
            made = _insert(Trajectory, rows)
            if made and made[0].pk is None:  # COPY returns no ids: read them back (one open trajectory per person)
                made = list(Trajectory.objects.filter(person_id__in=[t.person_id for t in rows], state="open", source__startswith="screening:")
                            .only("pk", "person_id", "deadline", "source"))
            reason = _("Na de screening")
            _insert(TransitionLog, [
                TransitionLog(workflow="trajectory", object_id=t.pk, person_id=t.person_id, transition="create", from_state="", to_state="open", at=now,
                              actor_role=PLATFORM.role, actor_label=PLATFORM.label, reason=reason, deadline=t.deadline,
                              data={"source": t.source}) for t in made])
        _bump(counts, "opened_after_screening", len(made))


def _insert(model, objs: list) -> list:  # noqa: ANN001
    """Many new rows at once: COPY on PostgreSQL (the 250,000-person sweep), bulk_create elsewhere."""
    if connection.vendor != "postgresql":
        return model.objects.bulk_create(objs, batch_size=1000)
    import json

    from werkregie.core.bulk import insert_rows

    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    for obj in objs:
        for f in fields:
            if getattr(f, "auto_now_add", False) and getattr(obj, f.attname) is None:
                setattr(obj, f.attname, clock.now())
    rows = [tuple(json.dumps(v) if isinstance(v, dict | list) else v for v in (getattr(obj, f.attname) for f in fields)) for obj in objs]
    insert_rows(model._meta.db_table, [f.column for f in fields], rows)
    return objs


# --------------------------------------------------------------------------- 3. the sick with a mutuality

def _sickness_routes(as_of: dt.date, counts: dict) -> None:
    """The sick with a current mutuality link (sickness re-integration) and no re-integration trajectory for this
    sickness: a reintegration_review task for the counsellor, due at the month-3 review (bulk upsert). The counsellor
    starts the route from the trajectory page (kind "re-integration"), which adds the mutuality's step."""
    from werkregie.access.purposes import Purpose

    links = _current(PartnerLink.objects.filter(purpose=Purpose.SICKNESS_REINTEGRATION), as_of)
    sick = _current(StatusEpisode.objects.filter(kind=StatusKind.SICK), as_of)
    route = Trajectory.objects.filter(person_id=OuterRef("person_id"), kind=TrajectoryKind.SICKNESS).filter(
        Q(started_on__gte=OuterRef("start")) | ~Q(state="closed"))
    after = int(dated.value(TRAJECTORY_PARAMETERS, "sickness_route_after_days", as_of).value)
    rows = list(sick.filter(start__lte=as_of - dt.timedelta(days=after), start__gte=as_of - dt.timedelta(days=366))
                .filter(Exists(links.filter(person_id=OuterRef("person_id"))), ~Exists(route)).values_list("person_id", "start"))
    ends = functools.lru_cache(maxsize=4096)(term_end)
    for part in chunks(rows, 2000):
        specs = []
        for person_id, start in part:
            review, plan = ends("sick_reintegration_review", start), ends("sick_trajectory", start)
            if plan < as_of - dt.timedelta(days=31):
                continue  # long past the month-5 term: no new task (a counsellor can still start the route by hand)
            specs.append(TaskSpec(f"sickness:{person_id}:{start.isoformat()}:reintegration", person_id, "reintegration_review", review,
                                  labels.coded(labels.SICKNESS_REVIEW, review=review, date=plan), uc.file_url(person_id), labels.coded(labels.SICK_SINCE, date=start),
                                  source="trajectories"))
        with transaction.atomic():
            _bump(counts, "reintegration_tasks", upsert_tasks(specs).get("created", 0))


# --------------------------------------------------------------------------- 4–5. steps

def _live_steps():  # noqa: ANN202
    return AgreementStep.objects.filter(state__in=LIVE_STEP_STATES, agreement__state="accepted").exclude(agreement__trajectory__state="suspended")


def _applications(as_of: dt.date, counts: dict) -> None:
    steps = list(_live_steps().filter(kind=StepKind.APPLICATIONS, applications_required__isnull=False, due_on__gte=as_of - dt.timedelta(days=1)))
    for step in steps:
        done = uc.applications_done(step)
        if done >= step.applications_required:
            with transaction.atomic():
                wf.transition(step, "approve", PLATFORM, reason=labels.coded(R.APPLICATIONS_DONE, n=done), data={"applications": done})
                uc.close_task(f"step:{step.pk}:due")
                uc._maybe_fulfilled(step.agreement_id, PLATFORM)
            _bump(counts, "applications_approved")


def _due_soon_days(as_of: dt.date) -> int:
    return int(dated.value(PARAMETERS, "agreement_due_reminder", as_of).value)


def _steps(as_of: dt.date, counts: dict) -> None:
    soon = as_of + dt.timedelta(days=_due_soon_days(as_of))
    due = list(_live_steps().filter(due_on__gte=as_of, due_on__lte=soon).values_list("pk", "person_id", "title", "due_on"))
    for part in chunks(due, 2000):
        with transaction.atomic():
            specs = [TaskSpec(f"step:{pk}:due", person_id, "agreement_due", due_on, labels.coded(labels.STEP_DUE, step=title),
                              uc.file_url(person_id), source="trajectories") for pk, person_id, title, due_on in part]
            result = upsert_tasks(specs)
            _bump(counts, "due_tasks", result.get("created", 0))
        keys = {pk: f"step:{pk}:reminder:{due_on.isoformat()}" for pk, _p, _t, due_on in part}
        sent = _sent(keys.values())
        for pk, person_id, title, due_on in part:
            if keys[pk] in sent:
                continue
            if uc.notify(person_id, "trajectories.step_reminder", {"step": title, "due_on": uc.fmt(due_on)}, related=("agreement_step", pk),
                         dedupe_key=keys[pk]) is not None:
                _bump(counts, "reminders")
    overdue = list(_live_steps().filter(due_on__lt=as_of).order_by("agreement_id", "pk").values_list("pk", "agreement_id"))
    by_agreement: dict[int, list[int]] = defaultdict(list)
    for pk, agreement_id in overdue:
        by_agreement[agreement_id].append(pk)
    for part in chunks(list(by_agreement), 200):
        for agreement_id in part:
            with transaction.atomic():
                missed = []
                agreement = Agreement.objects.select_for_update().get(pk=agreement_id)
                if agreement.state != "accepted":
                    continue  # not (or no longer) binding: its steps are never marked missed
                sick = _sick_episodes(agreement.person_id)
                for step in AgreementStep.objects.filter(pk__in=by_agreement[agreement_id], state__in=LIVE_STEP_STATES):
                    if step.evidence_kind == EvidenceKind.NONE:
                        continue  # no evidence to miss: the counsellor says whether it was done (its due task stays open)
                    if step.kind == StepKind.REINTEGRATION:
                        # the re-integration of the sick runs DURING incapacity: never suspended for it nor missed by the
                        # sweep; its review stays on the counsellor's worklist (walk of stop 29: frozen "Geschorst")
                        continue
                    if incapacity.overdue_step_outcome(step.due_on, as_of, sick) == incapacity.SUSPENDED:
                        _suspend_step(step, as_of, counts)
                        continue
                    wf.transition(step, "miss", PLATFORM, reason=labels.coded(R.MISSED_ON, date=step.due_on))
                    uc.close_task(f"step:{step.pk}:due")
                    missed.append(step)
                    _bump(counts, "steps_missed")
                if missed:
                    uc.miss_agreement(agreement, PLATFORM, _missed_steps(missed))
                    _bump(counts, "agreements_missed")


def _missed_steps(missed: list[AgreementStep]) -> str:
    """The coded reason (and task detail) of an agreement missed on these steps: one step's own title (coded or typed)
    and date translated when shown; several steps' titles as they read now, each with its date."""
    if len(missed) == 1:
        steps = labels.coded(R.STEP_ON, step=missed[0].title, date=missed[0].due_on)
    else:
        steps = "; ".join(f"{labels.render(s.title)} ({uc.fmt(s.due_on)})" for s in missed)
    return labels.coded(R.MISSED_STEPS, max_length=2000, steps=steps)


def _sick_episodes(person_id: int) -> list[tuple[dt.date, dt.date | None]]:
    return list(StatusEpisode.objects.filter(person_id=person_id, kind=StatusKind.SICK).values_list("start", "end"))


def _suspend_step(step: AgreementStep, as_of: dt.date, counts: dict) -> None:
    """A step whose date passed during recognised incapacity: suspended, not missed (see incapacity.py)."""
    wf.transition(step, "suspend", PLATFORM, reason=labels.coded(R.SUSPENDED_INCAPACITY, date=step.due_on),
                  data={"due_on": step.due_on.isoformat(), "as_of": as_of.isoformat()})
    uc.close_task(f"step:{step.pk}:due")
    _bump(counts, "steps_suspended")


def _resume_steps(as_of: dt.date, counts: dict) -> None:
    """Suspended steps of people no longer recognised unfit for work resume, their date moved by the suspension."""
    sick = _current(StatusEpisode.objects.filter(person_id=OuterRef("person_id"), kind=StatusKind.SICK), as_of)
    for step in AgreementStep.objects.filter(state="suspended").exclude(Exists(sick)).order_by("pk"):
        with transaction.atomic():
            since = (step.state_since.astimezone(clock.BRUSSELS).date() if step.state_since else as_of)
            due = incapacity.resumed_due_on(step.due_on, since, as_of)
            wf.transition(step, "resume", PLATFORM, reason=labels.coded(R.RESUMED_INCAPACITY, date=due),
                          deadline=due, fields={"due_on": due}, data={"due_on": due.isoformat()})
            _bump(counts, "steps_resumed")


def _sent(keys) -> set[str]:  # noqa: ANN001
    """The dedupe keys among `keys` that the outbox already has (one query), so a rerun sends and counts nothing."""
    from importlib.util import find_spec

    keys = list(keys)
    if not keys or not find_spec("werkregie.messaging.models"):
        return set()
    from werkregie.messaging.models import Message

    return set(Message.objects.filter(dedupe_key__in=keys).values_list("dedupe_key", flat=True))


# --------------------------------------------------------------------------- 6. acceptance

def _acceptance(as_of: dt.date, counts: dict) -> None:
    late = list(Agreement.objects.filter(state="proposed", deadline__lt=as_of).exclude(trajectory__state="suspended")
                .values_list("pk", "person_id", "title", "deadline"))
    for part in chunks(late, 2000):
        with transaction.atomic():
            specs = [TaskSpec(f"agreement:{pk}:acceptance", person_id, "agreement_overdue", deadline,
                              labels.coded(labels.NOT_ACCEPTED, title=title), uc.file_url(person_id), source="trajectories")
                     for pk, person_id, title, deadline in part]
            _bump(counts, "acceptance_tasks", upsert_tasks(specs).get("created", 0))
        sent = _sent(f"agreement:{pk}:acceptance_reminder" for pk, *_rest in part)
        for pk, person_id, title, deadline in part:
            key = f"agreement:{pk}:acceptance_reminder"
            if key not in sent and uc.notify(person_id, "trajectories.acceptance_reminder", {"title": title, "accept_by": uc.fmt(deadline)},
                                             related=("agreement", pk), dedupe_key=key) is not None:
                _bump(counts, "acceptance_reminders")


# --------------------------------------------------------------------------- 7. trajectory tasks

def _trajectory_tasks(as_of: dt.date, counts: dict) -> None:
    accepted = Agreement.objects.filter(trajectory_id=OuterRef("pk"), state__in=("accepted", "fulfilled"))
    rows = list(Trajectory.objects.filter(state="open", deadline__isnull=False).filter(~Exists(accepted))
                .values_list("pk", "person_id", "deadline"))
    for part in chunks(rows, 2000):
        with transaction.atomic():
            specs = [TaskSpec(f"trajectory:{pk}:agreement_to_make", person_id, "agreement_to_make", deadline,
                              labels.coded(labels.AGREEMENT_TO_MAKE, date=deadline), uc.file_url(person_id),
                              source="trajectories") for pk, person_id, deadline in part]
            _bump(counts, "agreement_to_make_tasks", upsert_tasks(specs).get("created", 0))
    ends = functools.lru_cache(maxsize=4096)(term_end)
    checks = list(Trajectory.objects.filter(kind=TrajectoryKind.FOLLOW_UP, state__in=RUNNING, check_on__lte=as_of)
                  .values_list("pk", "person_id", "check_on"))
    for part in chunks(checks, 2000):
        with transaction.atomic():
            # a task for a check that fell due this week; older ones (a first run, a long suspension) only move on:
            # the worklist's re-screening of the self-reliant catches those people anyway
            specs = [TaskSpec(f"trajectory:{pk}:check:{check_on.isoformat()}", person_id, "other", check_on,
                              labels.coded(labels.FOLLOW_UP_CHECK), uc.file_url(person_id), source="trajectories")
                     for pk, person_id, check_on in part if check_on >= as_of - dt.timedelta(days=CHECK_TASK_WINDOW_DAYS)]
            _bump(counts, "follow_up_checks", upsert_tasks(specs).get("created", 0))
            moves: dict[tuple[dt.date, dt.date], list[int]] = defaultdict(list)
            for pk, _person_id, check_on in part:
                following = ends("follow_up_check", check_on)
                while following <= as_of:  # missed checks are not stacked up: one task, then the next check after today
                    following = ends("follow_up_check", following)
                moves[(check_on, following)].append(pk)
            for (check_on, following), pks in moves.items():  # one UPDATE per pair of dates, not per row
                Trajectory.objects.filter(pk__in=pks, check_on=check_on).update(check_on=following)


# --------------------------------------------------------------------------- 8. language need

def _language_needs(as_of: dt.date, counts: dict) -> None:
    """Trajectories still without agreements (state open) of persons whose Dutch is below what the vacancies of their
    target occupation ask, and without a language course among their steps: a language_need task (propose a course)."""
    course = AgreementStep.objects.filter(person_id=OuterRef("person_id"), kind=StepKind.LANGUAGE_COURSE).exclude(state__in=("cancelled", "missed"))
    rows = list(Trajectory.objects.filter(state="open", kind__in=(TrajectoryKind.STANDARD, TrajectoryKind.NEWCOMER)).filter(~Exists(course))
                .values_list("pk", "person_id", "deadline"))
    cache: dict = {}
    for part in chunks(rows, 5000):
        needs = uc.language_needs([pid for _pk, pid, _d in part], cache)
        specs = [TaskSpec(f"trajectory:{pk}:language_need", pid, "language_need", deadline or as_of,
                          labels.coded(labels.LANGUAGE_NEED, have=needs[pid].current or "?", level=needs[pid].required),
                          uc.file_url(pid), source="trajectories") for pk, pid, deadline in part if pid in needs]
        with transaction.atomic():
            _bump(counts, "language_need_tasks", upsert_tasks(specs).get("created", 0))
