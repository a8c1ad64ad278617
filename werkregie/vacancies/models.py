from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkregie.core import clock
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
    employer = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="vacancies", verbose_name=_("werkgever"))
    title = models.CharField(_("functie"), max_length=200)
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.PROTECT, verbose_name=_("gemeente"))
    open = models.BooleanField(default=True, verbose_name=_("staat open"))
    # the injected clock, as everywhere: a vacancy made while the clock travels is posted on that day (its datePosted)
    created_at = models.DateTimeField(default=clock.now, editable=False, verbose_name=_("aangemaakt op"))
    occupation_uri = models.CharField(_("beroep (ESCO)"), max_length=200, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    hours_per_week = models.DecimalField(_("uren per week"), max_digits=4, decimal_places=1, default=38)
    contract = models.CharField(_("contract"), max_length=20, choices=Contract.choices, default=Contract.PERMANENT)
    driving_licence = models.CharField(_("vereist rijbewijs"), max_length=4, blank=True)
    monthly_wage = models.DecimalField(_("brutoloon per maand"), max_digits=8, decimal_places=2, null=True, blank=True)
    language_needs = models.JSONField(_("talen"), default=list, blank=True, help_text='[{"language": "nl", "level": "B1"}]')
    wording_flags = models.JSONField(_("woordkeuze die kan discrimineren"), default=list, blank=True, editable=False,
                                     help_text=_("bij een ingevoerde vacature: de treffers van de woordcontrole, getoond aan de werkgever en VDAB"))
    language_justification = models.CharField(_("waarom dit taalniveau nodig is"), max_length=500, blank=True)
    # the language the title and description are written in (the intake's page language, an import's inLanguage): a
    # page in another language marks them lang="…" with the language mark (WCAG 3.1.2; walk of stop 39)
    text_language = models.CharField(_("taal van de vacaturetekst"), max_length=2, default="nl", choices=[("nl", "Nederlands"), ("fr", "Français"),
                                                                                                      ("en", "English"), ("de", "Deutsch")])
    establishment = models.ForeignKey("organisations.EstablishmentUnit", null=True, blank=True, on_delete=models.SET_NULL, related_name="vacancies", verbose_name=_("vestigingseenheid"))
    # the public search's text: title, description, occupation labels (nl/fr/en) and place, lower-case without accents
    # (search.py); on PostgreSQL a stored tsvector of it, GIN-indexed (migrations 0006, 0009)
    search_text = models.TextField(blank=True, default="", editable=False, verbose_name=_("zoektekst"))
    # the exchange (issue 12 point 6): a vacancy imported from a partner is known by (source, source id)
    source = models.CharField(_("bron"), max_length=40, blank=True, default="")
    source_id = models.CharField(_("nummer bij de bron"), max_length=100, blank=True, default="")
    # the exchange's feed of changes (GET /api/v1/vacancies/feed?since=): set at every save and by the import
    updated_at = models.DateTimeField(_("laatst gewijzigd"), null=True, blank=True, editable=False)
    # the employer's choice (issue 12): false keeps the vacancy out of the ring offer (rings.py: the other regions, the
    # border regions, EURES) and out of the exchange's feed; what was delivered before is withdrawn at the destination
    ring_offer = models.BooleanField(_("ook aanbieden buiten Vlaanderen"), default=True,
                                     help_text=_("Aan de andere gewesten, de grensregio's en EURES als de vacature na enkele dagen nog open is"))
    # when the employer last took the vacancy out of the exchange after it stood in the feed (rings.set_ring_offer): from
    # then on the feed shows a tombstone for it (feed.py), so that a partner that read it closes its copy
    left_exchange_at = models.DateTimeField(_("uit de uitwisseling gehaald op"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("vacature")
        verbose_name_plural = _("vacatures")
        constraints = [
            models.CheckConstraint(condition=Q(hours_per_week__gt=0) & Q(hours_per_week__lte=60), name="vacancy_hours_range"),
            models.CheckConstraint(condition=Q(contract__in=Contract.values), name="vacancy_contract_known"),
            models.CheckConstraint(condition=Q(occupation_uri="") | Q(occupation_uri__startswith="http://data.europa.eu/esco/occupation/"),
                                   name="vacancy_occupation_esco_uri"),
            models.CheckConstraint(condition=Q(open=False) | Q(state="published"), name="vacancy_open_only_when_published"),
            models.UniqueConstraint(fields=["source", "source_id"], condition=~Q(source=""), name="vacancy_source_id_unique"),
            models.CheckConstraint(condition=Q(source="") | ~Q(source_id=""), name="vacancy_source_has_id"),
        ]
        indexes = [models.Index(fields=["open", "-created_at", "-id"], name="vacancy_open_newest_id"),  # the search's order, ties included
                   models.Index(fields=["updated_at", "id"], name="vacancy_feed"),
                   # the search's filters over open vacancies, every column a filter reads: the count of a search without
                   # words (up to 10,001) is an index-only scan instead of a visit to thousands of rows (migration 0018)
                   models.Index(fields=["municipality", "contract", "hours_per_week", "occupation_uri"], condition=Q(open=True),
                                name="vacancy_open_filters")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003 - Django signature
        # rows made outside the workflow (imports, the demo, older code) enter as published when open, else closed
        if not self.state:
            self.state = VacancyState.PUBLISHED if self.open else VacancyState.CLOSED
        from werkregie.core import clock

        self.updated_at = clock.now()
        extra = {"updated_at"}
        if self.municipality_id or self.title:  # the public search reads this column (bulk rows: search.reindex)
            from .search import text_of

            self.search_text = text_of(self)
            extra.add("search_text")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *extra}
        super().save(*args, **kwargs)


class VacancySkill(models.Model):
    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="skills")
    skill_uri = models.CharField(_("competentie (ESCO)"), max_length=200)
    essential = models.BooleanField(_("vereist"), default=True)
    certificate_required = models.BooleanField(_("wettelijk attest vereist"), default=False)

    class Meta:
        verbose_name = _("gevraagde competentie")
        verbose_name_plural = _("gevraagde competenties")
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "skill_uri"], name="vacancy_skill_unique"),
            models.CheckConstraint(condition=Q(skill_uri__startswith="http://data.europa.eu/esco/skill/"), name="vacancy_skill_esco_uri"),
        ]


