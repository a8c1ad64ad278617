"""Who may see and do what in community service and wijk-werken, built on the register's rules (people.perms).

- A **municipality** worker plans the activities of its own municipality. It sees the persons assigned (or proposed)
  to its activities — name, residence and the assignment's facts, hours and allowance, nothing of their benefit or
  status history — and, among the persons the register already lets it see (current leefloon clients of its OCMW), the
  eligible ones it may propose itself. Community service is for people unemployed 2+ years who are usually not
  leefloon clients: those reach the municipality only when VDAB proposes them to one of its activities.
- A **counsellor** sees every activity (no personal data), and the eligibility, proposals, assignments and hours of
  their own caseload (people.perms: assigned to them or their team); they propose and record exemptions.
- An **admin** sees and does everything (purpose administration).
- A **citizen** sees only their own assignments, hours and allowance (`/api/v1/community/me`) and may accept a
  proposal; they refuse through their counsellor, who judges whether the reason is good.
- Controller, employer, partner and analyst have no access (the controller sees a refusal in the compliance case the
  refusal opens).

Reads are logged with the purpose of the ground on which the person is seen: leefloon activation for the
municipality's own leefloon clients, `COMMUNITY_PURPOSE` for persons seen only through an assignment to its activity,
guidance for a counsellor, administration for an admin."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms
from werkregie.people.models import Person

from .models import Activity, Assignment, AssignmentState

# hours are recorded for a started assignment, also after it ended (a late correction); never for a refused, withdrawn
# or merely proposed one
RECORDING_STATES = frozenset({AssignmentState.ACTIVE, AssignmentState.COMPLETED, AssignmentState.STOPPED})
# the roles through which VDAB ends an assignment; their reason (a medical certificate, a judgement) is VDAB's business
VDAB_ROLES = frozenset({Role.COUNSELLOR, Role.ADMIN})

PLANNING_ROLES = frozenset({Role.MUNICIPALITY, Role.COUNSELLOR, Role.ADMIN})
# The purpose of a municipality hosting a VDAB activation measure for a person it does not otherwise follow.
COMMUNITY_PURPOSE = Purpose.COMMUNITY_SERVICE


def can_plan(principal: Principal) -> bool:
    """See the planning pages and endpoints at all."""
    return principal.role in PLANNING_ROLES and principal.has_scope(Scope.PERSONS_READ)


def own_organisation_id(principal: Principal) -> int | None:
    return principal.user.organisation_id if principal.role == Role.MUNICIPALITY else None


def activities_visible(principal: Principal) -> QuerySet[Activity]:
    if not can_plan(principal):
        return Activity.objects.none()
    if principal.role == Role.MUNICIPALITY:
        return Activity.objects.filter(owner_id=principal.user.organisation_id)
    return Activity.objects.all()


def can_manage_activities(principal: Principal) -> bool:
    """Create activities (a municipality for itself; an admin for any municipality)."""
    return principal.role in {Role.MUNICIPALITY, Role.ADMIN} and principal.has_scope(Scope.PERSONS_WRITE)


def activity_places(principal: Principal) -> list[str] | None:
    """The municipalities (NIS codes) in which this principal may hold an activity: a municipality worker its own
    (an organisation serves one municipality; cooperation agreements set targets, not a shared planning), an admin
    any (None). Walk and attack: a worker created an activity in another municipality."""
    if principal.role != Role.MUNICIPALITY:
        return None
    organisation = principal.user.organisation if principal.user.organisation_id else None
    return [organisation.municipality_id] if organisation is not None and organisation.municipality_id else []


def can_edit_activity(principal: Principal, activity: Activity) -> bool:
    if not can_manage_activities(principal):
        return False
    if principal.role == Role.ADMIN:
        return True
    places = activity_places(principal)  # an activity left outside the worker's municipality: not theirs to hold (stop 28)
    return activity.owner_id == principal.user.organisation_id and (places is None or activity.municipality_id in places)


def assignments_visible(principal: Principal) -> QuerySet[Assignment]:
    if not can_plan(principal):
        return Assignment.objects.none()
    if principal.role == Role.MUNICIPALITY:
        return Assignment.objects.filter(activity__owner_id=principal.user.organisation_id)
    if principal.role == Role.COUNSELLOR:
        return Assignment.objects.filter(person__in=people_perms.visible_persons(principal))
    return Assignment.objects.all()


def can_propose(principal: Principal) -> bool:
    return can_plan(principal) and principal.has_scope(Scope.PERSONS_WRITE)


def proposable_persons(principal: Principal) -> QuerySet[Person]:
    """The population whose eligible persons this principal may propose: the counsellor's caseload, the municipality's
    leefloon clients, everyone for an admin. Never the persons a municipality sees only through an assignment."""
    if not can_propose(principal):
        return Person.objects.none()
    return people_perms.visible_persons(principal)


def persons_visible(principal: Principal) -> QuerySet[Person]:
    """Every person whose community-service facts this principal may see."""
    if not can_plan(principal):
        return Person.objects.none()
    population = people_perms.visible_persons(principal)
    if principal.role != Role.MUNICIPALITY:
        return population
    assigned = Assignment.objects.filter(person=OuterRef("pk"), activity__owner_id=principal.user.organisation_id)
    return Person.objects.filter(Q(pk__in=population.values("pk")) | Q(Exists(assigned)))


def can_see_assignment(principal: Principal, assignment: Assignment) -> bool:
    return assignments_visible(principal).filter(pk=assignment.pk).exists()


def sees_judgement(principal: Principal) -> bool:
    """Whether a refusal's reason was judged good and the compliance case it opened: VDAB's business, not the host
    municipality's (it sees the assignment's facts only)."""
    return principal.role in {Role.COUNSELLOR, Role.ADMIN}


def sees_end_reason(principal: Principal, assignment: Assignment, ended_by_role: str | None) -> bool:
    """Why an assignment ended, for this principal. A refusal is always recorded and judged by VDAB, and a stop or
    withdrawal by VDAB may rest on the person's health or situation: the host municipality sees only the state then;
    the reason it gave itself (or the system's) it sees."""
    if sees_judgement(principal) or not assignment.end_reason:
        return True
    return assignment.state != AssignmentState.REFUSED and ended_by_role not in VDAB_ROLES


def can_record_attendance(principal: Principal, assignment: Assignment) -> bool:
    """Whether hours can be recorded on this assignment now: by whom (records_hours) and in a state that takes them."""
    return (records_hours(principal, assignment) and assignment.state in RECORDING_STATES
            and assignment.started_on is not None)


def records_hours(principal: Principal, assignment: Assignment) -> bool:
    """The host municipality registers the hours (and an admin corrects them); a counsellor only reads them."""
    if not principal.has_scope(Scope.PERSONS_WRITE):
        return False
    if principal.role == Role.ADMIN:
        return True
    return principal.role == Role.MUNICIPALITY and assignment.activity.owner_id == principal.user.organisation_id


def own_person_id(principal: Principal) -> int | None:
    return principal.user.person_id if principal.role == Role.CITIZEN else None


def can_exempt(principal: Principal, person_id: int) -> bool:
    """Exemptions are VDAB's judgement: the person's counsellor, or an admin."""
    return (principal.role in {Role.COUNSELLOR, Role.ADMIN} and principal.has_scope(Scope.PERSONS_WRITE)
            and people_perms.can_view_person(principal, person_id))


def purposes(principal: Principal, person_ids: list[int]) -> dict[Purpose, list[int]]:
    """The purpose under which each person is read by this principal, grouped for the access log."""
    if not person_ids:
        return {}
    if principal.role == Role.CITIZEN:
        return {Purpose.OWN_DATA: list(person_ids)}
    if principal.role == Role.ADMIN:
        return {Purpose.ADMINISTRATION: list(person_ids)}
    if principal.role == Role.COUNSELLOR:
        return {Purpose.GUIDANCE: list(person_ids)}
    clients = set(people_perms.visible_persons(principal).filter(pk__in=person_ids).values_list("pk", flat=True))
    grouped: dict[Purpose, list[int]] = {}
    for pid in person_ids:
        grouped.setdefault(Purpose.LEEFLOON_ACTIVATION if pid in clients else COMMUNITY_PURPOSE, []).append(pid)
    return grouped
