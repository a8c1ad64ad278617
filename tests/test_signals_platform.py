"""Career signals on the platform: demand up or down from constructed vacancies and job seekers, adjacent occupations,
rising skills, the panel, the opt-in, and the monthly message (at most monthly, stopped by opting out)."""

import datetime as dt

import pytest
from django.urls import reverse

from tests import factories
from tests.messaging_support import clean_gateways  # noqa: F401 - fakes, a paper spool, synchronous tasks
from werkregie.accounts.models import Role
from werkregie.careers import signal_messages, signals_data, signals_panel
from werkregie.careers import signals as engine
from werkregie.core import clock
from werkregie.matching.models import DesiredOccupation, PersonExperience
from werkregie.messaging.models import Message
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import ConsentPurpose, StatusKind
from werkregie.people.models import Consent
from werkregie.vacancies.models import Vacancy, VacancySkill

pytestmark = pytest.mark.django_db

WIRE = "http://data.europa.eu/esco/occupation/000e93a3-d956-4e45-aacb-f12c83fedf84"  # operator draadtrekmachine
RIVET = "http://data.europa.eu/esco/occupation/0a7e24a8-19bd-4b45-83f0-f05d8fedf62d"  # arbeider klinkwerk: 3 essential skills more
TODAY = dt.datetime(2026, 11, 16, 10, 0, tzinfo=clock.BRUSSELS)  # quarters 2026-Q1 … 2026-Q4


@pytest.fixture(autouse=True)
def fresh_signals():
    signals_data.forget()
    yield
    signals_data.forget()


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9), clock.BRUSSELS)


def vacancies(employer, occupation: str, n: int, created: dt.date, closed: dt.date | None = None, skills: tuple[str, ...] = (),
              municipality: str = "44021") -> None:
    """n vacancies made on `created`, still published, or closed on `closed`."""
    rows = Vacancy.objects.bulk_create([
        Vacancy(employer=employer, title=f"vacature {i}", municipality_id=municipality, occupation_uri=occupation,
                state="closed" if closed else "published", open=not closed) for i in range(n)])
    Vacancy.objects.filter(pk__in=[v.pk for v in rows]).update(created_at=at(created), state_since=at(closed or created))
    VacancySkill.objects.bulk_create([VacancySkill(vacancy=v, skill_uri=s) for v in rows for s in skills])


def seekers(occupation: str, n: int) -> None:
    for _ in range(n):
        p = factories.person()
        factories.episode(p, StatusKind.JOBSEEKER_NO_BENEFIT, start=dt.date(2025, 1, 1))
        DesiredOccupation.objects.create(person=p, occupation_uri=occupation)


@pytest.fixture
def world(ref):
    employer = factories.organisation(OrganisationKind.EMPLOYER)
    person = factories.person()
    factories.episode(person, StatusKind.JOBSEEKER_NO_BENEFIT, start=dt.date(2025, 1, 1))
    PersonExperience.objects.create(person=person, occupation_uri=WIRE, years=6)
    citizen = factories.user(Role.CITIZEN, person=person)
    return {"employer": employer, "person": person, "citizen": citizen}


def rising_skill() -> str:
    from werkregie.matching import platform

    tax = platform.taxonomy()
    return tax.skills[tax.occupations[tax.occupation_index[WIRE]].optional[0]].uri


def test_demand_going_up_with_adjacent_occupation_and_rising_skill(world):
    skill = rising_skill()
    vacancies(world["employer"], WIRE, 10, dt.date(2026, 1, 10), closed=dt.date(2026, 4, 2))  # open in Q1 only
    vacancies(world["employer"], WIRE, 20, dt.date(2026, 10, 5), skills=(skill,))  # open now
    vacancies(world["employer"], RIVET, 12, dt.date(2026, 10, 5))
    seekers(WIRE, 11)
    with clock.travel_to(TODAY):
        (signal,) = signals_data.for_person(world["person"])
    assert signal.kind == "current" and signal.area.key == "40000"
    assert [q.vacancies for q in signal.demand.quarters] == [10, 0, 0, 20]
    assert [q.seekers for q in signal.demand.quarters] == [12, 12, 12, 12]
    assert signal.demand.vacancies_trend == engine.UP and signal.demand.ratio_trend == engine.UP
    from werkregie.matching import platform

    tax = platform.taxonomy()
    assert [tax.occupations[a.occupation].uri for a in signal.adjacent] == [RIVET]
    assert 1 <= len(signal.adjacent[0].missing) <= 3  # the matching engine's gaps: RIVET's essential skills WIRE lacks
    assert [tax.skills[r.skill].uri for r in signal.rising] == [skill]


def test_demand_going_down_and_small_numbers_hidden(world):
    vacancies(world["employer"], WIRE, 25, dt.date(2026, 1, 10), closed=dt.date(2026, 10, 2))  # open Q1–Q3
    vacancies(world["employer"], WIRE, 11, dt.date(2026, 10, 5))
    vacancies(world["employer"], WIRE, 30, dt.date(2026, 1, 10), municipality="11002")  # Antwerpen: another province
    with clock.travel_to(TODAY):
        (signal,) = signals_data.for_person(world["person"])
    assert [q.vacancies for q in signal.demand.quarters] == [25, 25, 25, 11]
    assert signal.demand.vacancies_trend == engine.DOWN
    assert [q.seekers for q in signal.demand.quarters] == [None] * 4  # one job seeker: a small cell
    assert signal.demand.ratio_trend == engine.UNKNOWN