class ApplicationOrigin(models.TextChoices):
    APPLIED = "applied", _("Gesolliciteerd")
    PROPOSED = "proposed", _("Voorgesteld door VDAB (met toestemming)")
    INVITED = "invited", _("Uitgenodigd door de werkgever (profiel nog niet gedeeld)")


class AgreementHow(models.TextChoices):
    """How the person told the counsellor they agree to a referral (read inside a sentence: "… akkoord op 03/12/2026
    (telefonisch)"), hence lower case."""

    CONVERSATION = "conversation", _("in een gesprek")
    PHONE = "phone", _("telefonisch")
    MESSAGE = "message", _("per bericht (e-mail, sms of het platform)")


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
    # the person's consent (on the vacancy page) that this employer sees which hiring measures the hire brings: the
    # effect only (qualifies, amount), never the register's facts behind it (statuses, months without work, age)
    measures_shared_at = models.DateTimeField(_("aanwervingssteun gedeeld op"), null=True, blank=True)
    # a counsellor's referral (issue 12 point 3): the person's agreement, as the counsellor recorded it in the same step
    # (how and on which day the person agreed, who recorded it and when). The ground on which the employer sees the
    # person; shown to the person, the counsellor and (while it is its ground) the employer. Empty for one's own application.
    agreement_how = models.CharField(_("hoe de persoon akkoord ging"), max_length=20, choices=AgreementHow.choices, blank=True, default="")
    agreement_on = models.DateField(_("akkoord van de persoon op"), null=True, blank=True)
    agreement_recorded_by = models.CharField(_("akkoord geregistreerd door"), max_length=200, blank=True, default="")
    agreement_recorded_at = models.DateTimeField(_("akkoord geregistreerd op"), null=True, blank=True)
    # what the employer was shown of the person when the application ended (hired or not retained: applicants.ENDED),
    # taken in the ending transition (entering): from then on the employer reads this, never the person's live profile,
    # which may change for other employers; a rejected one's only until the retention period ends (applicants.retained).
    # {} when the application was no ground to see the person at its end (nothing was shared); null before the end.
    shared_at_end = models.JSONField(_("gedeeld met de werkgever bij het einde"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("sollicitatie")
        verbose_name_plural = _("sollicitaties")
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "person"], name="application_unique"),
            models.CheckConstraint(condition=Q(state__in=ApplicationState.values), name="application_state_known"),
            # an agreement is recorded whole (how, day, moment) or not at all
            models.CheckConstraint(condition=Q(agreement_how="", agreement_on__isnull=True, agreement_recorded_at__isnull=True)
                                   | (Q(agreement_how__in=AgreementHow.values) & Q(agreement_on__isnull=False) & Q(agreement_recorded_at__isnull=False)),
                                   name="application_agreement_whole"),
        ]

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003 - Django signature
        # rows made outside the workflow's create() (imports, older code) enter in the state their origin implies
        if not self.state:
            self.state = ApplicationState.PROPOSED if self.origin == ApplicationOrigin.PROPOSED else ApplicationState.APPLIED
        if self.state_since is None:  # …and have been in that state since they were made
            from werkregie.core import clock

            self.state_since = self.created_at or clock.now()
        super().save(*args, **kwargs)

    def entering(self, state: str) -> None:
        """The transition to `state` is being made (workflows.services.transition, in its atomic step, before the
        save): an application that ends with the employer keeps what the employer was shown at that moment."""
        from .applicants import ENDED, snapshot

        if state in ENDED:
            self.shared_at_end = snapshot(self)


