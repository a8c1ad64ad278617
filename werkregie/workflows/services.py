"""The one mechanism: make a declared transition atomically, check the role, the reason and the version, set the
deadline it starts, and log it. Views, API, commands and sweeps all come here; nothing else writes `state`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput
from werkregie.core.text import text_problem
from werkregie.core.versions import unseen_message

from .models import TransitionLog, WorkflowModel
from .tables import SYSTEM, Transition, Workflow

M = TypeVar("M", bound=WorkflowModel)


@dataclass(frozen=True)
class Who:
    """Who makes a transition: a user in a role, or the platform itself (user None, role "system")."""

    user_id: int | None
    role: str
    label: str

    @classmethod
    def of(cls, principal) -> "Who":  # noqa: ANN001 - a Principal (accounts), kept loose to avoid an import cycle
        return cls(principal.user.pk, principal.role, principal.user.label)


PLATFORM = Who(None, SYSTEM, "werkregie")


class TransitionRefused(InvalidInput):
    status = 409
    title = "Transition not allowed"


class StaleVersion(Conflict):
    status = 409
    title = "Changed by someone else"

    def __init__(self, detail: str, current_version: int) -> None:
        super().__init__(detail, [FieldError("version", detail)])
        self.current_version = current_version


def check_version(obj: WorkflowModel, expected: int | None) -> None:
    if expected is not None and int(expected) != obj.version:
        raise StaleVersion(
            unseen_message(expected, obj.version) or _("Iemand anders heeft dit intussen gewijzigd (versie %(current)s, u bewerkte versie %(expected)s). Bekijk de huidige "
              "versie en doe uw wijziging opnieuw.") % {"current": obj.version, "expected": expected},
            obj.version,
        )


# The longest reason a transition logs (a cancellation, a review, a note): longer is refused, never cut (attack of
# stop 27: 184,000 characters went into an appointment's history).
MAX_REASON = 2000


def transition(obj: M, name: str, who: Who, *, reason: str = "", expected_version: int | None = None, data: dict | None = None,
               deadline: dt.date | None = None, fields: dict | None = None, table: Workflow | None = None,
               log_model: type[TransitionLog] | None = None, reason_field: str = "reason") -> M:
    """Make transition `name` on `obj`. The row is locked and re-read first, so two people cannot both move it.

    `deadline` overrides the end of the legal term the transition starts (normally computed from its dated
    parameter); `fields` are other columns to set in the same atomic step (e.g. the decision's weeks). A data
    migration, whose historical models have neither the `workflow` property nor the model's methods, passes the
    declared `table` and its own `log_model` (apps.get_model("workflows", "TransitionLog")). `reason_field` names the
    input the reason came from (a use case that logs a `note` as the reason), so that an error names what was sent."""
    model = type(obj)
    log_model = log_model or TransitionLog
    with transaction.atomic():
        current = model._default_manager.select_for_update().get(pk=obj.pk)
        check_version(current, expected_version)
        workflow = table or current.workflow
        tr = workflow.find(name, current.state)
        if tr is None and name not in {t.name for t in workflow.transitions}:
            # a step the workflow does not have at all is bad input (422), not a refused move (409: attack of stop 39)
            allowed = ", ".join(f"{t.name} ({t.label})" for t in workflow.available(current.state, who.role)) or _("geen")
            message = _("“%(name)s” is geen stap van dit proces. Mogelijk nu: %(allowed)s.") % {"name": str(name)[:40], "allowed": allowed}
            raise InvalidInput(message, [FieldError("transition", message)])
        if tr is None:
            # what this role could do now, not the others' steps (attack of stop 28: a citizen was offered the controller's)
            allowed = ", ".join(str(t.label) for t in workflow.available(current.state, who.role)) or _("geen")
            raise TransitionRefused(
                _("“%(action)s” kan niet in de toestand “%(state)s”. Mogelijk: %(allowed)s.")
                % {"action": _label(workflow, name), "state": workflow.label(current.state), "allowed": allowed}
            )
        if not tr.allows(who.role):
            raise Forbidden(_("Uw rol mag “%(action)s” niet uitvoeren.") % {"action": tr.label})
        reason = (reason or "").strip()
        if tr.needs_reason and len(reason) < 5:
            raise InvalidInput(_("Geef een reden op (minstens 5 tekens)."), [FieldError(reason_field, _("Geef een reden op (minstens 5 tekens)."))])
        problem = text_problem(reason) or (_("Hoogstens %(n)s tekens.") % {"n": MAX_REASON} if len(reason) > MAX_REASON else None)
        if problem:  # before the log's own guard, which would name its column ("reason"); never cut without a word
            raise InvalidInput(problem, [FieldError(reason_field, problem)])
        at = clock.now()
        if deadline is None and tr.starts_deadline:
            from .deadlines import term_end

            deadline = term_end(tr.starts_deadline, at.astimezone(clock.BRUSSELS).date())
        from_state = current.state
        current.state = tr.target
        current.version += 1
        current.state_since = at
        if deadline is not None or tr.starts_deadline or tr.target in workflow.terminal:
            current.deadline = deadline
        for key, value in (fields or {}).items():
            setattr(current, key, value)
        if hasattr(current, "entering"):  # a data migration's historical model has no methods
            current.entering(tr.target)
        current.save()
        reason, data = _logged_reason(reason, data)
        person_id = current.person_for_log() if hasattr(current, "person_for_log") else getattr(current, "person_id", None)
        log_model.objects.create(
            workflow=workflow.name, object_id=current.pk, person_id=person_id, transition=tr.name, from_state=from_state,
            to_state=tr.target, at=at, actor_id=who.user_id, actor_role=who.role, actor_label=who.label[:200], reason=reason,
            deadline=deadline, data=data,
        )
    return current


def _logged_reason(reason: str, data: dict | None) -> tuple[str, dict]:
    """A reason the platform wrote as a code (werkregie.workflows.reasons) is logged as its Dutch text, readable by
    anyone who reads the log, with the code and its parameters in `data["reason_code"]`, from which pages and API
    show it in the reader's language (`labels.log_reason`). A typed reason is logged as typed."""
    from django.utils import translation

    from . import labels

    data = dict(data or {})
    if labels.is_coded(reason):
        data["reason_code"] = reason
        with translation.override("nl"):
            reason = labels.render(reason)
    return reason, data


def create(model: type[M], who: Who, *, reason: str = "", data: dict | None = None, deadline: dt.date | None = None, **values) -> M:  # noqa: ANN003
    """Create a row in its workflow's initial state and log its creation (from "" to the initial state)."""
    from .tables import REGISTRY

    workflow = REGISTRY[model.workflow_name]
    at = clock.now()
    with transaction.atomic():
        obj = model._default_manager.create(state=workflow.initial, state_since=at, deadline=deadline, **values)
        reason, data = _logged_reason(reason, data)
        TransitionLog.objects.create(
            workflow=workflow.name, object_id=obj.pk, person_id=obj.person_for_log(), transition="create", from_state="",
            to_state=workflow.initial, at=at, actor_id=who.user_id, actor_role=who.role, actor_label=who.label[:200], reason=reason,
            deadline=deadline, data=data,
        )
    return obj


def history(obj: WorkflowModel) -> list[TransitionLog]:
    return list(TransitionLog.objects.filter(workflow=obj.workflow_name, object_id=obj.pk).select_related("actor"))


def available(obj: WorkflowModel, role: str) -> list[Transition]:
    return obj.workflow.available(obj.state, role)


def _label(workflow, name: str) -> str:  # noqa: ANN001
    for tr in workflow.transitions:
        if tr.name == name:
            return tr.label
    return name
