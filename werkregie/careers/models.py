"""Shared passport links, competence visas and EVC requests. Credentials themselves live in werkregie.credentials;
these rows keep the credential's identifier only. ESCO concepts are stored by URI and checked against the shipped
taxonomy when written (the use cases), as in matching."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkregie.matching.models import SkillSource
from werkregie.workflows.models import WorkflowModel

from .enums import DismissalKind, Evidence, Level, SkillResult

ESCO_SKILL = "http://data.europa.eu/esco/skill/"
ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/"


class PassportShare(models.Model):
    """A link to a selection of the person's credentials. Only the SHA-256 of the token is stored: whoever reads the
    database cannot open the link; the person sees the token once, when the link is made."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="passport_shares")
    label = models.CharField(_("voor wie"), max_length=120)
    token_hash = models.CharField(max_length=64, unique=True)
    credential_ids = models.JSONField(default=list)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    views = models.PositiveIntegerField(default=0)
    last_viewed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("gedeeld paspoort")
        verbose_name_plural = _("gedeelde paspoorten")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(expires_at__gt=models.F("created_at")), name="passport_share_expires_after_creation"),
            models.CheckConstraint(condition=~Q(label=""), name="passport_share_has_label"),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.person_id})"


class CompetenceVisa(models.Model):
    """A counsellor's assessment of a person's competences after a dismissal, issued as a `competence_visa` credential."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="competence_visas")
    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    dismissal = models.CharField(_("soort ontslag"), max_length=20, choices=DismissalKind.choices)
    former_employer = models.CharField(_("vorige werkgever"), max_length=200)
    dismissal_date = models.DateField(_("datum van het ontslag"))
    occupation_uri = models.CharField(_("laatste beroep (ESCO)"), max_length=200, blank=True)
    summary = models.TextField(_("samenvatting"), blank=True)
    issued_at = models.DateTimeField()
    credential_id = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("competentievisum")
        verbose_name_plural = _("competentievisa")
        ordering = ["-issued_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(dismissal__in=DismissalKind.values), name="visa_dismissal_known"),
            models.CheckConstraint(condition=Q(occupation_uri="") | Q(occupation_uri__startswith=ESCO_OCCUPATION), name="visa_occupation_esco_uri"),
        ]


class VisaSkill(models.Model):
    visa = models.ForeignKey(CompetenceVisa, on_delete=models.CASCADE, related_name="skills")
    skill_uri = models.CharField(max_length=200)
    level = models.CharField(max_length=20, choices=Level.choices)
    evidence = models.CharField(max_length=20, choices=Evidence.choices)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("competentie van een visum")
        verbose_name_plural = _("competenties van visa")
        constraints = [
            models.UniqueConstraint(fields=["visa", "skill_uri"], name="visa_skill_unique"),
            models.CheckConstraint(condition=Q(skill_uri__startswith=ESCO_SKILL), name="visa_skill_esco_uri"),
            models.CheckConstraint(condition=Q(level__in=Level.values), name="visa_skill_level_known"),
            models.CheckConstraint(condition=Q(evidence__in=Evidence.values), name="visa_skill_evidence_known"),
        ]


class EvcAccreditation(models.Model):
    """A partner organisation accredited (by an administrator) to assess EVC requests, for a period."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="evc_accreditations")
    valid_from = models.DateField()
    valid_until = models.DateField(null=True, blank=True)
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("EVC-erkenning")
        verbose_name_plural = _("EVC-erkenningen")
        constraints = [models.CheckConstraint(condition=Q(valid_until__isnull=True) | Q(valid_until__gte=models.F("valid_from")),
                                              name="evc_accreditation_period")]


