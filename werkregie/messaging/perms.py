"""Who may read which messages. The person record's own rules (people.perms) decide which persons."""

from __future__ import annotations

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms

# the roles that follow up a person's messages (a bounced convocation, what was sent when); the controller sees the
# messages of a compliance case in that case's file, not the whole inbox
GUIDING_ROLES = frozenset({Role.COUNSELLOR, Role.ADMIN})


def can_see_own(principal: Principal) -> bool:
    return principal.role == Role.CITIZEN and bool(principal.user.person_id)


def can_see_person_messages(principal: Principal, person_id: int) -> bool:
    return (principal.role in GUIDING_ROLES and principal.has_scope(Scope.PERSONS_READ)
            and people_perms.can_view_person(principal, person_id))


def can_see_digital_support(principal: Principal) -> bool:
    return principal.role in GUIDING_ROLES and principal.has_scope(Scope.PERSONS_READ)


def can_take_in_reports(principal: Principal) -> bool:
    """The channels' delivery reports (bounces, returned letters) are taken in by the platform's administrators (the
    partners' feeds: a mailbox for DSNs, a webhook for the others); what a report changes the platform itself does."""
    return principal.role == Role.ADMIN
