from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkregie.core.identifiers import compact_kbo, validate_kbo
from werkregie.workflows.models import WorkflowModel

from .represented import normalise_sectors, validate_sectors
from .validators import compact_establishment, validate_establishment, validate_nace


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
    # an employers' sector organisation (a sectoral training fund: Constructiv, Cevora, Alimento, Agoria, Volta): sees
    # the aggregated figures of the sector(s) it represents (Organisation.sectors), never a person (sector_gate)
    SECTOR_ORGANISATION = "sector_organisation", _("Sectororganisatie")


class Organisation(models.Model):
    """Any organisation on the platform: VDAB offices and teams, municipalities (OCMW), employers, partners."""

    kind = models.CharField(max_length=20, choices=OrganisationKind.choices, verbose_name=_("soort"))
    partner_type = models.CharField(max_length=30, choices=PartnerType.choices, blank=True, verbose_name=_("soort partner"))
    name = models.CharField(max_length=200, verbose_name=_("naam"))
    kbo_number = models.CharField(max_length=10, blank=True, validators=[validate_kbo], help_text=_("Ondernemingsnummer (KBO)"), verbose_name=_("ondernemingsnummer"))
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children", verbose_name=_("hoofdorganisatie"))
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="organisations", verbose_name=_("gemeente"))
    nace_code = models.CharField(_("sector (NACE-BEL)"), max_length=6, blank=True, validators=[validate_nace],
                                 help_text=_("Hoofdactiviteit van de werkgever, bv. 41.201"))
    # a sector organisation's NACE-BEL sections (a letter) or divisions (two digits), comma-separated, none inside another
    sectors = models.CharField(_("vertegenwoordigde sectoren (NACE-BEL)"), max_length=100, blank=True, validators=[validate_sectors],
                               help_text=_("Alleen voor een sectororganisatie: NACE-secties (een letter, bv. F) of -afdelingen (twee "
                                           "cijfers, bv. 28), gescheiden door komma's"))
    # an employer's default for its new vacancies (issue 12): the intake starts from it, the vacancy's own choice
    # (Vacancy.ring_offer) overrides it; set by the employer's administrator (use_cases.set_ring_offer_default)
    ring_offer_default = models.BooleanField(_("vacatures standaard ook buiten Vlaanderen aanbieden"), default=True,
                                             help_text=_("Nieuwe vacatures worden aangeboden aan de andere gewesten, de grensregio's en EURES "
                                                         "als ze na enkele dagen nog open zijn; per vacature te wijzigen"))
    # where people meet this organisation (a VDAB office): printed on invitations and convocations for a meeting at
    # the office, and in their calendar file; a team uses its office's (Organisation.visiting_address_or_office)
    visiting_address = models.CharField(_("bezoekadres"), max_length=300, blank=True,
                                        help_text=_("Straat en nummer, postcode en gemeente, zoals op een uitnodiging"))
    # an employer registered by a user's request for access (self-registration), and when that registration was
    # refused: a refused one is no usable employer (use_cases.decide; USABLE_EMPLOYER) until someone asks again
    self_registered = models.BooleanField(_("geregistreerd via een aanvraag"), default=False)
    refused_at = models.DateTimeField(_("registratie geweigerd op"), null=True, blank=True)
    # optimistic concurrency of the employer's settings (the same rule as WorkflowModel.version)
    version = models.PositiveIntegerField(_("versie"), default=1)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("aangemaakt op"))

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(kind="employer") | ~models.Q(kbo_number=""), name="employer_has_kbo"),
            models.CheckConstraint(condition=~models.Q(kind="partner") | ~models.Q(partner_type=""), name="partner_has_type"),
            models.CheckConstraint(condition=~models.Q(kind="municipality") | models.Q(municipality__isnull=False), name="municipality_org_has_municipality"),
            models.CheckConstraint(condition=~models.Q(kind="partner", partner_type="sector_organisation") | ~models.Q(sectors=""),
                                   name="sector_organisation_has_sectors"),
            models.UniqueConstraint(fields=["kbo_number"], condition=~models.Q(kbo_number=""), name="kbo_number_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def visiting_address_or_office(self) -> str:
        """Its own visiting address, else its office's (a team sits in its parent office); "" when neither is known."""
        if self.visiting_address:
            return self.visiting_address
        return self.parent.visiting_address if self.parent_id else ""

    def region_served(self) -> str:
        """The reference region a VDAB office serves (it is named "VDAB <region>"), or the office's of a team; "" for
        any other organisation."""
        office = self if self.kind == OrganisationKind.VDAB_OFFICE else self.parent if self.parent_id else None
        if office is None or office.kind != OrganisationKind.VDAB_OFFICE or not office.name.startswith("VDAB "):
            return ""
        return office.name.removeprefix("VDAB ")

    @property
    def is_sector_organisation(self) -> bool:
        return self.kind == OrganisationKind.PARTNER and self.partner_type == PartnerType.SECTOR_ORGANISATION

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        super().clean()
        if self.is_sector_organisation and not self.sectors.strip():
            raise ValidationError({"sectors": _("Een sectororganisatie vertegenwoordigt minstens één sector (bv. F voor de bouw).")})
        if self.sectors.strip() and not self.is_sector_organisation:
            raise ValidationError({"sectors": _("Alleen een sectororganisatie (een partner) vertegenwoordigt sectoren.")})

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003 - Django signature
        if self.kbo_number:
            self.kbo_number = compact_kbo(self.kbo_number)
        self.sectors = normalise_sectors(self.sectors)
        super().save(*args, **kwargs)


# an employer that may be used: not one whose self-registration was refused
USABLE_EMPLOYER = Q(kind=OrganisationKind.EMPLOYER, refused_at__isnull=True)


class EstablishmentUnit(models.Model):
    """A vestigingseenheid of an employer: its own KBO establishment number, address and municipality."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="establishments")
    number = models.CharField(_("vestigingsnummer"), max_length=10, unique=True, validators=[validate_establishment])
    name = models.CharField(_("naam"), max_length=200)
    street = models.CharField(_("straat en nummer"), max_length=200)
    postal_code = models.CharField(_("postcode"), max_length=4)
    municipality = models.ForeignKey("geo.Municipality", on_delete=models.PROTECT, related_name="establishments", verbose_name=_("gemeente"))

    class Meta:
        ordering = ["organisation", "name"]
        verbose_name = _("vestigingseenheid")
        verbose_name_plural = _("vestigingseenheden")
        constraints = [models.CheckConstraint(condition=Q(number__regex=r"^[2-8][0-9]{9}$"), name="establishment_number_format")]

    def __str__(self) -> str:
        return f"{self.name} ({self.number})"

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003 - Django signature
        self.number = compact_establishment(self.number)
        super().save(*args, **kwargs)


class EmployerRole(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Beheerder van de werkgever")
    RECRUITER = "recruiter", _("Rekruteerder")


class MembershipState(models.TextChoices):
    REQUESTED = "requested", _("Aangevraagd")
    CONFIRMED = "confirmed", _("Bevestigd")
    REFUSED = "refused", _("Geweigerd")
    REVOKED = "revoked", _("Ingetrokken")


ACTIVE_MEMBERSHIP = [MembershipState.REQUESTED, MembershipState.CONFIRMED]


class EmployerMembership(WorkflowModel):
    """A user's place inside an employer, with their own role there. Asked by the user (self-registration after the
    login), confirmed by the employer's administrator, or for the first administrator by a VDAB administrator. Only a
    confirmed membership gives access to the employer's side of the platform."""

    workflow_name = "employer_membership"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("rol bij de werkgever"), max_length=20, choices=EmployerRole.choices)
    requested_at = models.DateTimeField()
    note = models.CharField(_("toelichting"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("lidmaatschap bij een werkgever")
        verbose_name_plural = _("lidmaatschappen bij werkgevers")
        ordering = ["organisation", "state", "requested_at"]
        constraints = [
            models.UniqueConstraint(fields=["user"], condition=Q(state__in=["requested", "confirmed"]), name="one_active_membership_per_user"),
            models.CheckConstraint(condition=Q(role__in=["administrator", "recruiter"]), name="membership_role_known"),
            models.CheckConstraint(condition=Q(state__in=["requested", "confirmed", "refused", "revoked"]), name="membership_state_known"),
        ]

    def person_for_log(self) -> int | None:
        return None
