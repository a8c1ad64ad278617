"""An invitation to the office says where the office is (walk of issue 11: the letters and the calendar file of an
appointment at the office named the team, "VDAB Gent 1", not an address)."""

import datetime as dt

import pytest

from tests import factories as f
from tests.appointments_support import MONDAY, at, fakes, world  # noqa: F401 - fixture
from werkregie.appointments import ical
from werkregie.appointments import use_cases as uc
from werkregie.core import clock
from werkregie.messaging.models import Message

pytestmark = pytest.mark.usefixtures("fakes")

OFFICE = "Kongostraat 7, 9000 Gent"


@pytest.fixture
def w(db, ref):
    with clock.travel_to(at(MONDAY, 8)):
        made = world()
        made.office.visiting_address = OFFICE
        made.office.save()
        return made


def _book(w, mode: str, location: str = ""):
    principal = f.principal(w.counsellor)
    with clock.travel_to(at(MONDAY, 9)):
        agenda = uc.own_agenda(w.counsellor)
        made = uc.publish_series(principal, uc.Series(agenda.pk, MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=3), [0, 1, 2, 3, 4], dt.time(9),
                                                      dt.time(11), 60, mode, location))
        a = uc.invite(principal, w.person.pk, "intake")
    with clock.travel_to(at(MONDAY, 10)):
        a = uc.book(f.principal(w.citizen), uc.booking_token(a), made[0].pk)
    return a


def _letters(a) -> str:
    return "\n".join(m.body for m in Message.objects.filter(related_workflow="appointment", related_id=a.pk))


def test_a_counsellors_agenda_takes_the_office_address_not_the_team_name(w):
    assert uc.own_agenda(w.counsellor).address == OFFICE
    assert uc.office_agenda(w.team).address == OFFICE


def test_the_letter_and_the_calendar_file_of_a_meeting_at_the_office_give_the_address(w):
    a = _book(w, "in_person")
    assert f"Adres: {OFFICE}." in _letters(a)
    with clock.travel_to(at(MONDAY, 10)):
        calendar = ical.appointment_file(f.principal(w.citizen), a.pk).decode()
    assert "LOCATION:Kongostraat 7\\, 9000 Gent" in calendar


def test_a_video_call_gives_its_link_and_a_phone_call_no_place(w):
    video = _book(w, "video", "https://meet.vdab.be/bart-de-smet")
    assert "Link voor het videogesprek: https://meet.vdab.be/bart-de-smet" in _letters(video)
    assert OFFICE not in _letters(video)


def test_the_demo_offices_have_addresses(db, ref):
    from werkregie.demo.services import OFFICE_ADDRESSES
    from werkregie.geo.models import Municipality, Region

    regions = set(Municipality.objects.filter(region=Region.FLANDERS).values_list("refreg_code", flat=True))
    assert regions and regions <= set(OFFICE_ADDRESSES)
    for address in OFFICE_ADDRESSES.values():
        street, town = address.split(", ")
        assert street.split()[-1].isdigit() and town[:4].isdigit() and town[4] == " "


def test_an_agenda_without_an_office_address_keeps_the_first_one_given(db, ref):
    """An office without a known address: the counsellor types it once, the agenda keeps it for the next publication."""
    with clock.travel_to(at(MONDAY, 8)):
        w = world()
    principal = f.principal(w.counsellor)
    with clock.travel_to(at(MONDAY, 9)):
        agenda = uc.own_agenda(w.counsellor)
        assert agenda.address == ""
        uc.publish_series(principal, uc.Series(agenda.pk, MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=1), [0, 1, 2, 3, 4], dt.time(9),
                                               dt.time(10), 60, "in_person", "Bagattenstraat 1, 9000 Gent"))
        later = uc.publish_series(principal, uc.Series(agenda.pk, MONDAY + dt.timedelta(days=2), MONDAY + dt.timedelta(days=2), [0, 1, 2, 3, 4],
                                                       dt.time(9), dt.time(10), 60, "in_person", ""))
    assert uc.own_agenda(w.counsellor).address == "Bagattenstraat 1, 9000 Gent"
    assert {s.location for s in later} == {"Bagattenstraat 1, 9000 Gent"}
