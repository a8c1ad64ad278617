"""The worklist's own sweep contributors: screenings due, and binding agreements to make (the 3-month term).

Both work per partition of person ids (one transaction each, bulk reads and one bulk upsert), so a run killed halfway
leaves whole partitions and the next run completes the rest; task keys are stable per term, so a second run at the same
date writes nothing:

* ``screening:<person>:<basis>`` — basis is the spell start (a new job seeker) or the date of the last assessment
  (re-screening); a new assessment makes a new basis, so the old task is closed as done.
* ``agreement_to_make:<person>:<spell start>`` — a non-self-reliant job seeker on benefit without a binding agreement
  accepted in the current spell on benefit, and without an open agreement_to_make task of another domain (the
  trajectories sweep makes one per open trajectory; this contributor runs after it, order 40, and covers the rest —
  so a person has one such task, never two).

`refresh_persons([ids])` runs the same code for a few persons at once (after an assessment or an accepted agreement),
so the worklist does not wait for the night."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F, Lookup, Q

from werkregie.core import clock
from werkregie.people.enums import JOBSEEKER_KINDS, StatusKind
from werkregie.people.models import Person, StatusEpisode
from werkregie.screening.engine import register
from werkregie.screening.engine.deadlines import due as screening_due
from werkregie.screening.engine.deadlines import term_end
from werkregie.workflows import deadlines as terms
from werkregie.workflows import reasons
from werkregie.workflows.labels import coded, source

from .enums import TaskKind, TaskStatus
from .models import ScreeningSchedule, Task
from .services import TaskRow, TaskSpec, close_tasks, read_rows, upsert_tasks
from .sweep import PARTITION, add_counts, contributor, partitioned

OWN_KINDS = (TaskKind.SCREENING_DUE, TaskKind.AGREEMENT_TO_MAKE)
# this contributor's tasks (other domains may make tasks of the same kinds under their own keys: never touched here)
OWN = Q(kind__in=OWN_KINDS) & (Q(key__startswith="screening:") | Q(key__startswith="agreement_to_make:"))
SCREENING_TITLES = {
    "new": source(reasons.SCREENING_NEW),
    "rescreen": source(reasons.SCREENING_RESCREEN),
    "rescreen_long_term": source(reasons.SCREENING_RESCREEN_LONG_TERM),
}
AGREEMENT_TITLE = source(reasons.AGREEMENT_TO_MAKE)  # stored as the Dutch source, shown translated (labels.render)
ACCEPTED_STATES = ("accepted", "fulfilled", "missed")
ANALYZE_AFTER = 20_000  # created tasks after which the sweep refreshes the table's planner statistics (PostgreSQL)


def current_jobseekers(as_of: dt.date) -> list[int]:
    """Ids of the (not merged) persons with a job-seeker episode running on `as_of`, ascending."""
    rows = (StatusEpisode.objects.filter(kind__in=JOBSEEKER_KINDS, start__lte=as_of, person__merged_into__isnull=True)
            .filter(Q(end__isnull=True) | Q(end__gte=as_of)).values_list("person_id", flat=True).distinct())
    return sorted(set(rows))


def _lead(as_of: dt.date) -> dt.date:
    """Re-screenings due up to this date are put on the worklist (`screening_worklist_lead` days ahead)."""
    found = terms.term("screening_worklist_lead", as_of)
    return as_of + dt.timedelta(days=int(found.value))


def _accepted_agreements(ids: Sequence[int]) -> dict[int, dt.date]:
    """Latest date on which a binding agreement of each person was accepted (trajectories' Agreement model)."""
    try:
        from werkregie.trajectories.models import Agreement
    except ImportError:  # the trajectories domain is optional for the sweep
        return {}
    found: dict[int, dt.date] = {}
    wanted = set(ids)
    rows = (Agreement.objects.filter(_among(ids), binding=True).filter(Q(accepted_at__isnull=False) | Q(state__in=ACCEPTED_STATES))
            .values_list("person_id", "accepted_at", "proposed_on", "created_at"))
    for pid, accepted_at, proposed_on, created_at in rows:
        if pid not in wanted:
            continue
        day = (accepted_at or created_at).date() if (accepted_at or created_at) else proposed_on
        if day and (pid not in found or day > found[pid]):
            found[pid] = day
    return found


class _AnyOf(Lookup):
    """`field = ANY(%s::bigint[])` with the ids as one array parameter (PostgreSQL): a partition of 5,000 ids costs
    one parameter instead of 5,000, and reads only the partition's rows (a range of ids would read every person in
    it). The array has the column's type, so PostgreSQL hashes it: an integer[] against a bigint column is searched
    element by element for every row (seconds per partition on a table that has no index on the column)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):  # noqa: ANN001, ANN201
        lhs, params = self.process_lhs(compiler, connection)
        # the array as one text literal '{1,2,…}': the driver quotes one string instead of dumping 5,000 list items in Python
        literal = "{" + ",".join(str(int(i)) for i in self.rhs) + "}"
        return f"{lhs} = ANY(%s::{self.lhs.output_field.cast_db_type(connection)}[])", [*params, literal]


def _among(ids: Sequence[int], field: str = "person_id") -> Q:
    """`field` in `ids`: one array parameter on PostgreSQL; elsewhere (SQLite, small) a range when `ids` is a sorted
    partition, else an IN list. Callers keep only the rows of `ids` (a range may read more)."""
    if connection.vendor == "postgresql":
        return Q(_AnyOf(F(field), list(ids)))
    if len(ids) > 50 and all(a < b for a, b in zip(ids, ids[1:])):
        return Q(**{f"{field}__gte": ids[0], f"{field}__lte": ids[-1]})
    return Q(**{f"{field}__in": list(ids)})


def plan(ids: Sequence[int], as_of: dt.date, tasks: list[TaskRow] | None = None,
         schedule: dict[int, tuple[dt.date, str]] | None = None) -> tuple[list[TaskSpec], dict[int, dt.date | None]]:
    """The tasks these persons should have on `as_of` (for the two own kinds), and each person's last assessment.
    `tasks`: the persons' tasks of the two kinds, when the caller read them already; `schedule`, when given, receives
    every job seeker's next screening date and its reason (also those beyond the worklist's lead)."""
    from werkregie.screening.models import Assessment

    wanted = set(ids)
    episodes: dict[int, list[register.Episode]] = defaultdict(list)
    for pid, kind, start, end in StatusEpisode.objects.filter(_among(ids), kind__in=JOBSEEKER_KINDS).values_list("person_id", "kind", "start", "end"):
        if pid in wanted:
            episodes[pid].append(register.Episode(kind, start, end))
    latest: dict[int, tuple[dt.date, bool]] = {}
    for pid, at, self_reliant in Assessment.objects.filter(_among(ids)).order_by("person_id", "-assessed_at", "-id").values_list(
            "person_id", "assessed_at", "self_reliant"):
        day = at.astimezone(clock.BRUSSELS).date()
        if pid in wanted and day <= as_of:  # a sweep for an earlier date ignores later assessments
            latest.setdefault(pid, (day, self_reliant))
    accepted = _accepted_agreements(ids)
    if tasks is None:
        tasks = read_rows(_among(ids) & Q(kind__in=OWN_KINDS))
    # another domain (trajectories: one task per open trajectory) already tracks the agreements to make for these persons
    tracked = {t.person_id for t in tasks if t.kind == TaskKind.AGREEMENT_TO_MAKE and t.status == TaskStatus.OPEN
               and not t.key.startswith("agreement_to_make:")}
    horizon = _lead(as_of)
    specs: list[TaskSpec] = []
    for pid in ids:
        eps = episodes.get(pid, [])
        start = register.spell_start(eps, as_of)
        if start is None:
            continue
        assessed = latest.get(pid)
        last_date = assessed[0] if assessed else None
        d = screening_due(start, last_date, register.months_unemployed(eps, as_of))
        if schedule is not None:
            schedule[pid] = (d.date, d.reason)
        if d.reason == "new" or d.date <= horizon:
            basis = start if d.reason == "new" else last_date
            specs.append(TaskSpec(f"screening:{pid}:{basis.isoformat()}", pid, TaskKind.SCREENING_DUE, d.date, SCREENING_TITLES[d.reason],
                                  f"/personen/{pid}/screening/", _screening_detail(d.reason, basis), "screening"))
        # binding agreements: not self-reliant (by the assessment of this spell), on benefit today, none accepted in this spell
        if last_date is None or assessed[1]:
            continue
        benefit = [e for e in eps if e.kind == StatusKind.JOBSEEKER_BENEFIT]
        benefit_start = register.spell_start(benefit, as_of)
        if benefit_start is None or last_date < start:
            continue
        if (accepted.get(pid) and accepted[pid] >= benefit_start) or pid in tracked:
            continue
        due_on = term_end("agreements_after_registration", benefit_start)
        if last_date > due_on:  # judged non-self-reliant only after the term: the full term from that assessment
            due_on = term_end("agreements_after_registration", last_date)
        specs.append(TaskSpec(f"agreement_to_make:{pid}:{benefit_start.isoformat()}", pid, TaskKind.AGREEMENT_TO_MAKE, due_on, AGREEMENT_TITLE,
                              f"/personen/{pid}/", coded(reasons.AGREEMENT_TO_MAKE_DETAIL, since=benefit_start, on=last_date),
                              "agreements"))
    return specs, {pid: v[0] for pid, v in latest.items()}


def _screening_detail(reason: str, basis: dt.date) -> str:
    # coded: the worklist shows them in the reader's language (walk of stop 26: they stayed Dutch in French and English)
    if reason == "new":
        return coded(reasons.SCREENING_NEW_DETAIL, day=basis)
    return coded(reasons.SCREENING_LAST_DETAIL, day=basis)


@dataclass(frozen=True)
class PartitionPlan:
    """What `sweep_partition` will write for one partition, read without writing anything (the batch layer computes it
    in a worker and writes it from the driver: werkregie/batch)."""

    specs: list[TaskSpec]
    existing: dict[str, TaskRow]
    owners: dict[int, tuple[int | None, int | None]]
    done_keys: list[str]
    cancelled_keys: list[str]
    ids: tuple[int, ...] = ()
    schedule: dict[int, tuple[dt.date, str]] | None = None  # each job seeker's next screening (ScreeningSchedule)


def plan_partition(ids: Sequence[int], as_of: dt.date) -> PartitionPlan:
    """Read these persons' screening and agreement tasks and decide what makes them match `as_of` (reads only)."""
    members = set(ids)
    tasks = [t for t in read_rows(_among(ids) & Q(kind__in=OWN_KINDS)) if t.person_id in members]
    schedule: dict[int, tuple[dt.date, str]] = {}
    specs, assessed = plan(ids, as_of, tasks, schedule)
    owners = {pid: (c, t) for pid, c, t in Person.all_objects.filter(_among(ids, "pk")).values_list("pk", "counsellor_id", "team_id") if pid in members}
    wanted = {s.key for s in specs}
    stale = [(t.key, t.kind, t.person_id) for t in tasks if t.status == TaskStatus.OPEN and t.key not in wanted
             and t.key.startswith(("screening:", "agreement_to_make:"))]
    done_keys, cancelled_keys = [], []
    for key, kind, pid in stale:
        if kind == TaskKind.SCREENING_DUE:
            basis = dt.date.fromisoformat(key.rsplit(":", 1)[1])
            last = assessed.get(pid)
            (done_keys if last is not None and last >= basis else cancelled_keys).append(key)
        else:  # an accepted agreement: done; otherwise no longer applies, or another domain's task took over
            (done_keys if _has_accepted(pid) else cancelled_keys).append(key)
    return PartitionPlan(specs, {t.key: t for t in tasks}, owners, done_keys, cancelled_keys, tuple(sorted(members)), schedule)


