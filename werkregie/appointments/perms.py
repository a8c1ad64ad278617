"""Who may do what with agendas and appointments. Which persons: werkregie.people.perms decides."""

from __future__ import annotations

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms

# the roles that keep an agenda, invite, convoke and record attendance
AGENDA_ROLES = frozenset({Role.COUNSELLOR, Role.ADMIN})
# who may see the no-show and lead-time figures (no personal data)
KPI_ROLES = frozenset({Role.COUNSELLOR, Role.ANALYST, Role.ADMIN})


def can_use_agenda(principal: Principal) -> bool:
    return principal.role in AGENDA_ROLES and principal.has_scope(Scope.PERSONS_READ)


def can_manage(principal: Principal, person_id: int) -> bool:
    """Invite, convoke, record attendance and judge an excuse for this person."""
    return can_use_agenda(principal) and principal.has_scope(Scope.PERSONS_WRITE) and people_perms.can_view_person(principal, person_id)


def can_see(principal: Principal, person_id: int) -> bool:
    """See a person's appointments: the person, or staff who guide them."""
    if principal.role == Role.CITIZEN:
        return bool(principal.user.person_id) and principal.user.person_id == person_id
    return can_use_agenda(principal) and people_perms.can_view_person(principal, person_id)


def is_citizen(principal: Principal) -> bool:
    return principal.role == Role.CITIZEN and bool(principal.user.person_id)


def can_see_kpis(principal: Principal) -> bool:
    return principal.role in KPI_ROLES
