"""The counsellor's landing page: per person in the caseload their current status, distance to the labour market, the
due dates of screening and agreements, the next task and the last contact; sorted and filtered on them in the
database, within the sections the role may see; the next person to act on first.

The controller's landing uses the same listing ordered by what needs action: the persons with an open control file,
the nearest legal deadline first.

Everything listed is logged as read (one access-log entry per person, with the columns actually shown)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Case, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest, Least, TruncDate
from django.utils.translation import gettext as _

from werkregie.access.models import Shown
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput
from werkregie.people import perms
from werkregie.people.enums import JOBSEEKER_KINDS, StatusKind
from werkregie.people.models import Person, StatusEpisode
from werkregie.people.use_cases import Page
from werkregie.people.use_cases.common import resolve_purpose
from werkregie.people.use_cases.search import _filtered, check_search_text, search_branches

from .enums import TaskKind, TaskStatus
from .models import ScreeningSchedule, Task

AGREEMENT_KINDS = (TaskKind.AGREEMENT_TO_MAKE, TaskKind.AGREEMENT_DUE, TaskKind.AGREEMENT_OVERDUE)
DISTANCES = ("short", "medium", "long", "not_deployable", "none")
DUE_FILTERS = ("overdue", "week", "month", "none")

# each sort key and filter, and the section (or the screening role) it reveals
SORTS = {
    # the next task is screening's (annotated only with it): a controller's sorteer=actie was "invalid" on the export
    # and on the page a choice not offered; now refused alike, as a sort on a section it may not see (re-walk of issue 16)
    "actie": ("due", "screening"), "naam": ("last_name_key", None), "status": ("status", "statuses"),
    "afstand": ("distance_rank", "screening"), "screening": ("screening_due", "statuses"), "afspraken": ("agreement_due", "statuses"),
    "contact": ("last_contact", "screening"), "controle": ("control_deadline", "statuses"),
}
FILTERS = {"status": "statuses", "afstand": "screening", "termijn": "statuses", "municipality": "address"}


@dataclass
class Row:
    person: Person
    status: str | None
    distance: str | None
    screening_due: dt.date | None
    agreement_due: dt.date | None
    next_due: dt.date | None
    next_task: str | None
    last_contact: dt.date | None
    control_deadline: dt.date | None
    overdue: bool  # the earliest due date (`due`) has passed
    control_overdue: bool = False  # a controller's row: the control file's legal deadline has passed
    due: dt.date | None = None  # the earliest of the person's due dates (due_on): the filter, the order and the next person
    control_case: int | None = None  # the open control case of control_deadline (a controller opens it, not the record)
    control_state: str | None = None  # that case's state: what the controller has to do on it

    @property
    def control_state_label(self) -> str:
        """What is to be done on the control case ("Te beslissen"), for a controller's "Eerst aan de beurt" (the walk
        found a counsellor's task there while the link opened the case)."""
        from werkregie.compliance.workflows import STATES

        return str(STATES.get(self.control_state or "", ""))

    @property
    def due_task(self) -> str | None:
        """What is due on `due`: the open task of that day, else the screening or the agreements the columns show."""
        if self.due is None:
            return None
        if self.next_task and self.next_due == self.due:
            return self.next_task
        return TaskKind.SCREENING_DUE if self.screening_due == self.due else TaskKind.AGREEMENT_DUE

    @property
    def needs_screening(self) -> bool:
        """Only a job seeker is screened: a newcomer or someone on long-term sick leave is not "not yet screened"."""
        return self.status in JOBSEEKER_KINDS

    @property
    def status_label(self) -> str:
        return str(dict(StatusKind.choices).get(self.status, "")) if self.status else ""


def visible(principal: Principal) -> frozenset[str]:
    """What this role's overview may show, sort and filter on: its sections, plus "screening" for the screening roles."""
    from werkregie.screening.perms import SCREENING_ROLES

    sections = set(perms.sections_for(principal))
    if principal.role in SCREENING_ROLES:
        sections.add("screening")
    return frozenset(sections)


