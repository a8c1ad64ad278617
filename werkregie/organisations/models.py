from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from werkregie.core.identifiers import compact_kbo, validate_kbo


class OrganisationKind(models.TextChoices):
    VDAB_OFFICE = "vdab_office", _("VDAB-kantoor")
    VDAB_TEAM = "vdab_team", _("VDAB-team")
    MUNICIPALITY = "municipality", _("Gemeente / OCMW")
    EMPLOYER = "employer", _("Werkgever")
    PARTNER = "partner", _("Partner")


class PartnerType(models.TextChoices):
    TRAINING_PROVIDER = "training_provider", _("Opleidingsverstrekker")
    LANGUAGE_PROVIDER = "language_provider", _("Taalaanbieder")
    SCHOOL = "school", _("School")
    INTEGRATION_AGENCY = "integration_agency", _("Agentschap Integratie en Inburgering")
    MUTUALITY = "mutuality", _("Ziekenfonds")
    REGIONAL_SERVICE = "regional_service", _("Andere gewestelijke dienst (Le Forem, Actiris, ADG)")
    PRIVATE_PLACEMENT = "private_placement", _("Private arbeidsbemiddelaar")
    SOCIAL_ECONOMY = "social_economy", _("Sociale-economiebedrijf")


class Organisation(models.Model):
    """Any organisation on the platform: VDAB offices and teams, municipalities (OCMW), employers, partners."""

    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    partner_type = models.CharField(max_length=30, choices=PartnerType.choices, blank=True)
    name = models.CharField(max_length=200)
    kbo_number = models.CharField(max_length=10, blank=True, validators=[validate_kbo], help_text=_("Ondernemingsnummer (KBO)"))
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="organisations")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(kind="employer") | ~models.Q(kbo_number=""), name="employer_has_kbo"),
            models.CheckConstraint(condition=~models.Q(kind="partner") | ~models.Q(partner_type=""), name="partner_has_type"),
            models.CheckConstraint(condition=~models.Q(kind="municipality") | models.Q(municipality__isnull=False), name="municipality_org_has_municipality"),
            models.UniqueConstraint(fields=["kbo_number"], condition=~models.Q(kbo_number=""), name="kbo_number_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003 - Django signature
        if self.kbo_number:
            self.kbo_number = compact_kbo(self.kbo_number)
        super().save(*args, **kwargs)
