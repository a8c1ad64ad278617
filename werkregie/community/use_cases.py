"""Use cases of community service and wijk-werken: activities, eligible persons, proposals and the assignment's
transitions, hours per day, hours and allowance per month, exemptions. Pages, API, command line and sweep all come
here; every read of personal data is logged once, with the purpose of the ground on which the person is seen."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils.formats import date_format, number_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.people.enums import JOBSEEKER_KINDS, StatusKind
from werkregie.people.models import Person, StatusEpisode
from werkregie.workflows import reasons as R
from werkregie.workflows import services as workflow
from werkregie.workflows.labels import coded
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import PLATFORM, Who, check_version

from . import engine, perms
from .activities import FIELDS, ActivityView, _clean_activity, _date, _decimal, _taken, create_activity, get_activity, list_activities, update_activity  # noqa: F401

# re-exported: callers use werkregie.community.use_cases for every use case of the domain
from .common import MAX_LIST, MIN_REASON, _day, _log, num  # noqa: F401
from .models import OPEN_STATES, ActivityKind, Assignment, AssignmentState, Attendance, Exemption, ExemptionReason

# --- eligibility ---------------------------------------------------------------------------------------------------


@dataclass
class EligibleRow:
    person: Person
    eligibility: engine.Eligibility


def _episodes(person_ids: list[int]) -> dict[int, list]:
    found = defaultdict(list)
    for e in StatusEpisode.objects.filter(person_id__in=person_ids).only("person_id", "kind", "start", "end"):
        found[e.person_id].append(e)
    return found


def _exemptions(person_ids: list[int]) -> dict[int, list[Exemption]]:
    found = defaultdict(list)
    for x in Exemption.objects.filter(person_id__in=person_ids):
        found[x.person_id].append(x)
    return found


def eligibility_of(person_id: int, kind: str, today: dt.date | None = None) -> engine.Eligibility:
    today = today or clock.today()
    return engine.eligibility(kind, _episodes([person_id])[person_id], _exemptions([person_id])[person_id], today)


def _current(qs, today: dt.date):  # noqa: ANN001, ANN202
    return qs.filter(start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))


def eligible_persons(principal: Principal, kind: str, *, municipality: str | None = None, limit: int = 100, log: bool = True) -> list[EligibleRow]:
    """The eligible persons this principal may propose for `kind`, by name, without an open assignment of that kind.

    The database narrows the population first (a current search, an episode old enough to make the required spell, no
    current sickness, work or exemption); the engine then decides on the whole history."""
    if kind not in ActivityKind.values:
        raise InvalidInput(_("Onbekende soort."), [FieldError("kind", _("kies gemeenschapsdienst of wijk-werken"))])
    if not perms.can_plan(principal):
        raise Forbidden(_("Uw rol heeft geen toegang tot de planning van gemeenschapsdienst."))
    today = clock.today()
    if not engine.in_force(kind, today):
        return []
    required = engine.limits(kind, today).eligibility_months
    oldest = engine.relativedelta(months=required)
    people = perms.proposable_persons(principal)
    if municipality:
        people = people.filter(municipality_id=municipality)
    seeking = _current(StatusEpisode.objects.filter(person=OuterRef("pk"), kind__in=JOBSEEKER_KINDS), today)
    long_enough = StatusEpisode.objects.filter(person=OuterRef("pk"), kind__in=JOBSEEKER_KINDS, start__lte=today - oldest)
    blocked = _current(StatusEpisode.objects.filter(person=OuterRef("pk"), kind__in=[StatusKind.SICK, *engine.WORKING]), today)
    exempted = _current(Exemption.objects.filter(person=OuterRef("pk")), today)
    open_assignment = Assignment.objects.filter(person=OuterRef("pk"), kind=kind, state__in=OPEN_STATES)
    candidates = (people.filter(Exists(seeking), Exists(long_enough)).exclude(Exists(blocked)).exclude(Exists(exempted))
                  .exclude(Exists(open_assignment)).select_related("municipality").order_by("last_name_key", "first_name_key", "id"))
    rows: list[EligibleRow] = []
    offset, chunk = 0, 400
    while len(rows) < limit:
        batch = list(candidates[offset:offset + chunk])
        if not batch:
            break
        offset += chunk
        ids = [p.pk for p in batch]
        episodes, exemptions = _episodes(ids), _exemptions(ids)
        for p in batch:
            found = engine.eligibility(kind, episodes[p.pk], exemptions[p.pk], today)
            if found.eligible:
                rows.append(EligibleRow(p, found))
                if len(rows) >= limit:
                    break
    if log:
        _log(principal, [r.person.pk for r in rows], "gemeenschapsdienst: in aanmerking (naam, woonplaats, maanden werkzoekend)")
    return rows


# --- assignments -----------------------------------------------------------------------------------------------------


def _context(a: Assignment, **extra: object) -> dict:
    activity = a.activity
    return {"name": str(a.person), "kind": KIND_TEXT[a.kind], "activity": activity.title, "host": activity.host_name,
            "address": activity.address, "municipality": str(activity.municipality), "hours": number_format(activity.hours_per_week, 1),
            "start": a.started_on or max(activity.start, clock.today()), "description": activity.description or "", **extra}


KIND_TEXT = {ActivityKind.COMMUNITY_SERVICE: gettext_lazy("gemeenschapsdienst"), ActivityKind.WIJK_WERKEN: gettext_lazy("wijk-werken")}


def _notify(a: Assignment, key: str, who: Who, **extra: object) -> None:
    """Queue the person's message. The outbox fills the template in the person's language; the one translated word of
    the context (the kind) is given in that language too."""
    from django.utils import translation

    from werkregie.messaging.channels import language_for
    from werkregie.messaging.outbox import send
    from werkregie.messaging.templates import get

    person = Person.objects.select_related("municipality").prefetch_related("languages").get(pk=a.person_id)
    language, _why = language_for(person, get(key).legal)
    with translation.override(language):
        context = {k: str(v) if isinstance(v, Promise) else v for k, v in _context(a, **extra).items()}
    send(a.person_id, key, context, who=who, related=("community_assignment", a.pk), dedupe_key=f"community:{a.pk}:{key}")


def _who(principal: Principal | None) -> Who:
    return Who.of(principal) if principal is not None else PLATFORM


def propose(principal: Principal, person_id: int, activity_id: int) -> Assignment:
    """Propose an eligible person of the principal's population for an activity with a free place."""
    if not perms.proposable_persons(principal).filter(pk=person_id).exists():
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    today = clock.today()
    with transaction.atomic():
        activity = perms.activities_visible(principal).select_for_update().select_related("municipality").filter(pk=activity_id).first()
        if activity is None:
            raise NotFound(_("Geen activiteit met dit nummer binnen uw toegang."))
        errors = []
        places = perms.activity_places(principal)
        if places is not None and activity.municipality_id not in places:  # attack of stop 28: a proposal for Antwerpen by Gent
            errors.append(FieldError("activity_id", _("enkel een activiteit in uw eigen gemeente")))
        if activity.end is not None and activity.end < today:
            errors.append(FieldError("activity_id", _("deze activiteit is afgelopen")))
        if _taken([activity.pk]).get(activity.pk, 0) >= activity.capacity:
            errors.append(FieldError("activity_id", _("deze activiteit is volzet (%(n)s plaatsen)") % {"n": activity.capacity}))
        found = eligibility_of(person_id, activity.kind, today)
        if not found.eligible:
            errors.append(FieldError("person_id", _("komt niet in aanmerking: %(why)s") % {"why": ", ".join(str(REASONS[r]) for r in found.reasons)}))
        if Assignment.objects.filter(person_id=person_id, kind=activity.kind, state__in=OPEN_STATES).exists():
            errors.append(FieldError("person_id", _("heeft al een lopend voorstel of een lopende opdracht van deze soort")))
        if errors:
            raise InvalidInput(_("Het voorstel is niet gemaakt."), errors)
        assignment = workflow.create(Assignment, Who.of(principal), activity=activity, person_id=person_id, kind=activity.kind,
                                     proposed_by=principal.user, proposed_on=today,
                                     data={"months_searching": found.months_searching, "activity": activity.pk})
        assignment = Assignment.objects.select_related("activity__municipality", "person").get(pk=assignment.pk)
        _notify(assignment, "community.proposed", Who.of(principal))
    return assignment


