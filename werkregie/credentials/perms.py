"""Who may issue, see and revoke credentials, and register issuers. Which persons: werkregie.people.perms decides."""

from __future__ import annotations

from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms

from .models import Credential, Issuer

# counsellors issue in the platform's name (certified competences, the competence visa); partners in their own
ISSUING_ROLES = frozenset({Role.COUNSELLOR, Role.PARTNER, Role.ADMIN})


def is_own(principal: Principal, person_id: int) -> bool:
    return principal.role == Role.CITIZEN and bool(principal.user.person_id) and principal.user.person_id == person_id


def own_issuer(principal: Principal) -> Issuer | None:
    """The issuer a partner signs as: the active one registered for its organisation."""
    if principal.role != Role.PARTNER or not principal.user.organisation_id:
        return None
    return Issuer.objects.filter(organisation_id=principal.user.organisation_id, active=True).first()


def may_issue_as(principal: Principal, issuer: Issuer) -> bool:
    if principal.role not in ISSUING_ROLES or not principal.has_scope(Scope.PERSONS_WRITE) or not issuer.active:
        return False
    if principal.role == Role.ADMIN:
        return True
    if principal.role == Role.COUNSELLOR:
        return issuer.is_platform
    return issuer.organisation_id is not None and issuer.organisation_id == principal.user.organisation_id


def can_issue(principal: Principal, person_id: int, issuer: Issuer) -> bool:
    """Issue to this person as this issuer: a partner only for persons it has a current link with, a counsellor for
    its caseload (the people rules), an administrator for anyone."""
    return may_issue_as(principal, issuer) and people_perms.can_view_person(principal, person_id)


def can_see(principal: Principal, credential: Credential) -> bool:
    """See one credential: its holder, staff who may see the holder, and the partner that issued it while it still has a
    ground to see the person (a current link): a partner whose link ended keeps the right to revoke what it issued
    (can_revoke), not to read it."""
    if is_own(principal, credential.person_id):
        return True
    if principal.role == Role.PARTNER:
        issued_it = credential.issuer.organisation_id is not None and credential.issuer.organisation_id == principal.user.organisation_id
        return issued_it and people_perms.can_view_person(principal, credential.person_id)
    return principal.role in {Role.COUNSELLOR, Role.ADMIN} and people_perms.can_view_person(principal, credential.person_id)


def can_list(principal: Principal, person_id: int) -> bool:
    """See a person's whole passport."""
    return is_own(principal, person_id) or (principal.role in {Role.COUNSELLOR, Role.ADMIN} and people_perms.can_view_person(principal, person_id))


def can_revoke(principal: Principal, credential: Credential) -> bool:
    """Revoke: who could issue it now as its issuer (a partner its own; a counsellor the platform's for its caseload)."""
    return can_issue(principal, credential.person_id, credential.issuer) if principal.role != Role.PARTNER else (
        may_issue_as(principal, credential.issuer))


def can_manage_issuers(principal: Principal) -> bool:
    return principal.role == Role.ADMIN


def purpose(principal: Principal, person_id: int) -> Purpose:
    """The purpose a read of a person's credentials is logged with."""
    if is_own(principal, person_id):
        return Purpose.OWN_DATA
    found = people_perms.purposes_for(principal, person_id)
    if principal.role == Role.PARTNER:
        return found[0] if found else Purpose.TRAINING
    if principal.role == Role.COUNSELLOR:
        return getattr(Purpose, "COMPETENCE_RECOGNITION", Purpose.GUIDANCE)
    return found[0] if found else Purpose.ADMINISTRATION
