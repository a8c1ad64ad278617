"""Issue 16, point 12, the walk's findings: employers post their own sector's occupations in Flanders, without numbers in
the titles; demo vacancies say what the job is and what it pays; counsellors have person names; a year of work gives
unemployment benefit, not a leefloon; desired occupations fit the person's experience and education. Small, fast runs."""

import datetime as dt

from django.test import Client

from werkregie.accounts.models import Role
from werkregie.people.synthetic import WORKED

from . import factories as f
from .test_daily_demo_coherence import population

# what a builder (NACE 41-43) hires, by ISCO-08 prefix, listed by hand (not from the mapping under test): managers of
# construction, civil engineers and technicians, site supervisors, clerks, building trades, building electricians,
# plant and crane operators, drivers, construction labourers
CONSTRUCTION_ISCO = ("1323", "2142", "3112", "3123", "4", "71", "7411", "8332", "8342", "8343", "931")


def _leefloon_after_a_year_of_work(person: dict) -> list[str]:
    vdab = sorted((e for e in person["episodes"] if e[3] == "vdab"), key=lambda e: e[1])
    found = []
    for before, after in zip(vdab, vdab[1:]):
        worked = before[0] in WORKED and before[2] is not None and (before[2] - before[1]).days >= 365
        if not worked:
            continue
        if after[0] == "jobseeker_no_benefit":
            found.append(f"no benefit from {after[1]} after {(before[2] - before[1]).days} days of {before[0]}")
        for kind, start, _end, _source in person["episodes"]:
            if kind == "leefloon" and after[1] <= start and (after[2] is None or start <= after[2]):
                found.append(f"leefloon from {start} after {(before[2] - before[1]).days} days of {before[0]}")
    return found


def test_a_year_of_work_gives_unemployment_benefit_not_a_leefloon():
    problems = [p for seed in (1, 2, 3) for person in population(seed, 800) for p in _leefloon_after_a_year_of_work(person)]
    assert not problems, problems[:5]
    leefloon = [e for seed in (1, 2) for person in population(seed, 800) for e in person["episodes"] if e[0] == "leefloon"]
    assert leefloon, "a leefloon still exists where there is no right to benefit"


def _no_benefit_after_a_year_of_work_in_three_years(person: dict) -> list[str]:
    """A job seeker without benefit whose three years before hold a year of work, wherever it lies in the chain (walk
    of issue 16: 17 months of work, a spell out of the labour market, then no benefit and no reason), unless a benefit
    just ended into it."""
    vdab = sorted((e for e in person["episodes"] if e[3] == "vdab"), key=lambda e: e[1])
    found = []
    for i, (kind, start, _end, _source) in enumerate(vdab):
        if kind != "jobseeker_no_benefit" or (i and vdab[i - 1][0] == "jobseeker_benefit"):
            continue
        since = start - dt.timedelta(days=3 * 365)
        days = sum(max(0, (min(e[2], start - dt.timedelta(days=1)) - max(e[1], since)).days + 1)
                   for e in vdab[:i] if e[0] in WORKED and e[2] is not None)
        if days >= 365:
            found.append(f"no benefit from {start} after {days} days of work in the three years before")
    return found


def test_a_year_of_work_in_the_reference_period_gives_benefit_after_a_spell_out_of_work():
    problems = [p for seed in (1, 2, 3) for person in population(seed, 800) for p in _no_benefit_after_a_year_of_work_in_three_years(person)]
    assert not problems, problems[:5]
    person = {"episodes": [("employed", dt.date(2022, 1, 1), dt.date(2023, 5, 31), "vdab"),
                           ("inactive", dt.date(2023, 6, 1), dt.date(2023, 11, 30), "vdab"),
                           ("jobseeker_no_benefit", dt.date(2023, 12, 1), None, "vdab")]}
    assert _no_benefit_after_a_year_of_work_in_three_years(person)  # the check can fail


def test_the_check_on_leefloon_can_fail():
    person = {"episodes": [("employed", dt.date(2022, 1, 1), dt.date(2023, 12, 31), "vdab"),
                           ("inactive", dt.date(2024, 1, 1), None, "vdab"), ("leefloon", dt.date(2024, 2, 1), None, "ocmw")]}
    assert _leefloon_after_a_year_of_work(person)


def test_demo_counsellors_have_person_names(ref):
    from werkregie.accounts.models import User
    from werkregie.demo.services import seed_organisations

    seed_organisations()
    counsellors = list(User.objects.filter(username__startswith="bemiddelaar-").values_list("username", "first_name", "last_name"))
    assert len(counsellors) > 100
    bad = [c for c in counsellors if c[1] == "Bemiddelaar" or any(ch.isdigit() for ch in c[1] + c[2]) or "Regio" in c[2]]
    assert not bad, bad[:5]
    assert len({(c[1], c[2]) for c in counsellors}) > len(counsellors) // 2  # not all the same person


def _demo_market(vacancies: int = 240, seekers: int = 12) -> list:
    from werkregie.matching import demo
    from werkregie.organisations import demo as employers
    from werkregie.people.enums import StatusKind

    people = [f.person(municipality_id="44021", education_level=2) for _ in range(seekers)]
    for p in people:
        f.episode(p, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 6, 1))
    demo.seed_matching_demo(vacancies=vacancies)
    employers.seed()
    return people


