"""Community-service and wijk-werk activities: list, create, update, with their places and capacity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation

from django.db import transaction
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock, dates
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.formats.numbers import format_number
from werkregie.geo.models import Municipality
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.workflows.services import check_version

from . import engine, perms
from .common import MAX_LIST
from .models import TAKING_STATES, Activity, ActivityKind, Assignment, HostKind

# --- activities ------------------------------------------------------------------------------------------------------


@dataclass
class ActivityView:
    activity: Activity
    taken: int
    can_edit: bool

    @property
    def free(self) -> int:
        return max(0, self.activity.capacity - self.taken)


def _taken(activity_ids: list[int]) -> dict[int, int]:
    rows = (Assignment.objects.filter(activity_id__in=activity_ids, state__in=TAKING_STATES).values("activity_id")
            .annotate(n=Count("id")).values_list("activity_id", "n"))
    return dict(rows)


def list_activities(principal: Principal, *, municipality: str | None = None, kind: str | None = None, current_only: bool = False) -> list[ActivityView]:
    if not perms.can_plan(principal):
        raise Forbidden(_("Uw rol heeft geen toegang tot de planning van gemeenschapsdienst."))
    activities = perms.activities_visible(principal).select_related("municipality", "owner")
    if municipality:
        activities = activities.filter(municipality_id=municipality)
    if kind:
        activities = activities.filter(kind=kind)
    if current_only:
        today = clock.today()
        activities = activities.filter(Q(end__isnull=True) | Q(end__gte=today))
    activities = list(activities[:MAX_LIST])
    taken = _taken([a.pk for a in activities])
    return [ActivityView(a, taken.get(a.pk, 0), perms.can_edit_activity(principal, a)) for a in activities]


def get_activity(principal: Principal, activity_id: int) -> ActivityView:
    activity = perms.activities_visible(principal).select_related("municipality", "owner").filter(pk=activity_id).first()
    if activity is None:
        raise NotFound(_("Geen activiteit met dit nummer binnen uw toegang."))
    return ActivityView(activity, _taken([activity.pk]).get(activity.pk, 0), perms.can_edit_activity(principal, activity))


FIELDS = ("kind", "title", "host_name", "host_kind", "address", "municipality", "hours_per_week", "capacity", "start", "end", "description")


# Dates of activities, exemptions and hours lie from 2000 to a few years ahead (attack of stop 26: an activity and an
# exemption starting in 9999, an exemption in 1900, were stored).
YEARS_AHEAD = 5


def _date(value, name: str, errors: list[FieldError], required: bool = True) -> dt.date | None:  # noqa: ANN001
    if value in (None, ""):
        if required:
            errors.append(FieldError(name, _("verplicht")))
        return None
    day = value.date() if isinstance(value, dt.datetime) else value if isinstance(value, dt.date) else None
    if day is None:
        text = str(value).strip()
        for parse in (dt.date.fromisoformat, lambda s: dt.datetime.strptime(s, "%d/%m/%Y").date()):
            try:
                day = parse(text)
                break
            except ValueError:
                continue
    if day is None:
        errors.append(FieldError(name, _("geen geldige datum (DD/MM/JJJJ)")))
        return None
    first, last = dates.limits(years_ahead=YEARS_AHEAD)
    if not first <= day <= last:
        errors.append(FieldError(name, _("een datum van %(first)s tot %(last)s") % {"first": f"{first:%d/%m/%Y}", "last": f"{last:%d/%m/%Y}"}))
        return None
    return day


def _decimal(value, name: str, errors: list[FieldError]) -> Decimal | None:  # noqa: ANN001
    if value in (None, ""):
        errors.append(FieldError(name, _("verplicht")))
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        errors.append(FieldError(name, _("geen geldig getal")))
        return None
    if not number.is_finite():
        errors.append(FieldError(name, _("geen geldig getal")))
        return None
    return number


WEEKS_PER_MONTH = Decimal(52) / Decimal(12)


def _within_monthly_limits(kind: str, hours_per_week: Decimal, on: dt.date, errors: list[FieldError]) -> None:
    """An activity's weekly hours within the scheme's monthly limits on its first day (walk of stop 28: community
    service at 20 h a week, some 87 h a month, was saved while the page itself says 32 to 64)."""
    limits = engine.limits(kind, on)
    monthly = hours_per_week * WEEKS_PER_MONTH
    # the weekly bound said to one decimal, rounded inwards, so that the number said is itself allowed (attack of stop
    # 28: "minstens 7,3" for a minimum of 7,38)
    if monthly > limits.max_hours_month:
        week = (limits.max_hours_month / WEEKS_PER_MONTH).quantize(Decimal("0.1"), rounding=ROUND_FLOOR)
        errors.append(FieldError("hours_per_week", _("hoogstens %(week)s uur per week (%(month)s uur per maand)") % {
            "week": format_number(week, 1), "month": format_number(limits.max_hours_month)}))
    elif limits.min_hours_month is not None and monthly < limits.min_hours_month:
        week = (limits.min_hours_month / WEEKS_PER_MONTH).quantize(Decimal("0.1"), rounding=ROUND_CEILING)
        errors.append(FieldError("hours_per_week", _("minstens %(week)s uur per week (%(month)s uur per maand)") % {
            "week": format_number(week, 1), "month": format_number(limits.min_hours_month)}))


def _clean_activity(principal: Principal, data: dict, current: Activity | None) -> dict:
    errors: list[FieldError] = []
    values: dict = {}
    kind = data.get("kind", current.kind if current else None)
    if kind not in ActivityKind.values:
        errors.append(FieldError("kind", _("kies gemeenschapsdienst of wijk-werken")))
    values["kind"] = kind
    for name, limit in (("title", 200), ("host_name", 200), ("address", 200)):
        text = str(data.get(name, getattr(current, name, "")) or "").strip()
        if not text:
            errors.append(FieldError(name, _("verplicht")))
        elif len(text) > limit:
            errors.append(FieldError(name, _("hoogstens %(n)s tekens") % {"n": limit}))
        values[name] = text
    host_kind = data.get("host_kind", current.host_kind if current else None)
    if host_kind not in HostKind.values:
        errors.append(FieldError("host_kind", _("kies lokaal bestuur, vzw of school")))
    values["host_kind"] = host_kind
    code = str(data.get("municipality", current.municipality_id if current else "") or "").strip()
    place = Municipality.objects.filter(pk=code).first() if code else None
    if place is None:
        errors.append(FieldError("municipality", _("geen gekende gemeente (NIS-code)")))
    else:
        allowed = perms.activity_places(principal)
        if allowed is not None and place.pk not in allowed:
            own = ", ".join(str(m) for m in Municipality.objects.filter(pk__in=allowed).order_by("name_nl")) or "—"
            errors.append(FieldError("municipality", _("enkel een activiteit in uw eigen gemeente (%(own)s)") % {"own": own}))
    values["municipality"] = place
    hours = _decimal(data.get("hours_per_week", current.hours_per_week if current else None), "hours_per_week", errors)
    if hours is not None and not (Decimal(0) < hours <= 40):
        errors.append(FieldError("hours_per_week", _("tussen 0 en 40 uur per week")))
    values["hours_per_week"] = hours
    capacity = data.get("capacity", current.capacity if current else None)
    try:
        capacity = int(capacity)
        if not 1 <= capacity <= 1000:
            raise ValueError
    except (TypeError, ValueError):
        errors.append(FieldError("capacity", _("een aantal plaatsen van 1 tot 1000")))
        capacity = None
    values["capacity"] = capacity
    start = _date(data.get("start", current.start if current else None), "start", errors)
    end = _date(data.get("end", current.end if current else None), "end", errors, required=False)
    if start and end and end < start:
        errors.append(FieldError("end", _("het einde ligt voor het begin")))
    if start and kind in ActivityKind.values and not engine.in_force(kind, start):
        errors.append(FieldError("start", _("deze regeling bestaat nog niet op die datum")))
    elif start and hours is not None and kind in ActivityKind.values:
        _within_monthly_limits(kind, hours, start, errors)
    values["start"], values["end"] = start, end
    description = str(data.get("description", current.description if current else "") or "").strip()
    if len(description) > 4000:
        errors.append(FieldError("description", _("hoogstens %(n)s tekens") % {"n": 4000}))
    values["description"] = description
    if current is not None and kind != current.kind and Assignment.objects.filter(activity=current).exists():
        errors.append(FieldError("kind", _("er zijn al toewijzingen voor deze activiteit: de soort ligt vast")))
    if current is not None and capacity is not None:
        taken = _taken([current.pk]).get(current.pk, 0)
        if capacity < taken:
            errors.append(FieldError("capacity", _("er zijn al %(n)s plaatsen ingenomen") % {"n": taken}))
    if current is None:
        if principal.role == Role.MUNICIPALITY:
            values["owner"] = principal.user.organisation
        else:
            owner = Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY, municipality=place).first() if place else None
            owner_id = data.get("owner")
            if owner_id not in (None, ""):
                owner = Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY, pk=owner_id).first()
            if owner is None:
                errors.append(FieldError("owner", _("geen gemeente (OCMW) die deze activiteit aanbiedt")))
            values["owner"] = owner
    if errors:
        raise InvalidInput(_("De activiteit is niet bewaard: controleer de gemarkeerde velden."), errors)
    return values


def create_activity(principal: Principal, data: dict) -> Activity:
    if not perms.can_manage_activities(principal):
        raise Forbidden(_("Enkel een gemeente of een beheerder maakt activiteiten aan."))
    values = _clean_activity(principal, data, None)
    now = clock.now()
    return Activity.objects.create(created_by=principal.user, created_at=now, updated_at=now, **values)


def update_activity(principal: Principal, activity_id: int, data: dict, expected_version: int | None) -> Activity:
    """Change an activity. `expected_version` is the version the user edited: someone else's change in between is
    refused with the current version (nothing is overwritten)."""
    with transaction.atomic():
        activity = perms.activities_visible(principal).select_for_update().filter(pk=activity_id).first()
        if activity is None:
            raise NotFound(_("Geen activiteit met dit nummer binnen uw toegang."))
        if not perms.can_edit_activity(principal, activity):
            raise Forbidden(_("U mag deze activiteit niet wijzigen."))
        if expected_version is None:
            raise InvalidInput(_("De versie ontbreekt."), [FieldError("version", _("verplicht"))])
        check_version(activity, expected_version)
        values = _clean_activity(principal, data, activity)
        for name, value in values.items():
            setattr(activity, name, value)
        activity.version += 1
        activity.updated_at = clock.now()
        activity.save()
    return activity
