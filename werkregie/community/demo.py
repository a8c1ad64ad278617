"""Demo data of community; called by `werkregie demo` after the population, accounts, screening and matching exist.
Idempotent: a second call adds nothing.

Activities in Gent (the demo municipality account `gemeente`), Antwerpen and Leuven, at a school, a non-profit and
the local authority, for community service and wijk-werken. Long-term job seekers (the demo counsellor's caseload first,
then others of Gent) get assignments in every state — proposed, accepted, active with months of attendance (one of
them under the monthly minimum), completed after the maximum duration, stopped, refused with and without a good reason
(the latter opening a compliance case), withdrawn — made in the past through the injected clock."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from dateutil.relativedelta import relativedelta

from werkregie.core import clock
from werkregie.core.workdays import add_working_days, is_working_day

GENT, ANTWERPEN, LEUVEN = "44021", "11002", "24062"

ACTIVITIES = [
    # (municipality, kind, title, host, host kind, address, hours a week, capacity, months since start, description)
    (GENT, "community_service", "Hulp in de schoolbibliotheek", "Basisschool De Regenboog", "school", "Kerkstraat 12", 8, 4, 10,
     "Boeken sorteren, uitlenen en de leeshoek opruimen, telkens op dinsdag- en donderdagvoormiddag."),
    (GENT, "community_service", "Onderhoud van het Citadelpark", "Stad Gent, groendienst", "local_authority", "Citadelpark 1", 8, 5, 12,
     "Zwerfvuil ruimen, bladeren blazen en perken onderhouden met een ploeg van de groendienst."),
    (GENT, "wijk_werken", "Klusjes bij ouderen in de wijk", "Wijk-werkorganisatie Gent vzw", "non_profit", "Sint-Pietersnieuwstraat 30", 6, 3, 18,
     "Kleine klussen in huis en tuin bij ouderen die alleen wonen."),
    (GENT, "community_service", "Sorteren in de kringwinkel", "Kringwinkel Ateljee vzw", "non_profit", "Dok Noord 4", 8, 2, 6,
     "Ingezamelde spullen sorteren en prijzen in het magazijn."),
    (ANTWERPEN, "community_service", "Begeleiding in het dienstencentrum", "Lokaal dienstencentrum De Schelde", "local_authority",
     "Kaai 5", 8, 3, 9, "Bezoekers ontvangen, koffie schenken en helpen bij activiteiten."),
    (ANTWERPEN, "wijk_werken", "Hulp bij de speelpleinwerking", "Speelpleinwerking Linkeroever vzw", "non_profit", "Blancefloerlaan 100",
     6, 4, 8, "Materiaal klaarzetten en opruimen tijdens de speelpleinwerking."),
    (LEUVEN, "community_service", "Ondersteuning in de schoolrefter", "GO! Atheneum Redingenhof", "school", "Redingenstraat 90", 8, 2, 7,
     "Tafels dekken en afruimen en toezicht in de refter over de middag."),
]


MAX_KM = 15  # by road, estimated: an activity is offered to residents of its municipality and the ones around it


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _workday(day: dt.date) -> dt.date:
    """People act (accept, start, refuse) and activities take place on working days: no weekend, no public holiday."""
    return day if is_working_day(day) else add_working_days(day, 1)


def road_km(from_nis: str | None, to_nis: str) -> float | None:
    """Estimated road distance between two municipalities (matching's geography: centroids × detour factor)."""
    from werkregie.matching.engine.geography import places

    found = places()
    if not from_nis or from_nis not in found.index or to_nis not in found.index:
        return None
    return float(found.road_km_from(found.position(to_nis))[found.position(from_nis)])


def nearest(people: list, activity) -> object | None:  # noqa: ANN001
    """The first of `people` (in their order of priority) living within MAX_KM of the activity, or None: a resident of
    the municipality itself before one of a neighbouring one. Nobody is sent across the region."""
    ranked = []
    for order, person in enumerate(people):
        km = road_km(person.municipality_id, activity.municipality_id)
        if km is not None and km <= MAX_KM:
            ranked.append((person.municipality_id != activity.municipality_id, order, person))
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _attendance(principal, assignment_id: int, start: dt.date, end: dt.date, weekdays: tuple[int, ...], hours: str) -> int:  # noqa: ANN001
    """Register `hours` on the given weekdays from start to end (inclusive), week by week, as the host would."""
    from . import use_cases as uc

    written, week = 0, _monday(start)
    while week <= end:
        days = {(week + dt.timedelta(days=d)).isoformat(): hours for d in weekdays
                if start <= week + dt.timedelta(days=d) <= end and is_working_day(week + dt.timedelta(days=d))}
        if days:
            uc.record_hours(principal, assignment_id, days)
            written += len(days)
        week += dt.timedelta(days=7)
    return written


def seed(progress: Callable[[int], None] | None = None) -> dict:
    from werkregie.accounts.models import Role, User
    from werkregie.accounts.principal import Principal
    from werkregie.organisations.models import Organisation, OrganisationKind
    from werkregie.people import perms as people_perms

    from . import use_cases as uc
    from .models import Activity

    municipality_user = User.objects.filter(username="gemeente", role=Role.MUNICIPALITY).select_related("organisation").first()
    counsellor = User.objects.filter(username="bemiddelaar", role=Role.COUNSELLOR).first()
    admin = User.objects.filter(username="beheerder", role=Role.ADMIN).first()
    if municipality_user is None or counsellor is None or admin is None:
        return {"activities": 0, "assignments": 0}
    if Activity.objects.filter(title=ACTIVITIES[0][2]).exists():
        return {"activities": 0, "assignments": 0}
    host, cp, ap = Principal.for_session(municipality_user), Principal.for_session(counsellor), Principal.for_session(admin)
    today = clock.today()
    owners = {m: Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY, municipality_id=m).first() for m in (GENT, ANTWERPEN, LEUVEN)}
    owners[GENT] = municipality_user.organisation
    activities = []
    for nis, kind, title, host_name, host_kind, address, hours, capacity, months, description in ACTIVITIES:
        owner = owners.get(nis)
        if owner is None:
            continue
        start = (today - relativedelta(months=months)).replace(day=1)
        now = clock.now()
        activities.append(Activity.objects.create(kind=kind, title=title, owner=owner, host_name=host_name, host_kind=host_kind, address=address,
                                                  municipality_id=nis, hours_per_week=hours, capacity=capacity, start=start, description=description,
                                                  created_by=municipality_user if owner == municipality_user.organisation else admin,
                                                  created_at=now, updated_at=now))
    if progress:
        progress(len(activities))
    library, park, neighbours, thrift = activities[0], activities[1], activities[2], activities[3]
    # the people: long-term job seekers of working age, the demo counsellor's caseload first, then Gent, then anywhere
    def plausible(rows):  # noqa: ANN001, ANN202
        adults = [r for r in rows if 23 <= relativedelta(today, r.person.birth_date).years <= 64]
        return [r.person for r in sorted(adults, key=lambda r: -r.eligibility.months_searching)]

    people = []
    for rows in (uc.eligible_persons(cp, "community_service", limit=20, log=False),
                 uc.eligible_persons(ap, "community_service", municipality=GENT, limit=60, log=False),
                 uc.eligible_persons(ap, "community_service", limit=100, log=False)):
        people += [p for p in plausible(rows) if p not in people]
    made = 0

    def proposer(person):  # noqa: ANN001, ANN202 - VDAB proposes: the person's counsellor if it is the demo one, otherwise an admin
        return cp if people_perms.can_view_loaded(cp, person) else ap

    def begin(activity, months_ago: int, *, start: bool = True):  # noqa: ANN001, ANN202
        """Propose the next person who was eligible on the proposal date (months ago), accept and start it."""
        nonlocal made
        proposed_on = _workday(max(_monday(today - relativedelta(months=months_ago)) - dt.timedelta(days=7), activity.start))
        while True:
            person = nearest(people, activity)
            if person is None:
                return None
            people.remove(person)
            if uc.eligibility_of(person.pk, activity.kind, proposed_on).eligible:
                break
        with clock.travel_to(proposed_on):
            a = uc.propose(proposer(person), person.pk, activity.pk)
            made += 1
        if not start:
            return a
        with clock.travel_to(add_working_days(proposed_on, 3)):
            uc.transition(proposer(person), a.pk, "accept", reason="Aanvaard in het gesprek met de bemiddelaar")
        with clock.travel_to(_workday(_monday(proposed_on + dt.timedelta(days=7)))):
            return uc.transition(host if activity.owner_id == municipality_user.organisation_id else ap, a.pk, "start")

    yesterday = today - dt.timedelta(days=1)
    # active for 3 months, two half days a week (32–36 hours a month)
    for activity in (library, park):
        a = begin(activity, 3)
        if a is not None:
            _attendance(host, a.pk, a.started_on, yesterday, (1, 3), "4")
    # active, but only one half day a week: months under the 32-hour minimum (a task for the counsellor at the sweep)
    a = begin(park, 2)
    if a is not None:
        _attendance(host, a.pk, a.started_on, yesterday, (1,), "4")
    # wijk-werken: 5 hours on Mondays and Wednesdays (about 40 a month, under the 60-hour maximum)
    a = begin(neighbours, 4)
    if a is not None:
        _attendance(host, a.pk, a.started_on, yesterday, (0, 2), "5")
    # completed: the 6 months of community service ran out
    a = begin(park, 8)
    if a is not None:
        _attendance(host, a.pk, a.started_on, min(a.ends_by, yesterday), (1, 3), "4")
        if a.ends_by < today:
            with clock.travel_to(a.ends_by + dt.timedelta(days=1)):
                uc.complete_by_platform(a.pk, a.ends_by + dt.timedelta(days=1))
    # stopped after two months: found a job
    a = begin(library, 5)
    if a is not None:
        stop_on = _workday(a.started_on + relativedelta(months=2))
        _attendance(host, a.pk, a.started_on, stop_on - dt.timedelta(days=1), (1, 3), "4")
        with clock.travel_to(stop_on):
            uc.transition(host, a.pk, "stop", reason="Vond een job als magazijnier")
    # refused with a good reason (a medical certificate), and refused without one (a compliance case)
    for good, reason in ((True, "Medisch attest: rugletsel, tijdelijk geen fysiek werk"), (False, "Wil geen werk doen zonder loon")):
        a = begin(thrift, 1, start=False)
        if a is not None:
            with clock.travel_to(add_working_days(a.proposed_on, 4)):
                uc.transition(proposer(a.person), a.pk, "refuse", reason=reason, good_reason=good)
    # withdrawn before the start, accepted and waiting for the start, and fresh proposals
    a = begin(library, 1, start=False)
    if a is not None:
        with clock.travel_to(add_working_days(a.proposed_on, 2)):
            uc.transition(proposer(a.person), a.pk, "withdraw", reason="Start binnenkort een opleiding lasser")
    a = begin(library, 0, start=False)
    if a is not None:
        uc.transition(proposer(a.person), a.pk, "accept", reason="Aanvaard aan de telefoon")
    for activity in (thrift, park):
        begin(activity, 0, start=False)
    if progress:
        progress(made)
    return {"activities": len(activities), "assignments": made}
