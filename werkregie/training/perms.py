"""Who may do what with training. Which persons a principal may see stays people.perms' decision (through matching)."""

from __future__ import annotations

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.matching import perms as matching_perms

from .models import Provider


def can_guide(principal: Principal, person_id: int) -> bool:
    """The training guide for a person: the person, or who guides them (the same as their skill gaps)."""
    return matching_perms.can_match_person(principal, person_id)


def can_book(principal: Principal, person_id: int) -> bool:
    """Book or cancel a session for a person: the person, or a counsellor who may edit their profile."""
    return matching_perms.can_edit_profile(principal, person_id)


def can_manage_catalogue(principal: Principal, provider: Provider) -> bool:
    """Deliver a provider's catalogue: an administrator, or the partner organisation that is the provider."""
    if principal.role == Role.ADMIN:
        return True
    return (principal.role == Role.PARTNER and principal.has_scope(Scope.PERSONS_WRITE) and provider.organisation_id is not None
            and provider.organisation_id == principal.user.organisation_id)


def can_complete(principal: Principal, provider_organisation_id: int | None) -> bool:
    """Confirm that a person followed a course: the provider itself (partner), a counsellor or an administrator, with
    the scope to write about persons (a read-only token confirmed it: attack round 4, L2)."""
    if not principal.has_scope(Scope.PERSONS_WRITE):
        return False
    if principal.role in (Role.ADMIN, Role.COUNSELLOR):
        return True
    return principal.role == Role.PARTNER and provider_organisation_id is not None and provider_organisation_id == principal.user.organisation_id
