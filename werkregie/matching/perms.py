"""Who may see and do what in matching. Which persons a principal may see stays people.perms' decision."""

from __future__ import annotations

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms
from werkregie.vacancies.models import Vacancy

GUIDING_ROLES = frozenset({Role.COUNSELLOR, Role.ADMIN})


def is_own(principal: Principal, person_id: int) -> bool:
    return principal.role == Role.CITIZEN and principal.user.person_id == person_id


def can_match_person(principal: Principal, person_id: int) -> bool:
    """See vacancies for a person, their profile and their skill gaps: the person, or who guides them."""
    if is_own(principal, person_id):
        return True
    return principal.role in GUIDING_ROLES and principal.has_scope(Scope.PERSONS_READ) and people_perms.can_view_person(principal, person_id)


def can_edit_profile(principal: Principal, person_id: int) -> bool:
    if is_own(principal, person_id):
        return True
    return principal.role in GUIDING_ROLES and principal.has_scope(Scope.PERSONS_WRITE) and people_perms.can_view_person(principal, person_id)


def can_see_candidates(principal: Principal, vacancy: Vacancy) -> bool:
    """A counsellor or administrator for any vacancy (listing only the persons they may see); an employer for its own
    vacancies (listing only who applied or was proposed with consent)."""
    if not principal.has_scope(Scope.PERSONS_READ):
        return False
    if principal.role in GUIDING_ROLES:
        return True
    return principal.role == Role.EMPLOYER and principal.user.organisation_id == vacancy.employer_id


def can_decide(principal: Principal, person_id: int) -> bool:
    """Exclude or pin a person on a candidate list."""
    return principal.role in GUIDING_ROLES and principal.has_scope(Scope.PERSONS_WRITE) and people_perms.can_view_person(principal, person_id)


def can_check_suitability(principal: Principal, person_id: int) -> bool:
    """Whether a vacancy is suitable employment: for guidance and for the availability control (sanctions)."""
    return (principal.role in GUIDING_ROLES | {Role.CONTROLLER} and principal.has_scope(Scope.PERSONS_READ)
            and people_perms.can_view_person(principal, person_id))
