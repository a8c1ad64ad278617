"""Attack of stop 26 on issue 11 (each a reproduction): an editor form acting on another person's agreement than the
page's, control characters in a slot's place (bulk-created, past the models' guard) and in longer texts, dates in 9999
and 1900 for activities and exemptions, and a week form without its days deleting their hours."""

from __future__ import annotations

import datetime as dt
import json

from django.test import Client

from tests import factories
from tests.trajectories_support import caseload
from werkregie.community.models import Activity, Attendance, Exemption
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Agreement

from . import community_support as cs
from .test_community_api import ACTIVITY, bearer, w  # noqa: F401 - the shared fixture

DAY = dt.date(2026, 3, 2)


def test_an_editor_form_acts_only_on_the_pages_person(ref):
    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        other = factories.person(counsellor=counsellor, team=counsellor.organisation)
        trajectory = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        agreement = uc.create_agreement(factories.principal(counsellor), trajectory.pk, title="Afsprakenblad", level="sheet")
        client = Client()
        client.force_login(counsellor)
        r = client.post(f"/personen/{other.pk}/traject/actie/", {"action": "update_agreement", "id": agreement.pk, "version": agreement.version,
                                                                 "title": "Overschreven", "notes": ""})
        assert r.status_code == 404
        assert Agreement.objects.get(pk=agreement.pk).title == "Afsprakenblad"
        ok = client.post(f"/personen/{person.pk}/traject/actie/", {"action": "update_agreement", "id": agreement.pk, "version": agreement.version,
                                                                   "title": "Afsprakenblad 2026", "notes": ""})
    assert ok.status_code == 302 and Agreement.objects.get(pk=agreement.pk).title == "Afsprakenblad 2026"


def test_an_agreement_note_with_a_bidirectional_control_is_refused(ref):
    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        trajectory = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        agreement = uc.create_agreement(factories.principal(counsellor), trajectory.pk, title="Afsprakenblad", level="sheet")
        r = Client().patch(f"/api/v1/trajectories/agreements/{agreement.pk}", json.dumps({"notes": "Twee regels\nmet \u202eomgekeerd", "version": agreement.version}),
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(counsellor)}")
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "notes" and "U+202E" in r.json()["errors"][0]["message"]
        fine = Client().patch(f"/api/v1/trajectories/agreements/{agreement.pk}", json.dumps({"notes": "Twee regels\nzonder meer", "version": agreement.version}),
                              content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(counsellor)}")
    assert fine.status_code == 200 and Agreement.objects.get(pk=agreement.pk).notes == "Twee regels\nzonder meer"


def test_a_slot_place_with_a_line_break_is_refused(db, ref):
    from tests.appointments_support import MONDAY, at, world
    from werkregie.appointments import use_cases as appointments
    from werkregie.appointments.models import Slot

    with clock.travel_to(at(MONDAY, 8)):
        made = world()
        agenda = appointments.own_agenda(made.counsellor)
    client = Client()
    client.force_login(made.counsellor)
    tuesday = MONDAY + dt.timedelta(days=1)
    with clock.travel_to(at(MONDAY, 9)):
        r = client.post("/agenda/publiceren/", {"agenda": agenda.pk, "first_day": tuesday.strftime("%d/%m/%Y"), "last_day": tuesday.strftime("%d/%m/%Y"), "weekdays": ["1"],
                                                "start_time": "09:00", "end_time": "10:00", "minutes": "30", "mode": "in_person",
                                                "location": "Kongostraat 7\n\u202eGent"})
    assert r.status_code == 422 and "U+202E" in r.content.decode() and not Slot.objects.exists()


def test_activities_and_exemptions_in_9999_or_1900_are_refused(w):  # noqa: F811
    with clock.travel_to(cs.TODAY):
        far = Client().post("/api/v1/community/activities", {**ACTIVITY, "start": "9999-01-01"}, content_type="application/json",
                            **bearer(w["municipality"]))
        assert far.status_code == 422 and far.json()["errors"][0]["field"] == "start"
        old = Client().post(f"/api/v1/community/persons/{w['long2'].pk}/exemptions", {"reason": "care", "note": "Zorgt voor een ziek kind",
                            "start": "1900-03-01", "end": "1900-04-01"}, content_type="application/json", **bearer(w["counsellor"]))
        assert old.status_code == 422 and {e["field"] for e in old.json()["errors"]} == {"start", "end"}
    assert not Activity.objects.filter(start__year=9999).exists() and not Exemption.objects.exists()


def test_a_week_form_without_its_days_keeps_their_hours(w):  # noqa: F811
    from werkregie.community import use_cases as community

    mine = w["mine"]
    with clock.travel_to(cs.TODAY):
        community.record_hours(factories.principal(w["municipality"]), mine.pk, {"2026-02-03": "4", "2026-02-04": "3"})
        client = Client()
        client.force_login(w["municipality"])
        version = type(mine).objects.get(pk=mine.pk).version
        r = client.post(f"/gemeente/gemeenschapsdienst/toewijzingen/{mine.pk}/?week=2026-02-02",
                        {"form": "week", "week": "2026-02-02", "d20260205": "2", "version": version})
    assert r.status_code == 302
    assert sorted(Attendance.objects.filter(assignment=mine).values_list("day", "hours")) == [
        (dt.date(2026, 2, 3), 4), (dt.date(2026, 2, 4), 3), (dt.date(2026, 2, 5), 2)]


def test_a_new_agreement_without_title_keeps_the_notes_typed(ref):
    """Walk of stop 26: an empty title on "Nieuwe afspraken" gave a message at the top and wiped the notes."""
    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        trajectory = uc.start_trajectory(factories.principal(counsellor), person.pk, "standard")
        client = Client()
        client.force_login(counsellor)
        r = client.post(f"/personen/{person.pk}/traject/actie/", {"action": "create_agreement", "id": trajectory.pk, "title": "",
                                                                  "notes": "Eerst de taalcursus, dan solliciteren.", "level": "sheet"})
    page = r.content.decode()
    assert r.status_code == 422 and 'id="new-agreement-errors"' in page and "Eerst de taalcursus, dan solliciteren." in page
    assert not Agreement.objects.exists()


def test_a_step_struck_from_the_draft_is_not_in_the_version_accepted_on_paper(ref):
    """Walk of stop 26: a step struck ("Schrappen") from a draft came back as "Vervallen" once the draft was accepted."""
    with clock.travel_to(DAY):
        counsellor, person, _ = caseload()
        cp = factories.principal(counsellor)
        trajectory = uc.start_trajectory(cp, person.pk, "standard")
        agreement = uc.create_agreement(cp, trajectory.pk, title="Afsprakenblad", level="sheet")
        for title in ("Opleiding heftruck", "Sollicitatietraining"):
            agreement.refresh_from_db()
            uc.add_step(cp, agreement.pk, agreement.version, {"kind": "training", "title": title, "due_on": DAY + dt.timedelta(days=30),
                                                              "evidence_kind": "upload"})
        struck = agreement.steps.get(title="Sollicitatietraining")
        uc.remove_step(cp, struck.pk, struck.version)
        agreement.refresh_from_db()
        uc.accept_on_paper(cp, agreement.pk, agreement.version, "Ondertekend afsprakenblad in het kantoor")
        client = Client()
        client.force_login(counsellor)
        page = client.get(f"/personen/{person.pk}/traject/").content.decode()
    assert "Opleiding heftruck" in page and "Sollicitatietraining" not in page.split('id="h-afspraken"')[1].split("Historiek")[0]
