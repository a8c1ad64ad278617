from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from werkregie.access.purposes import Purpose
from werkregie.core.identifiers import validate_insz
from werkregie.core.text import search_key

from .enums import Cefr, ChannelKind, ConsentPurpose, DigitalSkills, Isced, Sex, StatusKind


def name_key(value: str) -> str:
    """Lower case, without accents or punctuation: what name search compares (werkregie.core.text.search_key)."""
    return search_key(value)


class ActivePersonManager(models.Manager):
    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(merged_into__isnull=True)


class Person(models.Model):
    """Someone in the talent register, whatever their status (the status lives in episodes, never here)."""

    insz = models.CharField(_("INSZ"), max_length=11, unique=True, validators=[validate_insz])
    first_name = models.CharField(_("voornaam"), max_length=100)
    last_name = models.CharField(_("familienaam"), max_length=100)
    first_name_key = models.CharField(max_length=100, editable=False)
    last_name_key = models.CharField(max_length=100, editable=False)
    birth_date = models.DateField(_("geboortedatum"))
    sex = models.CharField(_("geslacht"), max_length=1, choices=Sex.choices, help_text=_("Enkel voor statistiek"))
    nationality = models.CharField(_("nationaliteit"), max_length=2, help_text=_("ISO 3166-1 alpha-2"))
    municipality = models.ForeignKey("geo.Municipality", on_delete=models.PROTECT, related_name="residents", verbose_name=_("gemeente"))
    postal_code = models.CharField(_("postcode"), max_length=4, blank=True)
    street = models.CharField(_("straat en nummer"), max_length=200, blank=True)
    education_level = models.PositiveSmallIntegerField(_("onderwijsniveau"), choices=Isced.choices, null=True, blank=True)
    driving_licences = models.JSONField(_("rijbewijzen"), default=list, blank=True)
    digital_skills = models.CharField(_("digitale vaardigheden"), max_length=20, choices=DigitalSkills.choices, blank=True)
    work_limitation = models.BooleanField(_("erkende arbeidsbeperking"), null=True, blank=True,
                                          help_text=_("Enkel voor statistiek, de fairness-audit en ondersteuningsmaatregelen; nooit een invoer van het screeningsmodel"))
    registered_on = models.DateField(_("ingeschreven op"))
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="caseload")
    team = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="caseload")
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_persons")
    # optimistic concurrency of the matching profile (skills, experience, desired occupations, preferences): the ETag of
    # GET …/profile, checked against If-Match (or the page's hidden version) and raised by one on every profile write
    profile_version = models.PositiveIntegerField(default=1, db_default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActivePersonManager()
    all_objects = models.Manager()

    class Meta:
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        base_manager_name = "all_objects"
        ordering = ["last_name_key", "first_name_key", "id"]
        indexes = [
            # partial: every query of the register skips merged duplicates, so counts can be answered from the index
            models.Index(fields=["last_name_key", "first_name_key", "id"], name="person_active_name", condition=Q(merged_into__isnull=True)),
            models.Index(fields=["first_name_key", "last_name_key", "id"], name="person_active_first_name", condition=Q(merged_into__isnull=True)),
            models.Index(fields=["birth_date", "last_name_key"], name="person_birth_name"),
            models.Index(fields=["counsellor", "last_name_key"], name="person_counsellor_name"),
            models.Index(fields=["team", "last_name_key"], name="person_team_name"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(insz__regex=r"^[0-9]{11}$"), name="person_insz_11_digits"),
            models.CheckConstraint(condition=Q(sex__in=["M", "F", "X"]), name="person_sex_valid"),
            models.CheckConstraint(condition=Q(education_level__isnull=True) | Q(education_level__lte=8), name="person_isced_0_8"),
            models.CheckConstraint(condition=~Q(merged_into=F("id")), name="person_not_merged_into_self"),
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003
        self.first_name_key = name_key(self.first_name)
        self.last_name_key = name_key(self.last_name)
        super().save(*args, **kwargs)


class StatusEpisode(models.Model):
    """A period in one status. A person has many, possibly overlapping (e.g. leefloon while a job seeker)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="episodes")
    kind = models.CharField(_("status"), max_length=30, choices=StatusKind.choices)
    start = models.DateField(_("begin"))
    end = models.DateField(_("einde"), null=True, blank=True)
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="episodes",
                                     help_text=_("Voor leefloon: de gemeente (OCMW) die het toekent"))
    source = models.CharField(_("bron"), max_length=50, default="vdab")

    class Meta:
        verbose_name = _("statusperiode")
        verbose_name_plural = _("statusperiodes")
        ordering = ["-start", "kind"]
        indexes = [
            models.Index(fields=["person", "kind", "start"], name="episode_person_kind"),
            models.Index(fields=["kind", "municipality", "end"], name="episode_kind_municipality"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(end__isnull=True) | Q(end__gte=F("start")), name="episode_end_after_start"),
            models.CheckConstraint(condition=~Q(kind="leefloon") | Q(municipality__isnull=False), name="leefloon_has_municipality"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.start}–{self.end or '…'}"


class PersonLanguage(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("taal"), max_length=3, help_text=_("ISO 639-1"))
    level = models.CharField(_("niveau (ERK)"), max_length=6, choices=Cefr.choices)

    class Meta:
        verbose_name = _("taalkennis")
        verbose_name_plural = _("taalkennis")
        ordering = ["language"]
        constraints = [models.UniqueConstraint(fields=["person", "language"], name="person_language_unique")]


class ContactChannel(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="contact_channels")
    kind = models.CharField(_("kanaal"), max_length=10, choices=ChannelKind.choices)
    value = models.CharField(_("adres of nummer"), max_length=200)
    preferred = models.BooleanField(_("voorkeur"), default=False)

    class Meta:
        verbose_name = _("contactkanaal")
        verbose_name_plural = _("contactkanalen")
        ordering = ["-preferred", "kind"]
        constraints = [models.UniqueConstraint(fields=["person", "kind", "value"], name="contact_channel_unique")]


class Consent(models.Model):
    """Consent for one purpose: when given, when withdrawn (never deleted, so the history stays)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("doel"), max_length=40, choices=ConsentPurpose.choices)
    given_at = models.DateTimeField(_("gegeven op"))
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    recorded_by = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")
        ordering = ["-given_at"]
        indexes = [models.Index(fields=["person", "purpose"], name="consent_person_purpose")]
        constraints = [
            models.CheckConstraint(condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=F("given_at")), name="consent_withdrawn_after_given"),
            # one active consent per person and purpose, whatever the number of parallel requests
            models.UniqueConstraint(fields=["person", "purpose"], condition=Q(withdrawn_at__isnull=True), name="consent_one_active_per_purpose"),
        ]


