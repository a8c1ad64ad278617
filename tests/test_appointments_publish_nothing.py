"""Walk of stop 26: publishing a series whose moments were all in the agenda already said "0 momenten gepubliceerd"
as a success. It is a problem with the form now (422, the form kept), and nothing changes."""

import datetime as dt

import pytest
from django.test import Client

from tests.appointments_support import MONDAY, at, fakes, world  # noqa: F401 - fixture
from werkregie.appointments import use_cases as uc
from werkregie.appointments.models import Slot
from werkregie.core import clock

pytestmark = pytest.mark.usefixtures("fakes")


def test_publishing_only_moments_that_exist_is_refused_not_a_success(db, ref):
    with clock.travel_to(at(MONDAY, 8)):
        w = world()
        agenda = uc.own_agenda(w.counsellor)
    client = Client()
    client.force_login(w.counsellor)
    tuesday = MONDAY + dt.timedelta(days=1)
    form = {"agenda": agenda.pk, "first_day": tuesday.strftime("%d/%m/%Y"), "last_day": tuesday.strftime("%d/%m/%Y"), "weekdays": ["1"],
            "start_time": "09:00", "end_time": "10:00", "minutes": "30", "mode": "phone", "location": ""}
    with clock.travel_to(at(MONDAY, 9)):
        first = client.post("/agenda/publiceren/", form, follow=True)
        assert first.status_code == 200 and "2 momenten gepubliceerd." in first.content.decode()
        again = client.post("/agenda/publiceren/", form)
    page = again.content.decode()
    assert again.status_code == 422 and "error-summary" in page and "al deze momenten staan al in de agenda" in page
    assert "0 momenten gepubliceerd" not in page and Slot.objects.filter(agenda=agenda).count() == 2
