"""Demo data for matching: open vacancies on real ESCO occupations and skills in real municipalities, and a matching
profile (competences, experience, desired occupations, preferences) for every current job seeker, drawn from the
engine's synthetic market. Idempotent: skipped when vacancies already carry skills."""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from decimal import Decimal
from typing import Callable

import numpy as np
from django.db import connection, transaction

from werkregie.core import clock
from werkregie.core.bulk import insert_rows
from werkregie.core.identifiers import make_kbo
from werkregie.geo.models import Municipality
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.people.models import Person
from werkregie.vacancies.models import Vacancy, VacancySkill

from . import demo_experience, platform
from .demo_texts import description, monthly_wage
from .engine import geography
from .engine.geography import FLANDERS
from .engine.profiles import LEVEL_NAMES, PersonProfile, VacancyProfile
from .engine.synthetic import SyntheticMarket
from .models import DesiredOccupation, MatchingPreferences, PersonExperience, PersonSkill
from .signals import bump

EMPLOYER_NAMES = ["Logistiek Vlaanderen NV", "Zorgnet Schelde vzw", "Techniek & Co BV", "Horeca Groep Leie", "Bouwunie Kempen NV",
                  "Retail Benelux BV", "IT Partners Gent BV", "Schoonmaak Plus NV", "Voeding Vlaanderen NV", "Transport Limburg BV"]
DEMO_TITLES = {"Heftruckchauffeur": "forklift operator", "Metselaar": "bricklayer"}


def _employers() -> list[Organisation]:
    for serial, name in enumerate(EMPLOYER_NAMES, start=5301):
        Organisation.objects.get_or_create(kind=OrganisationKind.EMPLOYER, name=name, defaults={"kbo_number": make_kbo(serial)})
    return list(Organisation.objects.filter(kind=OrganisationKind.EMPLOYER).order_by("pk"))


def _skills_for_existing(vacancy: Vacancy, occupation_label_en: str) -> None:
    tax = platform.taxonomy()
    occupation = next(o for o in tax.occupations if o.label("en") == occupation_label_en)
    vacancy.occupation_uri = occupation.uri
    vacancy.language_needs = [{"language": "nl", "level": "B1"}]
    hours = float(vacancy.hours_per_week)
    vacancy.description = vacancy.description or description(tax, occupation, occupation.essential[:8], occupation.optional[:2], hours,
                                                              vacancy.contract, {"nl": "B1"}, vacancy.driving_licence)
    vacancy.monthly_wage = vacancy.monthly_wage or monthly_wage(occupation, hours, 0.4)
    vacancy.save(update_fields=["occupation_uri", "language_needs", "description", "monthly_wage"])
    VacancySkill.objects.bulk_create([VacancySkill(vacancy=vacancy, skill_uri=tax.skills[s].uri, essential=True) for s in occupation.essential[:8]],
                                     ignore_conflicts=True)


