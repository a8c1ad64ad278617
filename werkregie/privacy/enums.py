from django.db import models
from django.utils.translation import gettext_lazy as _


class ExportState(models.TextChoices):
    REQUESTED = "requested", _("Aangevraagd, wordt gemaakt")
    READY = "ready", _("Klaar om te downloaden")
    DOWNLOADED = "downloaded", _("Gedownload")
    EXPIRED = "expired", _("Verlopen")
    FAILED = "failed", _("Mislukt")


OPEN_STATES = (ExportState.REQUESTED, ExportState.READY)
