"""Kinds, modes and excuse states of appointments."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppointmentKind(models.TextChoices):
    INTAKE = "intake", _("Intakegesprek")
    SCREENING = "screening", _("Screeningsgesprek")
    FOLLOW_UP = "follow_up", _("Opvolgingsgesprek")
    AGREEMENT = "agreement", _("Gesprek over afspraken (afsprakenblad)")
    EVALUATION = "evaluation", _("Evaluatiegesprek zoekgedrag")
    INFO_SESSION = "info_session", _("Infosessie")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("Op kantoor")
    PHONE = "phone", _("Telefonisch")
    VIDEO = "video", _("Videogesprek")


class ExcuseStatus(models.TextChoices):
    NONE = "", _("Geen")
    PENDING = "pending", _("Te beoordelen")
    ACCEPTED = "accepted", _("Aanvaard")
    REFUSED = "refused", _("Geweigerd")


class Outcome(models.TextChoices):
    """What the counsellor records after the appointment (each is a transition of the workflow)."""

    CAME = "attend", _("Aanwezig")
    EXCUSED = "excuse", _("Verontschuldigd")
    NO_SHOW = "no_show", _("Niet gekomen")


# the states in which an appointment holds its slot (one person per slot; enforced by a partial unique constraint)
HOLDING_STATES = ("booked", "convoked", "attended", "excused", "no_show", "referred")
# the states in which the appointment is still to come (the citizen's "upcoming")
UPCOMING_STATES = ("booked", "convoked")
OPEN_STATES = ("invited", "expired")
