"""The order of a municipality worker's leefloon clients (the list on /gemeente/clienten/ and the referral page): what
needs the worker's action first, so that the landing page is a to-do list and not an alphabet.

1. a client with something running that is due: a referral of this municipality that VDAB has not yet picked up (its
   task still open: the worker follows it up), or an open step of the client's agreement; the earliest due date first;
2. a client without an open trajectory at VDAB (and not referred): the worker decides whether to refer;
3. the rest (in a trajectory, nothing due).
Within a group by name, and the id last, so that paging is stable (every row has one place).

`reason` says in words why a client stands where they stand, from the same annotations that order the list (walk of
issue 16: the list was ordered by what needs action but did not say why someone came first)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case, Exists, IntegerField, Min, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce, Least
from django.utils.formats import date_format
from django.utils.translation import gettext as _

OPEN_STEP_STATES = ("open", "evidence_submitted", "rejected")  # a step the client still has to do (as "Open stappen")
DUE_FIRST, NO_TRAJECTORY, REST = 0, 1, 2


def by_action(persons: QuerySet, organisation_id: int | None) -> QuerySet:
    """`persons` annotated with `action_group` and `action_due`, ordered by what needs action (module docstring)."""
    from werkregie.trajectories.models import AgreementStep, Trajectory
    from werkregie.worklist.enums import TaskStatus
    from werkregie.worklist.models import Task

    from .models import Referral

    waiting = Referral.objects.filter(person=OuterRef("pk"), organisation_id=organisation_id)
    ours = Referral.objects.filter(person=OuterRef(OuterRef("pk")), organisation_id=organisation_id)  # within the task's subquery
    referral_due = Task.objects.filter(person=OuterRef("pk"), status=TaskStatus.OPEN, key__in=ours.values("task_key"))
    step_due = (AgreementStep.objects.filter(person=OuterRef("pk"), state__in=OPEN_STEP_STATES).order_by().values("person")
                .annotate(first=Min("due_on")).values("first"))
    annotated = persons.annotate(
        referral_due=Subquery(referral_due.order_by("due_on").values("due_on")[:1]),
        step_due=Subquery(step_due[:1]),
        in_trajectory=Exists(Trajectory.objects.filter(person=OuterRef("pk")).exclude(state="closed")),
        referred=Exists(waiting),
    ).annotate(action_due=Coalesce(Least("referral_due", "step_due"), "referral_due", "step_due"))
    group = Case(When(action_due__isnull=False, then=Value(DUE_FIRST)),
                 When(Q(in_trajectory=False) & Q(referred=False), then=Value(NO_TRAJECTORY)),
                 default=Value(REST), output_field=IntegerField())
    return annotated.annotate(action_group=group).order_by("action_group", "action_due", "last_name_key", "first_name_key", "id")


@dataclass(frozen=True)
class Reason:
    """Why a client stands where they stand on the list: the sentence, and whether its term has passed (shown in words)."""

    text: str
    overdue: bool = False


def reason(person, today: dt.date) -> Reason:  # noqa: ANN001 - a Person annotated by `by_action`
    """The reason for the client's place, in the reader's language, from the annotations `by_action` orders by: what is
    due first (a referral VDAB has not picked up, or a step of the client's agreement) with its date, else no trajectory
    and no referral, else nothing to do."""
    if person.action_group == DUE_FIRST:
        day = date_format(person.action_due, "SHORT_DATE_FORMAT")
        late = person.action_due < today
        if person.referral_due is not None and person.referral_due == person.action_due:
            if late:
                return Reason(_("Doorverwijzing nog niet opgenomen door VDAB: screening te laat sinds %(day)s") % {"day": day}, True)
            return Reason(_("Doorverwijzing nog niet opgenomen door VDAB: screening uiterlijk %(day)s") % {"day": day})
        if late:
            return Reason(_("Open stap van het traject: te laat sinds %(day)s") % {"day": day}, True)
        return Reason(_("Open stap van het traject: uiterlijk %(day)s") % {"day": day})
    if person.action_group == NO_TRAJECTORY:
        return Reason(_("Geen traject bij VDAB en niet doorverwezen: beslis of u doorverwijst"))
    if person.in_trajectory:
        return Reason(_("Geen termijn: in traject bij VDAB"))
    return Reason(_("Geen termijn: doorverwezen, VDAB nam de doorverwijzing op"))