def apply_partition(plan_: PartitionPlan) -> dict[str, int]:
    """Write a partition's plan: upsert the wanted tasks, close the stale ones. Call it inside a transaction."""
    counts = upsert_tasks(plan_.specs, existing=plan_.existing, owners=plan_.owners)
    closed = close_tasks(Q(key__in=plan_.done_keys), "afgewerkt: de termijn is voorbij of vervuld (nachtelijke controle)") if plan_.done_keys else 0
    cancelled = close_tasks(Q(key__in=plan_.cancelled_keys), "niet meer van toepassing", done=False) if plan_.cancelled_keys else 0
    if plan_.schedule is not None:
        write_schedule(plan_.ids, plan_.schedule)
    return {**counts, "closed": closed, "cancelled": cancelled}


def write_schedule(ids: Sequence[int], schedule: dict[int, tuple[dt.date, str]]) -> None:
    """Store these persons' next screening dates (the caseload's column); a person of `ids` without one (no longer a
    job seeker) loses the row."""
    gone = [pid for pid in ids if pid not in schedule]
    for i in range(0, len(gone), PARTITION):
        ScreeningSchedule.objects.filter(person_id__in=gone[i:i + PARTITION]).delete()
    rows = [ScreeningSchedule(person_id=pid, due_on=day, reason=reason) for pid, (day, reason) in schedule.items()]
    ScreeningSchedule.objects.bulk_create(rows, batch_size=2000, update_conflicts=True, unique_fields=["person"],
                                          update_fields=["due_on", "reason"])


