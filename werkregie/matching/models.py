"""A person's matching profile (competences with their source, experience, desired occupations, preferences) and the
counsellor's decisions on a candidate list. ESCO concepts are stored by URI and checked against the shipped taxonomy
when written (the taxonomy is a file, not tables: one version for the whole platform)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .engine.geography import FOREIGN_REGIONS


class SkillSource(models.TextChoices):
    DECLARED = "declared", _("Zelf opgegeven")
    EXTRACTED = "extracted", _("Uit cv of tekst gehaald")
    CERTIFIED = "certified", _("Gecertificeerd")
    IMPLIED = "implied", _("Afgeleid, te bevestigen")  # a suggestion (issue 18 point 4): counts for nothing with consequences


# The sources a decision with consequences (suitability, sanctions) may rest on: never a suggestion not yet confirmed.
COUNTING_SOURCES = frozenset(SkillSource.values) - {SkillSource.IMPLIED}


class PersonSkill(models.Model):
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="skills")
    skill_uri = models.CharField(_("competentie (ESCO)"), max_length=200)
    source = models.CharField(_("bron"), max_length=10, choices=SkillSource.choices)
    added_at = models.DateTimeField(_("toegevoegd op"))
    # who confirmed a suggestion (source implied → declared) and when; empty for skills that never were one
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("bevestigd door"))
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("competentie van een persoon")
        verbose_name_plural = _("competenties van personen")
        constraints = [
            models.UniqueConstraint(fields=["person", "skill_uri"], name="person_skill_unique"),
            models.CheckConstraint(condition=Q(source__in=SkillSource.values), name="person_skill_source_known"),
            models.CheckConstraint(condition=Q(skill_uri__startswith="http://data.europa.eu/esco/skill/"), name="person_skill_esco_uri"),
            models.CheckConstraint(condition=Q(confirmed_at__isnull=True) | ~Q(source=SkillSource.IMPLIED), name="person_skill_confirmed_not_implied"),
        ]


class RejectedSkill(models.Model):
    """A suggestion the person or a counsellor rejected: removed from the profile and never suggested again."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="rejected_skills")
    skill_uri = models.CharField(_("competentie (ESCO)"), max_length=200)
    rejected_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("afgewezen door"))
    rejected_at = models.DateTimeField(_("afgewezen op"))

    class Meta:
        verbose_name = _("afgewezen suggestie")
        verbose_name_plural = _("afgewezen suggesties")
        constraints = [models.UniqueConstraint(fields=["person", "skill_uri"], name="rejected_skill_unique")]


class PersonExperience(models.Model):
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="experience")
    occupation_uri = models.CharField(_("beroep (ESCO)"), max_length=200)
    years = models.DecimalField(_("jaren"), max_digits=3, decimal_places=1)

    class Meta:
        verbose_name = _("werkervaring")
        verbose_name_plural = _("werkervaringen")
        constraints = [
            models.UniqueConstraint(fields=["person", "occupation_uri"], name="person_experience_unique"),
            models.CheckConstraint(condition=Q(years__gte=0) & Q(years__lte=60), name="person_experience_years_range"),
            models.CheckConstraint(condition=Q(occupation_uri__startswith="http://data.europa.eu/esco/occupation/"), name="person_experience_esco_uri"),
        ]


class DesiredOccupation(models.Model):
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="desired_occupations")
    occupation_uri = models.CharField(_("gewenst beroep (ESCO)"), max_length=200)

    class Meta:
        verbose_name = _("gewenst beroep")
        verbose_name_plural = _("gewenste beroepen")
        constraints = [
            models.UniqueConstraint(fields=["person", "occupation_uri"], name="desired_occupation_unique"),
            models.CheckConstraint(condition=Q(occupation_uri__startswith="http://data.europa.eu/esco/occupation/"), name="desired_occupation_esco_uri"),
        ]


FOREIGN_REGION_CHOICES = [(code, name) for code, _country, name, *_rest in FOREIGN_REGIONS]


class MatchingPreferences(models.Model):
    person = models.OneToOneField("people.Person", on_delete=models.CASCADE, related_name="matching_preferences")
    max_commute_km = models.PositiveSmallIntegerField(_("maximale woon-werkafstand (km)"), default=40)
    hours_min = models.PositiveSmallIntegerField(_("minimum uren per week"), default=0)
    hours_max = models.PositiveSmallIntegerField(_("maximum uren per week"), default=40)
    relocate = models.BooleanField(_("bereid te verhuizen"), default=False)
    residence_abroad = models.CharField(_("woonplaats in het buitenland"), max_length=10, blank=True, choices=FOREIGN_REGION_CHOICES,
                                        help_text=_("Enkel voor wie in het buitenland woont (grensarbeid, EURES)"))

    class Meta:
        verbose_name = _("zoekvoorkeuren")
        verbose_name_plural = _("zoekvoorkeuren")
        constraints = [
            models.CheckConstraint(condition=Q(max_commute_km__gte=1) & Q(max_commute_km__lte=300), name="preferences_commute_range"),
            models.CheckConstraint(condition=Q(hours_min__lte=models.F("hours_max")) & Q(hours_max__lte=60), name="preferences_hours_range"),
        ]


class DecisionKind(models.TextChoices):
    EXCLUDE = "exclude", _("Uitgesloten")
    PIN = "pin", _("Vastgepind")


class MatchDecision(models.Model):
    """A counsellor keeps a person on (pin) or off (exclude) a vacancy's candidate list, with a reason."""

    vacancy = models.ForeignKey("vacancies.Vacancy", on_delete=models.CASCADE, related_name="match_decisions")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="match_decisions")
    kind = models.CharField(max_length=10, choices=DecisionKind.choices)
    reason = models.CharField(_("reden"), max_length=300)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField()

    class Meta:
        verbose_name = _("beslissing over een kandidaat")
        verbose_name_plural = _("beslissingen over kandidaten")
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "person"], name="match_decision_unique"),
            models.CheckConstraint(condition=Q(kind__in=DecisionKind.values), name="match_decision_kind_known"),
            models.CheckConstraint(condition=~Q(reason=""), name="match_decision_reason_given"),
        ]


class ChangeKind(models.TextChoices):
    PERSON = "person", _("Persoon")
    VACANCY = "vacancy", _("Vacature")
    ALL = "all", _("Alles")


class IndexChange(models.Model):
    """The change log of what the match index is built from: one row per changed person or vacancy, written in the
    same transaction as the change (signals.py). Each process applies the rows after the last one it has seen to its
    index (platform.py); `all` (bulk loads) asks for a full rebuild."""

    kind = models.CharField(max_length=8, choices=ChangeKind.choices)
    object_id = models.BigIntegerField(null=True)
    at = models.DateTimeField()

    class Meta:
        verbose_name = _("wijziging voor de matchingindex")
        verbose_name_plural = _("wijzigingen voor de matchingindex")
        constraints = [models.CheckConstraint(condition=Q(kind__in=ChangeKind.values), name="index_change_kind_known")]
        indexes = [models.Index(fields=["at"], name="index_change_at")]


class NightlyMatches(models.Model):
    """The nightly batch's result for one job seeker and one day: the top vacancies as a list of
    {"id", "score", "ring", "distance_km"} (written per partition by platform.write_nightly, idempotently)."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    vacancies = models.JSONField(default=list)

    class Meta:
        verbose_name = _("nachtelijke matchingresultaten")
        verbose_name_plural = _("nachtelijke matchingresultaten")
        constraints = [models.UniqueConstraint(fields=["day", "person"], name="nightly_matches_day_person_unique")]
