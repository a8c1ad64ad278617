"""Walk of issue 16 (point 12): the demo citizen's story runs in order — intake, screening conversation, screening
decision, then the sheet — not a sheet accepted on 01/10, the screening decided on 23/10 and an intake on 09/11."""

from __future__ import annotations

import datetime as dt

from tests.appointments_support import fakes  # noqa: F401 - fixture
from tests.credentials_support import key_folder, keyed  # noqa: F401 - fixtures
from tests.test_trajectories_demo import DAY
from tests.test_trajectories_demo import demo_world as trajectories_world  # noqa: F401 - fixture
from werkregie.core import clock

BEFORE_THE_SHEET = ("intake", "screening")


def story_problems(screened: list[dt.date], sheet_accepted: dt.date, appointments: list[tuple[str, dt.date]]) -> list[str]:
    """What comes out of order: a screening decision after the first sheet, an intake or screening talk after it."""
    found = [f"screened on {d} after the sheet of {sheet_accepted}" for d in screened[:1] if d > sheet_accepted]
    found += [f"{kind} on {day} after the sheet of {sheet_accepted}" for kind, day in appointments if kind in BEFORE_THE_SHEET and day > sheet_accepted]
    return found


def test_the_story_check_can_fail():
    sheet = dt.date(2026, 10, 1)
    assert story_problems([dt.date(2026, 10, 23)], sheet, []) and story_problems([], sheet, [("intake", dt.date(2026, 11, 9))])
    assert not story_problems([dt.date(2026, 9, 1)], sheet, [("follow_up", dt.date(2026, 11, 9))])


def test_the_demo_citizens_sheet_and_appointments_follow_her_screening(trajectories_world, fakes, settings):  # noqa: F811
    from werkregie.accounts.models import User
    from werkregie.appointments import demo as appointments_demo
    from werkregie.appointments.models import Appointment
    from werkregie.demo import screening_history
    from werkregie.screening.engine import register
    from werkregie.trajectories import demo as trajectories_demo
    from werkregie.trajectories.models import Agreement

    settings.TASKS_SYNC = False
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    person = User.objects.get(username="burger").person
    spell = [register.Episode(k, s, e) for k, s, e in person.episodes.values_list("kind", "start", "end") if k in register.SEEKING]
    with clock.travel_to(DAY):
        trajectories_demo.seed()
        appointments_demo.seed()
    screened = screening_history.all_dates(person.pk, spell, DAY)
    assert screened, "the citizen of this world was screened before"
    first = Agreement.objects.filter(trajectory__person=person, previous__isnull=True).get()
    accepted = first.accepted_at.astimezone(clock.BRUSSELS).date()
    appointments = [(a.kind, (a.slot.start.astimezone(clock.BRUSSELS).date() if a.slot_id else a.invited_at.date()))
                    for a in Appointment.objects.filter(person=person).select_related("slot")]
    assert appointments
    assert not story_problems(screened, accepted, appointments), (screened, accepted, appointments)


def career_problems(experience_years: float, episodes: list[tuple[str, dt.date, dt.date | None]], course_on: dt.date | None,
                    today: dt.date) -> list[str]:
    """What the citizen's career pages contradict (walk of issue 16): years of experience as a forklift driver beside a
    status history that shows far less work, and a forklift course dated years after he started driving one."""
    from werkregie.people.synthetic import WORKED

    work = [(start, end) for kind, start, end in episodes if kind in WORKED]
    worked = sum(((end or today) - start).days for start, end in work) / 365.25
    found = [f"{experience_years} years of experience, {worked:.1f} in the register"] if worked < experience_years - 1 else []
    first = min((start for start, _e in work), default=None)
    if course_on and first and course_on > first + dt.timedelta(days=365):
        found.append(f"forklift course on {course_on}, driving since {first}")
    return found


def test_the_career_check_can_fail():
    today, job = dt.date(2026, 12, 1), [("employed", dt.date(2023, 1, 1), dt.date(2025, 5, 31)), ("jobseeker_benefit", dt.date(2025, 6, 1), None)]
    assert career_problems(9, job, None, today) and career_problems(2, job, dt.date(2025, 11, 16), today)
    assert not career_problems(2.5, job, dt.date(2022, 12, 1), today)


