"""Choices of the trajectories domain."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TrajectoryKind(models.TextChoices):
    STANDARD = "standard", _("Bemiddelingstraject")
    FOLLOW_UP = "follow_up", _("Opvolgplan (zelfredzaam)")
    SICKNESS = "sickness", _("Re-integratie na ziekte")
    NEWCOMER = "newcomer", _("Nieuwkomer (inburgering)")


class EndReason(models.TextChoices):
    LASTING_WORK = "lasting_work", _("Duurzaam werk")
    SELF_EMPLOYED = "self_employed", _("Zelfstandige activiteit")
    TRAINING = "training", _("Voltijdse opleiding")
    MOVED = "moved", _("Verhuisd buiten Vlaanderen")
    RETIRED = "retired", _("Pensioen")
    SANCTION = "sanction", _("Uitsluiting na sanctie")
    DEREGISTERED = "deregistered", _("Uitgeschreven")
    OTHER = "other", _("Andere reden")


OUTFLOW_REASONS = (EndReason.LASTING_WORK, EndReason.SELF_EMPLOYED)


class SuspensionReason(models.TextChoices):
    SICKNESS = "sickness", _("Ziekte")
    WORK = "work", _("Periode van werk")
    OTHER = "other", _("Andere reden")


class AgreementLevel(models.TextChoices):
    SHEET = "sheet", _("Afsprakenblad")
    FORMAL = "formal", _("Formele afspraak")
    FINAL = "final", _("Ultieme afspraak")


LEVEL_ORDER = [AgreementLevel.SHEET, AgreementLevel.FORMAL, AgreementLevel.FINAL]


def next_level(level: str) -> str | None:
    i = LEVEL_ORDER.index(level)
    return LEVEL_ORDER[i + 1] if i + 1 < len(LEVEL_ORDER) else None


class AcceptedHow(models.TextChoices):
    PLATFORM = "platform", _("Online aanvaard door de burger")
    PAPER = "paper", _("Op papier aanvaard (geregistreerd door de bemiddelaar)")


class StepKind(models.TextChoices):
    TRAINING = "training", _("Opleiding")
    WORK_EXPERIENCE = "work_experience", _("Werkervaring")
    APPLICATIONS = "applications", _("Sollicitatieopdracht")
    LANGUAGE_COURSE = "language_course", _("Taalcursus")
    WIJK_WERKEN = "wijk_werken", _("Wijk-werken")
    TWE = "twe", _("Tijdelijke werkervaring (TWE)")
    WORK_CARE = "work_care", _("Arbeidszorgtraject")
    ENTREPRENEURSHIP = "entrepreneurship", _("Traject ondernemerschap")
    WORKPLACE_LEARNING = "workplace_learning", _("Werkplekleren met ondersteuning (rugzakje)")
    COMMUNITY_SERVICE = "community_service", _("Gemeenschapsdienst")
    REINTEGRATION = "reintegration", _("Re-integratiestap")
    INTEGRATION = "integration", _("Inburgeringstraject")
    OTHER = "other", _("Andere")


class EvidenceKind(models.TextChoices):
    UPLOAD = "upload", _("Bewijsstuk opladen")
    TRAINING_RESULT = "training_result", _("Geregistreerd opleidingsresultaat")
    APPLICATIONS = "applications", _("Sollicitaties via het platform")
    PARTNER = "partner", _("Bevestiging door de partner")
    NONE = "none", _("Geen bewijs nodig")
