"""/api/v1/worklist: the counsellor's one worklist (tasks from every domain), the next task, marking a task done, and
the kinds of task. Thin: the use cases decide and log."""

from __future__ import annotations

import datetime

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from pydantic import Field

from werkregie.core.errors import Forbidden
from werkregie.workflows.labels import render

from . import perms
from . import use_cases as services
from .enums import TaskKind
from .use_cases import Row

router = Router(tags=["worklist"])


class WorklistQuery(Schema):
    kind: str = Field("", description="only tasks of this kind (see /worklist/kinds)")
    overdue: bool = Field(False, description="only tasks past their due date")
    within_days: int | None = Field(None, description="only tasks due within this many days (overdue included)")
    name: str = Field("", description="the person's first or last name contains this")
    status: str = Field("open", description="open, done, cancelled or all")
    mine: bool = Field(False, description="only my own caseload (not my team's)")
    page: int = 1
    page_size: int = 50


class TaskOut(Schema):
    id: int
    key: str
    kind: str
    kind_label: str
    person_id: int
    person_name: str
    due_on: datetime.date
    overdue: bool
    days_overdue: int
    title: str
    detail: str
    url: str
    status: str
    counsellor: str | None
    source: str
    closed_at: datetime.datetime | None


class KindCount(Schema):
    open: int
    overdue: int


class WorklistOut(Schema):
    items: list[TaskOut]
    count: int
    page: int
    page_size: int
    pages: int
    counts: dict[str, KindCount] = Field(description="open and overdue tasks per kind (all kinds, with the other filters)")
    today: datetime.date


class KindOut(Schema):
    kind: str
    label: str


class DoneIn(Schema):
    reason: str = Field("", description="what was done (optional, at most 200 characters)")


def task_out(row: Row) -> dict:
    t = row.task
    return {"id": t.pk, "key": t.key, "kind": t.kind, "kind_label": str(TaskKind(t.kind).label) if t.kind in TaskKind.values else t.kind,
            "person_id": t.person_id, "person_name": f"{t.person.last_name}, {t.person.first_name}", "due_on": t.due_on, "overdue": row.overdue,
            "days_overdue": row.days_overdue, "title": render(t.title), "detail": render(t.detail), "url": row.link, "status": t.status,
            "counsellor": (t.counsellor.get_full_name() or t.counsellor.username) if t.counsellor_id else None, "source": t.source, "closed_at": t.closed_at}


@router.get("", response=WorklistOut, summary="My worklist: tasks of my caseload and team, by due date (overdue marked), with counts per kind")
def worklist(request: HttpRequest, query: Query[WorklistQuery]) -> dict:
    filters = services.filters_from(query.dict())
    found = services.tasks(request.auth, filters)
    return {"items": [task_out(r) for r in found.page.items], "count": found.page.count, "page": found.page.page,
            "page_size": found.page.page_size, "pages": found.page.pages, "counts": found.counts, "today": found.today}


@router.get("/kinds", response=list[KindOut], summary="The kinds of task, with their labels")
def kinds(request: HttpRequest) -> list[dict]:
    if not perms.can_see_worklist(request.auth):
        raise Forbidden(_("Uw rol heeft geen werklijst."))
    return [{"kind": value, "label": str(label)} for value, label in TaskKind.choices]


@router.post("/tasks/{task_id}/done", response=TaskOut, summary="Mark a task done (idempotent)")
def done(request: HttpRequest, task_id: int, payload: DoneIn) -> dict:
    task = services.complete(request.auth, task_id, payload.reason)
    return task_out(services.row_of(task, services.clock.today()))


@router.get("/next", response={200: TaskOut, 204: None}, summary="The next open task after a given one (the first when none is given)")
def next_task(request: HttpRequest, query: Query[WorklistQuery], after: int | None = None) -> tuple:
    row = services.next_row(request.auth, after, services.filters_from(query.dict()))
    return (204, None) if row is None else (200, task_out(row))
