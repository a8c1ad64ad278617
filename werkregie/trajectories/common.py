"""What the trajectory use cases share: the states that count as live, the links into the pages, and sending a
message or a worklist task (both optional apps)."""

from __future__ import annotations

import datetime as dt
from importlib.util import find_spec

from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.people.models import Person
from werkregie.workflows.services import Who, check_version

from . import labels
from .enums import TrajectoryKind

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


def _deadline_tasks(trajectory_id: int):  # noqa: ANN202 - a Q on worklist tasks
    """The worklist tasks whose deadlines stop while the trajectory is suspended: agreements to make, the periodic
    check, its live steps' due dates."""
    from django.db.models import Q

    from .models import AgreementStep

    steps = AgreementStep.objects.filter(agreement__trajectory_id=trajectory_id, state__in=LIVE_STEP).values_list("pk", flat=True)
    return (Q(key=f"trajectory:{trajectory_id}:agreement_to_make") | Q(key__startswith=f"trajectory:{trajectory_id}:check:")
            | Q(key__in=[f"step:{pk}:due" for pk in steps]))


def pause_deadline_tasks(trajectory_id: int) -> None:
    if find_spec("werkregie.worklist.services"):
        from werkregie.worklist.services import pause_tasks

        pause_tasks(_deadline_tasks(trajectory_id))


def resume_deadline_tasks(trajectory_id: int, shift: dt.timedelta) -> None:
    if find_spec("werkregie.worklist.services"):
        from werkregie.worklist.services import resume_tasks

        resume_tasks(_deadline_tasks(trajectory_id), shift)


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
        raise NotFound(_("Niet gevonden binnen uw toegang.")) from None


def _bump(obj, expected_version: int | None) -> None:  # noqa: ANN001
    """A plain edit of a workflow row (not a state change): check the version the user edited, then count up."""
    check_version(obj, expected_version)
    obj.version += 1
