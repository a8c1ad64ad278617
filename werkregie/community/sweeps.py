"""The community contributor of the nightly deadline sweep: assignments whose maximum duration (or activity) has ended
are completed, and a full month of community service under the monthly minimum becomes a task for the person's
counsellor. Idempotent: a completed assignment is no longer active, and a task has one key per assignment and month."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from django.db import transaction
from django.db.models import Q, Sum
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils.translation import gettext_noop

from werkregie.workflows.labels import coded, register
from werkregie.worklist.services import TaskSpec, upsert_tasks
from werkregie.worklist.sweep import contributor

from . import engine
from .models import ActivityKind, Assignment, AssignmentState, Attendance

TASK_KIND = "community_assignment"
TASK_DAYS = 14  # days the counsellor gets to talk with the person about a month under the minimum

# worklist texts, translated when shown (werkregie.workflows.labels)
UNDER_MINIMUM = register("community.task.under_minimum", gettext_noop("Gemeenschapsdienst: %(hours)s uur in %(month)s (minimum %(min)s)"))
UNDER_MINIMUM_DETAIL = register("community.task.under_minimum_detail",
                                gettext_noop("“%(activity)s”: bespreek met de persoon waarom het maandminimum niet gehaald werd."))


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def complete_expired(as_of: dt.date) -> int:
    """Complete every active assignment whose last allowed day (maximum duration or the activity's end) lies before
    `as_of`; one transaction per assignment, so a killed run leaves whole transitions only."""
    from .use_cases import complete_by_platform

    done = 0
    expired = Assignment.objects.filter(state=AssignmentState.ACTIVE).filter(Q(ends_by__lt=as_of) | Q(activity__end__lt=as_of))
    for pk in expired.values_list("pk", flat=True).order_by("pk"):
        done += complete_by_platform(pk, as_of)
    return done


def months_under_minimum(as_of: dt.date) -> list[TaskSpec]:
    """A task for every whole calendar month before `as_of` that an assignment of community service covered entirely
    and in which the person worked fewer hours than the minimum in force."""
    current = month_start(as_of)
    recent = current - engine.relativedelta(months=engine.limits(ActivityKind.COMMUNITY_SERVICE, as_of).max_months + 1) \
        if engine.in_force(ActivityKind.COMMUNITY_SERVICE, as_of) else None
    if recent is None:
        return []
    candidates = (Assignment.objects.filter(kind=ActivityKind.COMMUNITY_SERVICE, started_on__isnull=False,
                                            state__in=[AssignmentState.ACTIVE, AssignmentState.COMPLETED, AssignmentState.STOPPED])
                  .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=recent)))
    assignments = list(candidates.select_related("activity"))
    hours: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    per_month = (Attendance.objects.filter(assignment__in=candidates.values("pk"), day__gte=recent).annotate(month=TruncMonth("day"))
                 .values_list("assignment_id", "month").annotate(total=Sum("hours")))
    for aid, month, total in per_month:
        hours[(aid, month if isinstance(month, dt.date) and not isinstance(month, dt.datetime) else month.date())] += total
    specs = []
    for a in assignments:
        last = a.last_day
        first = month_start(a.started_on)
        if first < a.started_on:
            first = first + engine.relativedelta(months=1)
        while first < current and first >= recent:
            end = first + engine.relativedelta(months=1) - dt.timedelta(days=1)
            if last is not None and last < end:
                break
            rule = engine.limits(a.kind, first)
            total = hours[(a.pk, first)]
            if rule.min_hours_month is not None and total < rule.min_hours_month:
                month = first.strftime("%m/%Y")
                specs.append(TaskSpec(
                    key=f"community:{a.pk}:{first:%Y-%m}:under_minimum", person_id=a.person_id, kind=TASK_KIND,
                    due_on=end + dt.timedelta(days=TASK_DAYS),
                    title=coded(UNDER_MINIMUM, hours=f"{total.normalize():f}".replace(".", ","), month=month,
                                min=f"{rule.min_hours_month.normalize():f}"),
                    url=reverse("community_assignment", args=[a.pk]),
                    detail=coded(UNDER_MINIMUM_DETAIL, activity=a.activity.title),
                    source="community"))
            first = first + engine.relativedelta(months=1)
    return specs


def refresh_month_tasks(assignment: Assignment, months: set[dt.date]) -> None:
    """Hours registered late for a month that already has a "under the minimum" task: the task follows them (walk of
    stop 26: it kept saying 16 hours after 56 were registered). Reached now: withdrawn; still under: its hours updated."""
    from werkregie.worklist.models import Task
    from werkregie.worklist.services import close_task

    for first in sorted(months):
        key = f"community:{assignment.pk}:{first:%Y-%m}:under_minimum"
        if not Task.objects.filter(key=key, status="open").exists():
            continue
        end = first + engine.relativedelta(months=1)
        total = Attendance.objects.filter(assignment=assignment, day__gte=first, day__lt=end).aggregate(total=Sum("hours"))["total"] or Decimal(0)
        rule = engine.limits(assignment.kind, first)
        if rule.min_hours_month is None or total >= rule.min_hours_month:
            close_task(key, "maandminimum gehaald (uren later geregistreerd)", done=False)
        else:
            Task.objects.filter(key=key, status="open").update(title=coded(
                UNDER_MINIMUM, hours=f"{total.normalize():f}".replace(".", ","), month=first.strftime("%m/%Y"),
                min=f"{rule.min_hours_month.normalize():f}"))


@contributor("community", order=70)
def sweep(as_of: dt.date) -> dict[str, int]:
    completed = complete_expired(as_of)
    specs = months_under_minimum(as_of)
    with transaction.atomic():
        counts = upsert_tasks(specs)
    return {"completed": completed, "tasks_created": counts["created"], "tasks_updated": counts["updated"]}
