"""Who may see which person, for which purpose, and which parts of the record. Decided here and nowhere else:
pages, API and exports all ask these functions."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.organisations.models import PartnerType

from .enums import ConsentPurpose, StatusKind
from .models import Consent, PartnerLink, Person, StatusEpisode

ROLE_PURPOSES: dict[str, list[Purpose]] = {
    Role.CITIZEN: [Purpose.OWN_DATA],
    Role.COUNSELLOR: [Purpose.GUIDANCE, Purpose.SCREENING],
    Role.CONTROLLER: [Purpose.AVAILABILITY_CONTROL],
    Role.EMPLOYER: [Purpose.RECRUITMENT],
    Role.MUNICIPALITY: [Purpose.LEEFLOON_ACTIVATION],
    Role.PARTNER: [],  # a partner's purpose is the one of its legal link with the person
    Role.ANALYST: [],  # analysts never see individual records
    Role.ADMIN: [Purpose.ADMINISTRATION, Purpose.COMPLAINT_HANDLING],
}

# The parts of a record each role sees. An employer learns nothing of benefits or statuses.
ALL_SECTIONS = frozenset({"identity", "address", "contact", "profile", "statuses", "consents"})
# Beyond the record: the outcome of VDAB's screening (the counsellor's distance category and its date, never the score,
# its explanation or the assessment's details). The OCMW that pays a person's leefloon receives it for the activation
# it shares with VDAB (the cooperation on the GPMI); the screening roles see far more through screening.perms.
SCREENING_OUTCOME = "screening_outcome"
ROLE_SECTIONS: dict[str, frozenset[str]] = {
    Role.CITIZEN: ALL_SECTIONS,
    Role.COUNSELLOR: ALL_SECTIONS,
    Role.CONTROLLER: frozenset({"identity", "address", "contact", "statuses"}),
    Role.EMPLOYER: frozenset({"contact", "profile"}),
    Role.MUNICIPALITY: frozenset({"identity", "address", "contact", "profile", "statuses", SCREENING_OUTCOME}),
    Role.PARTNER: frozenset({"identity", "address", "contact", "profile", "statuses"}),
    Role.ANALYST: frozenset(),
    Role.ADMIN: ALL_SECTIONS,
}


# Link purposes that need no person file: the partner sees and updates only the step assigned to it (name and step, on
# its steps page, werkregie.trajectories.perms.partner_steps). The mutuality's re-integration after sickness (issue 11
# walk: it opened the caseload and every person's file, INSZ, nationality, address).
STEP_ONLY_PURPOSES = frozenset({Purpose.SICKNESS_REINTEGRATION})


def _current(qs: QuerySet, start: str = "start", end: str = "end") -> QuerySet:
    today = clock.today()
    return qs.filter(**{f"{start}__lte": today}).filter(Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": today}))


def visible_persons(principal: Principal) -> QuerySet[Person]:
    """Every person this principal may see; an empty queryset when none."""
    user, role = principal.user, principal.role
    persons = Person.objects.all()
    if role == Role.CITIZEN:
        return persons.filter(pk=user.person_id) if user.person_id else persons.none()
    if not principal.has_scope(Scope.PERSONS_READ):
        return persons.none()
    if role == Role.ADMIN:
        return persons
    if role == Role.COUNSELLOR:
        return persons.filter(Q(counsellor=user) | Q(team_id=user.organisation_id))
    if role == Role.MUNICIPALITY:
        municipality = user.organisation.municipality_id if user.organisation_id else None
        leefloon = _current(StatusEpisode.objects.filter(person=OuterRef("pk"), kind=StatusKind.LEEFLOON, municipality_id=municipality))
        return persons.filter(Exists(leefloon))
    if role == Role.CONTROLLER:
        benefit = _current(StatusEpisode.objects.filter(person=OuterRef("pk"), kind=StatusKind.JOBSEEKER_BENEFIT))
        return persons.filter(Exists(benefit))
    if role == Role.EMPLOYER:
        return persons.filter(Exists(live_grounds(user.organisation_id).filter(person=OuterRef("pk"))))
    if role == Role.PARTNER:
        if user.organisation_id and user.organisation.is_sector_organisation:
            return persons.none()  # an employers' sector organisation reads aggregates only (organisations.sector_gate)
        links = _current(PartnerLink.objects.filter(person=OuterRef("pk"), organisation_id=user.organisation_id)).exclude(purpose__in=STEP_ONLY_PURPOSES)
        return persons.filter(Exists(links))
    return persons.none()


def employer_grounds(organisation_id: int | None) -> QuerySet:
    """The applications to an employer's vacancies that let it see the person: applied, or proposed with the person's
    consent. An employer's invitation (origin "invited") is no ground until the person shares their profile; a
    withdrawn application ends the ground it gave."""
    from werkregie.vacancies.models import Application, ApplicationOrigin, ApplicationState

    consent = Consent.objects.filter(person=OuterRef("person"), purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, withdrawn_at__isnull=True)
    # a proposal shares nothing while it waits for the person ("Voorgesteld"): the general consent to be proposed is
    # no agreement to share with this employer; the person's answer (interest, applying) is (issue 12 point 3; second
    # walk, HIGH 3: the employer read the name and phone number of a candidate still "Voorgesteld")
    accepted = Q(origin=ApplicationOrigin.PROPOSED) & Q(Exists(consent)) & ~Q(state=ApplicationState.PROPOSED)
    return Application.objects.filter(vacancy__employer_id=organisation_id).filter(
        Q(origin=ApplicationOrigin.APPLIED) | accepted
    ).exclude(state=ApplicationState.WITHDRAWN)


def live_grounds(organisation_id: int | None) -> QuerySet:
    """The grounds on which the employer reads the person's live record (the person page, the names in its notices, the
    candidate list): those of running applications. An ended one (hired, not retained) is still the employer's
    application, but shows only what was shared when it ended, on the vacancy's applications (vacancies.applicants)."""
    from werkregie.vacancies.applicants import ENDED

    return employer_grounds(organisation_id).exclude(state__in=ENDED)


