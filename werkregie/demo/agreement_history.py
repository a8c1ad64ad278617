"""A plausible history of trajectories and binding agreements for the demo, after the screening history
(`screening_history`): a service that mostly keeps the 3-month term, so that the worklist shows tens of agreements
still to make, not thousands, and the KPIs read a transition log that looks like years of work.

For every screened job seeker without a trajectory yet whose first screening of a spell found them not self-reliant
while on benefit (the rule by which the screening opens a standard trajectory with the 3-month term,
`trajectories.use_cases.open_after_screening`), a person id fixes the draw:

* most (ON_TIME) accepted a binding agreement (signed on paper at the office) within the term;
* some (LATE) accepted it after the term;
* the rest never did: their trajectory is still open (overdue when the term has passed) or closed with the spell —
  but only when the term ended at most `OVERDUE_AT_MOST_DAYS` before today: a counsellor makes the agreement within
  weeks of the term, so an older one was made late (walk of issue 16: "Afspraken te maken, uiterlijk 02/12/2025 te
  laat" a year on, "uiterlijk 06/04/2022" for the admin).

An accepted agreement has one step (applications); before its date the counsellor went through the applications in a follow-up
talk and approved the step (the table's `approve` from `open` by the counsellor: these people have no account, so the
citizen's upload and `review_step` do not apply), and the agreement is fulfilled. A spell that ended closes the trajectory (lasting work when a job followed,
else deregistered), withdrawing what was still live. The self-reliant and those not on benefit are left to the deadline
sweep (a follow-up plan; a trajectory without the term), as in production.

`plan` decides the events (plain Python); `write` makes the rows and the `TransitionLog` entries that
`werkregie.workflows.services.transition` would make for the same events, in bulk (tested against the use cases in
tests/test_demo_agreement_history.py)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from werkregie.core import clock
from werkregie.core.workdays import is_working_day

ON_TIME, LATE = 0.93, 0.04  # the rest (0.03): never accepted
OVERDUE_AT_MOST_DAYS = 42  # "never" (still to make) only for a term that ended this recently; an older one was made late
SOURCE_SEED = 13
STEP_DAYS = (30, 60)
PAPER_REASON = "Afsprakenblad besproken en ondertekend in het kantoor"
REVIEW_NOTE = "Sollicitaties besproken in het opvolggesprek: afspraak nagekomen"
CLOSE_NOTE = "Uitgeschreven als werkzoekende"


@dataclass
class Plan:
    """What happened to one trajectory, as dated events (None: did not happen (yet))."""

    person_id: int
    assessment_id: int
    opened_at: dt.datetime
    deadline: dt.date | None
    profile: str
    accepted_at: dt.datetime | None = None
    step_due: dt.date | None = None
    proof_at: dt.datetime | None = None  # step approved by the counsellor, agreement fulfilled
    closed_at: dt.datetime | None = None
    closed_on: dt.date | None = None
    end_reason: str = ""
    extra: dict = field(default_factory=dict)


def _workday_on_or_after(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def _at(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(9, 15), rng.choice((0, 15, 30, 45))), tzinfo=clock.BRUSSELS)


def plan(person_id: int, assessment_id: int, assessed_at: dt.datetime, deadline: dt.date | None, spell_end: dt.date | None,
         work_after: dt.date | None, today: dt.date, lasting_days: int) -> Plan:
    """The events of one trajectory opened by the screening at `assessed_at` (spell_end None: still a job seeker)."""
    rng = random.Random(SOURCE_SEED * 1_000_003 + person_id)
    draw = rng.random()
    profile = "on_time" if draw < ON_TIME else "late" if draw < ON_TIME + LATE else "never"
    if profile == "never" and deadline is not None and deadline < today - dt.timedelta(days=OVERDUE_AT_MOST_DAYS):
        profile = "late"
    p = Plan(person_id, assessment_id, assessed_at, deadline, profile)
    opened = assessed_at.astimezone(clock.BRUSSELS).date()
    limit = min(spell_end or today, today - dt.timedelta(days=1))  # nothing after the spell, nothing today or later
    if profile != "never" and deadline is not None:
        if profile == "on_time":
            day = opened + dt.timedelta(days=rng.randint(5, max(6, (deadline - opened).days - 3)))
        else:
            day = deadline + dt.timedelta(days=rng.randint(5, 45))
        day = _workday_on_or_after(day)
        if opened < day <= limit:
            p.accepted_at = max(_at(day, rng), assessed_at + dt.timedelta(hours=1))
            p.step_due = day + dt.timedelta(days=rng.randint(*STEP_DAYS))
            proof = _workday_on_or_after(p.step_due - dt.timedelta(days=rng.randint(1, 10)))
            if day < proof <= limit:
                p.proof_at = _at(proof, rng)
    if spell_end is not None and spell_end < today:
        if work_after is not None and work_after + dt.timedelta(days=lasting_days) < today:
            p.end_reason, p.closed_on = "lasting_work", work_after
            p.closed_at = _at(work_after + dt.timedelta(days=lasting_days), rng)  # the sweep closes it once the work lasted
        elif work_after is None:
            p.end_reason, p.closed_on = "deregistered", spell_end + dt.timedelta(days=1)
            p.closed_at = _at(spell_end + dt.timedelta(days=1), rng)
    return p


def _log(workflow: str, obj, transition: str, from_state: str, to_state: str, at: dt.datetime, who, *, reason: str = "",  # noqa: ANN001
         deadline: dt.date | None = None, data: dict | None = None):  # noqa: ANN202
    """The log entry `werkregie.workflows.services` writes for this transition (the same reason and data)."""
    from werkregie.workflows.models import TransitionLog
    from werkregie.workflows.services import _logged_reason

    reason, data = _logged_reason(reason, data)
    return TransitionLog(workflow=workflow, object_id=obj.pk, person_id=obj.person_id, transition=transition, from_state=from_state,
                         to_state=to_state, at=at, actor_id=who.user_id, actor_role=who.role, actor_label=who.label[:200], reason=reason,
                         deadline=deadline, data=data)


def write(plans: list[Plan], counsellors: dict[int, object]) -> int:
    """Make the rows and log entries of these plans (bulk). `counsellors`: assessment id → the `Who` that screened
    and made the agreement. Returns the number of trajectories written."""
    from django.db import transaction
    from django.utils import translation
    from django.utils.translation import gettext as _

    from werkregie.trajectories import labels
    from werkregie.trajectories.enums import AcceptedHow, EndReason, EvidenceKind, StepKind, TrajectoryKind
    from werkregie.trajectories.models import Agreement, AgreementStep, Trajectory
    from werkregie.trajectories.use_cases import fmt
    from werkregie.workflows import reasons as R
    from werkregie.workflows.models import TransitionLog
    from werkregie.workflows.services import PLATFORM

    with translation.override("nl"), transaction.atomic():
        trajectories = Trajectory.objects.bulk_create([Trajectory(
            person_id=p.person_id, kind=TrajectoryKind.STANDARD, started_on=p.opened_at.astimezone(clock.BRUSSELS).date(),
            source=f"screening:{p.assessment_id}", state="closed" if p.closed_at else "open", state_since=p.opened_at, deadline=p.deadline)
            for p in plans], batch_size=500)  # inserted closed when it ends closed: at most one running per person, at every moment
        for t in trajectories:
            t.state = "open"  # the events below start from the creation
        logs = [_log("trajectory", t, "create", "", "open", p.opened_at, PLATFORM, deadline=p.deadline) for t, p in zip(trajectories, plans)]
        made = [(t, p) for t, p in zip(trajectories, plans) if p.accepted_at is not None]
        agreements = Agreement.objects.bulk_create([Agreement(
            trajectory=t, person_id=p.person_id, binding=True, revision=1, title="Afsprakenblad", notes="Afgesproken in het gesprek op het VDAB-kantoor.",
            state="accepted", version=3, state_since=p.accepted_at, accepted_at=p.accepted_at, accepted_how=AcceptedHow.PAPER,
            accepted_reason=PAPER_REASON, accepted_by_id=counsellors[p.assessment_id].user_id, created_by_id=counsellors[p.assessment_id].user_id)
            for t, p in made], batch_size=500)
        for a in agreements:
            a.series = a.pk
        Agreement.objects.bulk_update(agreements, ["series"], batch_size=500)
        title = "Solliciteer voor 4 vacatures via het platform of bij werkgevers"
        steps = AgreementStep.objects.bulk_create([AgreementStep(
            agreement=a, person_id=p.person_id, kind=StepKind.APPLICATIONS, title=title, due_on=p.step_due, evidence_kind=EvidenceKind.NONE,
            applications_required=4, applications_from=p.accepted_at.astimezone(clock.BRUSSELS).date(), state="open", version=1,
            state_since=p.accepted_at - dt.timedelta(minutes=20), deadline=p.step_due) for a, (_t, p) in zip(agreements, made)], batch_size=500)
        for a, s, (t, p) in zip(agreements, steps, made):
            who, start = counsellors[p.assessment_id], p.accepted_at - dt.timedelta(minutes=20)
            logs += [_log("agreement", a, "create", "", "draft", start, who),
                     _log("agreement_step", s, "create", "", "open", start, who, deadline=p.step_due),
                     _log("agreement", a, "accept_on_paper", "draft", "accepted", p.accepted_at, who, reason=PAPER_REASON),
                     _log("trajectory", t, "activate", "open", "active", p.accepted_at, PLATFORM, reason=labels.coded(R.AGREEMENTS_ACCEPTED))]
            t.state, t.version, t.state_since, t.deadline = "active", 2, p.accepted_at, None
            if p.proof_at is not None:
                logs += [_log("agreement_step", s, "approve", "open", "approved", p.proof_at, who, reason=REVIEW_NOTE),
                         _log("agreement", a, "fulfil", "accepted", "fulfilled", p.proof_at, who, reason=labels.coded(R.ALL_STEPS_APPROVED))]
                s.state, s.version, s.state_since, s.deadline, s.review_note = "approved", 2, p.proof_at, None, REVIEW_NOTE
                a.state, a.version, a.state_since, a.deadline = "fulfilled", 4, p.proof_at, None
        for t, p in zip(trajectories, plans):
            if p.closed_at is None:
                continue
            for a, s, (t2, _p) in zip(agreements, steps, made):
                if t2 is not t or a.state != "accepted":
                    continue
                reason = _("Traject afgesloten")
                logs.append(_log("agreement_step", s, "cancel", s.state, "cancelled", p.closed_at, PLATFORM, reason=reason))
                s.state, s.version, s.state_since, s.deadline = "cancelled", s.version + 1, p.closed_at, None
                logs.append(_log("agreement", a, "withdraw", "accepted", "withdrawn", p.closed_at, PLATFORM, reason=reason))
                a.state, a.version, a.state_since, a.deadline = "withdrawn", a.version + 1, p.closed_at, None
            lasting = p.end_reason == EndReason.LASTING_WORK
            note = (_("Werk sinds %(date)s (duurzaam werk)") % {"date": fmt(p.closed_on)}) if lasting else str(EndReason(p.end_reason).label)
            logs.append(_log("trajectory", t, "close", t.state, "closed", p.closed_at, PLATFORM, reason=note,
                             data={"on": p.closed_on.isoformat(), "end_reason": p.end_reason, "outflow": lasting}))
            t.state, t.version, t.state_since, t.deadline = "closed", t.version + 1, p.closed_at, None
            t.closed_on, t.end_reason, t.outflow = p.closed_on, p.end_reason, lasting
        Trajectory.objects.bulk_update(trajectories, ["state", "version", "state_since", "deadline", "closed_on", "end_reason", "outflow"], batch_size=500)
        Agreement.objects.bulk_update(agreements, ["state", "version", "state_since", "deadline"], batch_size=500)
        AgreementStep.objects.bulk_update(steps, ["state", "version", "state_since", "deadline", "review_note"], batch_size=500)
        TransitionLog.objects.bulk_create(logs, batch_size=1000)
    return len(trajectories)


def seed(today: dt.date, progress=None) -> int:  # noqa: ANN001 - a tqdm update
    """Plan and write the history of every screened job seeker without a trajectory (idempotent: a second call finds
    them all with one)."""
    from collections import defaultdict

    from django.utils import translation

    from werkregie.accounts.models import User
    from werkregie.core import dated
    from werkregie.people.enums import JOBSEEKER_KINDS, StatusKind
    from werkregie.people.models import StatusEpisode
    from werkregie.screening.engine import register
    from werkregie.screening.models import Assessment
    from werkregie.trajectories.models import Trajectory
    from werkregie.trajectories.sweeps import TRAJECTORY_PARAMETERS
    from werkregie.trajectories.use_cases import agreement_deadline
    from werkregie.workflows.services import Who

    from .screening_history import spells

    lasting = int(dated.value(TRAJECTORY_PARAMETERS, "lasting_work_days", today).value)
    rows = (Assessment.objects.filter(assessed_at__date__lt=today).exclude(person_id__in=Trajectory.objects.values("person_id"))
            .order_by("person_id", "assessed_at").values_list("pk", "person_id", "assessed_at", "self_reliant", "not_deployable", "counsellor_id"))
    by_person: dict[int, list] = defaultdict(list)
    for row in rows:
        by_person[row[1]].append(row)
    episodes: dict[int, list[register.Episode]] = defaultdict(list)
    work: dict[int, list[tuple[dt.date, dt.date | None]]] = defaultdict(list)
    ids = list(by_person)
    for part in range(0, len(ids), 5000):
        chunk = ids[part:part + 5000]
        for pid, kind, start, end in StatusEpisode.objects.filter(person_id__in=chunk, kind__in=(*JOBSEEKER_KINDS, StatusKind.EMPLOYED)).values_list(
                "person_id", "kind", "start", "end"):
            if kind == StatusKind.EMPLOYED:
                work[pid].append((start, end))
            else:
                episodes[pid].append(register.Episode(kind, start, end))
    with translation.override("nl"):  # labels as the mechanism logs them in the demo (Dutch)
        users = {u.pk: Who(u.pk, u.role, u.label) for u in User.objects.select_related("organisation").filter(
            pk__in={r[5] for rs in by_person.values() for r in rs})}
    plans, who, written = [], {}, 0
    for pid, assessed in by_person.items():
        eps = episodes.get(pid, [])
        benefit = [(e.start, e.end) for e in eps if e.kind == StatusKind.JOBSEEKER_BENEFIT]
        mine = [(start, end, [a for a in assessed if start <= a[2].astimezone(clock.BRUSSELS).date() <= end]) for start, end in spells(eps, today)]
        mine = [(start, end, found[0]) for start, end, found in mine if found]
        for i, (_start, end, (apk, _pid, at, self_reliant, not_deployable, counsellor)) in enumerate(mine):
            day = at.astimezone(clock.BRUSSELS).date()
            deadline = agreement_deadline(benefit, day, day) if benefit else None
            if self_reliant or not_deployable or deadline is None or counsellor not in users:
                continue
            spell_end = end if end < today else None
            after = [s for s, e in work.get(pid, []) if spell_end and spell_end < s <= spell_end + dt.timedelta(days=31)
                     and (e is None or (e - s).days >= lasting)]
            p = plan(pid, apk, at, deadline, spell_end, min(after, default=None), today, lasting)
            following = mine[i + 1][2][2] if i + 1 < len(mine) else None
            if following is not None and (p.closed_at is None or p.closed_at >= following):  # one running trajectory per person
                p.end_reason, p.closed_on = "deregistered", end + dt.timedelta(days=1)
                p.closed_at = min(_at(end + dt.timedelta(days=1), random.Random(pid)), following - dt.timedelta(minutes=1))
            plans.append(p)
            who[apk] = users[counsellor]
        if len(plans) >= 2000:
            written += write(plans, who)
            plans = []
            if progress:
                progress(written)
    return written + write(plans, who)
