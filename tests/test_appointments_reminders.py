"""The reminder before an appointment goes out at 48 hours (give or take the task runner's tick), scheduled through
the task runner when the appointment is booked, moved or convoked; moved with it, dropped when it is cancelled,
given back or excused; never sent for a past appointment, never twice. The clock travels; `runner.run_due()` is the
runner's tick."""

import datetime as dt

import pytest

from tests import test_appointments as base
from tests.appointments_support import MONDAY, at, fakes, slots  # noqa: F401 - fixture
from werkregie.appointments import reminders, sweeps
from werkregie.appointments import use_cases as uc
from werkregie.appointments.models import Appointment
from werkregie.core import clock
from werkregie.messaging import runner
from werkregie.messaging.models import Message

pytestmark = pytest.mark.usefixtures("fakes")
TICK = dt.timedelta(seconds=30)
w, P = base.w, base.P  # the world of the appointments tests (a fixture) and a principal of a user


def sent(a):
    return list(Message.objects.filter(related_workflow="appointment", related_id=a.pk, template_key="appointment.reminder").order_by("id"))


def tick(when):
    with clock.travel_to(when):
        return runner.run_due("appointment-")


def invited(w):
    with clock.travel_to(at(MONDAY, 9)):
        made = slots(P(w.counsellor), MONDAY + dt.timedelta(days=1), days=12)
        a = uc.invite(P(w.counsellor), w.person.pk, "intake")
    return a, {s.start: s for s in made}


def book(w, a, made, start, when):
    with clock.travel_to(when):
        return uc.book(P(w.citizen), uc.booking_token(a), made[start].pk)


def test_the_reminder_goes_out_48_hours_before_not_at_the_nightly_sweep(w):
    a, made = invited(w)
    start = at(dt.date(2026, 12, 18), 10)
    a = book(w, a, made, start, at(MONDAY, 10))
    due = start - dt.timedelta(hours=48)
    assert runner.scheduled_at(reminders.name(a.pk)) == due
    # the nightly sweep of the day before and of the day itself sends nothing
    for day in (dt.date(2026, 12, 15), dt.date(2026, 12, 16)):
        with clock.travel_to(at(day, 2)):
            assert sweeps.sweep(day)["reminders_scheduled"] == 0
    assert tick(due - TICK) == {} and sent(a) == []
    assert tick(due + TICK) == {reminders.name(a.pk): 1}
    [reminder] = sent(a)
    assert reminder.created_at == due + TICK and "18/12/2026 10:00" in reminder.body
    assert tick(due + 2 * TICK) == {} and runner.scheduled_at(reminders.name(a.pk)) is None
    with clock.travel_to(due + 3 * TICK):  # the task running again (a retried task) sends nothing twice
        assert reminders.remind(a.pk, a.slot_id) == "sent before"
    assert len(sent(a)) == 1


def test_a_move_moves_the_reminder_and_the_old_time_sends_nothing(w):
    a, made = invited(w)
    first, second = at(dt.date(2026, 12, 18), 10), at(dt.date(2026, 12, 22), 11)
    a = book(w, a, made, first, at(MONDAY, 10))
    old_slot = a.slot_id
    a = book(w, a, made, second, at(dt.date(2026, 12, 15), 9))
    assert runner.scheduled_at(reminders.name(a.pk)) == second - dt.timedelta(hours=48)
    assert tick(first - dt.timedelta(hours=48) + TICK) == {} and sent(a) == []
    with clock.travel_to(first - dt.timedelta(hours=47)):  # a stale task for the old slot does nothing
        assert reminders.remind(a.pk, old_slot) == "no longer applies"
    tick(second - dt.timedelta(hours=48) + TICK)
    [reminder] = sent(a)
    assert "22/12/2026 11:00" in reminder.body


