"""A candidate's hiring measures: from the register's episodes to the rules, on the counsellor's person page."""

import datetime as dt
from types import SimpleNamespace as E

from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core.clock import travel_to
from werkregie.organisations.models import OrganisationKind
from werkregie.people.history import nonworking_jobseeker_months
from werkregie.rules.measures import hiring_measures

from . import factories as f

TODAY = dt.date(2026, 11, 27)


def test_jobseeker_months_follow_the_current_spell():
    assert nonworking_jobseeker_months([], TODAY) == 0
    current = E(kind="jobseeker_benefit", start=dt.date(2024, 5, 27), end=None)
    assert nonworking_jobseeker_months([current], TODAY) == 30
    earlier = E(kind="jobseeker_no_benefit", start=dt.date(2023, 1, 1), end=dt.date(2024, 3, 31))  # gap under 3 months
    assert nonworking_jobseeker_months([current, earlier], TODAY) == 46
    long_gap = E(kind="jobseeker_no_benefit", start=dt.date(2022, 1, 1), end=dt.date(2023, 12, 31))
    assert nonworking_jobseeker_months([current, long_gap], TODAY) == 30
    ended = E(kind="jobseeker_benefit", start=dt.date(2020, 1, 1), end=dt.date(2026, 6, 30))
    assert nonworking_jobseeker_months([ended, E(kind="employed", start=dt.date(2026, 7, 1), end=None)], TODAY) == 0


def test_measures_for_a_long_term_job_seeker():
    [measure] = hiring_measures(dt.date(1985, 3, 4), 30, TODAY)
    assert measure.qualifies and measure.amount_per_quarter == 1000 and measure.total == 4000
    assert {c.key: c.met for c in measure.conditions} == {"jobseeker_months": True, "age": True, "wage": None, "work_time": None, "flanders": None}
    [short] = hiring_measures(dt.date(1985, 3, 4), 10, TODAY)
    assert not short.qualifies and short.total == 0


def test_counsellor_sees_the_measures_on_the_person_page(ref):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    person = f.person(team=team, birth_date=dt.date(1985, 3, 4))
    f.episode(person, "jobseeker_benefit", start=dt.date(2024, 1, 2))
    client = Client()
    client.force_login(f.user(Role.COUNSELLOR, team))
    with travel_to(TODAY):
        html = client.get(f"/personen/{person.pk}/", {"doel": "guidance"}).content.decode()
    assert "Steun voor een werkgever die deze persoon vandaag aanwerft" in html
    assert "€ 1.000,00 per kwartaal gedurende 4 kwartalen: € 4.000,00 in totaal." in html
    assert "(nu 34)" in html


def test_measures_follow_the_hiring_date():
    """In 2022 the reductions for older job seekers, young workers and the hiring incentive were open; in 2026 not."""
    in_2022 = {m.key: m for m in hiring_measures(dt.date(1962, 1, 1), 30, dt.date(2022, 3, 1), 2)}
    assert set(in_2022) == {"doelgroepvermindering_oudere_aanwerving", "doelgroepvermindering_jongeren", "aanwervingsincentive_langdurig_werkzoekenden"}
    older = in_2022["doelgroepvermindering_oudere_aanwerving"]
    assert older.qualifies and older.amount_per_quarter == 2250 and older.quarters == 8  # 25% of the assumed 9,000
    assert not in_2022["doelgroepvermindering_jongeren"].qualifies
    young = {m.key: m for m in hiring_measures(dt.date(2000, 1, 1), 30, dt.date(2022, 3, 1), 2)}["doelgroepvermindering_jongeren"]
    assert young.qualifies and young.quarters == 8 and young.amount_per_quarter == 1874.75  # 25% of a wage just under 7,500
    incentive = {m.key: m for m in hiring_measures(dt.date(1985, 1, 1), 30, dt.date(2021, 3, 1))}["aanwervingsincentive_langdurig_werkzoekenden"]
    assert incentive.qualifies and incentive.total == 4250
    assert [m.key for m in hiring_measures(dt.date(1962, 1, 1), 30, TODAY)] == ["doelgroepvermindering_zonder_werkervaring"]


def test_employer_sees_no_measures_on_the_person_page_only_links_per_application(ref):
    # was: the employer saw the measures here, "Voldaan: minstens 24 maanden niet-werkend werkzoekende" included — a
    # status fact without the candidate's agreement (attack of stop 30). The measures are per application, once the
    # candidate agreed (tests/test_vacancies_round2.py).
    from werkregie.vacancies.models import Application, ApplicationOrigin, Vacancy

    employer = f.organisation(OrganisationKind.EMPLOYER)
    person = f.person(birth_date=dt.date(1985, 3, 4))
    f.episode(person, "jobseeker_benefit", start=dt.date(2024, 1, 2))
    Application.objects.create(vacancy=Vacancy.objects.create(employer=employer, title="Magazijnier"), person=person, origin=ApplicationOrigin.APPLIED)
    client = Client()
    client.force_login(f.user(Role.EMPLOYER, employer))
    with travel_to(TODAY):
        html = client.get(f"/personen/{person.pk}/").content.decode()
    assert "€ 1.000,00" not in html and "Voldaan" not in html and "Niet voldaan" not in html and "(nu 34)" not in html
    application = Application.objects.get(person=person)
    assert f'href="/sollicitaties/{application.pk}/steunmaatregelen/"' in html
