"""A task on the counsellor's one worklist. Every domain makes its tasks through `services.upsert_task` with a stable
key (e.g. "screening:42:2026-03-10"), so making the same task twice is one row."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .enums import TaskKind, TaskStatus


class Task(models.Model):
    key = models.CharField(max_length=120, unique=True)
    # no single-column indexes where a composite index below starts with the column (fewer indexes to keep up when the
    # deadline sweep writes 250,000 tasks at once)
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="tasks", verbose_name=_("persoon"), db_index=False)
    kind = models.CharField(_("soort"), max_length=30, choices=TaskKind.choices)
    due_on = models.DateField(_("uiterlijk op"))
    title = models.CharField(_("taak"), max_length=200)
    url = models.CharField(max_length=300, blank=True)
    detail = models.TextField(_("toelichting"), blank=True)
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks", db_index=False)
    team = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks", db_index=False)
    status = models.CharField(_("toestand"), max_length=12, choices=TaskStatus.choices, default=TaskStatus.OPEN)
    created_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    close_reason = models.CharField(max_length=200, blank=True)
    source = models.CharField(_("bron"), max_length=40, blank=True, help_text=_("Het domein dat de taak maakte"))

    class Meta:
        verbose_name = _("taak")
        verbose_name_plural = _("taken")
        ordering = ["due_on", "id"]
        indexes = [
            models.Index(fields=["counsellor", "status", "due_on"], name="task_counsellor_due"),
            models.Index(fields=["team", "status", "due_on"], name="task_team_due"),
            models.Index(fields=["status", "kind", "due_on"], name="task_kind_due"),
            models.Index(fields=["person", "status"], name="task_person_status"),
        ]

    def __str__(self) -> str:
        from werkregie.workflows.labels import render

        return f"{render(self.title)} ({self.due_on})"  # a coded title in the reader's language

    @property
    def is_open(self) -> bool:
        return self.status == TaskStatus.OPEN


class ScreeningSchedule(models.Model):
    """When each current job seeker's next screening is due, computed by the sweep (and `refresh_persons` after an
    assessment) with the function the person's screening page uses (`screening.engine.deadlines.due`), for every job
    seeker and not only those within the worklist's lead: the caseload shows, sorts and filters on it in the database
    (its column read the open screening tasks only, and stayed empty for everyone due later: walk of issue 16)."""

    person = models.OneToOneField("people.Person", primary_key=True, on_delete=models.CASCADE, related_name="screening_schedule",
                                  verbose_name=_("persoon"))
    due_on = models.DateField(_("volgende screening uiterlijk"))
    reason = models.CharField(max_length=20)  # "new", "rescreen", "rescreen_long_term" (screening.engine.deadlines.Due)

    class Meta:
        verbose_name = _("screeningsplanning")
        verbose_name_plural = _("screeningsplanningen")