REASONS = {
    "not_in_force": gettext_lazy("de regeling bestaat nog niet op deze datum"),
    "not_searching": gettext_lazy("geen lopende inschrijving als werkzoekende"),
    "too_short": gettext_lazy("te kort werkzoekend"),
    "working": gettext_lazy("werkt"),
    "sick": gettext_lazy("ziek"),
    "exempted": gettext_lazy("vrijgesteld"),
}


@dataclass
class AssignmentView:
    assignment: Assignment
    days: dict[dt.date, Decimal]
    months: list[engine.MonthTotal]
    total_hours: Decimal
    transitions: list
    can_record: bool
    history: list = field(default_factory=list)
    limits: engine.Limits | None = None


def _visible_assignment(principal: Principal, assignment_id: int, lock: bool = False) -> Assignment:
    if not perms.can_plan(principal):
        raise NotFound(_("Geen toewijzing met dit nummer binnen uw toegang."))
    qs = perms.assignments_visible(principal)
    if lock:
        qs = qs.select_for_update()
    found = qs.select_related("activity__municipality", "activity__owner", "person__municipality").filter(pk=assignment_id).first()
    if found is None:
        raise NotFound(_("Geen toewijzing met dit nummer binnen uw toegang."))
    return found


def _ended_by_roles(assignments: list[Assignment]) -> dict[int, str]:
    """The role that made each ended assignment's last transition (the one into the state it is in now)."""
    state_of = {a.pk: a.state for a in assignments if a.end_reason}
    rows = TransitionLog.objects.filter(workflow=Assignment.workflow_name, object_id__in=list(state_of)).order_by("at", "pk")
    return {object_id: role for object_id, to_state, role in rows.values_list("object_id", "to_state", "actor_role")
            if state_of[object_id] == to_state} if state_of else {}


