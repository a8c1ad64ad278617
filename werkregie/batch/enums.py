from django.db import models
from django.utils.translation import gettext_lazy as _


class RunStatus(models.TextChoices):
    RUNNING = "running", _("bezig")
    DONE = "done", _("klaar")
    FAILED = "failed", _("mislukt")


class PartitionStatus(models.TextChoices):
    PENDING = "pending", _("te doen")
    DONE = "done", _("klaar")