def check_sort(principal: Principal, sort: str) -> None:
    """Refuse a sort on a section the role may not see as a filter on it is refused (403, named): the order alone would
    reveal that section person by person. An unknown key is not refused here (the caller says which keys exist)."""
    needs = SORTS.get(sort, (None, None))[1]
    if needs and needs not in visible(principal):
        raise Forbidden(_("Uw rol mag niet sorteren op %(name)s: die gegevens zijn voor u niet zichtbaar.") % {"name": sort},
                        [FieldError("sorteer", _("niet toegestaan voor uw rol"))])


# the roles that list the whole register (6.7 M persons in production), not a caseload
REGISTER_WIDE = frozenset({Role.ADMIN})


def default_sort(principal: Principal) -> str:
    return default_sort_for(visible(principal), principal.role == Role.CONTROLLER, principal.role in REGISTER_WIDE)


def default_sort_for(sections: frozenset[str], controller: bool, register: bool = False) -> str:
    """What needs action first: a control file's deadline for a controller, the next task for a counsellor. A role
    that lists the whole register, by name: "what needs action first" computed every person's due dates and sorted the
    register before its first page (16–17 s for the admin's 20,000 demo persons, walk of issue 16; the name order reads
    the name index, one page); its "Volgende taak" column still sorts on them when asked."""
    if controller:
        return "controle"
    return "actie" if "screening" in sections and not register else "naam"


def _open_tasks(kinds: tuple | None = None) -> QuerySet:
    tasks = Task.objects.filter(person=OuterRef("pk"), status=TaskStatus.OPEN)
    return tasks.filter(kind__in=kinds) if kinds else tasks


def _annotated(base: QuerySet, sections: frozenset[str], today: dt.date) -> QuerySet:
    from werkregie.appointments.models import Appointment
    from werkregie.compliance.models import Case
    from werkregie.compliance.workflows import OPEN_STATES
    from werkregie.screening.models import Assessment

    annotations = {}
    schedule = Subquery(ScreeningSchedule.objects.filter(person=OuterRef("pk")).values("due_on")[:1])
    if "statuses" in sections:
        current = StatusEpisode.objects.filter(person=OuterRef("pk"), start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))
        annotations["status"] = Subquery(current.order_by("-start", "-id").values("kind")[:1])
        # the next screening as the person's screening page computes it (stored by the sweep for every job seeker: the
        # open tasks alone left the column empty for everyone due after the worklist's lead), else an open screening task
        annotations["screening_due"] = Coalesce(schedule, Subquery(_open_tasks((TaskKind.SCREENING_DUE,)).order_by("due_on").values("due_on")[:1]))
        annotations["agreement_due"] = Subquery(_open_tasks(AGREEMENT_KINDS).order_by("due_on").values("due_on")[:1])
        next_case = Case.objects.filter(person=OuterRef("pk"), state__in=OPEN_STATES, deadline__isnull=False).order_by("deadline", "id")
        annotations["control_deadline"] = Subquery(next_case.values("deadline")[:1])
        annotations["control_case"] = Subquery(next_case.values("id")[:1])  # the case to decide, for a controller's next person
        annotations["control_state"] = Subquery(next_case.values("state")[:1])  # what is to be done on it (walk 2m)
    if "screening" in sections:
        annotations["next_due"] = Subquery(_open_tasks().order_by("due_on", "id").values("due_on")[:1])
        annotations["next_task"] = Subquery(_open_tasks().order_by("due_on", "id").values("kind")[:1])
        annotations["distance"] = Subquery(Assessment.objects.filter(person=OuterRef("pk")).order_by("-assessed_at", "-id").values("category")[:1])
        assessed = Subquery(Assessment.objects.filter(person=OuterRef("pk")).order_by("-assessed_at").values("assessed_at")[:1])
        attended = Subquery(Appointment.objects.filter(person=OuterRef("pk"), state="attended", slot__isnull=False)
                            .order_by("-slot__start").values("slot__start")[:1])
        # the day in Brussels: a cast to date takes the database's UTC day, one day early from midnight to 01:00 (02:00)
        assessed_on, attended_on = TruncDate(assessed, tzinfo=clock.BRUSSELS), TruncDate(attended, tzinfo=clock.BRUSSELS)
        # the later of the two; Greatest with a NULL is NULL on SQLite, hence the coalesce on both sides
        annotations["last_contact"] = Greatest(Coalesce(assessed_on, attended_on), Coalesce(attended_on, assessed_on))
    annotations.update(due_on(annotations, schedule))
    return base.annotate(**annotations)