def _as_seen_by(principal: Principal, assignments: list[Assignment], history: list | None = None) -> list[Assignment]:
    """The assignments (and one's history) without the reasons this principal may not read (perms.sees_end_reason):
    the reason is blanked on the instances handed out, which are never saved."""
    roles = _ended_by_roles(assignments)
    for a in assignments:
        if not perms.sees_end_reason(principal, a, roles.get(a.pk)):
            a.end_reason = ""
    if history is not None and not perms.sees_judgement(principal):
        for entry in history:
            if entry.actor_role in perms.VDAB_ROLES:
                entry.reason, entry.data = "", {}
    return assignments


def list_assignments(principal: Principal, *, state: str | None = None, activity_id: int | None = None, person_id: int | None = None) -> list[Assignment]:
    if not perms.can_plan(principal):
        raise Forbidden(_("Uw rol heeft geen toegang tot de planning van gemeenschapsdienst."))
    qs = perms.assignments_visible(principal).select_related("activity__municipality", "person__municipality")
    if state:
        if state not in AssignmentState.values:
            raise InvalidInput(_("Onbekende toestand."), [FieldError("state", _("kies een van: %(choices)s") % {"choices": ", ".join(AssignmentState.values)})])
        qs = qs.filter(state=state)
    if activity_id:
        qs = qs.filter(activity_id=activity_id)
    if person_id:
        qs = qs.filter(person_id=person_id)
    found = _as_seen_by(principal, list(qs.order_by("state", "-proposed_on", "-id")[:MAX_LIST]))
    _log(principal, [a.person_id for a in found], "gemeenschapsdienst: toewijzingen (naam, activiteit, toestand)")
    return found


