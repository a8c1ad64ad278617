"""Demo set-up: organisations, staff, a synthetic population and one account per role."""

from __future__ import annotations

import datetime as dt
import random
import secrets
from typing import Callable

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.db.models import Max

from werkregie.accounts.models import ApiToken, Role, User
from werkregie.careers.demo import EVC_CENTRE  # accredited as EVC assessor and registered as a credential issuer there
from werkregie.core import clock
from werkregie.core.identifiers import make_kbo
from werkregie.geo.models import Municipality, PostalCode, Region
from werkregie.organisations.models import Organisation, OrganisationKind, PartnerType
from werkregie.people import synthetic_names as names
from werkregie.people.enums import ConsentPurpose, StatusKind
from werkregie.people.models import Consent, Person
from werkregie.people.synthetic import WORKED, Place, PopulationGenerator
from werkregie.vacancies.models import Application, ApplicationOrigin, Vacancy

from .loader import load_population

SECTOR_ORGANISATION = "Constructiv"  # the demo's employers' sector organisation (construction, NACE section F)
DEMO_MUNICIPALITY = "44021"  # Gent
COUNSELLORS_PER_TEAM = 3
TEAMS_IN_FLANDERS = 100
TEAM_PREFIX = "Team bemiddeling "
# The demo's VDAB offices, one per reference region, in its central town: invented addresses on real streets, printed
# on invitations to the office and in their calendar files.
OFFICE_ADDRESSES = {
    "REFREG01": "Frankrijklei 120, 2000 Antwerpen", "REFREG02": "Zandpoortvest 2, 2800 Mechelen", "REFREG03": "Grote Markt 44, 2300 Turnhout",
    "REFREG04": "Stationlaan 12, 1800 Vilvoorde", "REFREG05": "Diestsevest 60, 3000 Leuven", "REFREG06": "Koningin Astridlaan 12, 8200 Brugge",
    "REFREG07": "Rijselsestraat 90, 8900 Ieper", "REFREG08": "President Kennedypark 5, 8500 Kortrijk", "REFREG09": "Vrijheidstraat 10, 8400 Oostende",
    "REFREG10": "Zuidstraat 3, 8800 Roeselare", "REFREG11": "Gentsestraat 40, 9300 Aalst", "REFREG12": "Marlboroughlaan 2, 9700 Oudenaarde",
    "REFREG13": "Kongostraat 7, 9000 Gent", "REFREG14": "Parklaan 20, 9100 Sint-Niklaas", "REFREG15": "Kempischesteenweg 50, 3500 Hasselt",
}
MUTUALITY_NAMES = ["Christelijke Mutualiteit", "Solidaris", "Helan", "Liberale Mutualiteit", "Vlaams & Neutraal Ziekenfonds"]