def shared_applications(principal: Principal) -> QuerySet:
    """The applications on which an employer user sees the person: each one its own ground (employer_grounds), never
    another vacancy's. A person proposed with consent on one vacancy and invited on another has shared nothing for the
    invitation: that application stays pseudonymous (vacancies.candidates) whatever the other grounds (attack 16, H2)."""
    from werkregie.vacancies.models import Application

    if principal.role != Role.EMPLOYER or not principal.has_scope(Scope.PERSONS_READ) or not principal.user.organisation_id:
        return Application.objects.none()
    return employer_grounds(principal.user.organisation_id)


def can_view_person(principal: Principal, person_id: int) -> bool:
    return visible_persons(principal).filter(pk=person_id).exists()


def can_view_loaded(principal: Principal, person: Person) -> bool:
    """The same rule as visible_persons for a person already in memory. Roles whose rule needs only the person's
    own row answer without a query (the API's hottest path); the others ask the database."""
    user, role = principal.user, principal.role
    if person.merged_into_id is not None:
        return False
    if role == Role.CITIZEN:
        return user.person_id == person.pk
    if not principal.has_scope(Scope.PERSONS_READ):
        return False
    if role == Role.ADMIN:
        return True
    if role == Role.COUNSELLOR:
        return person.counsellor_id == user.pk or (person.team_id is not None and person.team_id == user.organisation_id)
    return can_view_person(principal, person.pk)


def purposes_for(principal: Principal, person_id: int | None = None) -> list[Purpose]:
    """The purposes for which this principal may consult a person (for a partner: its links' purposes)."""
    if principal.role == Role.PARTNER:
        links = _current(PartnerLink.objects.filter(organisation_id=principal.user.organisation_id))
        if person_id is not None:
            links = links.filter(person_id=person_id)
        return [Purpose(p) for p in dict.fromkeys(links.exclude(purpose__in=STEP_ONLY_PURPOSES).values_list("purpose", flat=True))]
    allowed = list(ROLE_PURPOSES.get(principal.role, []))
    if principal.role == Role.COUNSELLOR and person_id is not None and in_reintegration(principal, person_id):
        allowed.append(Purpose.SICKNESS_REINTEGRATION)  # a re-integration after sickness is its own purpose (walk of issue 16)
    return allowed


def in_reintegration(principal: Principal, person_id: int) -> bool:
    """The counsellor works on this person's re-integration after sickness, so may open the file for that purpose:
    an open re-integration trajectory, or an open "Re-integratie te bekijken" task on the counsellor's worklist. The
    sweep makes that task for the sick with a mutuality link *before* any trajectory exists (the counsellor starts it
    from the task), so the trajectory alone left three of four tasks on "Geen toegang" (second walk, HIGH 1). The one
    rule behind the worklist link (`worklist.use_cases.task_link`), the purpose page and the trajectory page."""
    from werkregie.trajectories.enums import TrajectoryKind
    from werkregie.trajectories.models import Trajectory
    from werkregie.worklist.enums import TaskKind, TaskStatus
    from werkregie.worklist.perms import visible_tasks

    if Trajectory.objects.filter(person_id=person_id, kind=TrajectoryKind.SICKNESS).exclude(state="closed").exists():
        return True
    return visible_tasks(principal).filter(person_id=person_id, kind=TaskKind.REINTEGRATION_REVIEW, status=TaskStatus.OPEN).exists()


def consults_persons(principal: Principal) -> bool:
    """Whether this principal has a purpose to consult anyone at all (a partner: a current link with some person)."""
    return bool(purposes_for(principal))