def sweep_partition(ids: Sequence[int], as_of: dt.date) -> dict[str, int]:
    """Make these persons' screening and agreement tasks match `as_of`; close the ones that no longer apply. Call it
    inside a transaction (`partitioned` does)."""
    return apply_partition(plan_partition(ids, as_of))


def _has_accepted(pid: int) -> bool:
    return pid in _accepted_agreements([pid])


def close_departed(ids: Sequence[int]) -> int:
    """Cancel the open own-kind tasks of persons who are no longer job seekers (not in `ids`)."""
    keep = set(ids)
    open_persons = set(Task.objects.filter(OWN, status=TaskStatus.OPEN).values_list("person_id", flat=True).distinct())
    gone = sorted(open_persons - keep)
    scheduled = sorted(set(ScreeningSchedule.objects.values_list("person_id", flat=True)) - keep)
    for i in range(0, len(scheduled), PARTITION):
        ScreeningSchedule.objects.filter(person_id__in=scheduled[i:i + PARTITION]).delete()
    total = 0
    for i in range(0, len(gone), PARTITION):
        total += close_tasks(OWN & Q(person_id__in=gone[i:i + PARTITION]), "geen werkzoekende meer", done=False)
    return total


def sweep(as_of: dt.date, progress: Callable[[str], None] | None = None, size: int = PARTITION) -> dict[str, int]:
    ids = current_jobseekers(as_of)
    counts = partitioned(ids, lambda part: sweep_partition(part, as_of), size=size, progress=progress, label="worklist")
    return finish(ids, counts)


