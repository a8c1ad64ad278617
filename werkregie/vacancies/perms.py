"""Who may see a vacancy and move an application. An employer user sees only its own employer's vacancies and the
applications to them; a job seeker only their own applications; a counsellor those of the persons they guide."""

from __future__ import annotations

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms

from .models import Application, Vacancy

GUIDING_ROLES = frozenset({Role.COUNSELLOR, Role.ADMIN})
# the skill-gap statistic (competences employers most often missed): API and page alike; of the partners only an
# employers' sector organisation, for its own sector(s) (sector_scope)
GAP_READERS = frozenset({Role.ANALYST, Role.COUNSELLOR, Role.ADMIN, Role.PARTNER})


def can_see_vacancy(principal: Principal | None, vacancy: Vacancy) -> bool:
    """An open vacancy is public (also for another employer's users: its public view, as in the public search); one not
    published only for its employer and VDAB. What is private to a vacancy (applications, candidates, lifecycle, state
    and version) asks is_employer_of."""
    if principal is not None and principal.role == Role.EMPLOYER:
        return principal.user.organisation_id == vacancy.employer_id or vacancy.open
    if principal is not None and principal.role in GUIDING_ROLES:
        return True
    return vacancy.open


def is_employer_of(principal: Principal, vacancy: Vacancy) -> bool:
    return principal.role == Role.EMPLOYER and principal.user.organisation_id == vacancy.employer_id


def can_see_application(principal: Principal, application: Application) -> bool:
    if principal.role == Role.CITIZEN:
        return principal.user.person_id == application.person_id
    if principal.role == Role.EMPLOYER:
        # this application's own ground, not the person's grounds at the employer (an invitation not yet shared)
        # …and, for one not retained, only until the retention period ends: then the employer sees its outcome only,
        # on the vacancy's list, and nothing of it by its number (feedback, hiring measures: applicants.py)
        from .applicants import retention_over

        return (is_employer_of(principal, application.vacancy) and not retention_over(application)
                and people_perms.shared_applications(principal).filter(pk=application.pk).exists())
    if principal.role in GUIDING_ROLES:
        return principal.has_scope(Scope.PERSONS_READ) and people_perms.can_view_person(principal, application.person_id)
    return False


def can_apply_for(principal: Principal, person_id: int) -> bool:
    """The person themself, or a counsellor for a person they guide (with the person's agreement, asked on the page)."""
    if principal.role == Role.CITIZEN:
        return principal.user.person_id == person_id
    return principal.role in GUIDING_ROLES and principal.has_scope(Scope.PERSONS_WRITE) and people_perms.can_view_person(principal, person_id)
