"""Levels, results and evidence of assessed competences (competence visa and EVC)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """How well the person masters a competence (the four steps VDAB's competence check uses)."""

    BASIC = "basic", _("Basis: voert uit onder begeleiding")
    INDEPENDENT = "independent", _("Zelfstandig: voert zelfstandig uit")
    ADVANCED = "advanced", _("Gevorderd: lost ook ongewone situaties op")
    EXPERT = "expert", _("Expert: kan anderen opleiden")


class Evidence(models.TextChoices):
    OBSERVATION = "observation", _("Observatie op de werkvloer")
    PORTFOLIO = "portfolio", _("Portfolio of eerder werk")
    INTERVIEW = "interview", _("Criteriumgericht interview")
    TEST = "test", _("Praktijkproef of test")
    EMPLOYER = "employer", _("Getuigschrift van de werkgever")


class SkillResult(models.TextChoices):
    PENDING = "pending", _("Nog te beoordelen")
    CERTIFIED = "certified", _("Erkend")
    NOT_YET = "not_yet", _("Nog niet erkend")


class DismissalKind(models.TextChoices):
    COLLECTIVE = "collective", _("Collectief ontslag (herstructurering of sluiting)")
    INDIVIDUAL = "individual", _("Individueel ontslag")
