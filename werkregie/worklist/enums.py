"""The kinds and states of worklist tasks. A domain that needs a new kind asks the worklist engineer (one list)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TaskKind(models.TextChoices):
    SCREENING_DUE = "screening_due", _("Screening te doen")
    AGREEMENT_TO_MAKE = "agreement_to_make", _("Afspraken te maken")
    AGREEMENT_DUE = "agreement_due", _("Afspraak vervalt binnenkort")
    AGREEMENT_OVERDUE = "agreement_overdue", _("Afspraak over tijd")
    EVIDENCE_TO_REVIEW = "evidence_to_review", _("Bewijsstuk na te kijken")
    EMPLOYER_FEEDBACK = "employer_feedback", _("Terugkoppeling van een werkgever")
    MESSAGE_BOUNCED = "message_bounced", _("Bericht niet afgeleverd")
    APPOINTMENT_TO_CONVOKE = "appointment_to_convoke", _("Oproeping te versturen")
    ATTENDANCE_TO_RECORD = "attendance_to_record", _("Aanwezigheid te registreren")
    HEARING_TO_PLAN = "hearing_to_plan", _("Verhoor te plannen")
    COMMUNITY_ASSIGNMENT = "community_assignment", _("Gemeenschapsdienst of wijk-werken opvolgen")
    REINTEGRATION_REVIEW = "reintegration_review", _("Re-integratie te bekijken")
    LANGUAGE_NEED = "language_need", _("Taalnood: taalcursus voorstellen")
    OTHER = "other", _("Andere taak")


class TaskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Afgewerkt")
    CANCELLED = "cancelled", _("Vervallen")