def _earliest(*values):  # noqa: ANN002, ANN202 - expressions
    """The earliest non-empty value: LEAST with a NULL is NULL on SQLite, hence each side coalesced with the others."""
    if len(values) == 1:
        return values[0]
    return Least(*(Coalesce(*values[i:], *values[:i]) for i in range(len(values))))


def due_on(annotations: dict, schedule: Subquery) -> dict:
    """The one due date of a person that the "Termijn" filter, the "Volgende taak" order and "Eerst aan de beurt" all
    use: the earliest of the screening, the agreements and every open task the role may see (the walk of issue 16 found
    the most overdue person, 75 days late on re-integration, left out of "Te laat": the filter counted two of them).

    Where every open task is seen (`next_due`), the agreements' and the screening task's dates are among them: the
    earliest is that of the stored screening schedule and the first open task, two subqueries instead of five, each
    written out once per side of the LEAST (its NULL-safe form repeats them). The register-wide "actie" order of an
    administrator computed the five for 40,000 persons: 14 s on the demo (walk of issue 16)."""
    if "next_due" in annotations:
        dates = [schedule, annotations["next_due"]] if "screening_due" in annotations else [annotations["next_due"]]
    else:
        dates = [annotations[name] for name in ("screening_due", "agreement_due") if name in annotations]
    return {"due": _earliest(*dates)} if dates else {}


def municipalities(principal: Principal) -> list[str]:
    """The municipalities (NIS codes) where the principal's own persons live, for the "Gemeente" filter (it listed all
    of Flanders: walk of issue 16); none for a role that may not see addresses. Only persons it may list: the choices
    tell nothing of anyone else."""
    if FILTERS["municipality"] not in visible(principal):
        return []
    return sorted(perms.visible_persons(principal).exclude(municipality__isnull=True).values_list("municipality_id", flat=True).distinct())


def check_access(principal: Principal) -> None:
    """Forbidden for a role that may not search the register: checked before any input is read (attack round 5, L7:
    an invalid filter answered 400 to a role that then got 403 without it)."""
    if not perms.can_search(principal):
        raise Forbidden(_("Uw rol mag niet zoeken in het talentregister."))


EXPORT_LIMIT = 10_000  # the rows of a CSV download: a caseload, not the register (the register's own export is the person search's)