class EvcRequest(WorkflowModel):
    """A person's request to have prior learning recognised: for an occupation (its essential skills) or a set of skills."""

    workflow_name = "evc"

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="evc_requests")
    occupation_uri = models.CharField(_("beroep (ESCO)"), max_length=200, blank=True)
    motivation = models.TextField(_("ervaring en motivatie"), blank=True)
    requested_at = models.DateTimeField()
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    assessor_organisation = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    planned_on = models.DateField(_("datum van de beoordeling"), null=True, blank=True)
    place = models.CharField(_("plaats"), max_length=200, blank=True)

    @property
    def state_label(self) -> str:
        """A certified request says how much was recognised ("Deels erkend: 5 van 8 competenties"): the workflow's
        "Erkend" beside the outcome "Deels erkend: 5 van 8" contradicted it (attack on issue 13)."""
        if self.state != "certified":
            return super().state_label
        from .use_cases.evc_outcome import label

        skills = list(self.skills.all())
        return label(sum(1 for s in skills if s.result == SkillResult.CERTIFIED), len(skills))[1]

    class Meta:
        verbose_name = _("EVC-aanvraag")
        verbose_name_plural = _("EVC-aanvragen")
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(occupation_uri="") | Q(occupation_uri__startswith=ESCO_OCCUPATION), name="evc_occupation_esco_uri"),
        ]


class EvcSkill(models.Model):
    request = models.ForeignKey(EvcRequest, on_delete=models.CASCADE, related_name="skills")
    skill_uri = models.CharField(max_length=200)
    result = models.CharField(max_length=20, choices=SkillResult.choices, default=SkillResult.PENDING)
    level = models.CharField(max_length=20, choices=Level.choices, blank=True)
    evidence = models.CharField(max_length=20, choices=Evidence.choices, blank=True)
    note = models.CharField(max_length=300, blank=True)
    credential_id = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("competentie van een EVC-aanvraag")
        verbose_name_plural = _("competenties van EVC-aanvragen")
        constraints = [
            models.UniqueConstraint(fields=["request", "skill_uri"], name="evc_skill_unique"),
            models.CheckConstraint(condition=Q(skill_uri__startswith=ESCO_SKILL), name="evc_skill_esco_uri"),
            models.CheckConstraint(condition=Q(result__in=SkillResult.values), name="evc_skill_result_known"),
            # a recognised skill has its level and evidence
            models.CheckConstraint(condition=~Q(result=SkillResult.CERTIFIED) | (~Q(level="") & ~Q(evidence="")), name="evc_certified_has_level"),
        ]


class CertifiedSkillOrigin(models.Model):
    """What a competence of the person's matching profile was before a digital proof first certified it: declared by
    the person, extracted from a CV, suggested (implied), or not in the profile at all (blank: the proof added it).
    When no valid proof certifies it any more (revoked, expired), it goes back to that source, or leaves the profile
    when the proof alone had put it there (careers.use_cases.profile). Found by the attack on issue 13: a revocation
    turned every un-certified skill into "Zelf opgegeven", a self-claim the person had never made — and a declared skill
    counts in matching and suitability."""

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="certified_skill_origins", verbose_name=_("persoon"))
    skill_uri = models.CharField(_("competentie (ESCO)"), max_length=200)
    previous_source = models.CharField(_("bron vóór de certificering"), max_length=10, blank=True, choices=SkillSource.choices,
                                       help_text=_("Leeg: de competentie stond niet in het profiel; het digitale bewijs voegde ze toe."))
    recorded_at = models.DateTimeField(_("geregistreerd op"))

    class Meta:
        verbose_name = _("bron van een gecertificeerde competentie")
        verbose_name_plural = _("bronnen van gecertificeerde competenties")
        constraints = [
            models.UniqueConstraint(fields=["person", "skill_uri"], name="certified_skill_origin_unique"),
            models.CheckConstraint(condition=Q(skill_uri__startswith=ESCO_SKILL), name="certified_skill_origin_esco_uri"),
            models.CheckConstraint(condition=~Q(previous_source=SkillSource.CERTIFIED), name="certified_skill_origin_not_certified"),
        ]
