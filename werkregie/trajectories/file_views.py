"""The counsellor's view of a person's trajectory file and the citizen's "Mijn afspraken"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.people.models import Person
from werkregie.workflows.models import TransitionLog

from . import perms
from .common import CEFR_ORDER, LIVE_STEP
from .enums import StepKind
from .models import Agreement, AgreementStep, Trajectory
from .routes import LanguageNeed, language_need

# --------------------------------------------------------------------------- views of a file

@dataclass
class AgreementRow:
    agreement: Agreement
    steps: list[AgreementStep]
    history: list[TransitionLog]
    versions: list[Agreement]
    transitions: list

    @property
    def can_start_new_version(self) -> bool:
        """An accepted agreement can be changed into a new version, unless a newer version already waits (a draft, edited
        on its own, or a proposal, which never changes): the button is not offered on older versions."""
        return self.agreement.state == "accepted" and not any(
            v.revision > self.agreement.revision and v.state in ("draft", "proposed") for v in self.versions)


@dataclass
class TrajectoryFile:
    person: Person
    trajectory: Trajectory | None
    past: list[Trajectory]
    agreements: list[AgreementRow]
    history: list[TransitionLog]
    language: LanguageNeed | None
    partners: list[Organisation]
    can_edit: bool
    purpose: Purpose | None = None


def trajectory_file(principal: Principal, person_id: int, purpose: str | None = None) -> TrajectoryFile:
    """The counsellor's view of a person's trajectory: the trajectory, every agreement with its versions, steps,
    evidence and history. Logged with the purpose it is opened for (perms.file_purpose: guidance; admin: administration
    or complaint handling)."""
    perms.require_editor(principal, person_id)
    chosen = perms.file_purpose(principal, person_id, purpose)
    person = Person.objects.get(pk=person_id)
    trajectories = list(Trajectory.objects.filter(person_id=person_id).order_by("-started_on", "-pk"))
    current = next((t for t in trajectories if t.state != "closed"), None)
    rows = _agreement_rows(person_id, principal.role)
    history = list(TransitionLog.objects.filter(workflow="trajectory", object_id__in=[t.pk for t in trajectories]).select_related("actor"))
    partners = list(Organisation.objects.filter(kind=OrganisationKind.PARTNER).order_by("name")[:200])
    for log in history:  # a past trajectory says why it closed, not only "Andere reden" (walk of stop 28)
        if log.transition == "close":
            for t in trajectories:
                if t.pk == log.object_id:
                    t.close_log = log
    record_access(principal.actor(), [person_id], "traject: afspraken, stappen, bewijsstukken en historiek", chosen, principal.channel)
    return TrajectoryFile(person, current, [t for t in trajectories if t is not current], rows, history, _open_language_need(person_id, rows), partners,
                          perms.is_editor(principal), chosen)


def _open_language_need(person_id: int, rows: list) -> LanguageNeed | None:
    """The Dutch the person's target occupations ask, unless a live language course of an agreement in force or on its
    way already aims that high (walk of stop 28: "Taalnood" stayed after a B1 course was accepted)."""
    need = language_need(person_id)
    if need is None:
        return None
    aimed = [s.cefr_target for r in rows if r.agreement.state in ("draft", "proposed", "accepted") for s in r.steps
             if s.kind == StepKind.LANGUAGE_COURSE and s.state in LIVE_STEP and s.cefr_target in CEFR_ORDER]
    if any(CEFR_ORDER.index(level) >= CEFR_ORDER.index(need.required) for level in aimed if need.required in CEFR_ORDER):
        return None
    return need


def _agreement_rows(person_id: int, role: str) -> list[AgreementRow]:
    agreements = list(Agreement.objects.filter(person_id=person_id).select_related("accepted_by").order_by("-pk"))
    steps: dict[int, list[AgreementStep]] = {}
    for step in AgreementStep.objects.filter(person_id=person_id).select_related("partner").prefetch_related("evidence__file").order_by("due_on", "pk"):
        steps.setdefault(step.agreement_id, []).append(step)
    logs: dict[int, list[TransitionLog]] = {}
    for log in TransitionLog.objects.filter(workflow="agreement", object_id__in=[a.pk for a in agreements]).select_related("actor"):
        logs.setdefault(log.object_id, []).append(log)
    by_series: dict[int, list[Agreement]] = {}
    for a in agreements:
        by_series.setdefault(a.series or a.pk, []).append(a)
    return [AgreementRow(a, [s for s in steps.get(a.pk, []) if not _struck_before_agreed(s, a)], logs.get(a.pk, []),
                         [v for v in by_series[a.series or a.pk] if v.pk != a.pk], a.workflow.available(a.state, role)) for a in agreements]


def _struck_before_agreed(step: AgreementStep, agreement: Agreement) -> bool:
    """A step struck while its agreement was still a draft was never agreed: no version shows it (walk of stop 26: it
    came back as "Vervallen" in the version accepted on paper). Its strike stays in the transition log. A step that
    lapsed after the acceptance stays in the list."""
    return step.state == "cancelled" and (agreement.accepted_at is None or step.state_since is None or step.state_since <= agreement.accepted_at)


@dataclass
class MyAgreements:
    person: Person
    trajectory: Trajectory | None
    to_accept: list[AgreementRow]
    current: list[AgreementRow]
    past: list[AgreementRow]
    deadlines: list[AgreementStep]


def my_agreements(principal: Principal) -> MyAgreements:
    """The citizen's own agreements: to accept, in force (with steps, deadlines and evidence) and past versions."""
    person_id = perms.require_citizen(principal)
    person = Person.objects.get(pk=person_id)
    trajectory = Trajectory.objects.filter(person_id=person_id).exclude(state="closed").first()
    rows = [r for r in _agreement_rows(person_id, Role.CITIZEN) if r.agreement.state != "draft"]
    to_accept = [r for r in rows if r.agreement.state == "proposed"]
    current = [r for r in rows if r.agreement.state == "accepted"]
    past = [r for r in rows if r.agreement.state not in ("proposed", "accepted")]
    deadlines = sorted((s for r in current for s in r.steps if s.state in LIVE_STEP), key=lambda s: (s.due_on, s.pk))
    for step in deadlines:
        step.applications_count = applications_done(step) if step.kind == StepKind.APPLICATIONS and step.applications_required else None
    record_access(principal.actor(), [person_id], "traject: mijn afspraken, stappen en termijnen", perms.reader_purpose(principal), principal.channel)
    return MyAgreements(person, trajectory, to_accept, current, past, deadlines)