@transaction.atomic
def seed_organisations() -> None:
    """VDAB offices and teams per Flemish reference region, an OCMW per Flemish municipality, partners. Idempotent."""
    flemish = Municipality.objects.filter(region=Region.FLANDERS)
    population: dict[tuple[str, str], int] = {}
    for m in flemish:
        population[(m.refreg_code, m.refreg_name)] = population.get((m.refreg_code, m.refreg_name), 0) + m.population
    total = sum(population.values()) or 1
    for (code, name), inhabitants in sorted(population.items()):
        office, _ = Organisation.objects.get_or_create(kind=OrganisationKind.VDAB_OFFICE, name=f"VDAB {name}",
                                                       defaults={"visiting_address": OFFICE_ADDRESSES.get(code, "")})
        # about one team per 65,000 inhabitants: a team of counsellors serves a few thousand job seekers
        for t in range(1, max(1, round(TEAMS_IN_FLANDERS * inhabitants / total)) + 1):
            team, _ = Organisation.objects.get_or_create(kind=OrganisationKind.VDAB_TEAM, name=f"{TEAM_PREFIX}{name} {t}", defaults={"parent": office})
            for i in range(1, COUNSELLORS_PER_TEAM + 1):
                username = f"bemiddelaar-{code.lower()}-{t}-{i}"
                if not User.objects.filter(username=username).exists():
                    first, last = counsellor_name(username)
                    user = User(username=username, first_name=first, last_name=last, role=Role.COUNSELLOR, organisation=team)
                    user.set_unusable_password()
                    user.save()
    existing = set(Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY).values_list("municipality_id", flat=True))
    Organisation.objects.bulk_create([
        Organisation(kind=OrganisationKind.MUNICIPALITY, name=f"OCMW {m.name_nl}", municipality=m) for m in flemish if m.nis_code not in existing
    ])
    partners = [(n, PartnerType.MUTUALITY) for n in MUTUALITY_NAMES] + [
        ("Agentschap Integratie en Inburgering", PartnerType.INTEGRATION_AGENCY), ("Syntra Vlaanderen", PartnerType.TRAINING_PROVIDER),
        ("Huis van het Nederlands Gent", PartnerType.LANGUAGE_PROVIDER), ("Le Forem", PartnerType.REGIONAL_SERVICE),
        ("Actiris", PartnerType.REGIONAL_SERVICE), ("Arbeitsamt der Deutschsprachigen Gemeinschaft (ADG)", PartnerType.REGIONAL_SERVICE),
        ("Scholengroep Gent", PartnerType.SCHOOL), (EVC_CENTRE, PartnerType.TRAINING_PROVIDER),
    ]
    for name, kind in partners:
        Organisation.objects.get_or_create(kind=OrganisationKind.PARTNER, name=name, defaults={"partner_type": kind})
    # the construction sector's training fund: an employers' sector organisation for NACE section F (issue 12 point 8)
    Organisation.objects.get_or_create(kind=OrganisationKind.PARTNER, name=SECTOR_ORGANISATION,
                                       defaults={"partner_type": PartnerType.SECTOR_ORGANISATION, "sectors": "F"})
    for serial, name in enumerate(["Bouwbedrijf De Schelde NV", "Zorggroep Leie vzw", "Logistiek Gent-Haven BV"], start=4211):
        Organisation.objects.get_or_create(kind=OrganisationKind.EMPLOYER, name=name, defaults={"kbo_number": make_kbo(serial)})


def counsellor_name(username: str) -> tuple[str, str]:
    """A person's name for a demo counsellor (pages and histories name the counsellor), the same at every build."""
    rng = random.Random(username)
    return rng.choice(names.FLEMISH_MALE + names.FLEMISH_FEMALE), rng.choice(names.FLEMISH_SURNAMES)


def places() -> list[Place]:
    """Flemish municipalities weighted by population, with the team of their reference region and their OCMW."""
    teams: dict[str, list[int]] = {}
    for office_name, pk in Organisation.objects.filter(kind=OrganisationKind.VDAB_TEAM).order_by("pk").values_list("parent__name", "pk"):
        teams.setdefault(office_name.removeprefix("VDAB "), []).append(pk)
    ocmw = dict(Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY).values_list("municipality_id", "pk"))
    postal: dict[str, str] = {}
    for code, nis in PostalCode.objects.order_by("code").values_list("code", "municipality_id"):
        postal.setdefault(nis, code)
    return [
        Place(nis_code=m.nis_code, population=m.population, postal_code=postal.get(m.nis_code, ""), team_ids=teams.get(m.refreg_name, []), ocmw_id=ocmw.get(m.nis_code))
        for m in Municipality.objects.filter(region=Region.FLANDERS).order_by("nis_code")
    ]


def generate_population(count: int, seed: int = 2026, progress: Callable[[int], None] | None = None, batch_size: int = 10_000) -> int:
    """Add `count` synthetic persons (with episodes, languages, contacts, consents and partner links)."""
    seed_organisations()
    counsellors: dict[int, list[int]] = {}
    for pk, team in User.objects.filter(role=Role.COUNSELLOR, username__startswith="bemiddelaar-").values_list("pk", "organisation_id"):
        counsellors.setdefault(team, []).append(pk)
    mutualities = list(Organisation.objects.filter(partner_type=PartnerType.MUTUALITY).order_by("pk").values_list("pk", flat=True))
    integration = Organisation.objects.filter(partner_type=PartnerType.INTEGRATION_AGENCY).values_list("pk", flat=True).first()
    taken = set(Person.all_objects.values_list("insz", flat=True))
    first_id = (Person.all_objects.aggregate(m=Max("id"))["m"] or 0) + 1
    generator = PopulationGenerator(places(), clock.today(), seed=seed + first_id, taken_insz=taken, counsellor_ids_by_team=counsellors,
                                    mutuality_ids=mutualities, integration_agency_id=integration)
    return load_population(generator, first_id, count, batch_size, progress)


