"""Walk of issue 16 (point 12): the demo citizen's story runs in order — intake, screening conversation, screening
decision, then the sheet — not a sheet accepted on 01/10, the screening decided on 23/10 and an intake on 09/11."""

from __future__ import annotations

import datetime as dt

from tests.appointments_support import fakes  # noqa: F401 - fixture
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