def _application_window(step: AgreementStep) -> tuple[dt.datetime, dt.datetime]:
    """From the assignment's start, and not before the agreement was accepted, to the end of its due date."""
    start = dt.datetime.combine(step.applications_from or step.due_on, dt.time(0), clock.BRUSSELS)
    accepted = step.agreement.accepted_at
    if accepted is not None and accepted > start:  # the assignment binds from its acceptance (walk of stop 28: an application
        start = accepted                          # sent that morning, before the agreement existed, counted for it)
    return start, dt.datetime.combine(step.due_on + dt.timedelta(days=1), dt.time(0), clock.BRUSSELS)


# agreements whose application assignments hold on to the applications they counted
COUNTING_AGREEMENTS = ("accepted", "fulfilled", "missed")


def applications_done(step: AgreementStep) -> int:
    """Applications through the platform counted for an application assignment. Each application counts once: when
    assignments of other agreements run at the same time, it goes to the one due first that still needs applications
    (to the one due first when all are complete), so one application never fulfils two assignments (walk of stop 28).
    Other versions of the step's own agreement are left out: a new version replaces them; its other steps count."""
    from werkregie.vacancies.models import Application, ApplicationOrigin

    series = step.agreement.series or step.agreement_id
    others = (AgreementStep.objects.filter(person_id=step.person_id, kind=StepKind.APPLICATIONS, applications_required__isnull=False)
              .filter(Q(agreement_id=step.agreement_id) | Q(agreement__state__in=COUNTING_AGREEMENTS) & ~Q(agreement__series=series))
              .exclude(state="cancelled").exclude(pk=step.pk).select_related("agreement"))
    steps = sorted([step, *others], key=lambda s: (s.due_on, s.pk))
    windows = {s.pk: _application_window(s) for s in steps}
    own_start, own_end = windows[step.pk]
    overlapping = [s for s in steps if windows[s.pk][0] < own_end and windows[s.pk][1] > own_start]
    if len(overlapping) == 1:
        return Application.objects.filter(person_id=step.person_id, origin=ApplicationOrigin.APPLIED, created_at__gte=own_start,
                                          created_at__lt=own_end).count()
    low, high = min(windows[s.pk][0] for s in steps), max(windows[s.pk][1] for s in steps)
    counted = dict.fromkeys(windows, 0)
    for sent in Application.objects.filter(person_id=step.person_id, origin=ApplicationOrigin.APPLIED, created_at__gte=low,
                                           created_at__lt=high).order_by("created_at", "pk").values_list("created_at", flat=True):
        covering = [s for s in steps if windows[s.pk][0] <= sent < windows[s.pk][1]]
        if covering:
            target = next((s for s in covering if counted[s.pk] < s.applications_required), covering[0])
            counted[target.pk] += 1
    return counted[step.pk]


def steps_query_for(person_ids: list[int]) -> Q:
    return Q(person_id__in=person_ids)


# what a 409 answer shows of each object, as the access log names the same read by a GET
CONFLICT_READS = {Trajectory: "traject", Agreement: "traject: afspraak", AgreementStep: "traject: stap"}


def current_after_conflict(principal: Principal, model: type, object_id: int):  # noqa: ANN201 - a Trajectory, Agreement or AgreementStep
    """The object as it stands now, for the answer to an edit made on an older version (409). It is a read of personal
    data like a GET of the same object (an agreement with its steps, evidence names and notes), so it is logged; the
    edit it answers has already passed the permission check."""
    current = model.objects.get(pk=object_id)
    record_access(principal.actor(), [current.person_id], CONFLICT_READS[model], perms.reader_purpose(principal), principal.channel)
    return current