DEMO_USERS = [
    ("burger", Role.CITIZEN, "Sofie", "Peeters"),
    ("bemiddelaar", Role.COUNSELLOR, "Bart", "De Smet"),
    ("controleur", Role.CONTROLLER, "Kris", "Wouters"),
    ("werkgever", Role.EMPLOYER, "Inge", "Claes"),
    ("gemeente", Role.MUNICIPALITY, "Lien", "Maes"),
    ("partner", Role.PARTNER, "API-client", "Ziekenfonds"),
    ("opleider", Role.PARTNER, "Ilse", "Vermeulen"),  # a training provider's staff: its catalogue, bookings, credentials
    ("evc-centrum", Role.PARTNER, "Hanne", "Wuyts"),  # an accredited EVC centre's assessor: its EVC queue, results, issuer keys
    ("constructiv", Role.PARTNER, "Wim", "Goossens"),  # Constructiv (construction): its sector's figures, no person
    ("analist", Role.ANALYST, "Jonas", "Jacobs"),
    ("beheerder", Role.ADMIN, "Els", "Mertens"),
]


def _demo_citizen(team: Organisation, counsellor: User) -> Person:
    """A job seeker in (or around) Gent with a history, linked to the citizen account."""
    existing = User.objects.filter(username="burger").values_list("person_id", flat=True).first()
    if existing:
        return Person.objects.get(pk=existing)
    # a current job seeker in Gent whose three years show some movement (several episodes)
    seekers = Person.objects.filter(
        municipality_id=DEMO_MUNICIPALITY, episodes__kind=StatusKind.JOBSEEKER_BENEFIT, episodes__end__isnull=True, account__isnull=True
    )
    # a plausible adult: 25 to 55 years old, secondary school (ISCED 2–4) like the forklift driver the demo makes of them
    # (matching/demo.py), not a master's degree, who lost a job of some years (`_lost_a_job`)
    today = clock.today()
    plausible = dict(birth_date__lte=today - relativedelta(years=25), birth_date__gte=today - relativedelta(years=55),
                     education_level__gte=2, education_level__lte=4)
    adults = seekers.filter(**plausible)
    person = None
    # in Gent, else in its reference region, else in its province (a smaller population may have no such person in Gent
    # itself; since job seekers find work about as fast as in Flanders, a 3,000-person register held none in the region)
    gent = Municipality.objects.get(pk=DEMO_MUNICIPALITY)
    around = Person.objects.filter(episodes__kind=StatusKind.JOBSEEKER_BENEFIT, episodes__end__isnull=True, account__isnull=True, **plausible)
    region = around.filter(municipality__refreg_code=gent.refreg_code).exclude(municipality_id=DEMO_MUNICIPALITY)
    province = around.filter(municipality__province_nis=gent.province_nis).exclude(municipality__refreg_code=gent.refreg_code)
    for pool in (adults, region, province):
        # (no Count("episodes") here: the filter on the running benefit joins that one episode, so it would count 1)
        for candidate in pool.order_by("id").prefetch_related("episodes", "languages")[:400] if person is None else ():
            if _lost_a_job(candidate, today):
                person = candidate
                break
    for candidate in adults.order_by("id").prefetch_related("episodes")[:200] if person is None else ():
        episodes = candidate.episodes.all()
        if len(episodes) >= 3 and all(e.start >= candidate.birth_date + relativedelta(years=18) for e in episodes):
            person = candidate  # a smaller population without such a person: someone with some movement at least
            break
    person = person or adults.order_by("id").first() or seekers.order_by("id").first()
    if person is None:
        raise RuntimeError("the demo population has no job seeker in Gent; generate more persons")
    person.counsellor, person.team = counsellor, team
    person.save(update_fields=["counsellor", "team", "updated_at"])
    return person


CITIZEN_WORKED_DAYS = 365  # the demo citizen worked at least a year before losing the job: the right to benefit
CITIZEN_ON_BENEFIT_DAYS = 120  # and has been on benefit longer than the trajectory the demo gives them (3 months)


