"""Cooperation agreements between the employment service and a municipality (OCMW) or a group of municipalities (a
wijk-werk organisation, an intermunicipal partnership): period, engagements with target figures on KPIs of the
catalogue (werkregie.kpis), contacts; and the municipality's referrals of leefloon clients to VDAB for screening and a
trajectory (the trajectory itself lives in werkregie.trajectories, the follow-up task in werkregie.worklist)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Direction(models.TextChoices):
    AT_LEAST = "at_least", _("minstens")
    AT_MOST = "at_most", _("hoogstens")


class CooperationAgreement(models.Model):
    title = models.CharField(_("titel"), max_length=200)
    partner_name = models.CharField(_("partner"), max_length=200, help_text=_("Het OCMW, de wijk-werkorganisatie of het samenwerkingsverband"))
    municipalities = models.ManyToManyField("geo.Municipality", related_name="cooperation_agreements", verbose_name=_("gemeenten"))
    start = models.DateField(_("begin"))
    end = models.DateField(_("einde"))
    notes = models.TextField(_("toelichting"), blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        verbose_name = _("samenwerkingsovereenkomst")
        verbose_name_plural = _("samenwerkingsovereenkomsten")
        ordering = ["-start", "title", "id"]
        constraints = [models.CheckConstraint(condition=Q(end__gte=F("start")), name="cooperation_end_after_start")]

    def __str__(self) -> str:
        return self.title


class Engagement(models.Model):
    """A target on one KPI of the catalogue: e.g. at least 80 % screened within 2 months by the end of the period."""

    agreement = models.ForeignKey(CooperationAgreement, on_delete=models.CASCADE, related_name="engagements")
    kpi = models.CharField(_("indicator"), max_length=40)
    direction = models.CharField(_("richting"), max_length=10, choices=Direction.choices, default=Direction.AT_LEAST)
    target = models.DecimalField(_("streefwaarde"), max_digits=12, decimal_places=2,
                                 help_text=_("Voor een aandeel een percentage (80 = 80 %), anders een aantal"))
    description = models.CharField(_("omschrijving"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("engagement")
        verbose_name_plural = _("engagementen")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(target__gte=0), name="engagement_target_not_negative"),
            models.UniqueConstraint(fields=["agreement", "kpi"], name="engagement_one_per_kpi"),
        ]


class Contact(models.Model):
    agreement = models.ForeignKey(CooperationAgreement, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("naam"), max_length=200)
    function = models.CharField(_("functie"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")
        ordering = ["name", "id"]


class Referral(models.Model):
    """A municipality worker refers a leefloon client to VDAB for screening and a trajectory; VDAB gets a worklist task."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="municipality_referrals")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="referrals")
    referred_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    referred_at = models.DateTimeField()
    note = models.TextField(_("toelichting voor VDAB"), max_length=2000)
    task_key = models.CharField(max_length=120)

    class Meta:
        verbose_name = _("doorverwijzing")
        verbose_name_plural = _("doorverwijzingen")
        ordering = ["-referred_at", "-id"]
        constraints = [models.CheckConstraint(condition=~Q(note=""), name="referral_has_note")]


class StepKind(models.TextChoices):
    INTAKE = "intake", _("Intake bij het OCMW")
    GPMI = "gpmi", _("Geïndividualiseerd project voor maatschappelijke integratie (GPMI)")
    TRAINING = "training", _("Opleiding betaald door het OCMW")
    ARTICLE_60 = "article_60", _("Tewerkstelling artikel 60 §7")
    GUIDANCE = "guidance", _("Maatschappelijke begeleiding")
    OTHER = "other", _("Andere stap")


class MunicipalStep(models.Model):
    """A step the municipality (OCMW) takes with one of its leefloon clients itself — an intake, a GPMI, a training it pays,
    an article-60 job — shown beside the client's trajectory steps at VDAB. Recorded and read by the municipality's own
    workers (each read logged); an edit names the version it changes."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="municipal_steps")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="municipal_steps")
    kind = models.CharField(_("soort stap"), max_length=20, choices=StepKind.choices)
    title = models.CharField(_("omschrijving"), max_length=200, blank=True)
    start = models.DateField(_("begin"))
    end = models.DateField(_("einde"), null=True, blank=True)
    note = models.TextField(_("toelichting"), max_length=2000, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField()
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("stap van de gemeente")
        verbose_name_plural = _("stappen van de gemeente")
        ordering = ["-start", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__isnull=True) | Q(end__gte=F("start")), name="municipal_step_end_after_start"),
            models.CheckConstraint(condition=Q(kind__in=StepKind.values), name="municipal_step_kind_known"),
        ]
        indexes = [models.Index(fields=["person", "organisation"], name="municipal_step_person")]
