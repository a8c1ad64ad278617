from django.db import models
from django.utils.translation import gettext_lazy as _


class IssuerKind(models.TextChoices):
    PLATFORM = "platform", _("Platform (VDAB)")
    TRAINING_PROVIDER = "training_provider", _("Opleidingsverstrekker")
    SCHOOL = "school", _("School")
    ASSESSOR = "assessor", _("Erkend beoordelaar (EVC)")


class CredentialKind(models.TextChoices):
    CERTIFIED_COMPETENCE = "certified_competence", _("Gecertificeerde competentie")
    TRAINING_COMPLETION = "training_completion", _("Afgeronde opleiding")
    DIPLOMA = "diploma", _("Diploma")
    COMPETENCE_VISA = "competence_visa", _("Competentievisum")
    EVC_RESULT = "evc_result", _("EVC-resultaat")


# Open Badges 3.0 achievementType per kind (1EdTech vocabulary) and the ELM learning achievement / credential type
OB_ACHIEVEMENT_TYPE = {
    CredentialKind.CERTIFIED_COMPETENCE: "Competency",
    CredentialKind.TRAINING_COMPLETION: "Course",
    CredentialKind.DIPLOMA: "Diploma",
    CredentialKind.COMPETENCE_VISA: "Competency",
    CredentialKind.EVC_RESULT: "Certification",
}

# EU credential type vocabulary (http://data.europa.eu/snb/credential/…): the "generic" type fits every kind above;
# a diploma issued by an accredited school would carry its accreditation instead, which the platform does not hold
ELM_GENERIC_CREDENTIAL = "http://data.europa.eu/snb/credential/e34929035b"


class StatusPurpose(models.TextChoices):
    REVOCATION = "revocation", _("Intrekking")


class KeyAction(models.TextChoices):
    """What happened to a partner issuer's public key (the audit of IssuerKeyEvent)."""

    ADDED = "added", _("Sleutel toegevoegd")
    ROTATED = "rotated", _("Nieuwe sleutel van het platform (rotatie)")
    WITHDRAWN = "withdrawn", _("Sleutel ingetrokken")
