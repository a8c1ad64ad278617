"""Trajectories, binding agreements (in versions), their steps, and uploaded evidence. Links to other new apps
(compliance, worklist, messaging) are by plain ids, never foreign keys."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkregie.people.enums import Cefr
from werkregie.workflows.models import WorkflowModel

from .enums import AcceptedHow, AgreementLevel, EndReason, EvidenceKind, StepKind, SuspensionReason, TrajectoryKind


class StoredFile(models.Model):
    """An uploaded file, stored outside the web root under <DATA_DIR>/uploads/ (see werkregie.core.uploads). Served only
    through a view that checks permission first."""

    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="stored_files")
    original_name = models.CharField(_("bestandsnaam"), max_length=200)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    path = models.CharField(max_length=200, unique=True, help_text="Relative to <DATA_DIR>/uploads/")
    uploaded_at = models.DateTimeField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("bewaard bestand")
        verbose_name_plural = _("bewaarde bestanden")
        ordering = ["-uploaded_at", "-id"]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.size} B)"


class Trajectory(WorkflowModel):
    """A person's activation trajectory: at most one open (not closed) per person."""

    workflow_name = "trajectory"

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="trajectories")
    kind = models.CharField(_("soort"), max_length=20, choices=TrajectoryKind.choices, default=TrajectoryKind.STANDARD)
    started_on = models.DateField(_("gestart op"))
    source = models.CharField(_("aanleiding"), max_length=60, blank=True, help_text="e.g. screening:<assessment id>")
    check_on = models.DateField(_("volgende opvolging"), null=True, blank=True)
    suspended_on = models.DateField(_("geschorst sinds"), null=True, blank=True)
    suspension_reason = models.CharField(_("reden schorsing"), max_length=20, choices=SuspensionReason.choices, blank=True)
    suspended_days = models.PositiveIntegerField(_("dagen geschorst"), default=0)
    resume_to = models.CharField(max_length=20, blank=True)
    closed_on = models.DateField(_("afgesloten op"), null=True, blank=True)
    end_reason = models.CharField(_("reden afsluiting"), max_length=20, choices=EndReason.choices, blank=True)
    outflow = models.BooleanField(_("uitstroom naar werk"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("traject")
        verbose_name_plural = _("trajecten")
        ordering = ["-started_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["person"], condition=~Q(state="closed"), name="one_open_trajectory_per_person"),
        ]
        indexes = [models.Index(fields=["state", "deadline"], name="trajectory_state_deadline")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"


class Agreement(WorkflowModel):
    """A binding agreement (or a non-binding follow-up plan) in one version. A change after it was proposed makes a new
    version (`previous` → the one it replaces, same `series`); the old one becomes `replaced` when the new is accepted."""

    workflow_name = "agreement"

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="agreements")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="agreements")
    level = models.CharField(_("niveau"), max_length=10, choices=AgreementLevel.choices, default=AgreementLevel.SHEET)
    binding = models.BooleanField(_("bindend"), default=True)
    series = models.PositiveBigIntegerField(null=True, blank=True, db_index=True, help_text="id of the first version")
    revision = models.PositiveIntegerField(_("versie"), default=1)
    previous = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="revisions")
    escalated_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="escalations")
    title = models.CharField(_("titel"), max_length=200)
    notes = models.TextField(_("toelichting"), blank=True)
    proposed_on = models.DateField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_how = models.CharField(max_length=10, choices=AcceptedHow.choices, blank=True)
    accepted_reason = models.TextField(blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    case_id = models.BigIntegerField(null=True, blank=True, help_text="compliance case opened after a missed final agreement")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("bindende afspraak")
        verbose_name_plural = _("bindende afspraken")
        ordering = ["-id"]
        indexes = [models.Index(fields=["state", "deadline"], name="agreement_state_deadline")]
        constraints = [
            # One escalation per missed agreement, even if code forgets to check: the first version (revision 1) of the
            # escalated agreement is unique per escalated_from unless withdrawn or replaced. Later versions copy escalated_from.
            models.UniqueConstraint(fields=["escalated_from"], condition=Q(revision=1, escalated_from__isnull=False) & ~Q(state__in=["withdrawn", "replaced"]),
                                    name="one_escalation_per_agreement"),
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.revision})"


class AgreementStep(WorkflowModel):
    """One step of an agreement: what, by when, with which evidence."""

    workflow_name = "agreement_step"

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="steps")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="agreement_steps")
    kind = models.CharField(_("soort"), max_length=20, choices=StepKind.choices)
    title = models.CharField(_("omschrijving"), max_length=200)
    details = models.TextField(_("details"), blank=True)
    due_on = models.DateField(_("uiterlijk op"))
    evidence_kind = models.CharField(_("bewijs"), max_length=20, choices=EvidenceKind.choices, default=EvidenceKind.UPLOAD)
    applications_required = models.PositiveSmallIntegerField(_("aantal sollicitaties"), null=True, blank=True)
    applications_from = models.DateField(null=True, blank=True)
    cefr_target = models.CharField(_("doelniveau (ERK)"), max_length=6, choices=Cefr.choices, blank=True)
    hours_per_month = models.PositiveSmallIntegerField(_("uren per maand"), null=True, blank=True)
    partner = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                verbose_name=_("partner"))
    partner_note = models.TextField(_("verslag van de partner"), blank=True)
    review_note = models.TextField(_("beoordeling"), blank=True)
    carried_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("stap van een afspraak")
        verbose_name_plural = _("stappen van afspraken")
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["state", "due_on"], name="step_state_due")]

    def __str__(self) -> str:
        return self.title


class Evidence(models.Model):
    """Evidence handed in for a step: an uploaded file and/or a note."""

    step = models.ForeignKey(AgreementStep, on_delete=models.CASCADE, related_name="evidence")
    file = models.ForeignKey(StoredFile, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    note = models.TextField(blank=True)
    submitted_at = models.DateTimeField()
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("bewijsstuk")
        verbose_name_plural = _("bewijsstukken")
        ordering = ["-submitted_at", "-id"]
