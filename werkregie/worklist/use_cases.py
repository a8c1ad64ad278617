"""Use cases of the worklist: the counsellor's one list of tasks (filters, sort by due date, overdue marked, counts per
kind), the next task, and marking a task done. Every listing logs each listed person with what was shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.text import one_line_problem, search_text_problem
from werkregie.people import perms as people_perms
from werkregie.people.models import name_key
from werkregie.people.use_cases import Page

from . import perms
from .enums import TaskKind, TaskStatus
from .models import Task
from .services import close_task

MAX_PAGE_SIZE = 200
WHAT_LISTED = "werklijst: naam, taak, toelichting, vervaldatum"


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    overdue: bool = False
    within_days: int | None = None
    name: str = ""
    status: str = TaskStatus.OPEN
    mine: bool = False
    page: int = 1
    page_size: int = 50
    sort: str = "due"  # due (oldest first), name (the person's), kind (then due): the next task follows the same order


# the list's orders; each ends with the task id, so that "the next task" is always one well-defined row
ORDERS = {
    "due": ("due_on", "id"),
    "name": ("person__last_name_key", "person__first_name_key", "due_on", "id"),
    "kind": ("kind", "due_on", "id"),
}


def filters_from(data: dict, names: dict[str, str] | None = None) -> Filters:
    """Check filters field by field (every error at once). `names` maps the field to the name the caller used
    (e.g. the page's Dutch query parameters), so errors point at what the user typed."""
    names = names or {}
    errors: list[FieldError] = []

    def name(f: str) -> str:
        return names.get(f, f)

    kind = str(data.get("kind") or "")
    if kind and kind not in TaskKind.values:
        errors.append(FieldError(name("kind"), _("Onbekende soort taak.")))
    status = str(data.get("status") or TaskStatus.OPEN)
    if status not in TaskStatus.values and status != "all":
        errors.append(FieldError(name("status"), _("Kies open, done, cancelled of all.")))

    def number(f: str, low: int, high: int, default: int | None) -> int | None:
        raw = data.get(f)
        if raw in (None, ""):
            return default
        try:
            value = int(raw)
        except (TypeError, ValueError):
            errors.append(FieldError(name(f), _("Geef een geheel getal.")))
            return default
        if not low <= value <= high:
            errors.append(FieldError(name(f), _("Geef een getal van %(low)s tot %(high)s.") % {"low": low, "high": high}))
            return default
        return value

    within = number("within_days", 0, 366, None)
    page = number("page", 1, 100000, 1)
    page_size = number("page_size", 1, MAX_PAGE_SIZE, 50)
    sort = str(data.get("sort") or "due")
    if sort not in ORDERS:
        errors.append(FieldError(name("sort"), _("Sorteer op vervaldatum, naam of soort.")))
    text = str(data.get("name") or "").strip()
    if len(text) > 100:
        errors.append(FieldError(name("name"), _("Hoogstens 100 tekens.")))
    elif problem := search_text_problem(str(data.get("name") or "")):  # else dropped: the whole worklist (re-attack of stop 31)
        errors.append(FieldError(name("name"), problem))
    if errors:
        raise InvalidInput(_("De filters van de werklijst kloppen niet."), errors)
    return Filters(kind, _flag(data.get("overdue")), within, text, status, _flag(data.get("mine")), page or 1, page_size or 50,
                   sort if sort in ORDERS else "due")


def _flag(value: object) -> bool:
    return value is True or str(value).lower() in ("1", "true", "on", "ja", "yes")


@dataclass
class Row:
    task: Task
    overdue: bool
    days_overdue: int

    @property
    def link(self) -> str:
        return task_link(self.task)


# the purpose a task is opened for, when it is not the role's first (walk of issue 16: a re-integration review opened
# the trajectory logged as "Begeleiding naar werk")
TASK_PURPOSES = {TaskKind.REINTEGRATION_REVIEW: Purpose.SICKNESS_REINTEGRATION}


def task_link(task: Task) -> str:
    """Where a task opens, with the purpose of its kind (`?doel=`) so that the page logs the access for it. Only while
    the task is open: an open re-integration task is what makes that purpose available (`people.perms.in_reintegration`);
    a closed one opens with the role's purpose."""
    url = task.url or f"/personen/{task.person_id}/"
    purpose = TASK_PURPOSES.get(task.kind)
    if purpose and task.is_open and "doel=" not in url:
        url += ("&" if "?" in url else "?") + f"doel={purpose.value}"
    return url


@dataclass
class Worklist:
    page: Page
    counts: dict[str, dict[str, int]]  # kind → {"open": n, "overdue": m}
    filters: Filters
    today: dt.date
    totals: dict[str, int] = field(default_factory=dict)  # the list's (of its kind when one is chosen)
    all_kinds: int = 0  # open tasks of every kind under the other filters ("Alle soorten")


def _base(principal: Principal, filters: Filters) -> QuerySet[Task]:
    qs = perms.visible_tasks(principal)
    if filters.mine:
        qs = qs.filter(person__counsellor=principal.user)
    if filters.name:
        key = name_key(filters.name)
        for part in key.split():
            qs = qs.filter(Q(person__last_name_key__contains=part) | Q(person__first_name_key__contains=part))
    return qs


def _filtered(principal: Principal, filters: Filters, today: dt.date) -> QuerySet[Task]:
    qs = _base(principal, filters)
    if filters.status != "all":
        qs = qs.filter(status=filters.status)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    return _dated(qs, filters, today).order_by(*ORDERS[filters.sort])


def _dated(qs: QuerySet[Task], filters: Filters, today: dt.date) -> QuerySet[Task]:
    """The due-date filters (overdue only, due within N days): for the list and for its counts per kind alike."""
    if filters.overdue:
        qs = qs.filter(due_on__lt=today)
    if filters.within_days is not None:
        qs = qs.filter(due_on__lte=today + dt.timedelta(days=filters.within_days))
    return qs


def tasks(principal: Principal, filters: Filters | None = None) -> Worklist:
    """The tasks this principal may work, filtered and sorted by due date (oldest first), with counts per kind."""
    if not perms.can_see_worklist(principal):
        raise Forbidden(_("Uw rol heeft geen werklijst."))
    filters = filters or Filters()
    today = clock.today()
    qs = _filtered(principal, filters, today)
    total = qs.count()
    start = (filters.page - 1) * filters.page_size
    chosen = list(qs.select_related("person", "counsellor")[start:start + filters.page_size])
    rows = [row_of(t, today) for t in chosen]
    # counts per kind under every filter but the kind (the kinds are the list's tabs)
    open_tasks = _dated(_base(principal, filters).filter(status=TaskStatus.OPEN), filters, today)
    counts = {k: {"open": 0, "overdue": 0} for k in TaskKind.values}
    for row in open_tasks.values("kind").annotate(open=Count("id"), overdue=Count("id", filter=Q(due_on__lt=today))).order_by():
        counts[row["kind"]] = {"open": row["open"], "overdue": row["overdue"]}
    # the list's own total: of its kind when one is chosen (walk of stop 28: "38 open taken" over a list of 16)
    shown = [counts[filters.kind]] if filters.kind else list(counts.values())
    totals = {"open": sum(c["open"] for c in shown), "overdue": sum(c["overdue"] for c in shown)}
    record_access(principal.actor(), [r.task.person_id for r in rows], WHAT_LISTED, _purpose(principal), principal.channel)
    return Worklist(Page(items=rows, count=total, page=filters.page, page_size=filters.page_size), counts, filters, today, totals,
                    sum(c["open"] for c in counts.values()))


def row_of(task: Task, today: dt.date) -> Row:
    is_open = task.status == TaskStatus.OPEN
    return Row(task, is_open and task.due_on < today, max(0, (today - task.due_on).days) if is_open else 0)


def next_row(principal: Principal, after_id: int | None = None, filters: Filters | None = None) -> Row | None:
    """`next_task` with what the list shows of it (logged)."""
    found = next_task(principal, after_id, filters)
    if found is None:
        return None
    task = Task.objects.select_related("person", "counsellor").get(pk=found.pk)
    record_access(principal.actor(), [task.person_id], WHAT_LISTED, _purpose(principal), principal.channel)
    return row_of(task, clock.today())


def _purpose(principal: Principal) -> Purpose:
    allowed = people_perms.purposes_for(principal)
    for preferred in (Purpose.GUIDANCE, Purpose.ADMINISTRATION):
        if preferred in allowed:
            return preferred
    raise Forbidden(_("Uw rol heeft geen werklijst."))


def _visible_task(principal: Principal, task_id: int) -> Task:
    if not perms.can_see_worklist(principal):
        raise Forbidden(_("Uw rol heeft geen werklijst."))
    task = perms.visible_tasks(principal).filter(pk=task_id).select_related("person").first()
    if task is None:
        raise NotFound(_("Geen taak met dit nummer op uw werklijst."))
    return task


def complete(principal: Principal, task_id: int, reason: str = "") -> Task:
    """Mark an open task done (idempotent: a closed task stays as it is)."""
    task = _visible_task(principal, task_id)
    if not perms.can_complete(principal):
        raise Forbidden(_("Enkel de bemiddelaar werkt taken af."))
    reason = (reason or "").strip()
    if len(reason) > 200:
        raise InvalidInput(_("De toelichting is te lang."), [FieldError("reason", _("Hoogstens 200 tekens."))])
    if problem := one_line_problem(reason):  # attack of stop 27: a bidi override was stored
        raise InvalidInput(problem, [FieldError("reason", problem)])
    if task.status == TaskStatus.OPEN:
        close_task(task.key, reason or _("afgewerkt door de bemiddelaar"), by_user_id=principal.user.pk)
        task.refresh_from_db()
    return task


def next_task(principal: Principal, after_id: int | None = None, filters: Filters | None = None) -> Task | None:
    """The open task that comes after `after_id` in the list's order (the first one when None): the next person."""
    if not perms.can_see_worklist(principal):
        raise Forbidden(_("Uw rol heeft geen werklijst."))
    filters = filters or Filters()
    qs = _filtered(principal, Filters(**{**filters.__dict__, "status": TaskStatus.OPEN}), clock.today())
    if after_id is not None:
        order = ORDERS[filters.sort]
        current = perms.visible_tasks(principal).filter(pk=after_id).values_list(*order).first()
        if current is not None:
            qs = qs.filter(_after(order, current)).exclude(person_id=_person_of(after_id))
    return qs.only("id", "url", "person_id").first()


def _after(order: tuple[str, ...], values: tuple) -> Q:
    """The rows after `values` in the (ascending) `order`: a keyset condition, (a > x) or (a = x and b > y) …"""
    condition = Q()
    for index, column in enumerate(order):
        step = Q(**{f"{column}__gt": values[index]})
        for previous, value in zip(order[:index], values[:index], strict=True):
            step &= Q(**{previous: value})
        condition |= step
    return condition


def first_open_task_id(principal: Principal, person_id: int) -> int | None:
    """The person's most urgent open task on this principal's list (None when they have none)."""
    return perms.visible_tasks(principal).filter(person_id=person_id, status=TaskStatus.OPEN).order_by("due_on", "id").values_list("id", flat=True).first()


def _person_of(task_id: int) -> int | None:
    return Task.objects.filter(pk=task_id).values_list("person_id", flat=True).first()