def sections_for(principal: Principal) -> frozenset[str]:
    return ROLE_SECTIONS.get(principal.role, frozenset())


def covered_municipalities(principal: Principal) -> list[str] | None:
    """The municipalities (NIS codes) whose persons this principal's organisation covers, for the municipality filter;
    None: not bound to any (VDAB covers all of Flanders). An OCMW covers its own municipality."""
    if principal.role == Role.MUNICIPALITY:
        own = principal.user.organisation.municipality_id if principal.user.organisation_id else None
        return [own] if own else []
    return None


def can_search(principal: Principal) -> bool:
    return principal.role != Role.CITIZEN and principal.has_scope(Scope.PERSONS_READ)


def can_register(principal: Principal) -> bool:
    return principal.has_scope(Scope.PERSONS_WRITE) and principal.role in {Role.COUNSELLOR, Role.MUNICIPALITY, Role.PARTNER, Role.ADMIN}


def can_merge(principal: Principal) -> bool:
    return principal.role in {Role.COUNSELLOR, Role.ADMIN} and principal.has_scope(Scope.PERSONS_WRITE)


def can_see_statistics(principal: Principal) -> bool:
    return principal.role in {Role.ANALYST, Role.ADMIN} and principal.has_scope(Scope.STATS_READ)


# What a search may ask about, and the section that answers it: a filter, sort key or search term reveals its section
# (a yes/no per person), so it is allowed only to a role that sees that section. Names are in every role's list view.
FILTER_SECTIONS: dict[str, str] = {
    "status": "statuses",
    "municipality": "address",
    "insz": "identity",
    "birth_date": "identity",
    "sort:birth_date": "identity",
    "sort:municipality": "address",
}


def refused_filters(principal: Principal, used: list[str]) -> list[str]:
    """The filters (keys of FILTER_SECTIONS) among `used` that this principal may not apply."""
    sections = sections_for(principal)
    return [name for name in used if FILTER_SECTIONS.get(name, "") and FILTER_SECTIONS[name] not in sections]


# The statuses each writer may record: its own competence. A municipality (OCMW) grants leefloon in its own
# municipality only; a partner records the status its legal link is about; VDAB (counsellors) its own register.
VDAB_STATUSES = frozenset({
    StatusKind.JOBSEEKER_BENEFIT, StatusKind.JOBSEEKER_NO_BENEFIT, StatusKind.NEET, StatusKind.SWT, StatusKind.IGU,
    StatusKind.SOCIAL_ECONOMY, StatusKind.EMPLOYED, StatusKind.INACTIVE,
})
PARTNER_STATUSES: dict[str, frozenset[str]] = {
    PartnerType.MUTUALITY: frozenset({StatusKind.SICK}),
    PartnerType.INTEGRATION_AGENCY: frozenset({StatusKind.NEWCOMER}),
    PartnerType.SCHOOL: frozenset({StatusKind.NEET}),
    PartnerType.SOCIAL_ECONOMY: frozenset({StatusKind.SOCIAL_ECONOMY}),
}


def writable_statuses(principal: Principal) -> frozenset[str]:
    """The status kinds this principal may write (empty: none)."""
    if not principal.has_scope(Scope.PERSONS_WRITE):
        return frozenset()
    role = principal.role
    if role == Role.ADMIN:
        return frozenset(StatusKind.values)
    if role == Role.COUNSELLOR:
        return VDAB_STATUSES
    if role == Role.MUNICIPALITY:
        return frozenset({StatusKind.LEEFLOON}) if principal.user.organisation_id else frozenset()
    if role == Role.PARTNER and principal.user.organisation_id:
        return PARTNER_STATUSES.get(principal.user.organisation.partner_type, frozenset())
    return frozenset()


def status_municipality(principal: Principal, requested: str | None) -> tuple[str | None, bool]:
    """The municipality a leefloon episode written by this principal belongs to, and whether the requested one is
    allowed: a municipality writes only its own (the default); other writers must name one."""
    if principal.role == Role.MUNICIPALITY:
        own = principal.user.organisation.municipality_id if principal.user.organisation_id else None
        return own, requested in (None, "", own)
    return requested or None, True


def address_shared_with(principal: Principal, person_ids: list[int]) -> set[int]:
    """The persons among `person_ids` whose municipality this principal may see: every one for a role with the address
    section; for an employer only those who shared their own details with it by applying to one of its vacancies."""
    if "address" in sections_for(principal):
        return set(person_ids)
    if principal.role != Role.EMPLOYER or not principal.user.organisation_id:
        return set()
    from werkregie.vacancies.models import Application, ApplicationOrigin, ApplicationState

    applied = Application.objects.filter(person_id__in=person_ids, vacancy__employer_id=principal.user.organisation_id,
                                         origin=ApplicationOrigin.APPLIED).exclude(state=ApplicationState.WITHDRAWN)
    return set(applied.values_list("person_id", flat=True))
