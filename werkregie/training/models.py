"""The training catalogue (providers, courses, their skills and sessions) and the bookings of sessions.

Invariants live in the database: one course per provider and course id, one session per course and session id, no
negative cost or places, free places never above the places, one live booking per person and course (and so per
session)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from werkregie.workflows.models import WorkflowModel

from .enums import Modality, ProviderFamily, ProviderSector


class Provider(models.Model):
    """A training provider. Linked to its partner organisation when it delivers its catalogue itself (API or file)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("naam"), max_length=200)
    sector = models.CharField(_("sector"), max_length=10, choices=ProviderSector.choices)
    family = models.CharField(_("soort"), max_length=10, choices=ProviderFamily.choices)
    organisation = models.OneToOneField("organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT,
                                        related_name="training_provider", verbose_name=_("partnerorganisatie"))
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("zetel"))
    website = models.URLField(_("website"), blank=True)
    catalogue_updated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("opleidingsverstrekker")
        verbose_name_plural = _("opleidingsverstrekkers")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(sector="private") | Q(family="private"), name="training_private_provider_family"),
            models.CheckConstraint(condition=~Q(family="private") | Q(sector="private"), name="training_public_provider_family"),
        ]

    def __str__(self) -> str:
        return self.name


class Course(models.Model):
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="courses")
    course_id = models.CharField(_("opleidingsnummer van de aanbieder"), max_length=60)
    title_nl = models.CharField(_("titel (Nederlands)"), max_length=300)
    title_fr = models.CharField(_("titel (Frans)"), max_length=300, blank=True)
    title_en = models.CharField(_("titel (Engels)"), max_length=300, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    # the ESCO skill URIs taught, kept on the row as well (CourseSkill) so that the guide reads a course in one row
    skill_uris = models.JSONField(default=list)
    eqf_level = models.PositiveSmallIntegerField(_("niveau (EQF)"), null=True, blank=True)
    hours = models.PositiveIntegerField(_("duur in uren"))
    cost = models.DecimalField(_("kostprijs (€)"), max_digits=9, decimal_places=2)
    modality = models.CharField(_("vorm"), max_length=10, choices=Modality.choices)
    municipality = models.ForeignKey("geo.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("plaats"))
    learning_account = models.BooleanField(_("leer- en loopbaanrekening"), default=False)
    opleidingscheques = models.BooleanField(_("opleidingscheques"), default=False)
    vov = models.BooleanField(_("Vlaams opleidingsverlof"), default=False)
    active = models.BooleanField(default=True, help_text=_("Nog in de catalogus van de aanbieder"))
    updated_at = models.DateTimeField()

    class Meta:
        verbose_name = _("opleiding")
        verbose_name_plural = _("opleidingen")
        ordering = ["title_nl", "id"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "course_id"], name="training_course_unique_per_provider"),
            models.CheckConstraint(condition=Q(cost__gte=0), name="training_course_cost_not_negative"),
            models.CheckConstraint(condition=Q(hours__gte=1) & Q(hours__lte=5000), name="training_course_hours_range"),
            models.CheckConstraint(condition=Q(eqf_level__isnull=True) | (Q(eqf_level__gte=1) & Q(eqf_level__lte=8)), name="training_course_eqf_range"),
            # a classroom or dual course happens somewhere; an online one may not
            models.CheckConstraint(condition=Q(modality="online") | Q(municipality__isnull=False), name="training_course_place_unless_online"),
            models.CheckConstraint(condition=~Q(course_id=""), name="training_course_id_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title_nl

    def title(self, language: str = "nl") -> str:
        return getattr(self, f"title_{language}", "") or self.title_nl

    def financing(self) -> list[str]:
        return [name for name in ("learning_account", "opleidingscheques", "vov") if getattr(self, name)]


class CourseSkill(models.Model):
    """An ESCO skill a course teaches (the guide finds the courses for a gap through this index)."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="skills")
    skill_uri = models.CharField(max_length=200, db_index=True)

    class Meta:
        verbose_name = _("competentie van een opleiding")
        verbose_name_plural = _("competenties van opleidingen")
        constraints = [models.UniqueConstraint(fields=["course", "skill_uri"], name="training_course_skill_unique")]


class ListedSessions(models.Manager):
    """The sessions a provider still lists. A session it withdrew stays as a row for the bookings that point at it, but
    no reader should offer it again (found by the attack on issue 13: a dropped booked session stayed listed and
    bookable): the default manager, and so `course.sessions`, prefetches, the guide, the index and booking, leave it
    out. The importer reads `Session.all_objects` to see (and bring back) withdrawn rows."""

    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(withdrawn_at__isnull=True)


class Session(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="sessions")
    session_id = models.CharField(_("sessienummer"), max_length=60)
    start_date = models.DateField(_("startdatum"))
    end_date = models.DateField(_("einddatum"), null=True, blank=True)
    places = models.PositiveIntegerField(_("plaatsen"))
    free_places = models.PositiveIntegerField(_("vrije plaatsen"))
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True,
                                        help_text=_("De aanbieder schrapte de sessie; bewaard voor de inschrijvingen die ernaar verwijzen"))

    objects = ListedSessions()
    all_objects = models.Manager()

    class Meta:
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")
        ordering = ["start_date", "id"]
        default_manager_name = "objects"
        base_manager_name = "all_objects"
        constraints = [
            models.UniqueConstraint(fields=["course", "session_id"], name="training_session_unique_per_course"),
            models.CheckConstraint(condition=Q(free_places__lte=F("places")), name="training_session_free_within_places"),
            models.CheckConstraint(condition=Q(free_places__gte=0) & Q(places__gte=0), name="training_session_places_not_negative"),
            models.CheckConstraint(condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")), name="training_session_end_after_start"),
        ]
        indexes = [models.Index(fields=["course", "start_date"], name="training_session_course_start")]


class Booking(WorkflowModel):
    """A person's place in a session, with the learning-account reservation that pays for it and the trajectory step
    it made (when the person had a trajectory)."""

    workflow_name = "training_booking"

    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="training_bookings")
    session = models.ForeignKey(Session, on_delete=models.PROTECT, related_name="bookings")
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="bookings")
    amount = models.DecimalField(_("bedrag van de leerrekening"), max_digits=9, decimal_places=2)
    reservation_id = models.CharField(max_length=60, blank=True, help_text=_("De reservering op de leer- en loopbaanrekening"))
    step = models.ForeignKey("trajectories.AgreementStep", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    credential_id = models.CharField(max_length=100, blank=True)
    booked_at = models.DateTimeField()
    booked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # The session's dates when it was booked (attack round 4: a provider re-delivered its catalogue with a booked
    # session moved into the past and confirmed completion at once). Completion waits for the later of these and the
    # session's current dates.
    session_start = models.DateField(_("startdatum bij inschrijving"), null=True, blank=True)
    session_end = models.DateField(_("einddatum bij inschrijving"), null=True, blank=True)

    @property
    def last_day(self) -> dt.date:
        """The session's last day: the later of the dates it had when booked and its dates now."""
        now = self.session.end_date or self.session.start_date
        booked = self.session_end or self.session_start
        return max(now, booked) if booked else now

    class Meta:
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")
        ordering = ["-booked_at", "-id"]
        constraints = [
            # one live booking per person and course: a second session of the same course reserved the account twice
            # (attack on issue 13, L2); it implies one per person and session
            models.UniqueConstraint(fields=["person", "course"], condition=Q(state="booked"), name="training_one_live_booking_per_course"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="training_booking_amount_not_negative"),
        ]


class CatalogueRevision(models.Model):
    """One row: a new random token whenever the catalogue or a session's free places change (import, booking,
    cancellation), in the same transaction. Each process keeps the catalogue's search index in memory and rebuilds it
    when the token differs (a rolled-back change never leaves a token a cache could still hold)."""

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("versie van de catalogus")
        verbose_name_plural = _("versies van de catalogus")
