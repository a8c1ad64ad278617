"""Demo data for matching: open vacancies on real ESCO occupations and skills in real municipalities, and a matching
profile (competences, experience, desired occupations, preferences) for every current job seeker, drawn from the
engine's synthetic market. Idempotent: skipped when vacancies already carry skills."""

from __future__ import annotations

import functools
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

from . import platform
from .demo_texts import description, monthly_wage
from .engine import geography
from .engine.geography import FLANDERS
from .engine.profiles import LEVEL_NAMES, PersonProfile, VacancyProfile
from .engine.synthetic import SyntheticMarket
from .engine.taxonomy import Taxonomy
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
    # in chunks: 300,000 vacancies (the benchmark) never sit in memory as objects; drawn until the count is made, as
    # occupations that no demo employer hires (the military, legislators, mediums) are left out
    while made < vacancies and drawn < 3 * vacancies:
        count = min(CHUNK, vacancies - made)
        made += _seed_vacancies(market.vacancies(count, drawn + 1), employers, belgian, flemish, random)
        drawn += count
        if progress:
            progress(made)
    profiles = _seed_profiles(market, progress)
    bump()
    return {"vacancies": made, "profiles": profiles}


CHUNK = 10_000


def _seed_vacancies(profiles: list[VacancyProfile], employers: list[Organisation], belgian: set[str], flemish: list[int], random) -> int:  # noqa: ANN001
    from werkregie.organisations.demo import hired_by_demo_employers

    tax, places = platform.taxonomy(), geography.places()
    hired = functools.cache(hired_by_demo_employers)
    rows = []
    for profile in profiles:
        if not hired(tax.occupations[profile.occupation].isco):
            continue
        # the demo's employers are Flemish: their vacancies lie in Flanders (the ring offer takes them further)
        place = profile.place if places.ring[profile.place] == FLANDERS else int(random.choice(flemish))
        if places.places[place].code not in belgian:
            continue
        occupation = tax.occupations[profile.occupation]
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


# the least ISCED level (the register's education) for an occupation by its ISCO-08 major group: professionals (2) studied
# at a college or university, managers (1) and technicians (3) finished upper secondary school; the other groups need no
# diploma. A forklift driver with lower secondary school neither worked as nor wants to be an ICT network administrator.
EDUCATION_FOR_ISCO = {"1": 3, "2": 5, "3": 3}


def fits_education(taxonomy: Taxonomy, occupation: int, education: int | None) -> bool:
    return education is None or education >= EDUCATION_FOR_ISCO.get(taxonomy.occupations[occupation].isco[:1], 0)


def _coherent_person(market: SyntheticMarket, person_id: int, education: int | None) -> PersonProfile:
    """The market's profile for a person, drawn again (40 times at most) until the occupations fit their education;
    they want an occupation they worked in, or one of the same ISCO minor group."""
    tax = market.taxonomy
    for _attempt in range(40):
        synthetic = market.person(person_id)
        if all(fits_education(tax, o, education) for o in synthetic.experience):
            break
    worked_groups = {tax.occupations[o].isco[:3] for o in synthetic.experience}
    desired = [o for o in synthetic.desired if (o in synthetic.experience or tax.occupations[o].isco[:3] in worked_groups)
               and fits_education(tax, o, education)]
    synthetic.desired = desired or list(synthetic.experience)[:1]
    return synthetic


def _seed_profiles(market: SyntheticMarket, progress: Callable[[int], None] | None) -> int:
    """A synthetic profile for every current job seeker who has none yet (COPY on PostgreSQL, in chunks)."""
    tax = platform.taxonomy()
    now = connection.ops.adapt_datetimefield_value(clock.now())
    have = set(MatchingPreferences.objects.values_list("person_id", flat=True)) | set(PersonSkill.objects.values_list("person_id", flat=True).distinct())
    ids = [i for i in platform.seeking_ids(clock.today()) if i not in have]
    for first in range(0, len(ids), CHUNK):
        skills, experience, desired, preferences = [], [], [], []
        education = dict(Person.objects.filter(pk__in=ids[first:first + CHUNK]).values_list("pk", "education_level"))
        for person_id in ids[first:first + CHUNK]:
            synthetic: PersonProfile = _coherent_person(market, person_id, education.get(person_id))
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


def _forklift_profile(person_id: int, skills: int, commute: int) -> None:
    tax = platform.taxonomy()
    forklift = next(o for o in tax.occupations if o.label("en") == "forklift operator")
    now = clock.now()
    PersonSkill.objects.filter(person_id=person_id).delete()
    PersonSkill.objects.bulk_create([PersonSkill(person_id=person_id, skill_uri=tax.skills[s].uri, source="declared", added_at=now)
                                     for s in forklift.essential[:skills]])
    PersonExperience.objects.filter(person_id=person_id).exclude(occupation_uri=forklift.uri).delete()  # a forklift driver, not
    DesiredOccupation.objects.filter(person_id=person_id).exclude(occupation_uri=forklift.uri).delete()  # also a network admin
    PersonExperience.objects.update_or_create(person_id=person_id, occupation_uri=forklift.uri, defaults={"years": Decimal("4")})
    DesiredOccupation.objects.get_or_create(person_id=person_id, occupation_uri=forklift.uri)
    MatchingPreferences.objects.update_or_create(person_id=person_id, defaults={"max_commute_km": commute, "hours_min": 30, "hours_max": 40})


def demo_profiles(citizen_id: int | None, caseload: list[int]) -> None:
    """The demo citizen and a few job seekers of the demo counsellor worked as forklift operators around Gent, so the
    demo's "Heftruckchauffeur" vacancy has candidates to rank and the citizen sees it among "Vacatures voor mij"."""
    if citizen_id and not PersonExperience.objects.filter(person_id=citizen_id).exists():
        _forklift_profile(citizen_id, 6, 30)
    seeking = set(platform.seeking_ids(clock.today()))
    for n, person_id in enumerate([p for p in caseload if p in seeking][:6]):
        _forklift_profile(person_id, 8 - n, 40)
    bump()
