"""Who may see and do what in compliance. Which persons a principal may see stays people.perms' decision.

- controller: the cases of the persons visible to it (current job seeker with benefit): the whole file, every step;
- admin: every case (administration, complaint handling), read only: no step of the procedure (can_act);
- citizen: their own cases: the invitation, their response and evidence, the decision, the appeal button;
- counsellor: for persons in their caseload or team, THAT a case exists (infringement, step, dates) — enough to
  guide the person and not to plan something at odds with it — but not the hearing, the evidence, the proposal or
  the decision's details (those serve the availability control, not guidance). A counsellor (or controller) may
  report a refused suitable job (open_refusal_case);
- employer, municipality, partner: nothing;
- analyst: only the aggregated deviations report (groups under 10 suppressed), as the controller and the admin.
"""

from __future__ import annotations

from django.db.models import QuerySet

from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms

from .models import Case

CONTROL_ROLES = frozenset({Role.CONTROLLER, Role.ADMIN})
REFERRING_ROLES = frozenset({Role.COUNSELLOR, Role.CONTROLLER})  # not the admin: a report opens a case (attack of stop 29)
REPORT_ROLES = frozenset({Role.CONTROLLER, Role.ANALYST, Role.ADMIN})


def can_control(principal: Principal) -> bool:
    return principal.role in CONTROL_ROLES and principal.has_scope(Scope.PERSONS_READ)


def controllable_cases(principal: Principal) -> QuerySet[Case]:
    """The cases this principal handles as the control service (empty for everyone else)."""
    if not can_control(principal):
        return Case.objects.none()
    if principal.role == Role.ADMIN:
        return Case.objects.all()
    return Case.objects.filter(person__in=people_perms.visible_persons(principal).values("pk"))


ACTING_ROLES = frozenset({Role.CONTROLLER})


def can_act(principal: Principal) -> bool:
    """Who takes the steps of a sanction procedure (open, hearing, decision, appeal outcome, closing): the control
    service alone. The admin reads every case (administration, complaint handling) but sanctions nobody: separation
    of duties (attack of stop 28); the transition table says the same (compliance.workflows.CONTROL)."""
    return principal.role in ACTING_ROLES and can_control(principal)


def can_handle(principal: Principal, case: Case) -> bool:
    return can_control(principal) and (principal.role == Role.ADMIN or people_perms.can_view_person(principal, case.person_id))


def is_own(principal: Principal, case: Case) -> bool:
    return principal.role == Role.CITIZEN and principal.user.person_id is not None and principal.user.person_id == case.person_id


def can_see_existence(principal: Principal, person_id: int) -> bool:
    """A counsellor sees that a person of their caseload has a case (not its details)."""
    return principal.role == Role.COUNSELLOR and principal.has_scope(Scope.PERSONS_READ) and people_perms.can_view_person(principal, person_id)


def can_refer_refusal(principal: Principal, person_id: int) -> bool:
    return (principal.role in REFERRING_ROLES and principal.has_scope(Scope.PERSONS_READ)
            and people_perms.can_view_person(principal, person_id))


def can_see_deviations(principal: Principal) -> bool:
    if principal.role == Role.ANALYST:
        return principal.has_scope(Scope.STATS_READ)
    return principal.role in REPORT_ROLES and principal.has_scope(Scope.PERSONS_READ)


def purpose(principal: Principal) -> Purpose:
    if principal.role == Role.CITIZEN:
        return Purpose.OWN_DATA
    if principal.role == Role.ADMIN:
        return Purpose.ADMINISTRATION
    if principal.role == Role.COUNSELLOR:
        return Purpose.GUIDANCE
    return Purpose.AVAILABILITY_CONTROL