def _days(assignment_ids: list[int]) -> dict[int, dict[dt.date, Decimal]]:
    found: dict[int, dict[dt.date, Decimal]] = defaultdict(dict)
    for aid, day, hours in Attendance.objects.filter(assignment_id__in=assignment_ids).values_list("assignment_id", "day", "hours"):
        found[aid][day] = hours
    return found


def _months(a: Assignment, days: dict[dt.date, Decimal]) -> list[engine.MonthTotal]:
    """Hours and allowance per month, a month not yet over marked in progress (never under the minimum)."""
    return engine.monthly(a.kind, days, today=clock.today(), until=a.last_day, start=a.started_on)


def assignment_detail(principal: Principal, assignment_id: int) -> AssignmentView:
    a = _visible_assignment(principal, assignment_id)
    days = _days([a.pk])[a.pk]
    rule = engine.limits(a.kind, a.started_on or a.proposed_on) if engine.in_force(a.kind, a.started_on or a.proposed_on) else None
    _log(principal, [a.person_id], "gemeenschapsdienst: toewijzing, uren en vergoeding")
    history = workflow.history(a)
    _as_seen_by(principal, [a], history)
    return AssignmentView(a, days, _months(a, days), sum(days.values(), Decimal(0)), workflow.available(a, principal.role),
                          perms.can_record_attendance(principal, a), history, rule)


def _good_reason(value) -> bool | None:  # noqa: ANN001
    if isinstance(value, bool) or value is None:
        return value
    if str(value).lower() in ("true", "1", "on", "ja", "yes"):
        return True
    if str(value).lower() in ("false", "0", "nee", "no"):
        return False
    return None


def transition(principal: Principal, assignment_id: int, name: str, *, reason: str = "", good_reason=None, expected_version: int | None = None,  # noqa: ANN001
               on: dt.date | None = None) -> Assignment:
    """Make a transition of the assignment's table. A refusal says whether the reason was good; without one a compliance
    case is opened. Starting sets the last day of the maximum duration (never beyond the activity's end)."""
    a = _visible_assignment(principal, assignment_id)
    if name == "refuse" and not perms.sees_judgement(principal):
        # the municipality hosts the activity; VDAB (the counsellor, or an admin) records a refusal and judges its reason
        raise Forbidden(_("Alleen VDAB registreert een weigering en beoordeelt de reden."))
    who = Who.of(principal)
    today = clock.today()
    fields: dict = {}
    deadline = None
    if name == "refuse":
        good = _good_reason(good_reason)
        if good is None:
            raise InvalidInput(_("Zeg of de reden van de weigering geldig is."), [FieldError("good_reason", _("kies ja of nee"))])
        fields = {"good_reason": good, "end_reason": reason.strip(), "ended_on": today}
    elif name == "start":
        start = on or today
        if start > today or start < a.proposed_on:
            raise InvalidInput(_("Ongeldige startdatum."), [FieldError("on", _("tussen de datum van het voorstel en vandaag"))])
        if start < a.activity.start:
            raise InvalidInput(_("Ongeldige startdatum."), [FieldError("on", _("niet voor het begin van de activiteit (%(day)s)") % {
                "day": _day(a.activity.start)})])
        if not engine.in_force(a.kind, start):
            raise InvalidInput(_("Ongeldige startdatum."), [FieldError("on", _("deze regeling bestaat nog niet op die datum"))])
        ends_by = engine.last_day(a.kind, start)
        if a.activity.end is not None:
            ends_by = max(start, min(ends_by, a.activity.end))
        fields = {"started_on": start, "ends_by": ends_by}
        deadline = ends_by
    elif name in ("complete", "stop", "withdraw"):
        fields = {"ended_on": max(today, a.proposed_on), "end_reason": reason.strip()}
        if a.ends_by and name == "complete" and today > a.ends_by:
            fields["ended_on"] = a.ends_by
    with transaction.atomic():
        a = workflow.transition(a, name, who, reason=reason, expected_version=expected_version, fields=fields, deadline=deadline)
        a = Assignment.objects.select_related("activity__municipality", "person").get(pk=a.pk)
        _after(a, name, who)
    return a


