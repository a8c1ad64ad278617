"""Community service and wijk-werken: the activities municipalities offer, the assignments of persons to them (a
workflow), the hours registered per day, and the exemptions VDAB records. The hour limits and the allowance are rules
of `engine.py`; the database guards what it can (positive hours, at most 24 a day, an end after the start)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from werkregie.workflows.models import WorkflowModel


class ActivityKind(models.TextChoices):
    COMMUNITY_SERVICE = "community_service", _("Gemeenschapsdienst")
    WIJK_WERKEN = "wijk_werken", _("Wijk-werken")


class HostKind(models.TextChoices):
    LOCAL_AUTHORITY = "local_authority", _("Lokaal bestuur")
    NON_PROFIT = "non_profit", _("Vzw of non-profit")
    SCHOOL = "school", _("School")


class ExemptionReason(models.TextChoices):
    NOT_SUITED = "not_suited", _("Past niet in het traject naar werk (oordeel VDAB)")
    MEDICAL = "medical", _("Medische reden")
    CARE = "care", _("Zorgtaken")
    TRAINING = "training", _("Volgt een opleiding")
    OTHER = "other", _("Andere reden")


class AssignmentState(models.TextChoices):
    PROPOSED = "proposed", _("Voorgesteld")
    ACCEPTED = "accepted", _("Aanvaard")
    ACTIVE = "active", _("Lopend")
    COMPLETED = "completed", _("Afgerond")
    STOPPED = "stopped", _("Stopgezet")
    REFUSED = "refused", _("Geweigerd")
    WITHDRAWN = "withdrawn", _("Ingetrokken")


OPEN_STATES = (AssignmentState.PROPOSED, AssignmentState.ACCEPTED, AssignmentState.ACTIVE)
# the places an activity has taken: proposals count too, so a municipality is never offered more people than it can host
TAKING_STATES = OPEN_STATES


class Activity(models.Model):
    """An activity a municipality offers: where, with whom, how many hours a week, for how many people, when."""

    kind = models.CharField(_("soort"), max_length=20, choices=ActivityKind.choices)
    title = models.CharField(_("titel"), max_length=200)
    owner = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="community_activities",
                              verbose_name=_("gemeente die de activiteit aanbiedt"))
    host_name = models.CharField(_("organisatie"), max_length=200, help_text=_("Het lokaal bestuur, de vzw of de school waar het werk gebeurt"))
    host_kind = models.CharField(_("soort organisatie"), max_length=20, choices=HostKind.choices)
    address = models.CharField(_("adres"), max_length=200)
    municipality = models.ForeignKey("geo.Municipality", on_delete=models.PROTECT, related_name="community_activities", verbose_name=_("gemeente"))
    hours_per_week = models.DecimalField(_("uren per week"), max_digits=4, decimal_places=1)
    capacity = models.PositiveIntegerField(_("aantal plaatsen"))
    start = models.DateField(_("begin"))
    end = models.DateField(_("einde"), null=True, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        ordering = ["start", "title", "id"]
        indexes = [models.Index(fields=["owner", "start"], name="community_activity_owner")]
        constraints = [
            models.CheckConstraint(condition=Q(end__isnull=True) | Q(end__gte=F("start")), name="community_activity_end_after_start"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="community_activity_capacity_positive"),
            models.CheckConstraint(condition=Q(hours_per_week__gt=0) & Q(hours_per_week__lte=40), name="community_activity_hours_0_40"),
            models.CheckConstraint(condition=Q(kind__in=["community_service", "wijk_werken"]), name="community_activity_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.host_name})"


class Assignment(WorkflowModel):
    """A person's assignment to an activity: proposed → accepted → active → completed or stopped; refused or withdrawn
    before it starts. `ends_by` is the last day of the maximum duration (a dated parameter), set when it starts."""

    workflow_name = "community_assignment"

    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="assignments")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="community_assignments")
    kind = models.CharField(_("soort"), max_length=20, choices=ActivityKind.choices)
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    proposed_on = models.DateField(_("voorgesteld op"))
    started_on = models.DateField(_("gestart op"), null=True, blank=True)
    ends_by = models.DateField(_("uiterlijk tot"), null=True, blank=True)
    ended_on = models.DateField(_("beëindigd op"), null=True, blank=True)
    end_reason = models.TextField(_("reden"), blank=True)
    good_reason = models.BooleanField(_("geldige reden"), null=True, blank=True, help_text=_("Bij een weigering: was de reden geldig?"))
    compliance_case_id = models.BigIntegerField(null=True, blank=True)  # a plain id: the compliance app migrates on its own

    class Meta:
        verbose_name = _("toewijzing")
        verbose_name_plural = _("toewijzingen")
        ordering = ["-proposed_on", "-id"]
        indexes = [
            models.Index(fields=["activity", "state"], name="community_assignment_activity"),
            models.Index(fields=["person", "state"], name="community_assignment_person"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["person", "kind"], condition=Q(state__in=["proposed", "accepted", "active"]),
                                    name="community_one_open_assignment_per_kind"),
            models.CheckConstraint(condition=Q(ends_by__isnull=True) | Q(started_on__isnull=False) & Q(ends_by__gte=F("started_on")),
                                   name="community_assignment_ends_after_start"),
            models.CheckConstraint(condition=Q(ended_on__isnull=True) | Q(ended_on__gte=F("proposed_on")), name="community_assignment_ended_after_proposed"),
        ]

    def __str__(self) -> str:
        return f"{self.person} → {self.activity} ({self.state})"

    @property
    def last_day(self):  # noqa: ANN201 - dt.date | None
        """The assignment's last day of work as known now: the earliest of its end (once ended), the last day of its
        maximum duration and the activity's end; None when none is known (reads the activity)."""
        ends = [d for d in (self.ends_by, self.ended_on if self.state != "active" else None, self.activity.end) if d is not None]
        return min(ends) if ends else None


class Attendance(models.Model):
    """Hours worked on one day of an assignment (one row per assignment and day; a correction replaces it)."""

    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="attendance")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="community_attendance")
    kind = models.CharField(max_length=20, choices=ActivityKind.choices)
    day = models.DateField(_("dag"))
    hours = models.DecimalField(_("uren"), max_digits=4, decimal_places=2)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        verbose_name = _("aanwezigheid")
        verbose_name_plural = _("aanwezigheden")
        ordering = ["day", "id"]
        indexes = [models.Index(fields=["person", "kind", "day"], name="community_attendance_person")]
        constraints = [
            models.UniqueConstraint(fields=["assignment", "day"], name="community_attendance_one_per_day"),
            models.CheckConstraint(condition=Q(hours__gt=0) & Q(hours__lte=24), name="community_attendance_hours_0_24"),
        ]


class Exemption(models.Model):
    """VDAB's decision that a person is not to be proposed (for a reason), for a period. Never deleted: ended."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="community_exemptions")
    reason = models.CharField(_("reden"), max_length=20, choices=ExemptionReason.choices)
    note = models.TextField(_("toelichting"))
    start = models.DateField(_("begin"))
    end = models.DateField(_("einde"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        verbose_name = _("vrijstelling")
        verbose_name_plural = _("vrijstellingen")
        ordering = ["-start", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__isnull=True) | Q(end__gte=F("start")), name="community_exemption_end_after_start"),
            models.CheckConstraint(condition=~Q(note=""), name="community_exemption_has_note"),
        ]
