"""Channels and states of a message."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    INBOX = "inbox", _("Berichtenbox op het platform")
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("Sms")
    EBOX = "ebox", _("eBox")
    REGISTERED = "registered", _("Aangetekende brief")
    PAPER = "paper", _("Brief")


# Channels that give legal proof of notification on their own (the inbox only with the consent for digital
# communication with legal proof, see channels.choose).
LEGAL_PROOF = frozenset({Channel.EBOX, Channel.REGISTERED})


class State(models.TextChoices):
    QUEUED = "queued", _("In de wachtrij")
    DISPATCHED = "dispatched", _("Verstuurd")
    DELIVERED = "delivered", _("Afgeleverd")
    OPENED = "opened", _("Geopend")
    FAILED = "failed", _("Mislukt")
    RETRYING = "retrying", _("Nieuwe poging gepland")
    FALLBACK_PAPER = "fallback_paper", _("Naar de printwachtrij (papier)")