def _lost_a_job(person: Person, today: dt.date) -> bool:
    """A plausible demo citizen (walk of issue 16: a 34-year-old inactive, then on benefit without having worked): every
    status after the 18th birthday, Dutch as mother tongue or at B1 at least, and a job of a year or more that ended
    the day before the running unemployment benefit began, some months ago."""
    adult_on = person.birth_date + relativedelta(years=18)
    main = sorted(((e.kind, e.start, e.end) for e in person.episodes.all() if e.kind not in (StatusKind.LEEFLOON, StatusKind.NEWCOMER)),
                  key=lambda e: e[1])
    if len(main) < 2 or any(start < adult_on for _k, start, _e in main):
        return False
    (job, job_start, job_end), (now, since, until) = main[-2], main[-1]
    dutch = next((lang.level for lang in person.languages.all() if lang.language == "nl"), None)
    return (job in WORKED and job_end is not None and (job_end - job_start).days >= CITIZEN_WORKED_DAYS
            and now == StatusKind.JOBSEEKER_BENEFIT and until is None and since == job_end + dt.timedelta(days=1)
            and (today - since).days >= CITIZEN_ON_BENEFIT_DAYS and dutch in ("native", "B1", "B2", "C1", "C2"))


@transaction.atomic
def create_demo_accounts() -> list[dict]:
    """One account per role with a fresh random password and API token (printed, never stored in clear)."""
    seed_organisations()
    gent = Municipality.objects.get(pk=DEMO_MUNICIPALITY)
    team = Organisation.objects.get(kind=OrganisationKind.VDAB_TEAM, name=f"{TEAM_PREFIX}{gent.refreg_name} 1")
    orgs = {
        Role.COUNSELLOR: team,
        Role.EMPLOYER: Organisation.objects.get(kind=OrganisationKind.EMPLOYER, name="Bouwbedrijf De Schelde NV"),
        Role.MUNICIPALITY: Organisation.objects.get(kind=OrganisationKind.MUNICIPALITY, municipality=gent),
        Role.PARTNER: Organisation.objects.get(partner_type=PartnerType.MUTUALITY, name=MUTUALITY_NAMES[0]),
    }
    accounts = []
    users: dict[str, User] = {}
    own_org = {"opleider": Organisation.objects.get(partner_type=PartnerType.TRAINING_PROVIDER, name="Syntra Vlaanderen"),
               "evc-centrum": Organisation.objects.get(kind=OrganisationKind.PARTNER, name=EVC_CENTRE),
               "constructiv": Organisation.objects.get(kind=OrganisationKind.PARTNER, name=SECTOR_ORGANISATION)}
    for username, role, first, last in DEMO_USERS:
        user = User.objects.filter(username=username).first() or User(username=username)
        user.role, user.first_name, user.last_name = role, first, last
        user.organisation = own_org.get(username, orgs.get(role))
        user.is_staff = user.is_superuser = role == Role.ADMIN
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save()
        users.setdefault(role, user)
        user.api_tokens.all().delete()
        _token, raw = ApiToken.issue(user, "demo")
        accounts.append({"role": str(role), "username": username, "password": password, "token": raw})
    citizen = users[Role.CITIZEN]
    if citizen.person_id is None:
        citizen.person = _demo_citizen(team, users[Role.COUNSELLOR])
    citizen.first_name, citizen.last_name = citizen.person.first_name, citizen.person.last_name
    citizen.save(update_fields=["person", "first_name", "last_name"])
    _demo_caseload(users[Role.COUNSELLOR], team)
    _demo_vacancies(orgs[Role.EMPLOYER], gent)  # their applications come with the matching profiles (demo_applications)
    return accounts


def _demo_caseload(counsellor: User, team: Organisation) -> None:
    """Give the demo counsellor a personal caseload of job seekers of their team."""
    if Person.objects.filter(counsellor=counsellor).count() >= 25:
        return
    ids = list(Person.objects.filter(team=team, counsellor__isnull=True).order_by("id").values_list("pk", flat=True)[:40])
    Person.objects.filter(pk__in=ids).update(counsellor=counsellor)


