"""The permission matrix of appointments: every page and every API endpoint for all eight roles, and the pages and
API end to end (invite → book → reminder → attendance), with the reads logged."""

import datetime as dt
import json

import icalendar
import pytest
from django.test import Client

from tests import factories as f
from tests.appointments_support import MONDAY, at, fakes, pdf, slots, world  # noqa: F401 - fixture
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.appointments import use_cases as uc
from werkregie.appointments.models import Appointment, Slot
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind

pytestmark = pytest.mark.usefixtures("fakes")
ROLES = [Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST, Role.ADMIN]
STAFF = {Role.COUNSELLOR, Role.ADMIN}
NOW = at(MONDAY, 10)


@pytest.fixture
def m(db, ref):
    """A counsellor's agenda with slots, an invitation, a booked appointment and a no-show with proof; one user per role."""
    with clock.travel_to(at(MONDAY, 8)):
        w = world()
        made = slots(f.principal(w.counsellor), MONDAY + dt.timedelta(days=1), days=10)
        c = f.principal(w.counsellor)
        invited = uc.invite(c, w.person.pk, "intake")
        booked = uc.invite(c, w.person.pk, "follow_up")
        missed = uc.invite(c, w.person.pk, "agreement")
    with clock.travel_to(at(MONDAY, 9)):
        booked = uc.book(f.principal(w.citizen), uc.booking_token(booked), made[9].pk)
        uc.book_for(c, missed.pk, made[0].pk)
    with clock.travel_to(at(MONDAY + dt.timedelta(days=1), 12)):
        uc.record_attendance(c, missed.pk, "no_show")
        missed = uc.submit_excuse(f.principal(w.citizen), missed.pk, "Ik was ziek", pdf())
    users = {
        Role.CITIZEN: w.citizen, Role.COUNSELLOR: w.counsellor, Role.CONTROLLER: f.user(Role.CONTROLLER),
        Role.EMPLOYER: f.user(Role.EMPLOYER), Role.MUNICIPALITY: f.user(Role.MUNICIPALITY), Role.PARTNER: f.user(Role.PARTNER),
        Role.ANALYST: f.user(Role.ANALYST), Role.ADMIN: f.user(Role.ADMIN),
    }
    return {"w": w, "users": users, "slots": made, "invited": invited, "booked": booked, "missed": missed}