def _after(a: Assignment, name: str, who: Who) -> None:
    """What follows a transition: the person's message, and the compliance case of a refusal without good reason."""
    if name == "start":
        rule = engine.limits(a.kind, a.started_on)
        _notify(a, "community.started", who, ends_by=a.ends_by, max_hours=number_format(rule.max_hours_month, 0),
                rate=number_format(engine.hourly_rate(a.kind, a.started_on), 2))
    elif name == "complete":
        total = sum(_days([a.pk])[a.pk].values(), Decimal(0))
        _notify(a, "community.completed", who, end=a.ended_on, hours=number_format(total, 2))
    elif name == "stop":
        _notify(a, "community.stopped", who, end=a.ended_on, reason=a.end_reason)
    elif name == "refuse" and a.good_reason is False and a.kind == ActivityKind.COMMUNITY_SERVICE:
        from werkregie.compliance.services import open_case

        facts = {"activity": a.activity.title, "host": a.activity.host_name, "municipality": str(a.activity.municipality),
                 "proposed_on": a.proposed_on.isoformat(), "refused_on": a.ended_on.isoformat() if a.ended_on else "",
                 "reason": a.end_reason, "kind": a.kind}
        case = open_case(a.person_id, "community_service_refused", facts=facts, source=("community_assignment", a.pk), who=who)
        Assignment.objects.filter(pk=a.pk).update(compliance_case_id=case.pk)
        a.compliance_case_id = case.pk


# --- hours ---------------------------------------------------------------------------------------------------------

RECORDING_STATES = perms.RECORDING_STATES


def _hours(value, name: str, errors: list[FieldError]) -> Decimal | None:  # noqa: ANN001
    if value in (None, ""):
        return Decimal(0)
    number = _decimal(value, name, errors)
    if number is None:
        return None
    if number < 0 or number > 24:
        errors.append(FieldError(name, _("tussen 0 en 24 uur")))
        return None
    if number != number.quantize(Decimal("0.01")):
        errors.append(FieldError(name, _("hoogstens twee cijfers na de komma")))
        return None
    return number


def message_for(finding: engine.Finding) -> str:
    limit = num(finding.limit) if finding.limit is not None else ""
    total = num(finding.total) if finding.total is not None else ""
    month = date_format(finding.day, "m/Y")
    texts = {
        "not_in_force": _("de regeling bestaat nog niet op %(day)s"),
        "hours_not_positive": _("het aantal uren moet positief zijn"),
        "day_over_max": _("samen %(total)s uur op %(day)s: meer dan de %(limit)s uur van een dag"),
        "future_day": _("%(day)s ligt in de toekomst"),
        "before_start": _("%(day)s ligt voor de start van de opdracht"),
        "after_max_duration": _("%(day)s valt na de maximale duur van %(limit)s maanden (of na het einde van de activiteit)"),
        "month_over_max": _("samen %(total)s uur in %(month)s: meer dan het maandmaximum van %(limit)s uur"),
        "year_over_max": _("samen %(total)s uur in %(year)s: meer dan het jaarmaximum van %(limit)s uur"),
        "month_under_min": _("%(total)s uur in %(month)s: minder dan het maandminimum van %(limit)s uur"),
        "month_under_min_partial": _("%(total)s uur in %(month)s: minder dan het minimum van %(limit)s uur voor het deel van de maand in de "
                                     "opdracht (het maandminimum naar verhouding van de werkdagen)"),
    }
    return texts[finding.code] % {"day": _day(finding.day), "limit": limit, "total": total, "month": month, "year": finding.day.year}