DEMO_VACANCIES = ("Heftruckchauffeur", "Metselaar")
POSTED_DAYS_AGO = 45  # the demo employer's forklift vacancy has been online some weeks: its applications came in since
APPLICANTS = 12  # of those whose profile fits it (matching/shown.py's threshold), the best this many applied or were proposed


def _demo_vacancies(employer: Organisation, gent: Municipality) -> None:
    """The demo employer's two vacancies, the forklift one posted some weeks ago (matching.demo gives them their skills)."""
    posted = clock.now() - dt.timedelta(days=POSTED_DAYS_AGO)
    for title in DEMO_VACANCIES:
        Vacancy.objects.get_or_create(employer=employer, title=title, defaults={"municipality": gent, "created_at": posted})


def demo_applications(seed: int = 2026) -> int:
    """Applications to the demo employer's forklift vacancy, once the matching profiles exist: from job seekers of Gent's
    province whose profile fits it (score at least the threshold of matching/shown.py; walk of issue 16: random seekers,
    so the employer read "0 goede kandidaten"), on days spread between its publication and today, in a state that fits
    their age (the oldest already interviewed, offered or turned down; the newest still waiting). Idempotent."""
    from django.conf import settings

    from werkregie.matching import platform
    from werkregie.matching.engine import geography
    from werkregie.matching.engine.scoring import score_pair
    from werkregie.matching.models import PersonSkill
    from werkregie.vacancies.models import VacancySkill

    vacancy = Vacancy.objects.filter(employer__users__username="werkgever", title=DEMO_VACANCIES[0]).select_related("municipality").order_by("pk").first()
    if vacancy is None or vacancy.municipality is None or vacancy.applications.exists():
        return 0
    [profile] = platform.vacancy_profiles(Vacancy.objects.filter(pk=vacancy.pk))
    asked = VacancySkill.objects.filter(vacancy=vacancy).values("skill_uri")
    # job seekers of the vacancy's province, within commuting distance (its reference region alone held none who fit
    # in a 3,000-person register, once job seekers found work as fast as in Flanders: issue 16 point 12)
    around = Person.objects.filter(municipality__province_nis=vacancy.municipality.province_nis, account__isnull=True,
                                   pk__in=PersonSkill.objects.filter(skill_uri__in=asked).values("person_id"))
    ids = platform.seeking_ids(clock.today(), list(around.order_by("pk").values_list("pk", flat=True)[:2000]))
    tax, places = platform.taxonomy(), geography.places()
    explained = ((score_pair(tax, places, p, profile), p.id) for p in platform.person_profiles(ids))
    # eligible: the vacancy lies within their commute (the employer's candidate list leaves out anyone else)
    scored = sorted(((e.score, pk) for e, pk in explained if e.eligible), key=lambda x: (-x[0], x[1]))
    fitting = [pk for score, pk in scored if score >= settings.MATCHING_SHOWN_SCORE][:APPLICANTS]
    return _apply(vacancy, fitting, random.Random(seed))


# (share of the time since publication, state reached by then): applications of the first weeks are further along
STATES_BY_AGE = ((0.66, ("interview", "rejected", "offer")), (0.33, ("interview", "applied", "rejected")), (0.0, ("applied", "proposed")))


