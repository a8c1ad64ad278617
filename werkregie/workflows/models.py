from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class WorkflowModel(models.Model):
    """Base of every row that moves through a declared workflow. `state` changes only through
    werkregie.workflows.services.transition; `version` is the optimistic-concurrency counter of everything people edit
    on the row (a stale version is refused with the current one)."""

    state = models.CharField(_("toestand"), max_length=30, db_index=True)
    version = models.PositiveIntegerField(default=1, verbose_name=_("versie"))
    state_since = models.DateTimeField(_("in deze toestand sinds"), null=True, blank=True)
    deadline = models.DateField(_("termijn"), null=True, blank=True, help_text=_("Einde van de lopende wettelijke termijn, als er een is"))

    workflow_name: str = ""  # the key of its table in werkregie.workflows.tables.REGISTRY

    class Meta:
        abstract = True

    @property
    def workflow(self):  # noqa: ANN201 - the Workflow table
        from .tables import REGISTRY

        return REGISTRY[self.workflow_name]

    @property
    def state_label(self) -> str:
        return self.workflow.label(self.state)

    def entering(self, state: str) -> None:
        """Called by services.transition inside its atomic step, the row locked, just before it is saved in `state`:
        a model that keeps something at a transition sets it here (vacancies.Application: what the employer was shown
        when the application ended). Nothing by default."""

    def person_for_log(self) -> int | None:
        """The person the row is about (for the KPIs); rows about a person override it."""
        return getattr(self, "person_id", None)


class TransitionLog(models.Model):
    """Every transition of every workflow: who, when, from, to, why, and the deadline it started. Append-only; the
    source of the timeliness KPIs (days from one state to the next, deadlines met or missed)."""

    workflow = models.CharField(max_length=40)
    object_id = models.BigIntegerField()
    person_id = models.BigIntegerField(null=True, blank=True, db_index=True)  # a number, not a key: the log outlives merges
    transition = models.CharField(max_length=40)
    from_state = models.CharField(max_length=30)
    to_state = models.CharField(max_length=30)
    at = models.DateTimeField()
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor_role = models.CharField(max_length=20)
    actor_label = models.CharField(max_length=200)
    reason = models.TextField(blank=True)
    deadline = models.DateField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("stap in een werkstroom")
        verbose_name_plural = _("stappen in werkstromen")
        ordering = ["at", "id"]
        indexes = [
            models.Index(fields=["workflow", "object_id", "at"], name="transition_object"),
            models.Index(fields=["workflow", "to_state", "at"], name="transition_kpi"),
        ]
        constraints = [models.CheckConstraint(condition=~Q(actor_role=""), name="transition_has_actor_role")]

    def __str__(self) -> str:
        return f"{self.workflow}#{self.object_id}: {self.from_state} → {self.to_state} ({self.transition})"

    # What pages show: the declared labels in the reader's language, never the codes.
    @property
    def table(self):  # noqa: ANN201 - the Workflow, or None for a table no longer declared
        from .tables import REGISTRY

        return REGISTRY.get(self.workflow)

    @property
    def workflow_label(self) -> str:
        from .tables import title

        return title(self.workflow)

    @property
    def from_label(self) -> str:
        return (self.table.label(self.from_state) if self.table else self.from_state) if self.from_state else "—"

    @property
    def to_label(self) -> str:
        return self.table.label(self.to_state) if self.table else self.to_state

    @property
    def transition_label(self) -> str:
        from django.utils.translation import gettext

        if self.transition == "create":
            return gettext("Aangemaakt")
        found = next((tr.label for tr in self.table.transitions if tr.name == self.transition), None) if self.table else None
        return str(found or self.transition)
