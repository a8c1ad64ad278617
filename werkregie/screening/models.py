"""Screening: the trained models (versioned, with their audit), the scores of job seekers and the counsellors'
assessments. An assessment keeps what the model and the rules proposed beside what the counsellor decided, so every
override is visible and counted."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from werkregie.people.enums import Cefr, DigitalSkills

from .enums import Competences, DistanceCategory, Motivation


class ScreeningModel(models.Model):
    """One trained model for one horizon (6 or 12 months). Only the platform writes the artifact."""

    version = models.CharField(max_length=40, unique=True)
    horizon_months = models.PositiveSmallIntegerField()
    trained_at = models.DateTimeField()
    data_start = models.DateField(help_text="First reference date of the cases learnt from")
    data_end = models.DateField(help_text="Last reference date of the cases learnt from")
    cases = models.PositiveIntegerField()
    features = models.JSONField(help_text="{'numeric': [...], 'categorical': [...]}")
    metrics = models.JSONField(help_text="Measured on the later cases (time-based holdout)")
    audit = models.JSONField(help_text="Fairness audit on the later cases: groups, ratios, policy, curves, proxy check")
    score_histogram = models.JSONField(help_text="Share of holdout chances of work per tenth: the reference for drift")
    active = models.BooleanField(default=False)
    artifact = models.BinaryField()

    class Meta:
        verbose_name = _("screeningsmodel")
        verbose_name_plural = _("screeningsmodellen")
        ordering = ["-trained_at"]
        constraints = [
            models.CheckConstraint(condition=Q(horizon_months__in=[6, 12]), name="screening_model_horizon_6_or_12"),
            models.CheckConstraint(condition=Q(data_end__gte=F("data_start")), name="screening_model_period_ordered"),
            models.UniqueConstraint(fields=["horizon_months"], condition=Q(active=True), name="screening_one_active_model_per_horizon"),
        ]

    def __str__(self) -> str:
        return f"{self.version} ({self.horizon_months} m)"


class Score(models.Model):
    """A job seeker's chance of at least 28 days of work within 6 and 12 months on a date, with its explanation."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="screening_scores")
    model = models.ForeignKey(ScreeningModel, on_delete=models.PROTECT, related_name="scores", help_text="The 6-month model")
    model_12m = models.ForeignKey(ScreeningModel, null=True, on_delete=models.PROTECT, related_name="scores_12m")
    reference_date = models.DateField()
    chance_6m = models.FloatField()
    chance_12m = models.FloatField(null=True)
    factors = models.JSONField(default=list, help_text="[{feature, label, effect}] in percentage points")
    changes = models.JSONField(default=list, help_text="[{feature, action, gain}] in percentage points")
    inputs = models.JSONField(default=dict, help_text="The model's inputs for this score (never a protected attribute)")
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        ordering = ["-reference_date", "-id"]
        indexes = [models.Index(fields=["person", "-reference_date"], name="score_person_latest")]
        constraints = [
            models.UniqueConstraint(fields=["person", "model", "reference_date"], name="score_once_per_model_and_day"),
            models.CheckConstraint(condition=Q(chance_6m__gte=0, chance_6m__lte=1), name="score_chance_6m_probability"),
            models.CheckConstraint(condition=Q(chance_12m__isnull=True) | Q(chance_12m__gte=0, chance_12m__lte=1), name="score_chance_12m_probability"),
        ]


class Assessment(models.Model):
    """The counsellor's structured assessment and its result."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="screening_assessments")
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="screening_assessments")
    assessed_at = models.DateTimeField()
    score = models.ForeignKey(Score, null=True, blank=True, on_delete=models.SET_NULL, related_name="assessments")
    chance_6m = models.FloatField(null=True, blank=True, help_text="The model's chance used (kept if the score is deleted)")
    competences = models.CharField(_("competenties"), max_length=20, choices=Competences.choices)
    competences_note = models.TextField(_("toelichting competenties"), blank=True, max_length=2000)
    dutch_level = models.CharField(_("niveau Nederlands (ERK)"), max_length=6, choices=Cefr.choices)
    digital_skills = models.CharField(_("digitale vaardigheden"), max_length=20, choices=DigitalSkills.choices)
    problems = models.JSONField(_("aanwijzingen van problemen (MMPPS)"), default=list, blank=True)
    childcare_barrier = models.BooleanField(_("kinderopvang is een drempel"), default=False)
    mobility_barrier = models.BooleanField(_("mobiliteit is een drempel"), default=False)
    motivation = models.CharField(_("motivatie"), max_length=10, choices=Motivation.choices)
    not_deployable = models.BooleanField(_("werk is nu niet mogelijk"), default=False)
    proposed_category = models.CharField(max_length=20, choices=DistanceCategory.choices)
    proposed_self_reliant = models.BooleanField()
    reasons = models.JSONField(default=list)
    category = models.CharField(_("afstand tot de arbeidsmarkt"), max_length=20, choices=DistanceCategory.choices)
    self_reliant = models.BooleanField(_("zelfredzaam"))
    overridden = models.BooleanField(default=False)
    override_reason = models.TextField(_("reden van afwijking"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("beoordeling")
        verbose_name_plural = _("beoordelingen")
        ordering = ["-assessed_at", "-id"]
        indexes = [models.Index(fields=["person", "-assessed_at"], name="assessment_person_latest"),
                   models.Index(fields=["counsellor", "overridden"], name="assessment_counsellor")]
        constraints = [
            # an override is exactly a decision that differs from the proposal, and it always has a reason
            models.CheckConstraint(
                condition=Q(overridden=False, category=F("proposed_category"), self_reliant=F("proposed_self_reliant"))
                | (Q(overridden=True) & ~(Q(category=F("proposed_category")) & Q(self_reliant=F("proposed_self_reliant")))),
                name="assessment_overridden_iff_differs"),
            models.CheckConstraint(condition=Q(overridden=False) | ~Q(override_reason=""), name="assessment_override_has_reason"),
            models.CheckConstraint(condition=Q(self_reliant=False) | ~Q(category="not_deployable"), name="assessment_not_deployable_not_self_reliant"),
        ]