class CandidateSuggestion(models.Model):
    """The one vacancy of an employer on whose pseudonymised suggestions a person appears (vacancies/candidates.py): the
    first one the person was suggested for. The pseudonym differs per vacancy, but the profile (experience with years,
    languages with levels) linked one person's entries across an employer's vacancies, and since a person is suggested
    only within their commute, the workplaces where they did and did not appear narrowed their home to a few
    municipalities (issue 12, attack H2). Suggested on one vacancy of the employer only, the person has nothing to link.
    Kept when the vacancy closes: appearing again elsewhere would give the link back."""

    employer = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="+", verbose_name=_("werkgever"))
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="+", verbose_name=_("persoon"))
    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="+", verbose_name=_("vacature"))
    first_at = models.DateTimeField(_("eerst voorgesteld op"))

    class Meta:
        verbose_name = _("gepseudonimiseerd voorstel aan een werkgever")
        verbose_name_plural = _("gepseudonimiseerde voorstellen aan werkgevers")
        constraints = [models.UniqueConstraint(fields=["employer", "person"], name="suggestion_one_vacancy_per_employer")]


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
        verbose_name = _("terugkoppeling op een sollicitatie")
        verbose_name_plural = _("terugkoppelingen op sollicitaties")
        ordering = ["-given_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(reason__in=FeedbackReason.values), name="feedback_reason_known"),
        ]


class NoticeEvent(models.TextChoices):
    APPLIED = "applied", _("Nieuwe sollicitatie")
    INTERESTED = "interested", _("Een uitgenodigde kandidaat deelt het profiel")
    WITHDRAWN = "withdrawn", _("Sollicitatie ingetrokken")
    PROPOSED = "proposed", _("Kandidaat voorgesteld door VDAB (met toestemming)")


class EmployerNotice(models.Model):
    """The employer's inbox: a candidate applied, was proposed by VDAB with their consent, shared their profile after an
    invitation, or withdrew. The outbox of
    werkregie.messaging addresses persons; an employer is an organisation with several users, so its notices are kept
    here, written in the same transaction as the move that caused them, and read by every user of the employer."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="vacancy_notices")
    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="notices")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notices")
    event = models.CharField(max_length=20, choices=NoticeEvent.choices)
    created_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("bericht aan een werkgever")
        verbose_name_plural = _("berichten aan werkgevers")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organisation", "read_at", "created_at"], name="notice_org_unread")]
        constraints = [models.CheckConstraint(condition=Q(event__in=NoticeEvent.values), name="notice_event_known")]


class DistributionStatus(models.TextChoices):
    PENDING = "pending", _("Wordt aangeboden")
    DELIVERED = "delivered", _("Aangeboden")
    RETRYING = "retrying", _("Tijdelijk niet bereikbaar, nieuwe poging")
    REFUSED = "refused", _("Geweigerd")
    WITHDRAWN = "withdrawn", _("Ingetrokken (vacature niet meer open)")


class VacancyDistribution(models.Model):
    """Where a vacancy still open after a number of days was offered in the concentric model (rings.py): one row per
    vacancy and destination (another regional service, a border-region service, EURES), with the result of the
    delivery through that destination's gateway (gateways.py). The employer sees these rows on the vacancy page."""

    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE, related_name="distributions", verbose_name=_("vacature"))
    destination = models.CharField(_("bestemming"), max_length=30)
    ring = models.PositiveSmallIntegerField(_("ring"))
    status = models.CharField(_("toestand"), max_length=20, choices=DistributionStatus.choices, default=DistributionStatus.PENDING)
    offered_on = models.DateField(_("aangeboden op"))
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_attempt_at = models.DateTimeField(_("laatste poging"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("afgeleverd op"), null=True, blank=True)
    reference = models.CharField(_("referentie bij de bestemming"), max_length=100, blank=True)
    detail = models.CharField(_("toelichting"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("aanbod van een vacature aan een partner")
        verbose_name_plural = _("aanbod van vacatures aan partners")
        ordering = ["ring", "destination"]
        constraints = [models.UniqueConstraint(fields=["vacancy", "destination"], name="distribution_once_per_destination"),
                       models.CheckConstraint(condition=Q(status__in=DistributionStatus.values), name="distribution_status_known")]
        indexes = [models.Index(fields=["status"], name="distribution_status")]
