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


def accredited_organisation(principal: Principal) -> int | None:
    """The partner's organisation when it is accredited as EVC assessor today."""
    from .models import EvcAccreditation

    if principal.role != Role.PARTNER or not principal.user.organisation_id:
        return None
    today = clock.today()
    found = EvcAccreditation.objects.filter(organisation_id=principal.user.organisation_id, valid_from__lte=today).filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=today)).exists()
    return principal.user.organisation_id if found else None


def can_see_evc(principal: Principal, request) -> bool:  # noqa: ANN001 - an EvcRequest
    if is_own(principal, request.person_id):
        return True
    if guides(principal, request.person_id):
        return True
    org = accredited_organisation(principal)
    return org is not None and request.assessor_organisation_id == org


def can_assess_evc(principal: Principal, request) -> bool:  # noqa: ANN001
    return not is_citizen(principal) and can_see_evc(principal, request)


def is_assessor(principal: Principal) -> bool:
    return principal.role in STAFF or accredited_organisation(principal) is not None


def can_accredit(principal: Principal) -> bool:
    return principal.role == Role.ADMIN