def record_hours(principal: Principal, assignment_id: int, hours_by_day: dict, *, expected_version: int | None = None) -> list[str]:
    """Set the hours of one or more days of an assignment (0 or empty removes a day), all or nothing. Refused with an
    error per day naming the limit it would break; returns the warnings (a month under the minimum). The hours are
    part of the assignment: `expected_version` is the version the person saw (a stale one is refused, so two people
    filling in the same week cannot overwrite each other), and every registration makes a new version."""
    errors: list[FieldError] = []
    proposed: dict[dt.date, Decimal] = {}
    for key, value in hours_by_day.items():
        day = _date(key, f"hours.{key}", errors)
        hours = _hours(value, f"hours.{key}", errors)
        if day is not None and hours is not None:
            proposed[day] = hours
    if errors:
        raise InvalidInput(_("De uren zijn niet geregistreerd: controleer de gemarkeerde dagen."), errors)
    if not proposed:
        raise InvalidInput(_("Geen uren opgegeven."), [FieldError("hours", _("verplicht"))])
    with transaction.atomic():
        a = _visible_assignment(principal, assignment_id, lock=False)
        if not perms.records_hours(principal, a):
            raise Forbidden(_("Enkel de gemeente van de activiteit registreert de uren."))
        # one writer per person at a time: every assignment of the person is locked before the limits are checked
        mine = list(Assignment.objects.select_for_update().filter(person_id=a.person_id).order_by("pk"))
        a = next(x for x in mine if x.pk == a.pk)
        check_version(a, expected_version)
        if a.state not in RECORDING_STATES or a.started_on is None:
            raise InvalidInput(_("Uren registreren kan enkel voor een gestarte opdracht."), [FieldError("hours", _("de opdracht is niet gestart"))])
        end = a.ended_on if a.ended_on and a.state != AssignmentState.ACTIVE else a.ends_by
        end = min(end, a.ends_by) if a.ends_by else end
        if a.activity.end is not None:
            end = min(end, max(a.activity.end, a.started_on))
        rows = Attendance.objects.filter(person_id=a.person_id).values_list("assignment_id", "kind", "day", "hours")
        others: dict[dt.date, Decimal] = defaultdict(Decimal)
        other_kinds: dict[dt.date, Decimal] = defaultdict(Decimal)
        for aid, kind, day, hours in rows:
            if aid == a.pk and day in proposed:
                continue
            (others if kind == a.kind else other_kinds)[day] += hours
        # no hours before the activity itself began (an assignment started earlier on paper included)
        start = max(a.started_on, a.activity.start)
        findings = engine.check_hours(a.kind, others, proposed, start=start, end=end, today=clock.today(), other_kinds=other_kinds)
        refused = engine.refusals(findings)
        if refused:
            raise InvalidInput(_("De uren zijn niet geregistreerd: %(why)s.") % {"why": message_for(refused[0])},
                               [FieldError(f"hours.{f.day.isoformat()}", message_for(f)) for f in refused])
        now = clock.now()
        for day, hours in proposed.items():
            if hours == 0:
                Attendance.objects.filter(assignment=a, day=day).delete()
            else:
                Attendance.objects.update_or_create(assignment=a, day=day, defaults={
                    "person_id": a.person_id, "kind": a.kind, "hours": hours, "recorded_by": principal.user, "recorded_at": now})
        Assignment.objects.filter(pk=a.pk).update(version=F("version") + 1)
        from .sweeps import month_start, refresh_month_tasks

        refresh_month_tasks(a, {month_start(day) for day in proposed})
    _log(principal, [a.person_id], "gemeenschapsdienst: uren geregistreerd")
    return [message_for(f) for f in findings if not f.refused]


