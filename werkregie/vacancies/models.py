from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Contract(models.TextChoices):
    PERMANENT = "permanent", _("Vast contract")
    FIXED_TERM = "fixed_term", _("Tijdelijk contract")
    TEMPORARY = "temporary", _("Interim")
    STUDENT = "student", _("Studentenjob")
    APPRENTICESHIP = "apprenticeship", _("Duaal leren")


class Vacancy(models.Model):
    employer = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="vacancies")
    title = models.CharField(_("functie"), max_length=200)
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.PROTECT)
    open = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    occupation_uri = models.CharField(_("beroep (ESCO)"), max_length=200, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    hours_per_week = models.DecimalField(_("uren per week"), max_digits=4, decimal_places=1, default=38)
    contract = models.CharField(_("contract"), max_length=20, choices=Contract.choices, default=Contract.PERMANENT)
    driving_licence = models.CharField(_("vereist rijbewijs"), max_length=4, blank=True)
    monthly_wage = models.DecimalField(_("brutoloon per maand"), max_digits=8, decimal_places=2, null=True, blank=True)
    language_needs = models.JSONField(_("talen"), default=list, blank=True, help_text='[{"language": "nl", "level": "B1"}]')

    class Meta:
        verbose_name_plural = "vacancies"
        constraints = [
            models.CheckConstraint(condition=Q(hours_per_week__gt=0) & Q(hours_per_week__lte=60), name="vacancy_hours_range"),
            models.CheckConstraint(condition=Q(contract__in=Contract.values), name="vacancy_contract_known"),
            models.CheckConstraint(condition=Q(occupation_uri="") | Q(occupation_uri__startswith="http://data.europa.eu/esco/occupation/"),
                                   name="vacancy_occupation_esco_uri"),
        ]

    def __str__(self) -> str:
        return self.title


class VacancySkill(models.Model):
    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="skills")
    skill_uri = models.CharField(_("competentie (ESCO)"), max_length=200)
    essential = models.BooleanField(_("vereist"), default=True)
    certificate_required = models.BooleanField(_("wettelijk attest vereist"), default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "skill_uri"], name="vacancy_skill_unique"),
            models.CheckConstraint(condition=Q(skill_uri__startswith="http://data.europa.eu/esco/skill/"), name="vacancy_skill_esco_uri"),
        ]


class ApplicationOrigin(models.TextChoices):
    APPLIED = "applied", _("Gesolliciteerd")
    PROPOSED = "proposed", _("Voorgesteld door VDAB (met toestemming)")


class Application(models.Model):
    """A person applied to a vacancy, or was proposed for it with their consent: the only ground on which
    the employer sees that person."""

    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="applications")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="applications")
    origin = models.CharField(max_length=10, choices=ApplicationOrigin.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["vacancy", "person"], name="application_unique")]
