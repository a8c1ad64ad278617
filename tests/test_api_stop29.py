"""Issue 11, open after stop 28: the GET of a case, an appointment, an activity and an assignment carries its version as
ETag (their writes ask for one in If-Match); a body that is no JSON is answered in the reader's language; only the
control service takes the steps of a sanction procedure, the admin reads (separation of duties)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.compliance import use_cases as cuc
from werkregie.core import clock
from werkregie.core.errors import Forbidden

from . import community_support as cs
from . import compliance_support as comp
from . import factories as f


def bearer(user) -> Client:  # noqa: ANN001
    return Client(HTTP_AUTHORIZATION=f"Bearer {f.token(user)}")


def test_a_case_get_carries_its_version_as_etag_for_controller_and_citizen(db, ref):
    person = comp.jobseeker()
    case = comp.open_case(person)
    controller = f.user(Role.CONTROLLER)
    with clock.travel_to(comp.at(comp.START)):
        r = bearer(controller).get(f"/api/v1/compliance/cases/{case.pk}")
        citizen = f.user(Role.CITIZEN, person=person)
        own = bearer(citizen).get(f"/api/v1/compliance/me/cases/{case.pk}")
    assert r.status_code == 200 and r["ETag"] == f'"v{r.json()["version"]}"'
    assert own.status_code == 200 and own["ETag"] == f'"v{case.version}"'


def test_the_admin_reads_a_case_but_takes_no_step(db, ref):
    person = comp.jobseeker()
    case = comp.open_case(person)
    admin = f.user(Role.ADMIN)
    day = comp.hearing_day(comp.START + dt.timedelta(days=10))
    with clock.travel_to(comp.at(comp.START)):
        assert bearer(admin).get(f"/api/v1/compliance/cases/{case.pk}").status_code == 200
        with pytest.raises(Forbidden):
            cuc.drop(f.principal(admin), case.pk, reason="Geen grond gevonden na nazicht.")
        r = bearer(admin).post(f"/api/v1/compliance/cases/{case.pk}/hearing", {"hearing_at": f"{day.isoformat()}T10:00:00", "mode": "in_person",
                                                                                 "place": "Kantoor Gent", "version": case.version}, content_type="application/json")
        assert r.status_code == 403 and "controledienst" in r.json()["detail"]
        web = Client()
        web.force_login(admin)
        page = web.get(f"/controle/dossiers/{case.pk}/").content.decode()
        assert web.post(f"/controle/dossiers/{case.pk}/drop/", {"drop-reason": "Geen grond gevonden na nazicht."}).status_code == 403
    case.refresh_from_db()
    assert case.state == "opened"
    assert "Zonder gevolg afsluiten" not in page and "Bewijsstuk toevoegen" not in page
    with clock.travel_to(comp.at(comp.START)):
        assert cuc.drop(comp.controller(), case.pk, reason="Geen grond gevonden na nazicht.").state == "closed"


def test_an_appointment_get_carries_its_etag(db, ref):
    from .appointments_support import MONDAY, at, world

    with clock.travel_to(at(MONDAY, 8)):
        w = world()
    from werkregie.appointments import use_cases as auc

    with clock.travel_to(at(MONDAY, 9)):
        a = auc.invite(f.principal(w.counsellor), w.person.pk, "intake")
        r = bearer(w.counsellor).get(f"/api/v1/appointments/{a.pk}")
    assert r.status_code == 200 and r["ETag"] == f'"v{a.version}"'


def test_an_activity_and_an_assignment_get_carry_their_etag(db):
    from werkregie.community import use_cases as community

    with clock.travel_to(cs.TODAY):
        w = cs.world()
        library = w["library"]
        r = bearer(w["municipality"]).get(f"/api/v1/community/activities/{library.pk}")
        assignment = community.propose(f.principal(w["counsellor"]), w["long1"].pk, library.pk)
        one = bearer(w["counsellor"]).get(f"/api/v1/community/assignments/{assignment.pk}")
    assert r.status_code == 200 and r["ETag"] == f'"v{library.version}"'
    assert one.status_code == 200 and one["ETag"] == f'"v{assignment.version}"'


@pytest.mark.parametrize(("language", "words"), [("nl", "geldige JSON"), ("fr", "JSON valide"), ("en", "valid JSON")])
def test_a_body_that_is_no_json_is_answered_in_the_readers_language(db, language, words):
    r = bearer(f.user(Role.COUNSELLOR)).post("/api/v1/persons", data="{bad", content_type="application/json", HTTP_ACCEPT_LANGUAGE=language)
    assert r.status_code == 400 and r["content-type"] == "application/problem+json"
    assert words in r.json()["detail"] and "Cannot parse" not in r.json()["detail"]


@pytest.mark.parametrize(("language", "words"), [("nl", "Geen API-eindpunt"), ("fr", "Aucun point"), ("en", "No API endpoint")])
def test_an_unknown_endpoint_is_answered_in_the_readers_language(db, language, words):
    r = Client().get("/api/v1/bestaat-niet", HTTP_ACCEPT_LANGUAGE=language)
    assert r.status_code == 404 and words in r.json()["detail"]


def test_a_weak_etag_never_matches_if_match(db):
    from werkregie.api.preconditions import MalformedPrecondition, if_match_version
    from werkregie.people.concurrency import BadPrecondition, version_from_if_match

    request = type("R", (), {"headers": {"If-Match": 'W/"v5"'}})()
    with pytest.raises(MalformedPrecondition) as weak:
        if_match_version(request)
    assert "zwakke ETag" in weak.value.detail
    with pytest.raises(BadPrecondition):
        version_from_if_match('W/"v5"')
    assert version_from_if_match('"v5"') == 5


@pytest.mark.parametrize(("extra", "shown"), [(19, "(10.485.779 bytes)"), (3 * 1024, "(10,003 MB)"), (60 * 1024, "(10,1 MB)"), (2 * 1024 * 1024, "(12,0 MB)")])
def test_a_file_over_the_limit_never_reads_as_within_it(extra, shown):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from werkregie.core import uploads
    from werkregie.core.errors import InvalidInput

    big = SimpleUploadedFile("groot.pdf", b"%PDF-1.4\n" + b"0" * (uploads.MAX_BYTES + extra - 9), content_type="application/pdf")
    with pytest.raises(InvalidInput) as refused:
        uploads.check(big)
    assert shown in refused.value.detail


def test_a_link_in_a_message_is_absolute(settings):
    """Walk of stop 29: the e-mail receipt of a written defence said "U vindt uw dossier op /mijn-dossier/4/"."""
    from werkregie.messaging.templates import Template

    settings.WERKREGIE_PUBLIC_URL = "https://werkregie.example/"
    template = Template("test.link", "Onderwerp", "Uw dossier: %(link)s; uw afspraak: %(booking_url)s; %(note)s", False)
    _subject, body = template.render({"link": "/mijn-dossier/4/", "booking_url": "https://elders.example/x", "note": "/geen-link"}, "nl")
    assert body == "Uw dossier: https://werkregie.example/mijn-dossier/4/; uw afspraak: https://elders.example/x; /geen-link"


def test_exporting_an_evidence_bundle_is_logged_in_the_persons_access_log(db, tmp_path):
    """Second attack of stop 29: `werkregie messages evidence` wrote nothing to the access log."""
    from werkregie.access.models import AccessLogEntry
    from werkregie.cli import main
    from werkregie.messaging.outbox import send
    from werkregie.people.enums import StatusKind

    person = f.person()
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT)  # a person the controller may control
    message = send(person.pk, "trajectories.agreement_to_accept", {"title": "Afsprakenblad", "level": "afsprakenblad", "revision": 1,
                                                                  "accept_by": "15/12/2026", "link": "/mijn-afspraken/", "name": "Sofie"})
    controller = f.user(Role.CONTROLLER, username="kris")
    before = AccessLogEntry.objects.filter(person_id=person.pk).count()
    assert main(["messages", "evidence", str(message.pk), "--output", str(tmp_path), "--user", "kris", "--purpose", "availability_control"]) == 0
    entry = AccessLogEntry.objects.filter(person_id=person.pk).order_by("-pk").first()
    assert AccessLogEntry.objects.filter(person_id=person.pk).count() == before + 1
    assert entry.channel == "cli" and entry.purpose == "availability_control" and "bewijsbundel" in entry.what
    assert entry.actor_id == controller.pk



def test_only_who_may_read_the_message_exports_its_bundle(db, tmp_path):
    """Verification of stop 29: `--user werkgever` was accepted and the access log said an employer exported it."""
    from werkregie.access.models import AccessLogEntry
    from werkregie.cli import main
    from werkregie.messaging.outbox import send

    person = f.person()
    message = send(person.pk, "trajectories.agreement_to_accept", {"title": "Afsprakenblad", "level": "afsprakenblad", "revision": 1,
                                                                  "accept_by": "15/12/2026", "link": "/mijn-afspraken/", "name": "Sofie"})
    f.user(Role.EMPLOYER, f.organisation("employer"), username="werkgever")
    f.user(Role.CONTROLLER, username="kris")  # the person is on no benefit: not within the controller's access
    before = AccessLogEntry.objects.filter(person_id=person.pk).count()
    assert main(["messages", "evidence", str(message.pk), "--output", str(tmp_path), "--user", "werkgever"]) == 2
    assert main(["messages", "evidence", str(message.pk), "--output", str(tmp_path), "--user", "kris", "--purpose", "availability_control"]) == 2
    assert AccessLogEntry.objects.filter(person_id=person.pk).count() == before
