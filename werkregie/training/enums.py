"""Choices of the training catalogue."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProviderSector(models.TextChoices):
    PUBLIC = "public", _("Publiek")
    PRIVATE = "private", _("Privé")


class ProviderFamily(models.TextChoices):
    """What kind of public provider (private ones are all 'private')."""

    VDAB = "vdab", _("VDAB-competentiecentrum")
    SYNTRA = "syntra", _("Syntra")
    CVO = "cvo", _("Centrum voor Volwassenenonderwijs (CVO)")
    PRIVATE = "private", _("Private opleidingsverstrekker")


class Modality(models.TextChoices):
    CLASSROOM = "classroom", _("Klassikaal")
    ONLINE = "online", _("Online")
    DUAL = "dual", _("Duaal (leren en werken)")


class Financing(models.TextChoices):
    """Financing a course is recognised for. Whether a person may use it is decided by the rules (werkregie/rules:
    opleidingscheques_recht, vov_uren) and, for the learning account, by its balance."""

    LEARNING_ACCOUNT = "learning_account", _("Leer- en loopbaanrekening")
    CHEQUES = "opleidingscheques", _("Opleidingscheques")
    VOV = "vov", _("Vlaams opleidingsverlof")


EQF_LEVELS = range(1, 9)