def _apply(vacancy: Vacancy, person_ids: list[int], rng: random.Random) -> int:
    from werkregie.vacancies import use_cases as application_use_cases
    from werkregie.vacancies.models import ApplicationState
    from werkregie.workflows import services as wf

    today = clock.now()
    posted = vacancy.created_at
    span = max(1.0, (today - posted).total_seconds() / 86400 - 1)
    employer_side = wf.Who(None, Role.EMPLOYER, vacancy.employer.name)
    for n, person_id in enumerate(person_ids):
        age_share = 1 - (n + rng.random()) / max(1, len(person_ids))  # spread from just after publication to yesterday
        at = posted + dt.timedelta(days=1 + span * (1 - age_share), hours=rng.randrange(0, 8))
        proposed = n % 3 == 2  # some proposed by VDAB, with the person's consent, the others applied themselves
        origin = ApplicationOrigin.PROPOSED if proposed else ApplicationOrigin.APPLIED
        state = rng.choice(next(states for share, states in STATES_BY_AGE if age_share >= share))
        if state == "proposed" and not proposed:
            state = "applied"  # who applied themself starts as applied
        with clock.travel_to(at):
            if proposed and not Consent.objects.filter(person_id=person_id, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, withdrawn_at__isnull=True).exists():
                Consent.objects.create(person_id=person_id, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=at - dt.timedelta(days=2), recorded_by="demo")
            seeker = wf.Who(None, Role.COUNSELLOR if proposed else Role.CITIZEN, "VDAB (demo)" if proposed else "kandidaat")
            application = wf.create(Application, seeker, vacancy=vacancy, person_id=person_id, origin=origin)
            Application.objects.filter(pk=application.pk).update(created_at=at)
            if proposed:
                application_use_cases.proposed(application)
            if state != ApplicationState.PROPOSED:
                application = wf.transition(application, "apply", seeker)
                application_use_cases.tell(application, seeker, "apply")
        later = at + dt.timedelta(days=max(1, (today - at).days // 2))
        path = {"interview": ("invite",), "offer": ("invite", "offer"), "rejected": ("reject",)}.get(state, ())
        for name in path:
            with clock.travel_to(later):
                application = wf.transition(application, name, employer_side,
                                            reason="Profiel past minder dan dat van andere kandidaten" if name == "reject" else "")
                application_use_cases.tell(application, employer_side, name)
    return len(person_ids)


def demo_assessments(count: int = 12, seed: int = 2026) -> int:
    """A few assessments by the demo counsellor (some overriding the proposal), so the overview of overrides and
    the person pages have something to show; then the screening history of every other current job seeker
    (`screening_history`: screened within the legal term for most, some due, a few overdue)."""
    from . import screening_history

    done = _counsellor_assessments(count, seed)
    screening_history.seed(clock.today())
    return done


# The demo counsellor's own overrides (one in OVERRIDE_EVERY assessments), one step away from the proposal and each way
# where both are possible: counsellors correct the model both ways (walk of issue 16: every override went to a longer
# distance, which with answers drawn four times as often as the history's left 1 of 29 of her caseload "korte afstand")
OVERRIDE_EVERY = 4
OVERRIDE_REASONS = {
    "longer": "Gesprek toont meer begeleidingsnood dan het model ziet.",
    "shorter": "Recente werkervaring en een netwerk in de sector: sneller aan het werk dan het model schat.",
}


def override(proposed: str, turn: int) -> dict:
    """The demo counsellor's override of a proposed category: one step longer or shorter (alternating by `turn` where
    both are possible), with its reason; never self-reliant on an override."""
    steps = ("short", "medium", "long")
    at = steps.index(proposed) if proposed in steps else 1
    way = "longer" if at == 0 else "shorter" if at == len(steps) - 1 else ("longer", "shorter")[turn % 2]
    return {"category": steps[at + 1 if way == "longer" else at - 1], "self_reliant": False, "override_reason": OVERRIDE_REASONS[way]}


def _counsellor_assessments(count: int, seed: int) -> int:
    """The demo counsellor's own assessments through the use case, with the answers of the screening history (the
    register's Dutch and digital skills, competences and motivation as a conversation finds them: one source, so that
    her caseload has the mix of distances the model and the rules give). Skipped when the counsellor has assessed before."""
    from werkregie.accounts.principal import Principal
    from werkregie.screening import use_cases as screening
    from werkregie.screening.models import Assessment

    from .screening_history import answers_for

    counsellor = User.objects.filter(username="bemiddelaar").first()
    if counsellor is None or Assessment.objects.filter(counsellor=counsellor).exists():
        return 0
    principal = Principal.for_session(counsellor)
    rng = random.Random(seed)
    done = 0
    for item in screening.worklist(principal, page_size=count).items:
        dutch = item.person.languages.filter(language="nl").values_list("level", flat=True).first() or "native"
        data = answers_for(rng, dutch, item.person.digital_skills)
        if done % OVERRIDE_EVERY == OVERRIDE_EVERY - 1:
            data.update(override(screening.proposal_for(item.person.pk, data).category, done // OVERRIDE_EVERY))
        screening.record_assessment(principal, item.person.pk, data)
        done += 1
    return done
