from django.db import models
from django.utils.translation import gettext_lazy as _


class DistanceCategory(models.TextChoices):
    SHORT = "short", _("Korte afstand tot de arbeidsmarkt")
    MEDIUM = "medium", _("Middellange afstand tot de arbeidsmarkt")
    LONG = "long", _("Lange afstand tot de arbeidsmarkt")
    NOT_DEPLOYABLE = "not_deployable", _("Niet inzetbaar op de arbeidsmarkt (werk-zorg of welzijn eerst)")


class Competences(models.TextChoices):
    SUFFICIENT = "sufficient", _("Volstaan voor de gezochte jobs")
    PARTIAL = "partial", _("Volstaan gedeeltelijk")
    INSUFFICIENT = "insufficient", _("Volstaan niet")


class Motivation(models.TextChoices):
    HIGH = "high", _("Hoog")
    MODERATE = "moderate", _("Matig")
    LOW = "low", _("Laag")


class Problem(models.TextChoices):
    MEDICAL = "medical", _("Medisch")
    MENTAL = "mental", _("Mentaal")
    PSYCHOLOGICAL = "psychological", _("Psychisch")
    PSYCHIATRIC = "psychiatric", _("Psychiatrisch")
    SOCIAL = "social", _("Sociaal")
