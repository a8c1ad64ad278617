"""Walk and attack of stop 29 (issue 11): appointments and community service.

- attack M2: slots at night and at weekends were published and booked (a mandatory appointment at 03:00);
- attack M3: community-service hours were changed without a version (lost update);
- attack M5: one misleading refusal ("can still choose … until <past date>") for every state a convocation refuses;
- attack L5: the counsellor's unbooking answered 404 "no such appointment";
- walk 6: a month in progress warned "under the minimum"; the partial first month was judged on the whole minimum;
- walk 8: "Moment vrijgeven" without confirmation; inside the cut-off nothing said why "Verplaatsen" was gone;
- walk 9: "Verontschuldiging beoordelen" offered before any excuse was sent;
- walk 10: "Intrekken" on free slots of a past day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client

from tests import community_support as cs
from tests import factories as f
from tests.appointments_support import MONDAY, at, fakes, pdf, world  # noqa: F401 - fixture
from tests.test_appointments import book, christmas_eve, invite_and_slots, slot_at
from werkregie.appointments import use_cases as uc
from werkregie.appointments.models import Appointment, Slot
from werkregie.community import engine
from werkregie.community import use_cases as cuc
from werkregie.core import clock
from werkregie.core.errors import Conflict, InvalidInput

P = f.principal


@pytest.fixture
def w(db, ref, fakes):  # noqa: F811
    with clock.travel_to(at(MONDAY, 8)):
        return world()


def api(user) -> Client:  # noqa: ANN001
    return Client(HTTP_AUTHORIZATION="Bearer " + f.token(user))


def series(**over) -> dict:  # noqa: ANN003
    day = (MONDAY + dt.timedelta(days=3)).isoformat()  # Thursday 17/12/2026
    return {"first_day": day, "last_day": day, "weekdays": [3], "start_time": "10:00", "end_time": "11:00", "minutes": 30, "mode": "in_person",
            "location": "Kongostraat 7", **over}


# --- attack M2: opening hours of slots ---------------------------------------------------------------------------------


def test_slots_at_night_or_at_a_weekend_are_refused_naming_the_hours(w):
    client = api(w.counsellor)
    with clock.travel_to(at(MONDAY, 9)):
        night = client.post("/api/v1/appointments/slots/series", series(start_time="03:00", end_time="03:30"), content_type="application/json")
        assert night.status_code == 422
        errors = {e["field"]: e["message"] for e in night.json()["errors"]}
        assert "start_time" in errors and "08:30" in errors["start_time"] and "17:00" in errors["start_time"]
        saturday = (MONDAY + dt.timedelta(days=5)).isoformat()
        weekend = client.post("/api/v1/appointments/slots/series", series(first_day=saturday, last_day=saturday, weekdays=[5, 6]),
                              content_type="application/json")
        assert weekend.status_code == 422 and {e["field"] for e in weekend.json()["errors"]} == {"weekdays"}
        late = client.post("/api/v1/appointments/slots/series", series(start_time="18:00", end_time="19:00"), content_type="application/json")
        assert late.status_code == 422 and {e["field"] for e in late.json()["errors"]} == {"end_time"}
        phone = client.post("/api/v1/appointments/slots/series", series(start_time="07:00", end_time="08:00", mode="phone", location=""),
                            content_type="application/json")
        assert phone.status_code == 422
        # a video call has a somewhat wider day window, never the night
        video = client.post("/api/v1/appointments/slots/series", series(start_time="18:00", end_time="19:00", mode="video",
                                                                        location="https://meet.vdab.be/x"), content_type="application/json")
        assert video.status_code == 201 and len(video.json()) == 2
        video_night = client.post("/api/v1/appointments/slots/series", series(start_time="22:00", end_time="23:00", mode="video",
                                                                              location="https://meet.vdab.be/x"), content_type="application/json")
        assert video_night.status_code == 422
    assert not Slot.objects.filter(mode="in_person").exists()


def test_the_publish_page_refuses_the_night_with_the_hours_beside_the_field(w):
    client = Client()
    client.force_login(w.counsellor)
    agenda = uc.own_agenda(w.counsellor)
    with clock.travel_to(at(MONDAY, 9)):
        page = client.get("/agenda/publiceren/").content.decode()
        assert "08:30" in page and "17:00" in page  # said before choosing
        r = client.post("/agenda/publiceren/", {"agenda": agenda.pk, "first_day": "17/12/2026", "last_day": "17/12/2026", "weekdays": ["3"],
                                                "start_time": "03:00", "end_time": "03:30", "minutes": 30, "mode": "in_person",
                                                "location": "Kongostraat 7"})
    assert r.status_code == 422 and "Te vroeg" in r.content.decode() and "08:30" in r.content.decode()
    assert not Slot.objects.exists()


def test_an_existing_slot_at_night_is_neither_booked_nor_convoked(w):
    a, made = invite_and_slots(w, kind="follow_up")
    agenda = uc.own_agenda(w.counsellor)
    night = Slot.objects.create(agenda=agenda, start=at(dt.date(2026, 12, 17), 3), end=at(dt.date(2026, 12, 17), 3, 30), mode="in_person",
                                location="Kongostraat 7", created_by=w.counsellor, series="old")
    sunday = Slot.objects.create(agenda=agenda, start=at(dt.date(2026, 12, 20), 10), end=at(dt.date(2026, 12, 20), 10, 30), mode="in_person",
                                 location="Kongostraat 7", created_by=w.counsellor, series="old")
    with clock.travel_to(at(MONDAY, 10)):
        for slot in (night, sunday):
            with pytest.raises(InvalidInput) as refused:
                uc.book_for(P(w.counsellor), a.pk, slot.pk, expected_version=a.version)
            assert refused.value.errors[0].field == "slot" and "buiten de uren" in refused.value.errors[0].message
            r = api(w.counsellor).post(f"/api/v1/appointments/{a.pk}/booking", {"slot_id": slot.pk, "version": a.version},
                                       content_type="application/json")
            assert r.status_code == 422
        offered = uc.booking_view(P(w.citizen), uc.booking_token(a)).slots
        assert night not in offered and sunday not in offered and offered
    Appointment.objects.filter(pk=a.pk).update(state="expired")
    with clock.travel_to(at(MONDAY, 10)):
        with pytest.raises(InvalidInput):
            uc.convoke(P(w.counsellor), a.pk, night.pk, expected_version=a.version)
    assert Appointment.objects.get(pk=a.pk).slot_id is None


# --- attack M5: a refusal per state ------------------------------------------------------------------------------------


def test_the_convocation_refusal_says_the_state(w):
    a = christmas_eve(w)  # booked for 24/12/2026 10:00
    with clock.travel_to(at(MONDAY, 11)):
        with pytest.raises(Conflict) as booked:
            uc.convoke(P(w.counsellor), a.pk, 1, expected_version=a.version)
    assert "koos al een moment: 24/12/2026 10:00" in booked.value.detail and "kan nog zelf" not in booked.value.detail
    Appointment.objects.filter(pk=a.pk).update(state="convoked")
    with clock.travel_to(at(MONDAY, 11)):
        with pytest.raises(Conflict) as convoked:
            uc.convoke(P(w.counsellor), a.pk, 1)
    assert "al opgeroepen voor 24/12/2026 10:00" in convoked.value.detail
    Appointment.objects.filter(pk=a.pk).update(state="booked")
    with clock.travel_to(at(dt.date(2026, 12, 24), 11)):
        uc.record_attendance(P(w.counsellor), a.pk, "attend")
        r = api(w.counsellor).post(f"/api/v1/appointments/{a.pk}/convocation", {"slot_id": 1, "version": Appointment.objects.get(pk=a.pk).version},
                                   content_type="application/json")
    assert r.status_code == 409 and "al voorbij: 24/12/2026 10:00 (Aanwezig)" in r.json()["detail"]
    with clock.travel_to(at(MONDAY, 12)):
        b = uc.invite(P(w.counsellor), w.person.pk, "follow_up")
        uc.cancel(P(w.counsellor), b.pk, "Nieuwe uitnodiging volgt")
        with pytest.raises(Conflict) as cancelled:
            uc.convoke(P(w.counsellor), b.pk, 1)
        c = uc.invite(P(w.counsellor), w.person.pk, "screening")
        with pytest.raises(Conflict) as running:
            uc.convoke(P(w.counsellor), c.pk, 1)
    assert "geannuleerd" in cancelled.value.detail
    assert "kan nog zelf een moment kiezen" in running.value.detail  # the link still runs: the old text, rightly


# --- attack L5: the counsellor's unbooking ----------------------------------------------------------------------------


def test_the_counsellor_hears_that_only_the_citizen_gives_a_booking_back(w):
    a = christmas_eve(w)
    with clock.travel_to(at(MONDAY, 11)):
        r = api(w.counsellor).post(f"/api/v1/appointments/{a.pk}/unbooking", {"version": a.version}, content_type="application/json")
        stranger = api(w.other_counsellor).post(f"/api/v1/appointments/{a.pk}/unbooking", {"version": a.version}, content_type="application/json")
    assert r.status_code == 403 and "Enkel de burger zelf" in r.json()["detail"] and "annuleert" in r.json()["detail"]
    assert stranger.status_code == 404  # who may not read it learns nothing
    assert Appointment.objects.get(pk=a.pk).state == "booked"


# --- walk 8: confirmation, and why no move -----------------------------------------------------------------------------


def test_releasing_a_moment_asks_first_and_inside_the_cut_off_the_page_says_whom_to_call(w):
    a, made = invite_and_slots(w, kind="follow_up")
    a = book(w, a, dt.date(2026, 12, 17), 10, made, at(MONDAY, 10))
    client = Client()
    client.force_login(w.citizen)
    with clock.travel_to(at(MONDAY, 11)):
        page = client.get("/mijn-afspraken/").content.decode()
    assert '<details class="confirm"><summary>Moment vrijgeven…</summary>' in page and "Ja, moment vrijgeven" in page
    assert "Dit gesprek is verplicht" in page
    with clock.travel_to(at(dt.date(2026, 12, 16), 12)):  # 22 hours ahead: inside the cut-off
        page = client.get("/mijn-afspraken/").content.decode()
    assert "Moment vrijgeven" not in page and ">Verplaatsen<" not in page
    assert "Online verplaatsen kan tot 24 uur voor de afspraak" in page and "Bart De Smet" in page


# --- walk 9: judge an excuse only once there is one --------------------------------------------------------------------


def test_the_excuse_is_judged_only_once_one_was_sent_or_recorded_from_paper(w):
    a = christmas_eve(w)
    client = Client()
    client.force_login(w.counsellor)
    with clock.travel_to(at(dt.date(2026, 12, 24), 11)):
        a = uc.record_attendance(P(w.counsellor), a.pk, "no_show")
        page = client.get(f"/agenda/afspraken/{a.pk}/").content.decode()
        assert "Verontschuldiging beoordelen" not in page and "Verontschuldiging op papier ontvangen" in page
        with pytest.raises(Conflict):
            uc.review_excuse(P(w.counsellor), a.pk, True, "Attest gezien", expected_version=a.version)
        r = client.post(f"/agenda/afspraken/{a.pk}/", {"action": "paper", "version": a.version, "reason": "Attest afgegeven aan het loket",
                                                       "proof": pdf()})
        assert r.status_code == 302, r.content.decode()[:2000]
        a = Appointment.objects.get(pk=a.pk)
        assert a.excuse_status == "pending" and a.proof_file_id
        page = client.get(f"/agenda/afspraken/{a.pk}/").content.decode()
        assert "Verontschuldiging beoordelen" in page and "Verontschuldiging op papier ontvangen" not in page
        a = uc.review_excuse(P(w.counsellor), a.pk, True, "Attest van de huisarts", expected_version=a.version)
    assert a.state == "excused"


# --- walk 10: no "Intrekken" on a past slot ----------------------------------------------------------------------------


def test_a_past_free_slot_is_not_withdrawn(w):
    a, made = invite_and_slots(w)
    past = slot_at(made, dt.date(2026, 12, 15), 9)
    future = slot_at(made, dt.date(2026, 12, 16), 9)
    client = Client()
    client.force_login(w.counsellor)
    with clock.travel_to(at(dt.date(2026, 12, 15), 14)):
        page = client.get(f"/agenda/?week={MONDAY.isoformat()}").content.decode()
        assert f"/agenda/momenten/{past.pk}/intrekken/" not in page and f"/agenda/momenten/{future.pk}/intrekken/" in page
        assert "Moment van 15/12/2026 09:00 intrekken" not in page and "Moment van 16/12/2026 09:00 intrekken" in page
        with pytest.raises(Conflict):
            uc.withdraw_slot(P(w.counsellor), past.pk)
        uc.withdraw_slot(P(w.counsellor), future.pk)
    assert Slot.objects.get(pk=past.pk).withdrawn_at is None and Slot.objects.get(pk=future.pk).withdrawn_at is not None


# --- community service: attack M3 and walk 6 ---------------------------------------------------------------------------


@pytest.fixture
def cw(db):
    with clock.travel_to(cs.TODAY):
        found = cs.world()
    with clock.travel_to(dt.date(2026, 2, 2)):
        a = cuc.propose(P(found["counsellor"]), found["long1"].pk, found["library"].pk)
        cuc.transition(P(found["counsellor"]), a.pk, "accept")
        found["mine"] = cuc.transition(P(found["municipality"]), a.pk, "start")
    return found


def test_attendance_without_a_version_is_428_and_a_stale_one_409(cw):
    from werkregie.community.models import Assignment, Attendance

    url = f"/api/v1/community/assignments/{cw['mine'].pk}/attendance"
    client = api(cw["municipality"])
    with clock.travel_to(cs.TODAY):
        seen = Assignment.objects.get(pk=cw["mine"].pk).version
        missing = client.put(url, {"hours": {"2026-02-03": 1}}, content_type="application/json")
        assert missing.status_code == 428 and {e["field"] for e in missing.json()["errors"]} == {"version", "If-Match"}
        assert not Attendance.objects.exists()
        first = client.put(url, {"hours": {"2026-02-03": 4}}, content_type="application/json", HTTP_IF_MATCH=f'"v{seen}"')
        assert first.status_code == 200 and first.json()["version"] == seen + 1
        stale = client.put(url, {"hours": {"2026-02-03": 1}, "version": seen}, content_type="application/json")
        assert stale.status_code == 409
    assert list(Attendance.objects.values_list("hours", flat=True)) == [Decimal(4)]


def test_a_month_in_progress_never_warns_and_the_partial_first_month_is_pro_rata(cw):
    host = P(cw["municipality"])
    with clock.travel_to(cs.TODAY):  # 10/03/2026: March is in progress
        assert cuc.record_hours(host, cw["mine"].pk, {"2026-03-02": "3,5"}) == []
    # started Monday 28/09/2026: 3 of September's 22 working days → 32 × 3 / 22 = 4,36 hours, and the month is partial
    assert engine.month_minimum(Decimal(32), 2026, 9, start=dt.date(2026, 9, 28)) == (Decimal("4.36"), True)
    # started Monday 2/2/2026 after Sunday 1/2: every working day of February covered, the whole minimum
    assert engine.month_minimum(Decimal(32), 2026, 2, start=dt.date(2026, 2, 2)) == (Decimal(32), False)
    [sept] = engine.monthly("community_service", {dt.date(2026, 9, 29): Decimal(4)}, today=dt.date(2026, 11, 2), start=dt.date(2026, 9, 28))
    assert sept.partial and sept.min_hours == Decimal("4.36") and sept.under_minimum
    [sept] = engine.monthly("community_service", {dt.date(2026, 9, 29): Decimal(5)}, today=dt.date(2026, 11, 2), start=dt.date(2026, 9, 28))
    assert not sept.under_minimum  # 5 hours in 3 working days meet the pro-rata minimum, never "onder het minimum"
    # the warning at registration, on an assignment that started late in its month
    from werkregie.community.models import Assignment

    Assignment.objects.filter(pk=cw["mine"].pk).update(started_on=dt.date(2026, 2, 23))
    with clock.travel_to(cs.TODAY):
        warnings = cuc.record_hours(host, cw["mine"].pk, {"2026-02-24": "2"})
        client = Client()
        client.force_login(cw["municipality"])
        page = client.get(f"/gemeente/gemeenschapsdienst/toewijzingen/{cw['mine'].pk}/").content.decode()
    assert warnings == ["2 uur in 02/2026: minder dan het minimum van 8 uur voor het deel van de maand in de opdracht (het maandminimum naar "
                        "verhouding van de werkdagen)"]
    assert "deel van de maand: minimum naar verhouding" in page and "wordt nog niet aan het minimum getoetst" in page