def test_the_citizens_history_holds_the_years_he_drove_a_forklift_and_the_course_came_first(ref, keyed):  # noqa: F811
    """Nine years as a forklift driver on his matching profile, a history that began with his last job: the demo adds
    the work before (registered since), and dates his forklift course before his first job, not last year."""
    from decimal import Decimal

    from tests import factories
    from werkregie.accounts.models import Role
    from werkregie.credentials import demo as credentials_demo
    from werkregie.credentials.models import Credential
    from werkregie.demo.services import seed_organisations
    from werkregie.matching import demo as matching_demo
    from werkregie.matching.models import PersonExperience
    from werkregie.matching.platform import taxonomy
    from werkregie.people.enums import StatusKind

    today = dt.date(2026, 12, 1)
    person = factories.person(birth_date=dt.date(1988, 4, 2), education_level=3, registered_on=dt.date(2023, 1, 1))
    factories.episode(person, StatusKind.EMPLOYED, dt.date(2023, 1, 1), dt.date(2025, 5, 31))
    factories.episode(person, StatusKind.JOBSEEKER_BENEFIT, dt.date(2025, 6, 1))
    forklift = next(o for o in taxonomy().occupations if o.label("en") == "forklift operator")
    PersonExperience.objects.create(person=person, occupation_uri=forklift.uri, years=Decimal("9"))
    factories.user(Role.CITIZEN, person=person, username="burger")
    seed_organisations()
    with clock.travel_to(today):
        matching_demo.demo_profiles(person.pk, [])
        credentials_demo.seed()
    person.refresh_from_db()
    years = float(PersonExperience.objects.get(person=person, occupation_uri=forklift.uri).years)
    episodes = list(person.episodes.values_list("kind", "start", "end"))
    course = Credential.objects.filter(person=person, title__startswith="Opleiding heftruckchauffeur").values_list("issued_at", flat=True).first()
    assert course is not None
    course = course.astimezone(clock.BRUSSELS).date()
    assert not career_problems(years, episodes, course, today), (years, episodes, course)
    # registered when he first looked for work, not on the first day of the work before (walk of issue 16), and on
    # benefit after the job that now lasts years
    assert person.registered_on == min(start for kind, start, _e in episodes if kind in ("jobseeker_benefit", "jobseeker_no_benefit"))


def test_the_work_added_before_his_history_gives_him_benefit_and_not_an_earlier_registration(ref):
    """Walk of issue 16: the work the demo adds before a history that began with a short job made that job 29 months
    long, yet the job seeking after it stayed "zonder uitkering" (with a leefloon), and "Ingeschreven op" read the first
    day of that job."""

    from tests import factories
    from tests.test_daily_demo_coherence import _no_benefit_after_work
    from werkregie.people.enums import StatusKind

    person = factories.person(birth_date=dt.date(1992, 4, 2), education_level=3, registered_on=dt.date(2023, 9, 1))
    factories.episode(person, StatusKind.EMPLOYED, dt.date(2023, 9, 1), dt.date(2024, 3, 31))
    factories.episode(person, StatusKind.JOBSEEKER_NO_BENEFIT, dt.date(2024, 4, 1), dt.date(2024, 12, 31))
    factories.episode(person, StatusKind.LEEFLOON, dt.date(2024, 5, 1), dt.date(2024, 12, 31), municipality=person.municipality_id)
    factories.episode(person, StatusKind.EMPLOYED, dt.date(2025, 1, 1), dt.date(2026, 3, 31))
    factories.episode(person, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 4, 1))
    _forklift_years_before_the_register(person, 5)
    person.refresh_from_db()
    episodes = [(k, s, e, "vdab") for k, s, e in person.episodes.order_by("start").values_list("kind", "start", "end")]
    assert episodes[0][0] == "employed" and episodes[0][1] < dt.date(2023, 9, 1), episodes
    assert not _no_benefit_after_work(episodes), episodes
    assert ("jobseeker_benefit", dt.date(2024, 4, 1), dt.date(2024, 12, 31), "vdab") in episodes
    assert not [e for e in episodes if e[0] == "leefloon"], episodes
    assert person.registered_on == dt.date(2024, 4, 1)


def test_a_job_added_before_a_history_that_begins_with_job_seeking_gives_benefit(ref):
    """Walk of issue 16 (stop 37): the demo citizen's history began with job seeking; the demo put his years of work
    before it as a job of its own (04/10/2021–10/03/2023, 17 months), and the job seeking after it stayed "zonder
    uitkering"."""

    from tests import factories
    from werkregie.people.enums import StatusKind

    person = factories.person(birth_date=dt.date(2000, 8, 13), education_level=3, registered_on=dt.date(2023, 3, 11))
    factories.episode(person, StatusKind.JOBSEEKER_NO_BENEFIT, dt.date(2023, 3, 11), dt.date(2024, 5, 25))
    factories.episode(person, StatusKind.EMPLOYED, dt.date(2024, 5, 26), dt.date(2026, 6, 30))
    factories.episode(person, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 7, 1))
    _forklift_years_before_the_register(person, 4)
    episodes = list(person.episodes.order_by("start").values_list("kind", "start", "end"))
    assert episodes[0][0] == "employed" and (episodes[0][2] - episodes[0][1]).days >= 365, episodes
    assert episodes[1][:2] == ("jobseeker_benefit", dt.date(2023, 3, 11)), episodes


def _forklift_years_before_the_register(person, years: int) -> None:  # noqa: ANN001
    """The demo's step under test: the person's years as a forklift operator placed before the register's history."""
    from decimal import Decimal

    from werkregie.matching import demo as matching_demo
    from werkregie.matching.models import PersonExperience
    from werkregie.matching.platform import taxonomy

    forklift = next(o for o in taxonomy().occupations if o.label("en") == "forklift operator")
    PersonExperience.objects.create(person=person, occupation_uri=forklift.uri, years=Decimal(years))
    with clock.travel_to(dt.date(2026, 12, 1)):
        matching_demo._work_before_the_register(person.pk, forklift.uri)
