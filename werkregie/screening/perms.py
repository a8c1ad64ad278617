"""Who may see and do what in screening. The person record's own rules (people.perms) decide which persons."""

from __future__ import annotations

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms

# the roles that screen and guide job seekers; a controller, employer, municipality or partner never sees a score
SCREENING_ROLES = frozenset({Role.COUNSELLOR, Role.ADMIN})


def can_screen(principal: Principal, person_id: int) -> bool:
    """See a person's score and explanation, and record an assessment."""
    return (principal.role in SCREENING_ROLES and principal.has_scope(Scope.PERSONS_READ)
            and people_perms.can_view_person(principal, person_id))


def can_assess(principal: Principal, person_id: int) -> bool:
    return principal.role == Role.COUNSELLOR and principal.has_scope(Scope.PERSONS_WRITE) and can_screen(principal, person_id)


def can_see_own(principal: Principal) -> bool:
    """A citizen sees their own score, its explanation and their assessment."""
    return principal.role == Role.CITIZEN and bool(principal.user.person_id)


def can_see_worklist(principal: Principal) -> bool:
    return principal.role in SCREENING_ROLES and principal.has_scope(Scope.PERSONS_READ)


def can_see_model_card(principal: Principal) -> bool:
    """The model card holds no personal data: everyone who works with screening or oversees it may read it."""
    return principal.role in {Role.COUNSELLOR, Role.ANALYST, Role.ADMIN}


def can_see_override_statistics(principal: Principal) -> bool:
    """Overrides per counsellor are about staff: analysts (oversight) and administrators."""
    return principal.role in {Role.ANALYST, Role.ADMIN}
