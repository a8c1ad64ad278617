"""The catalogue: a provider delivers its courses (API or file, through importer.py), anyone reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.workflows.services import Who

from .. import perms
from ..importer import Report, import_catalogue
from ..models import Course, Provider


def provider(provider_id: int) -> Provider:
    found = Provider.objects.select_related("organisation", "municipality").filter(pk=provider_id).first()
    if found is None:
        raise NotFound(_("Geen opleidingsverstrekker met dit nummer."))
    return found


def managed_providers(principal: Principal) -> list[Provider]:
    """The providers whose catalogue this principal delivers."""
    if principal.is_admin:
        return list(Provider.objects.order_by("name"))
    if not principal.user.organisation_id:
        return []
    return [p for p in Provider.objects.filter(organisation_id=principal.user.organisation_id) if perms.can_manage_catalogue(principal, p)]


def deliver(principal: Principal, provider_id: int, records: list, *, replace: bool = True, skip_invalid: bool = False,
            confirm_deactivation: bool = False, confirm_cancellations: bool = False,
            progress: Callable[[int], None] | None = None) -> Report:
    """A provider's catalogue from its own records. All-or-nothing unless skip_invalid: a report with every problem and
    nothing written (InvalidInput) when one record is bad. A whole catalogue that would take more than half of the
    active courses out is refused unless `confirm_deactivation` says that is meant; one that takes away live bookings
    (a booked course or session withdrawn, a session's places cut below its bookings) unless `confirm_cancellations`
    does, and then those bookings are cancelled by the provider: the money back, the person told (importer.py)."""
    found = provider(provider_id)
    if not perms.can_manage_catalogue(principal, found):
        raise Forbidden(_("U beheert de catalogus van deze opleidingsverstrekker niet."))
    if not isinstance(records, list):
        raise InvalidInput(_("Een lijst van opleidingen verwacht."))
    if replace and not confirm_deactivation:
        _refuse_mass_deactivation(found, records)
    return import_catalogue(found, records, skip_invalid=skip_invalid, replace=replace, confirm_cancellations=confirm_cancellations,
                            who=Who.of(principal), progress=progress, move_booked_sessions=principal.role == Role.ADMIN)


def _refuse_mass_deactivation(found: Provider, records: list) -> None:
    """Found by the attack: an empty list (or a truncated file) as the whole catalogue silently took every course out,
    and the sessions people had booked with it became unbookable."""
    listed = {str(r.get("course_id") or "").strip() for r in records if isinstance(r, dict)}
    active = set(Course.objects.filter(provider=found, active=True).values_list("course_id", flat=True))
    going = sorted(active - listed)
    if going and len(going) * 2 > len(active):
        message = _("Deze volledige catalogus haalt %(n)s van uw %(active)s actieve opleidingen uit de catalogus (onder meer %(ids)s); "
                    "geboekte sessies ervan zijn dan niet meer te boeken. Bevestig dat uitdrukkelijk als dat de bedoeling is.") % {
            "n": len(going), "active": len(active), "ids": ", ".join(going[:5])}
        raise InvalidInput(message, [FieldError("confirm_deactivation", message)])


def course(course_id: int) -> Course:
    found = Course.objects.select_related("provider", "municipality").filter(pk=course_id).first()
    if found is None:
        raise NotFound(_("Geen opleiding met dit nummer."))
    return found


def courses_of(provider_id: int, *, active_only: bool = True) -> list[Course]:
    qs = Course.objects.filter(provider_id=provider_id).select_related("municipality").prefetch_related("sessions")
    return list(qs.filter(active=True) if active_only else qs)


def courses_teaching(skill_uris: list[str], per_skill: int = 3) -> dict[str, list[Course]]:
    """For each skill, at most `per_skill` active courses of the catalogue that teach it: a course with a free place
    soonest first, then the shorter, then the cheaper (the next step after a skill was not recognised in an EVC
    assessment). Read from the process's catalogue index, then one query for the courses shown."""
    from .. import index

    catalogue = index.current()
    far = dt.date.max

    def rank(pk: int) -> tuple:
        _skills, cost, hours, _modality, _nis = catalogue.rows[pk]
        return (catalogue.first.get(pk, far), hours, cost, pk)

    chosen = {uri: sorted(catalogue.by_skill.get(uri, ()), key=rank)[:per_skill] for uri in skill_uris}
    courses = Course.objects.select_related("provider").in_bulk([pk for ids in chosen.values() for pk in ids])
    return {uri: [courses[pk] for pk in ids if pk in courses] for uri, ids in chosen.items()}
