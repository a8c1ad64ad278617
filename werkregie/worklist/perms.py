"""Who may see and work the worklist. Which persons a principal sees is decided by werkregie.people.perms: a counsellor
sees the tasks of their own caseload and their team's, an administrator all; no other role has a worklist."""

from __future__ import annotations

from django.db.models import QuerySet

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms

from .models import Task

WORKLIST_ROLES = frozenset({Role.COUNSELLOR, Role.ADMIN})


def can_see_worklist(principal: Principal) -> bool:
    return principal.role in WORKLIST_ROLES and principal.has_scope(Scope.PERSONS_READ)


def visible_tasks(principal: Principal) -> QuerySet[Task]:
    """The tasks about persons this principal may see (none for roles without a worklist)."""
    if not can_see_worklist(principal):
        return Task.objects.none()
    if principal.role == Role.ADMIN:
        return Task.objects.filter(person__merged_into__isnull=True)
    return Task.objects.filter(person__in=people_perms.visible_persons(principal))


def can_complete(principal: Principal) -> bool:
    """Marking a task done is casework: the counsellor's, not the administrator's."""
    return principal.role == Role.COUNSELLOR and principal.has_scope(Scope.PERSONS_WRITE)