def pages(m) -> list[tuple[str, set]]:
    """(url, roles that get 200) for every page of the app."""
    invited, booked, missed, person = m["invited"], m["booked"], m["missed"], m["w"].person
    return [
        ("/agenda/", STAFF),
        ("/agenda/publiceren/", STAFF),
        ("/agenda.ics", STAFF),
        (f"/agenda/afspraken/{booked.pk}/", STAFF),
        (f"/agenda/afspraken/{missed.pk}/bewijs/", STAFF | {Role.CITIZEN}),
        (f"/personen/{person.pk}/uitnodigen/", STAFF),
        (f"/afspraak/boeken/{uc.booking_token(invited)}/", {Role.CITIZEN}),
        (f"/afspraak/{booked.pk}.ics", STAFF | {Role.CITIZEN}),
        (f"/afspraak/{missed.pk}/verontschuldiging/", {Role.CITIZEN}),
        ("/afspraken/", {Role.CITIZEN}),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_page_for_every_role(m, role):
    client = Client()
    client.force_login(m["users"][role])
    with clock.travel_to(NOW + dt.timedelta(days=1, hours=3)):
        for url, allowed in pages(m):
            response = client.get(url)
            expected = 200 if role in allowed else (403, 404)
            if role in allowed:
                assert response.status_code == 200, (role, url, response.status_code)
            else:
                assert response.status_code in expected, (role, url, response.status_code)
                assert "Peeters" not in response.content.decode(errors="replace"), (role, url)
        response = client.post(f"/afspraak/{m['booked'].pk}/vrijgeven/", {"version": m["booked"].version})
        assert response.status_code == (302 if role == Role.CITIZEN else 403)
        last = m["slots"][-1]
        response = client.post(f"/agenda/momenten/{last.pk}/intrekken/")
        assert response.status_code == (302 if role in STAFF else 403)
        taken = client.post(f"/agenda/momenten/{m['booked'].slot_id}/intrekken/")
        assert taken.status_code == (302 if role in STAFF else 403)
    assert Appointment.objects.get(pk=m["booked"].pk).state == ("invited" if role == Role.CITIZEN else "booked")
    assert Slot.objects.get(pk=m["slots"][-1].pk).withdrawn_at is not None if role in STAFF else Slot.objects.get(pk=m["slots"][-1].pk).withdrawn_at is None
    assert Slot.objects.get(pk=m["booked"].slot_id).withdrawn_at is None  # a booked slot is never withdrawn


def endpoints(m) -> list[tuple[str, str, dict | None, set]]:
    """(method, path, json body, roles that succeed) for every endpoint; mutations that would succeed are run last."""
    invited, booked, missed, person = m["invited"], m["booked"], m["missed"], m["w"].person
    free = next(s for s in m["slots"] if not Appointment.objects.filter(slot=s).exists() and s.start > NOW + dt.timedelta(days=3))
    base = "/api/v1/appointments"
    return [
        ("get", f"{base}/agendas", None, STAFF),
        ("get", f"{base}/slots?start={MONDAY.isoformat()}", None, STAFF),
        ("get", f"{base}/agenda.ics", None, STAFF),
        ("get", f"{base}/persons/{person.pk}", None, STAFF | {Role.CITIZEN}),
        ("get", f"{base}/kpis", None, STAFF | {Role.ANALYST}),
        ("get", f"{base}/me", None, {Role.CITIZEN}),
        ("get", f"{base}/{booked.pk}", None, STAFF | {Role.CITIZEN}),
        ("get", f"{base}/{booked.pk}/history", None, STAFF | {Role.CITIZEN}),
        ("get", f"{base}/{booked.pk}/ics", None, STAFF | {Role.CITIZEN}),
        ("get", f"{base}/booking/{uc.booking_token(invited)}", None, {Role.CITIZEN}),
        ("post", f"{base}/slots/series", {"first_day": (MONDAY + dt.timedelta(days=22)).isoformat(), "last_day": (MONDAY + dt.timedelta(days=22)).isoformat(),
                                          "weekdays": [1], "start_time": "13:00", "end_time": "14:00", "minutes": 30, "mode": "phone"}, STAFF),
        ("delete", f"{base}/slots/{m['slots'][-1].pk}", None, STAFF),
        ("post", f"{base}/persons/{person.pk}/invitations", {"kind": "screening"}, STAFF),
        ("post", f"{base}/{missed.pk}/excuse/review", {"accept": True, "reason": "Attest van de huisarts", "version": missed}, STAFF),
        ("post", f"{base}/{invited.pk}/booking", {"slot_id": free.pk, "version": invited}, STAFF),
        ("post", f"{base}/{invited.pk}/cancellation", {"reason": "Niet meer nodig: werk gevonden", "version": invited}, STAFF),
        ("post", f"{base}/booking/{uc.booking_token(booked)}", {"slot_id": free.pk, "version": booked}, {Role.CITIZEN}),
        ("post", f"{base}/{booked.pk}/unbooking", {"version": booked}, {Role.CITIZEN}),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_endpoint_for_every_role(m, role, client):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(m['users'][role])}"}
    states = dict(Appointment.objects.values_list("pk", "state"))
    slot_count = Slot.objects.filter(withdrawn_at__isnull=True).count()
    with clock.travel_to(NOW + dt.timedelta(days=1, hours=3)):
        for method, path, body, allowed in endpoints(m):
            call = getattr(client, method)
            if body is not None and isinstance(body.get("version"), Appointment):  # versions are required (issue 17): the current one
                body = {**body, "version": Appointment.objects.get(pk=body["version"].pk).version}
            response = call(path, data=json.dumps(body), content_type="application/json", **headers) if body is not None else call(path, **headers)
            if role in allowed:
                assert response.status_code in (200, 201, 204), (role, method, path, response.status_code, response.content[:300])
            else:
                assert response.status_code in (403, 404), (role, method, path, response.status_code)
                assert response["Content-Type"].startswith("application/problem+json")
    if role not in STAFF | {Role.CITIZEN}:
        assert dict(Appointment.objects.values_list("pk", "state")) == states
        assert Slot.objects.filter(withdrawn_at__isnull=True).count() == slot_count


def test_api_attendance_and_excuse_take_files_and_refuse_bad_ones(m, client):
    w = m["w"]
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(w.counsellor)}"}
    booked = m["booked"]
    with clock.travel_to(booked.slot.start + dt.timedelta(hours=2)):
        bad = client.post(f"/api/v1/appointments/{booked.pk}/attendance", {"outcome": "teleported", "version": booked.version}, **headers)
        assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "outcome"
        stale = client.post(f"/api/v1/appointments/{booked.pk}/attendance", {"outcome": "attend", "version": booked.version - 1}, **headers)
        assert stale.status_code == 409
        ok = client.post(f"/api/v1/appointments/{booked.pk}/attendance", {"outcome": "no_show", "version": booked.version}, **headers)
        assert ok.status_code == 200 and ok.json()["state"] == "no_show" and ok.json()["proof_due_on"]
        citizen = {"HTTP_AUTHORIZATION": f"Bearer {f.token(w.citizen)}"}
        from django.core.files.uploadedfile import SimpleUploadedFile

        wrong = client.post(f"/api/v1/appointments/{booked.pk}/excuse", {"reason": "Ziek", "proof": SimpleUploadedFile("x.pdf", b"MZ\x90\x00"),
                                                                          "version": Appointment.objects.get(pk=booked.pk).version}, **citizen)
        assert wrong.status_code == 422 and Appointment.objects.get(pk=booked.pk).excuse_status == ""
        good = client.post(f"/api/v1/appointments/{booked.pk}/excuse", {"reason": "Ziek thuis", "proof": pdf(),
                                                                         "version": Appointment.objects.get(pk=booked.pk).version}, **citizen)
        assert good.status_code == 200 and good.json()["excuse_status"] == "pending"


