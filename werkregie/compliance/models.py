"""A compliance case (controller): an infringement transferred to the control service, its hearing, the uniform
proposal of the rule table, the decision with its legal ground, its notification and the appeal. The state moves only
through werkregie.workflows.services.transition (table in workflows.py)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.db.models.lookups import GreaterThanOrEqual
from django.utils.translation import gettext_lazy as _

from werkregie.workflows.models import WorkflowModel

from .enums import AppealOutcome, Decision, HearingMode, Infringement

DEVIATION_REASON_MIN = 10


class Case(WorkflowModel):
    workflow_name = "compliance_case"

    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="compliance_cases", verbose_name=_("persoon"))
    infringement = models.CharField(_("inbreuk"), max_length=40, choices=Infringement.choices, db_index=True)
    # Where the infringement comes from: (workflow name, object id) of the agreement, appointment, application… Idempotency key.
    source_workflow = models.CharField(_("bron"), max_length=40)
    source_id = models.BigIntegerField(_("bron-id"))
    facts = models.JSONField(_("feiten"), default=dict, blank=True)
    # The matching's suitability check on the day of a refusal (refused_suitable_job only), exactly as it was.
    suitability = models.JSONField(_("toets passende dienstbetrekking"), null=True, blank=True)
    occurred_on = models.DateField(_("datum van de feiten"))
    opened_at = models.DateTimeField(_("geopend op"))
    controller = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="compliance_cases",
                                   verbose_name=_("controleur"))

    # Hearing.
    hearing_at = models.DateTimeField(_("verhoor op"), null=True, blank=True)
    hearing_mode = models.CharField(_("soort verhoor"), max_length=12, choices=HearingMode.choices, blank=True)
    hearing_place = models.CharField(_("plaats van het verhoor"), max_length=200, blank=True)
    hearing_message_id = models.BigIntegerField(null=True, blank=True, verbose_name=_("bericht van het verhoor (nummer)"))
    hearing_notified_on = models.DateField(_("uitnodiging geacht ontvangen op"), null=True, blank=True)
    response = models.TextField(_("verweer van de persoon"), blank=True)
    responded_at = models.DateTimeField(_("verweer ontvangen op"), null=True, blank=True)
    hearing_report = models.TextField(_("verslag van het verhoor"), blank=True)

    # The uniform proposal of the rule table (werkregie/compliance/parameters), kept beside the decision.
    earlier_count = models.PositiveSmallIntegerField(_("eerdere inbreuken in de periode"), default=0)
    proposed_decision = models.CharField(_("voorgestelde beslissing"), max_length=12, choices=Decision.choices, blank=True)
    proposed_weeks = models.PositiveSmallIntegerField(_("voorgestelde weken"), default=0)
    proposal = models.JSONField(_("voorstel (regel, bereik, bronnen)"), default=dict, blank=True)

    # The decision.
    decision = models.CharField(_("beslissing"), max_length=12, choices=Decision.choices, blank=True)
    decision_weeks = models.PositiveSmallIntegerField(_("weken"), default=0)
    legal_ground = models.TextField(_("rechtsgrond"), blank=True)
    motivation = models.TextField(_("motivering"), blank=True)
    deviation_reason = models.TextField(_("reden van afwijking van het voorstel"), blank=True)
    decided_at = models.DateTimeField(_("beslist op"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("beslist door"))
    sanction_start = models.DateField(_("sanctie gaat in op"), null=True, blank=True,
                                      help_text=_("Bekend zodra de beslissing geacht ter kennis gebracht is (regel sanction_start)"))
    sanction_start_requested = models.DateField(_("gevraagde ingangsdatum van de sanctie"), null=True, blank=True,
                                                help_text=_("Een latere eerste dag die de controleur koos; nooit vóór de kennisgeving"))
    decision_message_id = models.BigIntegerField(null=True, blank=True, verbose_name=_("bericht van de beslissing (nummer)"))
    decision_notified_on = models.DateField(_("beslissing geacht ontvangen op"), null=True, blank=True)

    # Appeal.
    appeal_lodged_on = models.DateField(_("beroep ingesteld op"), null=True, blank=True)
    appeal_text = models.TextField(_("beroep"), blank=True)
    appeal_outcome = models.CharField(_("uitkomst van het beroep"), max_length=12, choices=AppealOutcome.choices, blank=True)
    appeal_decided_on = models.DateField(_("beroep beslist op"), null=True, blank=True)
    # A decision changed on appeal ("Beslissing gewijzigd"): the new decision is the sanction in force; the original one
    # above stays as it was decided (history, and the controller's own decision in the deviations report).
    appeal_decision = models.CharField(_("beslissing na beroep"), max_length=12, choices=Decision.choices, blank=True)
    appeal_weeks = models.PositiveSmallIntegerField(_("weken na beroep"), default=0)
    appeal_sanction_start = models.DateField(_("sanctie na beroep gaat in op"), null=True, blank=True)

    @property
    def sanction_void(self) -> bool:
        """The decision was annulled on appeal: no sanction stands (shown nowhere as in force, counted nowhere)."""
        return bool(self.decision) and self.appeal_outcome == AppealOutcome.ANNULLED

    @property
    def changed_on_appeal(self) -> bool:
        return bool(self.decision) and self.appeal_outcome == AppealOutcome.CHANGED and bool(self.appeal_decision)

    @property
    def decision_in_force(self) -> str:
        """The decision that stands: the one changed on appeal, none after an annulment ("" ), else the decision."""
        if self.sanction_void:
            return ""
        return self.appeal_decision if self.changed_on_appeal else self.decision

    @property
    def weeks_in_force(self) -> int:
        if self.sanction_void:
            return 0
        return self.appeal_weeks if self.changed_on_appeal else self.decision_weeks

    @property
    def sanction_start_in_force(self):  # noqa: ANN201 - a date or None
        if self.sanction_void:
            return None
        return self.appeal_sanction_start if self.changed_on_appeal else self.sanction_start

    @property
    def is_sanction(self) -> bool:
        """A suspension or exclusion in force (its first day comes after the deemed notification), not a warning, and
        not one annulled on appeal."""
        return self.decision_in_force in (Decision.SUSPENSION, Decision.EXCLUSION, Decision.INDEFINITE)

    @property
    def state_label(self) -> str:
        """The step in words. A decision's letter may be deemed received days after it is known when (a registered
        letter: the third working day); until that day the case says so, not "Kennisgeving ontvangen" (walk of stop 26)."""
        from django.utils.translation import gettext

        from werkregie.core import clock

        if self.state == "notified" and self.decision_notified_on and self.decision_notified_on > clock.today():
            return gettext("Beslissing verstuurd, geacht ontvangen op %(day)s") % {"day": self.decision_notified_on.strftime("%d/%m/%Y")}
        return super().state_label

    def overdue(self, today) -> bool:  # noqa: ANN001 - a date
        """Whether a running term of this case is over (the one definition for the case list, its filter and the API)."""
        from .workflows import TERM_STATES

        return bool(self.deadline and self.deadline < today and self.state in TERM_STATES)

    def deadline_passed(self, today) -> bool:  # noqa: ANN001 - a date
        """Whether the term shown for a case that waits on the controller (to decide) is over: the citizen's response term
        ended, so the decision is due now. Not "over time" (no legal term for the decision runs), but marked, so that a
        past date in the list is never read as a running term."""
        from .workflows import CONTROLLER_ACTION

        return bool(self.deadline and self.deadline < today and self.state in CONTROLLER_ACTION)

    class Meta:
        ordering = ["deadline", "id"]
        verbose_name = _("controledossier")
        verbose_name_plural = _("controledossiers")
        indexes = [
            models.Index(fields=["state", "deadline"], name="compliance_state_deadline"),
            models.Index(fields=["person", "infringement", "occurred_on"], name="compliance_person_history"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["source_workflow", "source_id"], name="compliance_case_one_per_source"),
            # A decision other than the proposal needs a reason of at least 10 characters, stored beside the proposal.
            models.CheckConstraint(
                condition=Q(decision="")
                | Q(decision=F("proposed_decision"), decision_weeks=F("proposed_weeks"))
                | GreaterThanOrEqual(Length("deviation_reason"), DEVIATION_REASON_MIN),
                name="compliance_deviation_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(infringement=Infringement.REFUSED_SUITABLE_JOB) | Q(suitability__isnull=False),
                name="compliance_refusal_has_suitability",
            ),
            models.CheckConstraint(
                condition=Q(decision__in=["suspension", "exclusion"], decision_weeks__gt=0) | ~Q(decision__in=["suspension", "exclusion"]),
                name="compliance_weeks_for_temporary",
            ),
            models.CheckConstraint(
                condition=Q(appeal_decision__in=["suspension", "exclusion"], appeal_weeks__gt=0) | ~Q(appeal_decision__in=["suspension", "exclusion"]),
                name="compliance_appeal_weeks_for_temporary",
            ),
            # a new decision only with the outcome "changed"
            models.CheckConstraint(condition=Q(appeal_decision="") | Q(appeal_outcome="changed"), name="compliance_appeal_decision_if_changed"),
        ]

    def __str__(self) -> str:
        return f"{self.get_infringement_display()} #{self.pk}"

    @property
    def source_label(self) -> str:
        """The source as people read it ("Afspraak van 22/11/2026"), never the workflow code and id."""
        from django.utils.translation import gettext

        from werkregie.workflows.tables import TITLES, title

        name = self.source_workflow or ""
        if name in TITLES:
            what = title(name)
        elif name.startswith("vacancy_refusal:"):
            what = gettext("Weigering van vacature %(id)s") % {"id": name.split(":", 1)[1]}
        elif name == "demo":
            what = gettext("Voorbeeldgegevens (demo)")
        elif name == "community_assignment":
            what = gettext("Opdracht gemeenschapsdienst")
        else:
            what = gettext("Melding aan de controledienst")
        return gettext("%(what)s van %(day)s") % {"what": what, "day": self.occurred_on.strftime("%d/%m/%Y")}

    @property
    def deviates(self) -> bool:
        return bool(self.decision) and (self.decision != self.proposed_decision or self.decision_weeks != self.proposed_weeks)


class Evidence(models.Model):
    """A document the person (or the controller on their behalf) added to the case: stored by werkregie.core.uploads
    outside the web root, served only after the case's permission check."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("dossier"))
    stored_ref = models.CharField(max_length=200, help_text=_("nummer van het opgeslagen bestand (buiten de webroot)"), verbose_name=_("opslagreferentie"))
    name = models.CharField(_("bestandsnaam"), max_length=200)
    content_type = models.CharField(max_length=60, blank=True, verbose_name=_("bestandstype"))
    size = models.PositiveIntegerField(default=0, verbose_name=_("grootte (bytes)"))
    sha256 = models.CharField(max_length=64, blank=True, verbose_name=_("SHA-256"))
    description = models.CharField(_("omschrijving"), max_length=300, blank=True)
    uploaded_at = models.DateTimeField(verbose_name=_("opgeladen op"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("opgeladen door"))

    class Meta:
        verbose_name = _("bewijsstuk (controle)")
        verbose_name_plural = _("bewijsstukken (controle)")
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.name