def finish(ids: Sequence[int], counts: dict[str, int]) -> dict[str, int]:
    """After every partition: cancel the tasks of persons who left (`ids` are the current job seekers), refresh the
    planner statistics after a large first run; returns the sweep's counts."""
    counts = add_counts({"persons": len(ids)}, counts, {"departed": close_departed(ids)})
    if counts.get("created", 0) >= ANALYZE_AFTER and connection.vendor == "postgresql":
        # a first run fills the table at once: fresh statistics keep the next partitioned reads on their indexes
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {Task._meta.db_table}")
    return counts


@contributor("worklist", order=40)
def worklist_sweep(as_of: dt.date, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Screenings due and binding agreements to make, for every current job seeker."""
    return sweep(as_of, progress)


def refresh_persons(person_ids: Sequence[int], as_of: dt.date | None = None) -> dict[str, int]:
    """The sweep for a few persons now (after an assessment was recorded or an agreement accepted)."""
    as_of = as_of or clock.today()
    ids = sorted(set(Person.all_objects.filter(pk__in=person_ids, merged_into__isnull=True).values_list("pk", flat=True)))
    with transaction.atomic():
        counts = sweep_partition(ids, as_of)
        current = set(current_jobseekers_among(ids, as_of))
        left = [pid for pid in ids if pid not in current]
        if left:
            counts["departed"] = close_tasks(OWN & Q(person_id__in=left), "geen werkzoekende meer", done=False)
    return counts


def current_jobseekers_among(ids: Sequence[int], as_of: dt.date) -> list[int]:
    return list(StatusEpisode.objects.filter(person_id__in=ids, kind__in=JOBSEEKER_KINDS, start__lte=as_of)
                .filter(Q(end__isnull=True) | Q(end__gte=as_of)).values_list("person_id", flat=True).distinct())
