"""Kinds of infringement, decisions and appeal outcomes of a compliance case."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Infringement(models.TextChoices):
    MISSED_APPOINTMENT = "missed_appointment", _("Niet verschenen op een uitnodiging of oproeping zonder geldige reden")
    AGREEMENT_NOT_MET = "agreement_not_met", _("Bindende afspraak niet nagekomen")
    REFUSED_SUITABLE_JOB = "refused_suitable_job", _("Passende dienstbetrekking geweigerd")
    NOT_PRESENTED_TO_EMPLOYER = "not_presented_to_employer", _("Niet aangeboden bij een werkgever")
    COMMUNITY_SERVICE_REFUSED = "community_service_refused", _("Gemeenschapsdienst geweigerd zonder geldige reden")


class Decision(models.TextChoices):
    NONE = "none", _("Geen sanctie")
    WARNING = "warning", _("Verwittiging")
    SUSPENSION = "suspension", _("Schorsing voor een aantal weken")
    EXCLUSION = "exclusion", _("Uitsluiting voor een aantal weken")
    INDEFINITE = "indefinite", _("Uitsluiting voor onbepaalde duur")


# Decisions that carry a number of weeks.
WEEKS_DECISIONS = frozenset({Decision.SUSPENSION, Decision.EXCLUSION})


class AppealOutcome(models.TextChoices):
    UPHELD = "upheld", _("Beslissing bevestigd")
    CHANGED = "changed", _("Beslissing gewijzigd")
    ANNULLED = "annulled", _("Beslissing vernietigd")
    WITHDRAWN = "withdrawn", _("Beroep ingetrokken")


class HearingMode(models.TextChoices):
    IN_PERSON = "in_person", _("Verhoor op kantoor")
    PHONE = "phone", _("Verhoor per telefoon")
    VIDEO = "video", _("Verhoor per video")
    WRITTEN = "written", _("Schriftelijk verweer")
