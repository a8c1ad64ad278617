from django.db import models
from django.utils.translation import gettext_lazy as _


class Unit(models.TextChoices):
    # Two units that never meet in one posting: euros of credit and vouchers, hours of Vlaams opleidingsverlof.
    EUR = "EUR", _("euro")
    HOUR = "HOUR", _("uur")


class AccountKind(models.TextChoices):
    PERSON = "person", _("Rekening van de persoon")
    FUNDING = "funding", _("Bron: jaarlijks leerkrediet (Vlaamse overheid)")
    VOUCHER_FUNDING = "voucher_funding", _("Bron: opleidingscheques, deel van de Vlaamse overheid")
    OWN_CONTRIBUTION = "own_contribution", _("Bron: eigen bijdrage voor opleidingscheques")
    RIGHTS = "rights", _("Bron: recht op Vlaams opleidingsverlof")
    RESERVED = "reserved", _("Gereserveerd voor geboekte opleidingen")
    SPENT = "spent", _("Besteed aan gevolgde opleidingen")
    EXPIRED = "expired", _("Vervallen")


# Sources hand out money or hours: their balance runs negative by design (minus what they gave). Every other account
# holds what was given to it and can never go below zero — a CHECK in the database.
SOURCE_KINDS = (AccountKind.FUNDING, AccountKind.VOUCHER_FUNDING, AccountKind.OWN_CONTRIBUTION, AccountKind.RIGHTS)


class PostingKind(models.TextChoices):
    CREDIT = "credit", _("Jaarlijks leerkrediet")
    VOUCHER = "voucher", _("Opleidingscheques")
    RIGHT = "right", _("Uren Vlaams opleidingsverlof")
    RESERVE = "reserve", _("Reservering voor een opleiding")
    SPEND = "spend", _("Besteed aan een opleiding")
    RELEASE = "release", _("Reservering vrijgegeven")
    EXPIRE = "expire", _("Vervallen tegoed")
    CORRECTION = "correction", _("Correctie")


class ReservationState(models.TextChoices):
    OPEN = "open", _("Gereserveerd")
    SPENT = "spent", _("Besteed")
    RELEASED = "released", _("Vrijgegeven")