@transaction.atomic
def seed_matching_demo(vacancies: int = 2000, seed: int = 2026, progress: Callable[[int], None] | None = None) -> dict:
    if VacancySkill.objects.exists():
        return {"vacancies": 0, "profiles": 0}
    tax, places = platform.taxonomy(), geography.places()
    market = SyntheticMarket(tax, places, seed=seed)
    random = np.random.default_rng(seed)
    employers = _employers()
    belgian = set(Municipality.objects.values_list("nis_code", flat=True))
    flemish = [p for p in range(len(places.places)) if places.ring[p] == 1]
    for title, label in DEMO_TITLES.items():
        for vacancy in Vacancy.objects.filter(title=title, occupation_uri=""):
            _skills_for_existing(vacancy, label)
    made, drawn = 0, 0
    # no occupation more than one vacancy in SPREAD (walk of issue 16: an engineering bureau posted "Technisch ingenieur
    # vaartuigen" 201 times): the market's popularity alone bunches the titles
    posted, most = Counter(), max(3, vacancies // SPREAD)
    # in chunks: 300,000 vacancies (the benchmark) never sit in memory as objects; drawn until the count is made, as
    # occupations that no demo employer hires (the military, legislators, mediums) are left out
    while made < vacancies and drawn < 6 * vacancies:
        count = min(CHUNK, vacancies - made)
        made += _seed_vacancies(market.vacancies(count, drawn + 1), employers, belgian, flemish, random, posted, most)
        drawn += count
        if progress:
            progress(made)
    profiles = _seed_profiles(market, progress)
    bump()
    return {"vacancies": made, "profiles": profiles}


CHUNK = 10_000
SPREAD = 400


def _seed_vacancies(profiles: list[VacancyProfile], employers: list[Organisation], belgian: set[str], flemish: list[int], random,  # noqa: ANN001
                    posted: Counter, most_per_occupation: int) -> int:
    from werkregie.organisations.demo import hired_by_demo_employers

    tax, places = platform.taxonomy(), geography.places()
    hired = functools.cache(hired_by_demo_employers)
    rows = []
    for profile in profiles:
        occupation = tax.occupations[profile.occupation]
        if not hired(occupation.isco, occupation.label("en")) or posted[profile.occupation] >= most_per_occupation:
            continue
        posted[profile.occupation] += 1
        # the demo's employers are Flemish: their vacancies lie in Flanders (the ring offer takes them further)
        place = profile.place if places.ring[profile.place] == FLANDERS else int(random.choice(flemish))
        if places.places[place].code not in belgian:
            continue
        label = occupation.label("nl")
        wage = monthly_wage(occupation, profile.hours, float(random.random()))
        languages = {k: LEVEL_NAMES[v] for k, v in profile.languages.items()}
        text = description(tax, occupation, profile.essential, profile.optional, profile.hours, profile.contract, languages, profile.licence)
        rows.append((Vacancy(employer=employers[int(random.integers(len(employers)))], title=label[:1].upper() + label[1:],
                             municipality_id=places.places[place].code, occupation_uri=occupation.uri, hours_per_week=Decimal(str(profile.hours)),
                             contract=profile.contract, driving_licence=profile.licence, monthly_wage=wage, description=text,
                             language_needs=[{"language": k, "level": level} for k, level in languages.items()]), profile))
    created = Vacancy.objects.bulk_create([v for v, _p in rows], batch_size=1000)
    skill_rows = []
    for vacancy, (_v, profile) in zip(created, rows):
        skill_rows += [(vacancy.pk, tax.skills[s].uri, True, s == profile.certified) for s in profile.essential]
        skill_rows += [(vacancy.pk, tax.skills[s].uri, False, False) for s in profile.optional]
    insert_rows(VacancySkill._meta.db_table, ("vacancy_id", "skill_uri", "essential", "certificate_required"), skill_rows)
    return len(created)


def _coherent_person(market: SyntheticMarket, person_id: int, facts: demo_experience.Facts | None, today) -> PersonProfile:  # noqa: ANN001
    """The market's profile for a person (place, languages, hours, licences), with experience, wanted occupation and
    skills that fit what the register says of them (`demo_experience`)."""
    synthetic = market.person(person_id)
    if facts is None:
        return synthetic
    synthetic.experience = demo_experience.experience(market, facts, today)
    synthetic.desired = demo_experience.desired(market, facts, synthetic.experience)
    # the skills of the work done; without work, some of what school taught for the wanted occupation
    synthetic.skills = market.skills_for(list(synthetic.experience)) if synthetic.experience else market.skills_for(synthetic.desired, (0.1, 0.3))
    synthetic.education = facts.education
    return synthetic


def register_facts(person_ids: list[int]) -> dict[int, demo_experience.Facts]:
    """What the register says of these persons that bounds their experience: birth, education, Dutch, main activity."""
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import PersonLanguage, StatusEpisode

    people = dict((pk, (birth, education)) for pk, birth, education in Person.objects.filter(pk__in=person_ids).values_list("pk", "birth_date", "education_level"))
    dutch = dict(PersonLanguage.objects.filter(person_id__in=person_ids, language="nl").values_list("person_id", "level"))
    episodes: dict[int, list] = {}
    arrived: dict[int, object] = {}
    for pid, kind, start, end in StatusEpisode.objects.filter(person_id__in=person_ids).order_by("start").values_list("person_id", "kind", "start", "end"):
        if kind == StatusKind.NEWCOMER:
            arrived.setdefault(pid, start)
        elif kind != StatusKind.LEEFLOON:
            episodes.setdefault(pid, []).append((kind, start, end))
    return {pk: demo_experience.Facts(birth, education, dutch.get(pk), tuple(episodes.get(pk, ())), arrived.get(pk))
            for pk, (birth, education) in people.items()}


def _seed_profiles(market: SyntheticMarket, progress: Callable[[int], None] | None) -> int:
    """A synthetic profile for every current job seeker who has none yet (COPY on PostgreSQL, in chunks)."""
    tax = platform.taxonomy()
    now = connection.ops.adapt_datetimefield_value(clock.now())
    have = set(MatchingPreferences.objects.values_list("person_id", flat=True)) | set(PersonSkill.objects.values_list("person_id", flat=True).distinct())
    ids = [i for i in platform.seeking_ids(clock.today()) if i not in have]
    for first in range(0, len(ids), CHUNK):
        skills, experience, desired, preferences = [], [], [], []
        facts = register_facts(ids[first:first + CHUNK])
        for person_id in ids[first:first + CHUNK]:
            synthetic: PersonProfile = _coherent_person(market, person_id, facts.get(person_id), clock.today())
            skills += [(person_id, tax.skills[s].uri, source, now) for s, source in synthetic.skills.items()]
            experience += [(person_id, tax.occupations[o].uri, str(Decimal(str(y)))) for o, y in synthetic.experience.items()]
            desired += [(person_id, tax.occupations[o].uri) for o in dict.fromkeys(synthetic.desired)]
            preferences.append((person_id, int(synthetic.max_commute_km), int(synthetic.hours_min), int(synthetic.hours_max), False, ""))
        for model, columns, rows in ((PersonSkill, ("person_id", "skill_uri", "source", "added_at"), skills),
                                     (PersonExperience, ("person_id", "occupation_uri", "years"), experience),
                                     (DesiredOccupation, ("person_id", "occupation_uri"), desired),
                                     (MatchingPreferences, ("person_id", "max_commute_km", "hours_min", "hours_max", "relocate", "residence_abroad"), preferences)):
            insert_rows(model._meta.db_table, columns, rows)
        if progress:
            progress(min(first + CHUNK, len(ids)))
    return len(ids)


# what a forklift driver does first of all, listed first on their profile (and so in the EVC the careers demo gives the
# citizen): ESCO lists the essentials in no order, and the first six left out "heftrucks bedienen" (walk of issue 16)
FORKLIFT_CORE_SKILLS = ("operate forklift", "conduct forklift inspections", "stack empty pallets", "operate warehouse materials",
                        "store warehouse goods", "transfer stock")
FORKLIFT_DRIVERS = 3  # of the demo counsellor's caseload, besides the citizen: a few, not one in seven
UNKNOWN_HISTORY_YEARS = 4.0  # a person the register holds no history of (made by hand): a few years, if their age allows


def _forklift_profile(person_id: int, skills: int, commute: int) -> bool:
    """Make a person a forklift driver for the years they worked (their experience, at least their work in the register's
    history); False, and nothing changed, for someone who has not worked a year."""
    tax = platform.taxonomy()
    forklift = next(o for o in tax.occupations if o.label("en") == "forklift operator")
    facts = register_facts([person_id]).get(person_id)
    had = sum(PersonExperience.objects.filter(person_id=person_id).values_list("years", flat=True), Decimal(0))
    today = clock.today()
    worked = demo_experience.worked_in_history(facts, today) if facts else 0.0
    if facts is not None and not facts.episodes and not had:
        worked = min(UNKNOWN_HISTORY_YEARS, demo_experience.most_years(facts, today))  # no history in the register at all
    years = Decimal(str(round(max(float(had), worked) * 2) / 2))
    if years < 1:
        return False
    now = clock.now()
    PersonSkill.objects.filter(person_id=person_id).delete()
    core = sorted(forklift.essential, key=lambda s: tax.skills[s].label("en") not in FORKLIFT_CORE_SKILLS)  # the core first
    PersonSkill.objects.bulk_create([PersonSkill(person_id=person_id, skill_uri=tax.skills[s].uri, source="declared", added_at=now)
                                     for s in core[:skills]])
    PersonExperience.objects.filter(person_id=person_id).exclude(occupation_uri=forklift.uri).delete()  # a forklift driver, not
    DesiredOccupation.objects.filter(person_id=person_id).exclude(occupation_uri=forklift.uri).delete()  # also a network admin
    PersonExperience.objects.update_or_create(person_id=person_id, occupation_uri=forklift.uri, defaults={"years": years})
    DesiredOccupation.objects.get_or_create(person_id=person_id, occupation_uri=forklift.uri)
    MatchingPreferences.objects.update_or_create(person_id=person_id, defaults={"max_commute_km": commute, "hours_min": 30, "hours_max": 40})
    return True


def _work_before_the_register(person_id: int, occupation_uri: str) -> None:
    """The citizen's years as a forklift driver in his status history too (walk of issue 16: nine years of experience
    beside a history that began with his last job): the years his experience holds beyond the work the register shows
    become work before its first episode — the first job lengthened when the history begins with work, else a job that
    ended the day before. He registered when he first looked for work, not when that work began (walk of issue 16:
    "Ingeschreven op" the first day of his first job), and a job of a year or more gave him unemployment benefit when
    it ended (the same walk: "zonder uitkering" after 29 months of work)."""
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import StatusEpisode
    from werkregie.people.synthetic import WORKED, registered_on

    facts = register_facts([person_id]).get(person_id)
    years = PersonExperience.objects.filter(person_id=person_id, occupation_uri=occupation_uri).values_list("years", flat=True).first()
    if facts is None or years is None or facts.history_from is None:
        return
    missing = float(years) - demo_experience.worked_in_history(facts, clock.today())
    if missing < 0.5:
        return
    first = (StatusEpisode.objects.filter(person_id=person_id).exclude(kind__in=(StatusKind.LEEFLOON, StatusKind.NEWCOMER))
             .order_by("start", "pk").first())
    since = max(facts.working_from, facts.arrived or facts.working_from, first.start - dt.timedelta(days=round(missing * 365.25)))
    if since >= first.start:
        return
    if first.kind in WORKED:
        StatusEpisode.objects.filter(pk=first.pk).update(start=since)
        _benefit_after(first, since)
    else:  # a job that ended the day before the history began: a year of it gives benefit there too (walk of stop 37:
        # "Werkend" 17 months, then "zonder uitkering", for the demo citizen himself)
        job = StatusEpisode.objects.create(person_id=person_id, kind=StatusKind.EMPLOYED, start=since, end=first.start - dt.timedelta(days=1),
                                           source=first.source)
        _benefit_after(job, since)
    episodes = list(StatusEpisode.objects.filter(person_id=person_id).exclude(kind__in=(StatusKind.LEEFLOON, StatusKind.NEWCOMER))
                    .values_list("kind", "start"))
    Person.objects.filter(pk=person_id).update(registered_on=registered_on(episodes))


def _benefit_after(job, since: dt.date) -> None:  # noqa: ANN001 - a StatusEpisode
    """The job seeking that followed a job now lasting a year or more is on unemployment benefit (the generator's rule,
    BENEFIT_AFTER_WORK_DAYS), without the OCMW's leefloon that only someone without that right gets."""
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import StatusEpisode
    from werkregie.people.synthetic import BENEFIT_AFTER_WORK_DAYS

    if job.end is None or (job.end - since).days < BENEFIT_AFTER_WORK_DAYS:
        return
    after = StatusEpisode.objects.filter(person_id=job.person_id, kind=StatusKind.JOBSEEKER_NO_BENEFIT, start=job.end + dt.timedelta(days=1)).first()
    if after is None:
        return
    StatusEpisode.objects.filter(pk=after.pk).update(kind=StatusKind.JOBSEEKER_BENEFIT)
    leefloon = StatusEpisode.objects.filter(person_id=job.person_id, kind=StatusKind.LEEFLOON, start__gte=after.start)
    (leefloon.filter(start__lte=after.end) if after.end else leefloon).delete()


def _nearest(place: str, persons) -> list[int]:  # noqa: ANN001 - a QuerySet of Person
    """The persons' ids, nearest to `place` (a NIS code) first by road, then by id."""
    places = geography.places()
    km = places.road_km_from(places.position(place))
    rows = persons.values_list("pk", "municipality_id")
    return [pk for pk, _m in sorted(rows, key=lambda r: (km[places.position(r[1])] if r[1] in places.index else np.inf, r[0]))]


def demo_profiles(citizen_id: int | None, caseload: list[int]) -> None:
    """The demo citizen and a few job seekers of the demo counsellor worked as forklift operators around Gent, so the
    demo's "Heftruckchauffeur" vacancy has candidates to rank and the citizen sees it among "Vacatures voor mij". Only
    people with secondary school at most who worked, each for their own years."""
    forklift = next(o for o in platform.taxonomy().occupations if o.label("en") == "forklift operator")
    if citizen_id and not DesiredOccupation.objects.filter(person_id=citizen_id, occupation_uri=forklift.uri).exists():
        if _forklift_profile(citizen_id, 6, 30):
            _work_before_the_register(citizen_id, forklift.uri)
    seeking = set(platform.seeking_ids(clock.today()))
    # the counsellor's caseload first, then job seekers of the province of the demo's forklift vacancy, nearest to it
    # first: a small register's caseload may hold no one who worked a year (a 3,000-person register gave the demo
    # counsellor two job seekers, and the forklift vacancy no applicant: issue 16 point 12)
    demo_title = next(title for title, label in DEMO_TITLES.items() if label == "forklift operator")
    workplace = (Vacancy.objects.filter(title=demo_title, occupation_uri=forklift.uri, municipality__isnull=False).order_by("pk")
                 .values_list("municipality_id", "municipality__province_nis").first())
    nearby = _nearest(workplace[0], Person.objects.filter(municipality__province_nis=workplace[1], account__isnull=True)
                      .exclude(pk__in=caseload)) if workplace else []
    fitting = set(Person.objects.filter(pk__in=caseload + nearby, education_level__lte=4).values_list("pk", flat=True))
    made = 0
    for person_id in [p for p in caseload + nearby if p in seeking and p in fitting and p != citizen_id]:
        if made >= FORKLIFT_DRIVERS:
            break
        made += _forklift_profile(person_id, 8 - made, 40)
    bump()