def test_openapi_lists_the_endpoints(client):
    spec = client.get("/api/v1/openapi.json").json()
    paths = [p for p in spec["paths"] if p.startswith("/api/v1/appointments")]
    assert "/api/v1/appointments/persons/{person_id}/invitations" in paths and "/api/v1/appointments/booking/{token}" in paths
    assert len(paths) >= 15


def test_pages_end_to_end_invite_book_record(m):
    w = m["w"]
    staff, citizen = Client(), Client()
    staff.force_login(w.counsellor)
    citizen.force_login(w.citizen)
    with clock.travel_to(NOW):
        response = staff.post(f"/personen/{w.person.pk}/uitnodigen/", {"kind": "evaluation", "agenda": uc.own_agenda(w.counsellor).pk, "note": ""})
        assert response.status_code == 302
        a = Appointment.objects.filter(kind="evaluation").get()
        bad = staff.post(f"/personen/{w.person.pk}/uitnodigen/", {"kind": "", "agenda": "x"})
        assert bad.status_code == 422 and "error-summary" in bad.content.decode()
        page = citizen.get(uc.booking_path(a))
        assert page.status_code == 200 and "Een moment kiezen" in page.content.decode()
        free = next(s for s in m["slots"] if not Appointment.objects.filter(slot=s).exists() and s.start > NOW + dt.timedelta(days=2))
        none = citizen.post(uc.booking_path(a), {"version": a.version})
        assert none.status_code == 422
        done = citizen.post(uc.booking_path(a), {"slot": free.pk, "version": a.version})
        assert done.status_code == 302
        a.refresh_from_db()
        assert a.state == "booked" and a.slot_id == free.pk
        mine = citizen.get("/afspraken/")
        assert mine.status_code == 200 and f"/afspraak/{a.pk}.ics" in mine.content.decode()
        ics = citizen.get(f"/afspraak/{a.pk}.ics")
        assert ics["Content-Type"].startswith("text/calendar") and b"BEGIN:VEVENT" in ics.content
    with clock.travel_to(free.start + dt.timedelta(hours=1)):
        early = staff.get(f"/agenda/afspraken/{a.pk}/")
        assert early.status_code == 200 and "Aanwezigheid registreren" in early.content.decode()
        stale = staff.post(f"/agenda/afspraken/{a.pk}/", {"action": "attendance", "outcome": "attend", "version": a.version - 1})
        assert stale.status_code == 409
        ok = staff.post(f"/agenda/afspraken/{a.pk}/", {"action": "attendance", "outcome": "attend", "version": a.version})
        assert ok.status_code == 302
        assert Appointment.objects.get(pk=a.pk).state == "attended"
        agenda = staff.get("/agenda/", {"week": uc.local(free.start).date().isoformat()})
        assert agenda.status_code == 200 and "Peeters, Sofie" in agenda.content.decode()
        feed = staff.get("/agenda.ics")
        assert feed.status_code == 200 and "Peeters, Sofie" in [str(e["summary"]).split(": ")[-1] for e in icalendar.Calendar.from_ical(feed.content).walk("VEVENT")]
    assert AccessLogEntry.objects.filter(person_id=w.person.pk, purpose="guidance").count() >= 3
    assert AccessLogEntry.objects.filter(person_id=w.person.pk, purpose="own_data").count() >= 2


def test_publish_page_creates_a_series_and_shows_errors(m):
    w = m["w"]
    staff = Client()
    staff.force_login(w.counsellor)
    agenda = uc.agendas_for(f.principal(w.counsellor))[1]  # the team's agenda
    with clock.travel_to(NOW):
        bad = staff.post("/agenda/publiceren/", {"agenda": agenda.pk, "first_day": "2026-12-20", "last_day": "2026-12-19", "weekdays": ["0"],
                                                 "start_time": "09:00", "end_time": "10:00", "minutes": "30", "mode": "video"})
        assert bad.status_code == 422 and "error-summary" in bad.content.decode()
        ok = staff.post("/agenda/publiceren/", {"agenda": agenda.pk, "first_day": "2027-01-04", "last_day": "2027-01-08", "weekdays": ["0", "2"],
                                                "start_time": "13:00", "end_time": "15:00", "minutes": "60", "mode": "video", "location": "https://meet.vdab.be/x"})
        assert ok.status_code == 302
    assert Slot.objects.filter(agenda=agenda).count() == 4
    assert agenda.office.kind == OrganisationKind.VDAB_TEAM
