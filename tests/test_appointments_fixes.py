"""Findings fixed in appointments: a citizen can only choose a slot the booking page offers (lead time and horizon),
every excuse submitted is kept, convocation only after the link expired, bad dates and agenda numbers are 4xx (never a
500), and KPI cells under the threshold are suppressed entirely."""

import datetime as dt
import json

import pytest
from django.test import Client

from tests import factories as f
from tests.appointments_support import MONDAY, at, fakes, pdf, slots, world  # noqa: F401 - fixture
from werkregie.appointments import use_cases as uc
from werkregie.appointments.models import Appointment
from werkregie.core import clock
from werkregie.core.errors import Conflict, InvalidInput

pytestmark = pytest.mark.usefixtures("fakes")


@pytest.fixture
def w(db, ref):
    with clock.travel_to(at(MONDAY, 8)):
        return world()


def P(user):  # noqa: N802 - a principal
    return f.principal(user)


def api(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def test_citizen_cannot_book_or_move_beyond_the_booking_window(w):
    with clock.travel_to(at(MONDAY, 8, 30)):
        soon = slots(P(w.counsellor), MONDAY, days=1, start=dt.time(9), end=dt.time(12))  # 09:00, 10:00, 11:00 today
        near = slots(P(w.counsellor), MONDAY + dt.timedelta(days=2), days=2)
        far = slots(P(w.counsellor), MONDAY + dt.timedelta(days=60), days=2)  # beyond the 42-day horizon
        a = uc.invite(P(w.counsellor), w.person.pk, "agreement")  # mandatory
    token = uc.booking_token(a)
    with clock.travel_to(at(MONDAY, 9, 30)):
        offered = {s.pk for s in uc.booking_view(P(w.citizen), token).slots}
        assert far[0].pk not in offered and soon[1].pk not in offered and near[0].pk in offered
        with pytest.raises(InvalidInput) as exc:
            uc.book(P(w.citizen), token, far[0].pk)
        assert uc.when_text(far[0].start) in exc.value.detail and exc.value.errors[0].field == "slot"
        with pytest.raises(InvalidInput):
            uc.book(P(w.citizen), token, soon[1].pk)  # 10:00 starts within the hour
        response = Client().post(f"/api/v1/appointments/booking/{token}", json.dumps({"slot_id": far[0].pk, "version": a.version}), content_type="application/json",
                                 **api(w.citizen))
        assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json")
        assert uc.when_text(far[0].start) in response.json()["detail"]
        a = uc.book(P(w.citizen), token, near[0].pk)
        with pytest.raises(InvalidInput):
            uc.book(P(w.citizen), token, far[1].pk, expected_version=a.version)  # moving as well
    a.refresh_from_db()
    assert a.state == "booked" and a.slot_id == near[0].pk


def _no_show(w):
    with clock.travel_to(at(MONDAY, 9)):
        made = slots(P(w.counsellor), MONDAY + dt.timedelta(days=1), days=3)
        a = uc.invite(P(w.counsellor), w.person.pk, "agreement")
        a = uc.book(P(w.citizen), uc.booking_token(a), made[0].pk)
    with clock.travel_to(at(MONDAY + dt.timedelta(days=1), 14)):
        return uc.record_attendance(P(w.counsellor), a.pk, "no_show")


def test_a_resubmitted_excuse_keeps_the_earlier_reason_and_proof(w, caplog):
    from werkregie.trajectories.models import StoredFile

    a = _no_show(w)
    with clock.travel_to(at(MONDAY + dt.timedelta(days=2), 9)):
        first = uc.submit_excuse(P(w.citizen), a.pk, "Ik was ziek (griep)", pdf("griep.pdf"))
    with clock.travel_to(at(MONDAY + dt.timedelta(days=2), 15)), caplog.at_level("INFO", logger="werkregie.appointments.use_cases"):
        second = uc.submit_excuse(P(w.citizen), a.pk, "Attest van de huisarts toegevoegd", pdf("attest.pdf"))
    second.refresh_from_db()
    history = second.excuse_history
    assert [h["reason"] for h in history] == ["Ik was ziek (griep)", "Attest van de huisarts toegevoegd"]
    assert [h["proof_file_id"] for h in history] == [first.proof_file_id, second.proof_file_id] and first.proof_file_id != second.proof_file_id
    assert history[1]["replaces"] == first.proof_file_id and history[0]["at"] < history[1]["at"]
    assert StoredFile.objects.filter(pk__in=[first.proof_file_id, second.proof_file_id]).count() == 2
    assert second.excuse_reason == "Attest van de huisarts toegevoegd" and second.excuse_status == "pending"
    assert any("excuse 2 submitted" in r.getMessage() for r in caplog.records)
    client = Client()
    client.force_login(w.counsellor)
    with clock.travel_to(at(MONDAY + dt.timedelta(days=2), 16)):
        page = client.get(f"/agenda/afspraken/{a.pk}/").content.decode()
    assert "Ik was ziek (griep)" in page and "Attest van de huisarts toegevoegd" in page


def test_convocation_only_after_the_link_expired(w):
    with clock.travel_to(at(MONDAY, 9)):
        made = slots(P(w.counsellor), MONDAY + dt.timedelta(days=1), days=40)
        a = uc.invite(P(w.counsellor), w.person.pk, "agreement")
    client = Client()
    client.force_login(w.counsellor)
    with clock.travel_to(at(MONDAY, 10)):
        page = client.get(f"/agenda/afspraken/{a.pk}/").content.decode()
        assert 'id="h-convoke"' not in page and a.link_expires_on.strftime("%d/%m/%Y") in page
        with pytest.raises(Conflict) as exc:
            uc.convoke(P(w.counsellor), a.pk, made[0].pk)
        assert a.link_expires_on.strftime("%d/%m/%Y") in exc.value.detail
        response = client.post(f"/agenda/afspraken/{a.pk}/", {"action": "convoke", "slot": made[0].pk, "version": a.version})
        assert response.status_code in (409, 422)
        over_api = Client().post(f"/api/v1/appointments/{a.pk}/convocation", json.dumps({"slot_id": made[0].pk, "version": a.version}), content_type="application/json",
                                 **api(w.counsellor))
        assert over_api.status_code == 409
    assert Appointment.objects.get(pk=a.pk).state == "invited"
    after = at(a.link_expires_on + dt.timedelta(days=1), 9)  # expired, even before the sweep marked it
    with clock.travel_to(after):
        assert 'id="h-convoke"' in client.get(f"/agenda/afspraken/{a.pk}/").content.decode()
        free = next(s for s in made if s.start >= uc.convocation_window_start(a.person_id, after))
        a = uc.convoke(P(w.counsellor), a.pk, free.pk)
    assert a.state == "convoked"


@pytest.mark.parametrize("path", [
    "/api/v1/appointments/slots?start=0001-01-01", "/api/v1/appointments/slots?start=9999-12-31",
    "/api/v1/appointments/kpis?since=0001-01-01", "/api/v1/appointments/kpis?until=9999-12-31",
    "/api/v1/appointments/slots?agenda=abc",
])
def test_extreme_dates_over_the_api_are_problems_not_500s(w, path):
    with clock.travel_to(at(MONDAY, 9)):
        response = Client().get(path, **api(w.counsellor))
    assert response.status_code == 422, response.content[:300]
    assert response["Content-Type"].startswith("application/problem+json")


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_publishing_a_series_in_year_9999_is_a_problem(w, day):
    body = {"first_day": day, "last_day": "9999-12-31", "weekdays": [0, 1, 2, 3, 4], "start_time": "09:00", "end_time": "10:00", "minutes": 30,
            "mode": "phone"}
    with clock.travel_to(at(MONDAY, 9)):
        response = Client().post("/api/v1/appointments/slots/series", json.dumps(body), content_type="application/json", **api(w.counsellor))
    assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json")


@pytest.mark.parametrize("query", ["week=0001-01-01", "week=9999-12-31", "agenda=abc"])
def test_agenda_page_explains_bad_input(w, query):
    client = Client()
    client.force_login(w.counsellor)
    with clock.travel_to(at(MONDAY, 9)):
        response = client.get(f"/agenda/?{query}", follow=True)
    assert response.status_code == 200
    assert 'class="messages"' in response.content.decode() and response.redirect_chain


def test_agenda_feed_with_a_bad_agenda_number_is_a_400(w):
    client = Client()
    client.force_login(w.counsellor)
    with clock.travel_to(at(MONDAY, 9)):
        assert client.get("/agenda.ics?agenda=abc").status_code == 400
        assert client.get("/api/v1/appointments/agenda.ics?agenda=abc", **api(w.counsellor)).status_code == 422


def test_kpis_suppress_small_cells_entirely(w):
    with clock.travel_to(at(MONDAY, 9)):
        made = slots(P(w.counsellor), MONDAY + dt.timedelta(days=1), days=2)
        a = uc.invite(P(w.counsellor), w.person.pk, "intake")
        uc.book_for(P(w.counsellor), a.pk, made[0].pk)
    with clock.travel_to(at(MONDAY + dt.timedelta(days=3), 9)):
        uc.record_attendance(P(w.counsellor), a.pk, "no_show")
        figures = Client().get("/api/v1/appointments/kpis", **api(w.counsellor)).json()
        client = Client()
        client.force_login(w.counsellor)
        page = client.get("/agenda/").content.decode()
    rows = figures["offices"] + figures["municipalities"]
    assert rows and all(r["ended"] is None and r["no_show"] is None and r["no_show_rate"] is None for r in rows)
    assert "minder dan 10" in page


def test_a_convocation_is_offered_and_accepted_only_after_its_deemed_notification_and_the_notice(w):
    """Issue 11 walk: a binding convocation could fix the next morning, before the registered letter is even deemed
    delivered. Only slots from the minimum notice (term appointment_convocation_notice) after the deemed notification
    by the chosen channel are offered and accepted; the refusal names the first allowed day."""
    from werkregie.messaging import channels
    from werkregie.messaging.deemed import deemed_on
    from werkregie.workflows.deadlines import term, term_end

    with clock.travel_to(at(MONDAY, 9)):
        made = slots(P(w.counsellor), MONDAY + dt.timedelta(days=1), days=45)
        a = uc.invite(P(w.counsellor), w.person.pk, "agreement")
    after = at(a.link_expires_on + dt.timedelta(days=1), 9)
    channel = channels.choose(w.person, legal=True).channel  # the convocation is a legal message
    notified, _rule = deemed_on(channel, after, after)
    earliest = term_end("appointment_convocation_notice", notified)
    assert term("appointment_convocation_notice", earliest).uncertainty and uc.earliest_convocation_day(a.person_id, after) == earliest
    too_soon = next(s for s in made if after < s.start and s.start.astimezone(clock.BRUSSELS).date() < earliest)
    in_time = next(s for s in made if s.start.astimezone(clock.BRUSSELS).date() >= earliest)
    client = Client()
    client.force_login(w.counsellor)
    with clock.travel_to(after):
        page = client.get(f"/agenda/afspraken/{a.pk}/").content.decode()
        assert f'value="{too_soon.pk}"' not in page and f'value="{in_time.pk}"' in page
        with pytest.raises(InvalidInput) as refused:
            uc.convoke(P(w.counsellor), a.pk, too_soon.pk)
        assert earliest.strftime("%d/%m/%Y") in refused.value.errors[0].message
        over_api = Client().post(f"/api/v1/appointments/{a.pk}/convocation", json.dumps({"slot_id": too_soon.pk, "version": a.version}),
                                 content_type="application/json", **api(w.counsellor))
        assert over_api.status_code == 422 and earliest.strftime("%d/%m/%Y") in over_api.content.decode()
        assert Appointment.objects.get(pk=a.pk).state == "invited"
        assert uc.convoke(P(w.counsellor), a.pk, in_time.pk).state == "convoked"