class PartnerLink(models.Model):
    """A partner's legal relation with a person (a mutuality's member on sick leave, a newcomer's integration
    trajectory, a trainee of a provider…): the only ground on which a partner may see that person."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="partner_links")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="person_links")
    purpose = models.CharField(max_length=40, choices=Purpose.choices)
    start = models.DateField()
    end = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("koppeling met een partner")
        verbose_name_plural = _("koppelingen met partners")
        indexes = [models.Index(fields=["organisation", "person"], name="partnerlink_org_person")]
        constraints = [
            models.CheckConstraint(condition=Q(end__isnull=True) | Q(end__gte=F("start")), name="partnerlink_end_after_start"),
            models.UniqueConstraint(fields=["person", "organisation", "purpose", "start"], name="partnerlink_unique"),
        ]


class MergeRecord(models.Model):
    """A merge of a duplicate into a surviving person; the duplicate's row stays (merged_into set)."""

    survivor = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="merges_received")
    merged = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="merges_given")
    merged_at = models.DateTimeField()
    merged_by = models.CharField(max_length=200)
    reason = models.CharField(max_length=200)
    snapshot = models.JSONField(help_text="The duplicate's own fields at the moment of the merge")

    class Meta:
        verbose_name = _("samenvoeging van dossiers")
        verbose_name_plural = _("samenvoegingen van dossiers")
