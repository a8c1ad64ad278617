from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Vacancy(models.Model):
    employer = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="vacancies")
    title = models.CharField(_("functie"), max_length=200)
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.PROTECT)
    open = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "vacancies"

    def __str__(self) -> str:
        return self.title


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
