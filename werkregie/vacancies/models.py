from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkregie.workflows.models import WorkflowModel


class Contract(models.TextChoices):
    PERMANENT = "permanent", _("Vast contract")
    FIXED_TERM = "fixed_term", _("Tijdelijk contract")
    TEMPORARY = "temporary", _("Interim")
    STUDENT = "student", _("Studentenjob")
    APPRENTICESHIP = "apprenticeship", _("Duaal leren")


class VacancyState(models.TextChoices):
    DRAFT = "draft", _("Ontwerp")
    PUBLISHED = "published", _("Gepubliceerd")
    FILLED = "filled", _("Ingevuld")
    CLOSED = "closed", _("Afgesloten")
    EXPIRED = "expired", _("Verlopen")


class Vacancy(WorkflowModel):
    """A vacancy. Its lifecycle (draft, published, filled, closed, expired) is the declared table in workflows.py;
    `open` is true exactly while it is published (set by the same transition)."""

    workflow_name = "vacancy"

    # a default, so that rows made in bulk (the demo, imports) are valid: published, as `open` defaults to true
    state = models.CharField(_("toestand"), max_length=30, db_index=True, default="published")
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
    language_justification = models.CharField(_("waarom dit taalniveau nodig is"), max_length=500, blank=True)
    establishment = models.ForeignKey("organisations.EstablishmentUnit", null=True, blank=True, on_delete=models.SET_NULL, related_name="vacancies")

    class Meta:
        verbose_name_plural = "vacancies"
        constraints = [
            models.CheckConstraint(condition=Q(hours_per_week__gt=0) & Q(hours_per_week__lte=60), name="vacancy_hours_range"),
            models.CheckConstraint(condition=Q(contract__in=Contract.values), name="vacancy_contract_known"),
            models.CheckConstraint(condition=Q(occupation_uri="") | Q(occupation_uri__startswith="http://data.europa.eu/esco/occupation/"),
                                   name="vacancy_occupation_esco_uri"),
            models.CheckConstraint(condition=Q(open=False) | Q(state="published"), name="vacancy_open_only_when_published"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003 - Django signature
        # rows made outside the workflow (imports, the demo, older code) enter as published when open, else closed
        if not self.state:
            self.state = VacancyState.PUBLISHED if self.open else VacancyState.CLOSED
        super().save(*args, **kwargs)


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
    INVITED = "invited", _("Uitgenodigd door de werkgever (profiel nog niet gedeeld)")


class ApplicationState(models.TextChoices):
    PROPOSED = "proposed", _("Voorgesteld")
    INTERESTED = "interested", _("Interesse getoond")
    APPLIED = "applied", _("Gesolliciteerd")
    INTERVIEW = "interview", _("Uitgenodigd voor een gesprek")
    OFFER = "offer", _("Aanbod gedaan")
    HIRED = "hired", _("Aangeworven")
    REJECTED = "rejected", _("Niet weerhouden")
    WITHDRAWN = "withdrawn", _("Ingetrokken")


class Application(WorkflowModel):
    """A person applied to a vacancy, or was proposed for it with their consent: the only ground on which
    the employer sees that person. Its state moves only through the declared table in workflows.py."""

    workflow_name = "application"

    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="applications")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="applications")
    origin = models.CharField(max_length=10, choices=ApplicationOrigin.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "person"], name="application_unique"),
            models.CheckConstraint(condition=Q(state__in=ApplicationState.values), name="application_state_known"),
        ]

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003 - Django signature
        # rows made outside the workflow's create() (imports, older code) enter in the state their origin implies
        if not self.state:
            self.state = ApplicationState.PROPOSED if self.origin == ApplicationOrigin.PROPOSED else ApplicationState.APPLIED
        if self.state_since is None:  # …and have been in that state since they were made
            from werkregie.core import clock

            self.state_since = self.created_at or clock.now()
        super().save(*args, **kwargs)


class FeedbackReason(models.TextChoices):
    MISSING_SKILLS = "missing_skills", _("Ontbrekende competenties")
    LANGUAGE = "language", _("Taal")
    MOTIVATION = "motivation", _("Motivatie")
    NO_SHOW = "no_show", _("Niet komen opdagen")
    WAGE_HOURS = "wage_hours", _("Loon of uren")
    OTHER_HIRED = "other_hired", _("Iemand anders aangeworven")
    OTHER = "other", _("Andere reden")


class ApplicationFeedback(models.Model):
    """The employer's one-click feedback after an interview or a rejection: a reason code, the missing ESCO skills
    (from the vacancy's own list) and an optional note. Feeds the person's file, the counsellor's worklist and the
    skill-gap statistics."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="feedback")
    stage = models.CharField(max_length=30, choices=ApplicationState.choices)
    reason = models.CharField(_("reden"), max_length=20, choices=FeedbackReason.choices)
    missing_skills = models.JSONField(_("ontbrekende competenties"), default=list, blank=True)
    note = models.TextField(_("toelichting"), blank=True, max_length=1000)
    given_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    given_at = models.DateTimeField()

    class Meta:
        ordering = ["-given_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(reason__in=FeedbackReason.values), name="feedback_reason_known"),
        ]