def test_target_occupation_counts_and_no_occupation_no_signals(world):
    DesiredOccupation.objects.create(person=world["person"], occupation_uri=RIVET)
    with clock.travel_to(TODAY):
        found = signals_data.for_person(world["person"])
        assert [(s.uri, s.kind) for s in found] == [(WIRE, "current"), (RIVET, "target")]
        assert signals_data.for_person(factories.person()) == []


def test_panel_renders_chart_and_table_in_belgian_format(world, client):
    vacancies(world["employer"], WIRE, 10, dt.date(2026, 1, 10), closed=dt.date(2026, 4, 2))
    vacancies(world["employer"], WIRE, 1200, dt.date(2026, 10, 5))
    client.force_login(world["citizen"])
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    request = RequestFactory().get("/mijn-loopbaan/")
    request.user = world["citizen"]
    with clock.travel_to(TODAY):
        template, context = signals_panel.panel(request, world["person"])
        html = render_to_string(template, context, request=request)
    assert "<svg" in html and "1.200" in html and "K4 2026" in html and "stijgt" in html
    assert "minder dan 10" in html  # job seekers: a small cell
    assert reverse("careers_signals_optin") in html and "Loopbaansignalen per bericht ontvangen" in html
    from werkregie.access.models import AccessLogEntry

    assert AccessLogEntry.objects.filter(person_id=world["person"].pk, what__startswith="loopbaansignalen").exists()


def test_opt_in_and_out_through_the_page(world, client):
    client.force_login(world["citizen"])
    url = reverse("careers_signals_optin")
    assert client.post(url, {"action": "give", "next": "/mijn-gegevens/"}).status_code == 302
    assert Consent.objects.filter(person=world["person"], purpose=ConsentPurpose.CAREER_SIGNALS, withdrawn_at__isnull=True).exists()
    assert client.post(url, {"action": "withdraw", "next": "https://evil.example/"})["Location"] == reverse("citizen_home")
    assert not Consent.objects.filter(person=world["person"], purpose=ConsentPurpose.CAREER_SIGNALS, withdrawn_at__isnull=True).exists()
    assert client.get(url).status_code == 405
    counsellor = factories.user(Role.COUNSELLOR)
    client.force_login(counsellor)
    assert client.post(url, {"action": "give"}).status_code == 403


def test_message_at_most_monthly_and_opt_out_stops_it(world):
    person = world["person"]
    vacancies(world["employer"], WIRE, 20, dt.date(2026, 10, 5))
    with clock.travel_to(TODAY - dt.timedelta(days=30)) as frozen:
        assert signal_messages.send_due() == {"sent": 0, "nothing_to_say": 0}  # no consent: nothing
        Consent.objects.create(person=person, purpose=ConsentPurpose.CAREER_SIGNALS, given_at=clock.now())
        frozen.at = TODAY
        assert signal_messages.send_due()["sent"] == 1
        msg = Message.objects.get(person=person, template_key=signal_messages.KEY)
        assert "operator draadtrekmachine" in msg.body and "Oost-Vlaanderen" in msg.body
        frozen.advance(days=1)
        assert signal_messages.send_due()["sent"] == 0  # the next day: not again
        frozen.at = dt.datetime(2026, 12, 16, 9, 59, tzinfo=clock.BRUSSELS)
        assert signal_messages.send_due()["sent"] == 0  # a minute short of a month
        frozen.at = dt.datetime(2026, 12, 16, 10, 0, tzinfo=clock.BRUSSELS)
        assert signal_messages.send_due()["sent"] == 1  # a calendar month later
        Consent.objects.filter(person=person, purpose=ConsentPurpose.CAREER_SIGNALS).update(withdrawn_at=clock.now())
        frozen.at = dt.datetime(2027, 2, 20, 10, 0, tzinfo=clock.BRUSSELS)
        assert signal_messages.send_due()["sent"] == 0  # opted out: no more
    assert Message.objects.filter(person=person, template_key=signal_messages.KEY).count() == 2


def test_add_month_clamps_to_the_last_day():
    assert signal_messages.add_month(dt.datetime(2027, 1, 31, 8, tzinfo=clock.BRUSSELS)).date() == dt.date(2027, 2, 28)
    assert signal_messages.add_month(dt.datetime(2026, 12, 5, 8, tzinfo=clock.BRUSSELS)).date() == dt.date(2027, 1, 5)


def test_the_job_is_scheduled_on_the_task_runner(db):
    from django_q.models import Schedule

    name = signal_messages.ensure_schedule()
    signal_messages.ensure_schedule()
    schedule = Schedule.objects.get(name=name)
    assert schedule.func == signal_messages.TASK and schedule.schedule_type == Schedule.DAILY
    import pydoc

    assert pydoc.locate(schedule.func) is signal_messages.send_due
