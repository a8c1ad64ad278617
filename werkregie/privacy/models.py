from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from werkregie.workflows.models import WorkflowModel

from .enums import ExportState


class OwnDataExport(WorkflowModel):
    """One request for an export of one's own data. The files live under the data directory (never in the database),
    in a folder named by `token`; they are deleted when downloaded or expired, the row stays as the record of it."""

    workflow_name = "own_data_export"

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="own_data_exports", verbose_name=_("persoon"))
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    requested_at = models.DateTimeField(_("aangevraagd op"))
    ready_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    expires_at = models.DateTimeField(_("vervalt op"), null=True, blank=True)
    downloaded_at = models.DateTimeField(_("gedownload op"), null=True, blank=True)
    sections = models.JSONField(_("onderdelen"), default=list, blank=True)
    json_sha256 = models.CharField(max_length=64, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    size_bytes = models.PositiveBigIntegerField(default=0)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        verbose_name = _("export van eigen gegevens")
        verbose_name_plural = _("exports van eigen gegevens")
        indexes = [models.Index(fields=["person", "-requested_at"], name="own_export_person")]
        constraints = [
            models.CheckConstraint(condition=Q(state__in=ExportState.values), name="own_export_state_known"),
            models.CheckConstraint(condition=Q(expires_at__isnull=True) | Q(expires_at__gt=F("requested_at")), name="own_export_expires_after_request"),
            models.CheckConstraint(condition=~Q(state="downloaded") | Q(downloaded_at__isnull=False), name="own_export_downloaded_has_time"),
            models.CheckConstraint(condition=~Q(state="ready") | Q(ready_at__isnull=False, expires_at__isnull=False), name="own_export_ready_has_times"),
            # one export in the making or waiting at a time per person
            models.UniqueConstraint(fields=["person"], condition=Q(state__in=["requested", "ready"]), name="own_export_one_open_per_person"),
        ]

    def __str__(self) -> str:
        return f"own data export {self.pk} ({self.state})"