@pytest.mark.parametrize("how", ["cancel", "unbook", "excuse"])
def test_cancelled_given_back_or_excused_appointments_get_no_reminder(w, how):
    a, made = invited(w)
    start = at(dt.date(2026, 12, 18), 10)
    a = book(w, a, made, start, at(MONDAY, 10))
    slot_id = a.slot_id
    with clock.travel_to(at(dt.date(2026, 12, 15), 9)):
        if how == "cancel":
            uc.cancel(P(w.counsellor), a.pk, "De bemiddelaar is ziek", expected_version=a.version)
        elif how == "unbook":
            uc.unbook(P(w.citizen), a.pk, expected_version=a.version)
        else:
            uc.record_attendance(P(w.counsellor), a.pk, "excuse", reason="Sollicitatiegesprek bij een werkgever")
    assert runner.scheduled_at(reminders.name(a.pk)) is None
    assert tick(start - dt.timedelta(hours=47)) == {}
    with clock.travel_to(start - dt.timedelta(hours=47)):
        assert reminders.remind(a.pk, slot_id) == "no longer applies"
    assert sent(a) == []


def test_never_for_a_past_appointment_nor_one_booked_inside_the_48_hours(w):
    a, made = invited(w)
    start = at(dt.date(2026, 12, 18), 10)
    a = book(w, a, made, start, at(MONDAY, 10))
    with clock.travel_to(start + dt.timedelta(minutes=1)):  # the runner was down: the task runs after the appointment
        assert reminders.remind(a.pk, a.slot_id) == "appointment passed"
        assert runner.run_due("appointment-") == {reminders.name(a.pk): 1}
    assert sent(a) == []
    with clock.travel_to(at(MONDAY, 9)):
        b = uc.invite(P(w.counsellor), w.person.pk, "follow_up")
    soon = at(dt.date(2026, 12, 17), 11)
    b = book(w, b, made, soon, at(dt.date(2026, 12, 16), 9))  # 26 hours ahead: the confirmation names the time
    assert runner.scheduled_at(reminders.name(b.pk)) is None
    with clock.travel_to(at(dt.date(2026, 12, 17), 2)):
        assert sweeps.sweep(dt.date(2026, 12, 17))["reminders_scheduled"] == 0
    assert sent(b) == []


def test_a_convocation_is_reminded_too(w):
    a, _made = invited(w)
    with clock.travel_to(at(dt.date(2026, 12, 25), 2)):
        sweeps.sweep(dt.date(2026, 12, 25))  # the link expired unused
    with clock.travel_to(at(dt.date(2026, 12, 28), 9)):
        later = slots(P(w.counsellor), dt.date(2027, 1, 4), days=3)
        a = uc.convoke(P(w.counsellor), a.pk, later[0].pk, expected_version=Appointment.objects.get(pk=a.pk).version)
    assert runner.scheduled_at(reminders.name(a.pk)) == later[0].start - dt.timedelta(hours=48)
    tick(later[0].start - dt.timedelta(hours=48) + TICK)
    assert len(sent(a)) == 1


def test_the_sweep_repairs_a_missing_schedule_once(w):
    a, made = invited(w)
    start = at(dt.date(2026, 12, 18), 10)
    a = book(w, a, made, start, at(MONDAY, 10))
    runner.unschedule(reminders.name(a.pk))  # e.g. booked before the reminders were scheduled
    with clock.travel_to(at(dt.date(2026, 12, 15), 2)):
        assert sweeps.sweep(dt.date(2026, 12, 15))["reminders_scheduled"] == 1
        assert sweeps.sweep(dt.date(2026, 12, 15))["reminders_scheduled"] == 0
    assert runner.scheduled_at(reminders.name(a.pk)) == start - dt.timedelta(hours=48)


def test_48_hours_counted_in_hours_across_the_change_to_summer_time():
    start = dt.datetime(2027, 3, 29, 10, 0, tzinfo=clock.BRUSSELS)  # summer time began on Sunday 28/03/2027
    assert start - reminders.due_at(start) == dt.timedelta(hours=48)
    assert reminders.due_at(start).astimezone(clock.BRUSSELS).hour == 9
