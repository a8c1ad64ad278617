"""Who may do what in careers. Which persons a principal may see stays werkregie.people.perms' decision; an accredited
EVC partner sees the requests assigned to its organisation (the assignment is its ground, like an application is an
employer's)."""

from __future__ import annotations

from django.db.models import Q

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.people import perms as people_perms

STAFF = frozenset({Role.COUNSELLOR, Role.ADMIN})


def is_citizen(principal: Principal) -> bool:
    return principal.role == Role.CITIZEN and bool(principal.user.person_id)


def is_own(principal: Principal, person_id: int) -> bool:
    return is_citizen(principal) and principal.user.person_id == person_id


def guides(principal: Principal, person_id: int) -> bool:
    """A counsellor (or administrator) who may see and write for this person."""
    return (principal.role in STAFF and principal.has_scope(Scope.PERSONS_WRITE)
            and people_perms.can_view_person(principal, person_id))


def organisation_accredited(organisation_id: int | None) -> bool:
    """Whether the organisation is accredited as EVC assessor (an EVC centre) today."""
    from .models import EvcAccreditation

    if not organisation_id:
        return False
    today = clock.today()
    return EvcAccreditation.objects.filter(organisation_id=organisation_id, valid_from__lte=today).filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=today)).exists()


def accredited_organisation(principal: Principal) -> int | None:
    """The partner's organisation when it is accredited as EVC assessor today."""
    if principal.role != Role.PARTNER or not principal.user.organisation_id:
        return None
    return principal.user.organisation_id if organisation_accredited(principal.user.organisation_id) else None


def assessing_organisation(principal: Principal) -> int | None:
    """accredited_organisation for a write (plan, results, certify, refuse): with the scope to write about persons. A
    read-only partner token planned, recorded and certified (attack round 4, L2)."""
    return accredited_organisation(principal) if principal.has_scope(Scope.PERSONS_WRITE) else None


def can_see_evc(principal: Principal, request) -> bool:  # noqa: ANN001 - an EvcRequest
    if is_own(principal, request.person_id):
        return True
    if guides(principal, request.person_id):
        return True
    org = accredited_organisation(principal)
    return org is not None and request.assessor_organisation_id == org


def can_assess_evc(principal: Principal, request) -> bool:  # noqa: ANN001
    """Plan the assessment and record its results. Once the request is assigned to an organisation, only that
    organisation does (its accredited partner's users), as only it certifies (evc.may_decide): found by the attack on
    issue 13, a VDAB counsellor recorded the results of an assessment assigned to a partner, and the partner's signature
    then went on results it had not recorded. Unassigned, VDAB assesses: who guides the person."""
    if is_citizen(principal):
        return False
    if request.assessor_organisation_id is not None:
        return assessing_organisation(principal) == request.assessor_organisation_id
    return guides(principal, request.person_id)


def is_assessor(principal: Principal) -> bool:
    return principal.role in STAFF or accredited_organisation(principal) is not None


def can_accredit(principal: Principal) -> bool:
    return principal.role == Role.ADMIN
