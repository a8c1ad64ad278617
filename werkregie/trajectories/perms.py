"""Who may see and change trajectories, agreements and steps; built on werkregie.people.perms.

- counsellor (own caseload or team) and admin: read and edit the trajectories of the persons they may see;
- citizen: read their own, accept proposed agreements, hand in evidence for their own steps;
- partner (mutuality, integration agency): only the steps assigned to its organisation, for persons with a current link
  of the step's purpose (sickness re-integration, integration trajectory), and only those steps;
- controller, employer, municipality, analyst: no access here (the controller sees a missed agreement in its case file)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Forbidden, NotFound
from werkregie.people import perms as people_perms
from werkregie.people.models import PartnerLink

EDITORS = frozenset({Role.COUNSELLOR, Role.ADMIN})
PARTNER_PURPOSES = (Purpose.SICKNESS_REINTEGRATION, Purpose.INTEGRATION_TRAJECTORY)


def is_editor(principal: Principal) -> bool:
    return principal.role in EDITORS


def is_citizen(principal: Principal) -> bool:
    return principal.role == Role.CITIZEN and bool(principal.user.person_id)


def is_partner(principal: Principal) -> bool:
    return principal.role == Role.PARTNER and bool(principal.user.organisation_id)


def is_writing_partner(principal: Principal) -> bool:
    """A partner that may report on its steps: with the scope to write about persons (a read-only partner token wrote
    notes and submitted and approved steps: attack round 5, M-b)."""
    return is_partner(principal) and principal.has_scope(Scope.PERSONS_WRITE)


def can_edit(principal: Principal, person_id: int) -> bool:
    return is_editor(principal) and people_perms.can_view_person(principal, person_id)


def require_editor(principal: Principal, person_id: int) -> None:
    """Counsellor/admin with access to the person; otherwise Forbidden (wrong role) or NotFound (not in access)."""
    if not is_editor(principal):
        raise Forbidden(_("Uw rol heeft geen toegang tot trajecten."))
    if not people_perms.can_view_person(principal, person_id):
        raise NotFound(_("Niet gevonden binnen uw toegang."))


def require_citizen(principal: Principal) -> int:
    if not is_citizen(principal):
        raise Forbidden(_("Enkel voor de burger zelf."))
    return principal.user.person_id


# Why an editor opens a person's trajectory: to guide them (counsellor), to administer or to handle a complaint (admin).
FILE_PURPOSES = (Purpose.GUIDANCE, Purpose.SICKNESS_REINTEGRATION, Purpose.ADMINISTRATION, Purpose.COMPLAINT_HANDLING)


def file_purposes(principal: Principal, person_id: int) -> list[Purpose]:
    """The purposes for which this principal may open the person's trajectory (the page asks when more than one)."""
    return [p for p in people_perms.purposes_for(principal, person_id) if p in FILE_PURPOSES]


def file_purpose(principal: Principal, person_id: int, requested: str | None) -> Purpose:
    """The purpose the trajectory is opened for: the one asked (refused when it does not fit), else the role's first."""
    allowed = file_purposes(principal, person_id)
    if not requested:
        return allowed[0] if allowed else reader_purpose(principal)
    if requested not in allowed:
        raise Forbidden(_("Een traject opent u enkel voor: %(allowed)s.") % {"allowed": ", ".join(str(Purpose(p).label) for p in allowed)})
    return Purpose(requested)


def reader_purpose(principal: Principal) -> Purpose:
    if principal.role == Role.CITIZEN:
        return Purpose.OWN_DATA
    if principal.role == Role.COUNSELLOR:
        return Purpose.GUIDANCE
    if principal.role == Role.ADMIN:
        return Purpose.ADMINISTRATION
    raise Forbidden(_("Uw rol heeft geen toegang tot trajecten."))


def current_links(organisation_id: int) -> QuerySet[PartnerLink]:
    today = clock.today()
    return PartnerLink.objects.filter(organisation_id=organisation_id, purpose__in=PARTNER_PURPOSES, start__lte=today).filter(
        Q(end__isnull=True) | Q(end__gte=today))


def partner_steps(principal: Principal) -> QuerySet:
    """The steps a partner may see and update: assigned to its organisation, person linked to it right now."""
    from .models import AgreementStep

    if not is_partner(principal):
        return AgreementStep.objects.none()
    org = principal.user.organisation_id
    links = current_links(org).filter(person_id=OuterRef("person_id"))
    # only while the trajectory runs and the step is not struck (walk of stop 28: the mutuality kept reading a closed
    # trajectory's withdrawn step, each read logged after the closure)
    return (AgreementStep.objects.filter(partner_id=org).filter(Exists(links)).exclude(state="cancelled")
            .exclude(agreement__trajectory__state="closed"))


def partner_purpose(principal: Principal, person_id: int) -> Purpose:
    purpose = current_links(principal.user.organisation_id).filter(person_id=person_id).values_list("purpose", flat=True).first()
    if purpose is None:
        raise NotFound(_("Niet gevonden binnen uw toegang."))
    return Purpose(purpose)
