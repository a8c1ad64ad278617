"""Agendas, slots and appointments. An agenda belongs to a counsellor or to an office/team; counsellors publish slots
in it; an appointment moves through the declared "appointment" workflow (see workflows.py): invited → booked (moved)
→ attended / excused / no_show (→ referred to the control service), or invited → expired → convoked → …, or cancelled.
Other domains refer to an appointment by ("appointment", id)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkregie.workflows.models import WorkflowModel

from .enums import HOLDING_STATES, AppointmentKind, ExcuseStatus, Mode


class Agenda(models.Model):
    """A counsellor's own agenda, or the shared agenda of a VDAB office or team."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="agendas",
                              verbose_name=_("bemiddelaar"))
    office = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="agendas",
                               verbose_name=_("kantoor of team"))
    name = models.CharField(_("naam"), max_length=200)
    address = models.CharField(_("adres voor gesprekken op kantoor"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agenda's")
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(owner__isnull=False, office__isnull=True) | Q(owner__isnull=True, office__isnull=False),
                                   name="agenda_owner_xor_office"),
            models.UniqueConstraint(fields=["owner"], condition=Q(owner__isnull=False), name="agenda_one_per_counsellor"),
            models.UniqueConstraint(fields=["office"], condition=Q(office__isnull=False), name="agenda_one_per_office"),
        ]

    def __str__(self) -> str:
        return self.name


class Slot(models.Model):
    """A moment in an agenda that one person can book (capacity 1)."""

    agenda = models.ForeignKey(Agenda, on_delete=models.CASCADE, related_name="slots")
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    mode = models.CharField(_("vorm"), max_length=12, choices=Mode.choices)
    location = models.CharField(_("adres of videolink"), max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    series = models.CharField(max_length=32, blank=True, help_text="the publication this slot came from")
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("tijdslot")
        verbose_name_plural = _("tijdsloten")
        ordering = ["start", "id"]
        indexes = [models.Index(fields=["agenda", "start"], name="slot_agenda_start")]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="slot_ends_after_start"),
            models.UniqueConstraint(fields=["agenda", "start"], name="slot_unique_start"),
        ]

    def __str__(self) -> str:
        return f"{self.agenda} {self.start:%Y-%m-%d %H:%M}"


class Appointment(WorkflowModel):
    workflow_name = "appointment"

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="appointments", verbose_name=_("persoon"))
    kind = models.CharField(_("soort gesprek"), max_length=20, choices=AppointmentKind.choices)
    mandatory = models.BooleanField(_("verplicht (sanctioneerbaar)"), default=False)
    agenda = models.ForeignKey(Agenda, on_delete=models.PROTECT, related_name="appointments")
    slot = models.ForeignKey(Slot, null=True, blank=True, on_delete=models.PROTECT, related_name="appointments")
    mode = models.CharField(_("vorm"), max_length=12, choices=Mode.choices, blank=True)
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                                   verbose_name=_("bemiddelaar"))
    # snapshots for the KPIs (per office and municipality), taken at the invitation
    office = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(_("toelichting voor de burger"), blank=True)
    invited_at = models.DateTimeField()
    link_expires_on = models.DateField(_("link geldig tot en met"), null=True, blank=True)
    link_nonce = models.CharField(max_length=40, unique=True)
    excuse_reason = models.TextField(_("reden van afwezigheid"), blank=True)
    excuse_status = models.CharField(_("verontschuldiging"), max_length=10, choices=ExcuseStatus.choices, blank=True, default="")
    proof_file_id = models.BigIntegerField(null=True, blank=True)  # trajectories.StoredFile, by id
    # every excuse submitted: [{"at", "reason", "proof_file_id", "by", "replaces"}], oldest first (files are never dropped)
    excuse_history = models.JSONField(default=list, blank=True)
    proof_due_on = models.DateField(_("bewijs uiterlijk op"), null=True, blank=True)
    compliance_case_id = models.BigIntegerField(null=True, blank=True)  # compliance.Case, by id

    class Meta:
        verbose_name = _("afspraak")
        verbose_name_plural = _("afspraken")
        ordering = ["-invited_at", "-id"]
        indexes = [
            models.Index(fields=["state", "link_expires_on"], name="appointment_state_expiry"),
            models.Index(fields=["person", "state"], name="appointment_person_state"),
            models.Index(fields=["state", "deadline"], name="appointment_state_deadline"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["slot"], condition=Q(state__in=HOLDING_STATES), name="appointment_one_per_slot"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def start(self):  # noqa: ANN201
        return self.slot.start if self.slot_id else None