def overview(principal: Principal, *, q: str = "", status: str = "", distance: str = "", due: str = "", municipality: str = "",
             sort: str = "", descending: bool = False, page: int = 1, page_size: int = 50, purpose: str | None = None,
             export: bool = False) -> Page:
    """One page of the principal's persons with the columns its role may see. Refuses a filter or sort on a section
    the role may not see (it would reveal that section person by person). `export`: the CSV download's one page of up
    to EXPORT_LIMIT rows, one query and one access-log write (it read 100 pages of 100, each sorted again and each
    logged in its own write: an administrator's download of the register held the demo's database for minutes, and
    other users' writes timed out: attack of issue 16, stop 37)."""
    check_access(principal)
    check_search_text(q)
    sections = visible(principal)
    sort = sort or default_sort(principal)
    errors = []
    if sort not in SORTS:
        errors.append(FieldError("sorteer", _("kies een van: %(choices)s") % {"choices": ", ".join(SORTS)}))
    check_sort(principal, sort)
    used = {"status": status, "afstand": distance, "termijn": due, "municipality": municipality}
    refused = [name for name, value in used.items() if value and FILTERS[name] not in sections]
    if refused:  # named, so that the page and the export say which (the field is not offered to this role)
        raise Forbidden(_("Uw rol mag niet filteren op %(names)s: die gegevens zijn voor u niet zichtbaar.") % {"names": ", ".join(refused)},
                        [FieldError(name, _("niet toegestaan voor uw rol")) for name in refused])
    if distance and distance not in DISTANCES:
        errors.append(FieldError("afstand", _("kies een van: %(choices)s") % {"choices": ", ".join(DISTANCES)}))
    if due and due not in DUE_FILTERS:
        errors.append(FieldError("termijn", _("kies een van: %(choices)s") % {"choices": ", ".join(DUE_FILTERS)}))
    if page < 1 or not 1 <= page_size <= (EXPORT_LIMIT if export else 100):
        errors.append(FieldError("pagina", _("vanaf 1")))
    if errors:
        raise InvalidInput(_("Ongeldige keuze in de lijst."), errors)
    chosen = resolve_purpose(principal, purpose)
    today = clock.today()
    base = _filtered(perms.visible_persons(principal), status, municipality)
    if q.strip():
        from functools import reduce
        from operator import or_

        base = base.filter(reduce(or_, search_branches(q)))
    rows = _annotated(base, sections, today)
    if distance:
        rows = rows.filter(distance__isnull=True) if distance == "none" else rows.filter(distance=distance)
    if due:
        if due == "none":
            rows = rows.filter(due__isnull=True)
        else:
            until = {"overdue": today - dt.timedelta(days=1), "week": today + dt.timedelta(days=7), "month": today + dt.timedelta(days=31)}[due]
            rows = rows.filter(due__lte=until)
    if sort == "afstand":  # by how far from work, not by the category's code ("long" sorted before "medium" and "short")
        rows = rows.annotate(distance_rank=Case(*(When(distance=code, then=Value(rank)) for rank, code in enumerate(DISTANCES[:-1])),
                                                default=None, output_field=IntegerField()))
    field = SORTS[sort][0]
    key = F(field).desc(nulls_last=True) if descending else F(field).asc(nulls_last=True)
    if sort == "contact" and not descending:
        key = F(field).asc(nulls_first=True)  # never contacted: first to act on
    rows = rows.order_by(key, "last_name_key", "first_name_key", "id")
    count = min(rows.count(), 10_000)
    items = list(rows.select_related("municipality")[(page - 1) * page_size: page * page_size])
    result = [Row(p, getattr(p, "status", None), getattr(p, "distance", None), getattr(p, "screening_due", None), getattr(p, "agreement_due", None),
                  getattr(p, "next_due", None), getattr(p, "next_task", None), _date(getattr(p, "last_contact", None)),
                  getattr(p, "control_deadline", None), bool(getattr(p, "due", None) and p.due < today),
                  principal.role == Role.CONTROLLER and bool(getattr(p, "control_deadline", None) and p.control_deadline < today),
                  getattr(p, "due", None), getattr(p, "control_case", None), getattr(p, "control_state", None)) for p in items]
    shown = ["naam"] + [label for section, label in (("statuses", "huidige status, termijnen"), ("screening", "afstand, volgende taak, laatste contact"),
                                                       ("address", "gemeente")) if section in sections]
    record_access(principal.actor(), [r.person.pk for r in result], "overzicht: " + ", ".join(shown), chosen, principal.channel, shown=Shown.LIST)
    return Page(items=result, count=count, page=page, page_size=page_size, count_capped=count >= 10_000)


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])