def test_demo_vacancies_fit_their_employer_and_say_what_they_offer(ref):
    from werkregie.geo.models import Region
    from werkregie.matching.platform import taxonomy
    from werkregie.organisations.sectors import fits
    from werkregie.vacancies.models import Vacancy

    _demo_market()
    tax = taxonomy()
    vacancies = list(Vacancy.objects.select_related("employer", "municipality"))
    assert len(vacancies) > 150
    builder = [v for v in vacancies if v.employer.name == "Bouwbedrijf De Schelde NV"]
    assert builder, "the builder posts vacancies"
    isco = {v.pk: tax.occupations[tax.occupation_index[v.occupation_uri]].isco for v in vacancies}
    wrong = [(v.title, isco[v.pk]) for v in builder if not isco[v.pk].startswith(CONSTRUCTION_ISCO)]
    assert not wrong, wrong
    assert not [(v.title, v.employer.name) for v in vacancies if not fits(v.employer.nace_code, isco[v.pk])]
    assert not [(v.title, v.municipality) for v in vacancies if v.municipality.region != Region.FLANDERS]
    for v in vacancies:
        assert "#" not in v.title and not any(ch.isdigit() for ch in v.title), v.title
        assert len(v.description) > 80 and v.title.lower() in v.description.lower() and "lorem" not in v.description.lower(), v.description
        assert v.monthly_wage is not None and 1000 <= v.monthly_wage <= 8000, (v.title, v.monthly_wage)
    full_time = [v for v in vacancies if v.hours_per_week >= 38]
    elementary = [v.monthly_wage for v in full_time if isco[v.pk].startswith("9")]
    professional = [v.monthly_wage for v in full_time if isco[v.pk].startswith("2")]
    assert elementary and professional and max(elementary) < min(professional)  # the wage follows the occupation's level


def test_the_vacancy_list_shows_no_internal_numbers(ref):
    from werkregie.vacancies.models import Vacancy

    employer = f.organisation("employer", name="Bouwbedrijf Test")
    vacancy = Vacancy.objects.create(employer=employer, title="Steigerbouwer", municipality_id="44021")
    client = Client()
    client.force_login(f.user(Role.COUNSELLOR))
    html = client.get("/vacatures/").content.decode()
    assert "Steigerbouwer" in html and f"#{vacancy.pk}" not in html


def test_desired_occupations_fit_experience_and_education(ref):
    from werkregie.matching import demo
    from werkregie.matching.models import DesiredOccupation, PersonExperience
    from werkregie.matching.platform import taxonomy

    people = _demo_market(vacancies=10, seekers=40)
    tax = taxonomy()
    group = {o.uri: o.isco for o in tax.occupations}
    for p in people:
        worked = [group[u] for u in PersonExperience.objects.filter(person=p).values_list("occupation_uri", flat=True)]
        wanted = [group[u] for u in DesiredOccupation.objects.filter(person=p).values_list("occupation_uri", flat=True)]
        assert worked and wanted, p.pk
        # lower secondary school (ISCED 2): no manager, professional or technician, worked or wanted
        assert not [i for i in worked + wanted if i[:1] in "123"], (worked, wanted)
        assert all(any(w[:3] == d[:3] for w in worked) for d in wanted), (worked, wanted)
    # the demo citizen's forklift profile replaces what the market drew: a forklift driver wants forklift work
    citizen = people[0]
    demo.demo_profiles(citizen.pk, [citizen.pk])
    forklift = next(o for o in tax.occupations if o.label("en") == "forklift operator").uri
    assert set(PersonExperience.objects.filter(person=citizen).values_list("occupation_uri", flat=True)) == {forklift}
    assert set(DesiredOccupation.objects.filter(person=citizen).values_list("occupation_uri", flat=True)) == {forklift}


def test_digital_skills_follow_education_and_age():
    """Walk of stop 37 (issue 16, point 12): a master's graduate of 30 "without digital skills" — the generator drew the
    skills from the age alone. Among the higher-educated (ISCED 6 and up) almost nobody is without digital skills
    (Eurostat's digital skills indicator for Belgium: some 1–3 % of the 25–64-year-olds with a tertiary degree), and
    lower education means fewer of them, at every age."""
    from werkregie.people.synthetic import PERSON_COLUMNS, PopulationGenerator

    from .test_daily_demo_coherence import PLACES, TODAY

    rows = [row for seed in (1, 2) for batch in PopulationGenerator(PLACES, TODAY, seed=seed).batches(1, 1500, 500) for row in batch.persons]
    education, digital = PERSON_COLUMNS.index("education_level"), PERSON_COLUMNS.index("digital_skills")
    higher = [r[digital] for r in rows if r[education] >= 6]
    lower = [r[digital] for r in rows if r[education] <= 2]
    assert higher and lower
    assert higher.count("none") / len(higher) < 0.03, f"{higher.count('none')} of {len(higher)} higher-educated without digital skills"
    assert lower.count("none") / len(lower) > 3 * max(higher.count("none") / len(higher), 0.01)
    assert higher.count("advanced") / len(higher) > lower.count("advanced") / len(lower)
