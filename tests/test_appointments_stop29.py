"""Walk of stop 28: an appointment cancelled before it took place was listed under "Vorige afspraken"."""

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f
from tests.appointments_support import MONDAY, at, fakes, world  # noqa: F401 - fixture
from tests.test_appointments import book, invite_and_slots
from werkregie.appointments import use_cases as uc
from werkregie.core import clock

pytestmark = pytest.mark.usefixtures("fakes")


@pytest.fixture
def w(db, ref):
    with clock.travel_to(at(MONDAY, 8)):
        return world()


def test_a_cancelled_future_appointment_is_not_a_past_one(w):
    a, made = invite_and_slots(w)
    a = book(w, a, dt.date(2026, 12, 17), 10, made, at(MONDAY, 10))
    with clock.travel_to(at(MONDAY, 11)):
        uc.cancel(f.principal(w.counsellor), a.pk, "Bemiddelaar ziek; nieuwe uitnodiging volgt")
        o = uc.citizen_overview(f.principal(w.citizen))
        assert [i.appointment.pk for i in o["cancelled"]] == [a.pk] and o["past"] == []
        client = Client()
        client.force_login(w.citizen)
        page = client.get("/mijn-afspraken/").content.decode()
        api = Client(HTTP_AUTHORIZATION="Bearer " + f.token(w.citizen)).get("/api/v1/appointments/me").json()
    assert "Geannuleerde afspraken" in page and "Vorige afspraken" not in page
    assert [x["id"] for x in api["cancelled"]] == [a.pk] and api["past"] == []