def week_of(day: dt.date) -> list[dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return [monday + dt.timedelta(days=i) for i in range(7)]


@dataclass
class MonthRow:
    assignment: Assignment
    total: engine.MonthTotal


def hours_overview(principal: Principal, year: int, month: int) -> list[MonthRow]:
    """Hours and allowance per person (assignment) for one month, for every visible assignment with hours then."""
    if not perms.can_plan(principal):
        raise Forbidden(_("Uw rol heeft geen toegang tot de planning van gemeenschapsdienst."))
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise InvalidInput(_("Ongeldige maand."), [FieldError("month", _("een maand JJJJ-MM"))])
    first = dt.date(year, month, 1)
    last = (first + engine.relativedelta(months=1)) - dt.timedelta(days=1)
    with_hours = Attendance.objects.filter(assignment=OuterRef("pk"), day__gte=first, day__lte=last)
    assignments = list(perms.assignments_visible(principal).filter(Exists(with_hours)).select_related("activity", "person")
                       .order_by("person__last_name_key", "person__first_name_key", "pk")[:MAX_LIST])
    days = defaultdict(dict)
    for aid, day, hours in Attendance.objects.filter(assignment_id__in=[a.pk for a in assignments], day__gte=first, day__lte=last).values_list(
            "assignment_id", "day", "hours"):
        days[aid][day] = hours
    rows = [MonthRow(a, _months(a, days[a.pk])[0]) for a in assignments if days[a.pk]]
    _log(principal, [r.assignment.person_id for r in rows], "gemeenschapsdienst: uren en vergoeding per maand")
    return rows


# --- exemptions ----------------------------------------------------------------------------------------------------


def record_exemption(principal: Principal, person_id: int, data: dict) -> Exemption:
    if not perms.can_exempt(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    errors: list[FieldError] = []
    reason = data.get("reason")
    if reason not in ExemptionReason.values:
        errors.append(FieldError("reason", _("kies een reden")))
    note = str(data.get("note") or "").strip()
    if len(note) < MIN_REASON:
        errors.append(FieldError("note", _("licht de vrijstelling toe (minstens %(n)s tekens)") % {"n": MIN_REASON}))
    start = _date(data.get("start") or clock.today(), "start", errors)
    end = _date(data.get("end"), "end", errors, required=False)
    if start and end and end < start:
        errors.append(FieldError("end", _("het einde ligt voor het begin")))
    if errors:
        raise InvalidInput(_("De vrijstelling is niet bewaard."), errors)
    return Exemption.objects.create(person_id=person_id, reason=reason, note=note[:2000], start=start, end=end, recorded_by=principal.user,
                                    recorded_at=clock.now())


def complete_by_platform(assignment_id: int, as_of: dt.date) -> int:
    """The sweep's completion of an assignment past its last day (1 when it did, 0 when someone else moved it first)."""
    with transaction.atomic():
        a = Assignment.objects.select_for_update().select_related("activity").filter(pk=assignment_id, state=AssignmentState.ACTIVE).first()
        if a is None:
            return 0
        last = min(d for d in (a.ends_by, a.activity.end) if d is not None)
        if last >= as_of:
            return 0
        a = workflow.transition(a, "complete", PLATFORM, reason=coded(R.ASSIGNMENT_COMPLETE),
                                fields={"ended_on": max(last, a.proposed_on), "end_reason": ""})
        a = Assignment.objects.select_related("activity__municipality", "person").get(pk=a.pk)
        _after(a, "complete", PLATFORM)
    return 1


# --- the citizen's own ---------------------------------------------------------------------------------------------


def my_assignments(principal: Principal) -> list[AssignmentView]:
    """The citizen's own assignments with their hours and allowance per month (logged as a look at one's own data)."""
    person_id = perms.own_person_id(principal)
    if person_id is None:
        raise NotFound(_("Geen persoon gekoppeld aan uw account."))
    found = list(Assignment.objects.filter(person_id=person_id).select_related("activity__municipality", "person"))
    days = _days([a.pk for a in found])
    _log(principal, [person_id], "gemeenschapsdienst: mijn toewijzingen, uren en vergoeding")
    return [AssignmentView(a, days[a.pk], _months(a, days[a.pk]), sum(days[a.pk].values(), Decimal(0)),
                           workflow.available(a, principal.role), False) for a in found]


def accept_own(principal: Principal, assignment_id: int, expected_version: int | None = None) -> Assignment:
    """The citizen accepts a proposal made to them."""
    person_id = perms.own_person_id(principal)
    a = Assignment.objects.filter(pk=assignment_id, person_id=person_id).first() if person_id else None
    if a is None:
        raise NotFound(_("Geen toewijzing met dit nummer binnen uw toegang."))
    return workflow.transition(a, "accept", Who.of(principal), expected_version=expected_version)
