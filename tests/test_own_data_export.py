"""Export of one's own data (GDPR access and portability): every personal-data model in it, made in the background,
downloadable once by the person only, logged, gone after 7 days; through the API and the citizen's page."""

import datetime as dt
import io
import json
import zipfile

import pytest
from django.apps import apps

from tests import factories
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.matching.models import DesiredOccupation, PersonExperience, PersonSkill
from werkregie.messaging import runner
from werkregie.people.enums import Cefr, ChannelKind, ConsentPurpose, StatusKind
from werkregie.people.models import Consent, ContactChannel, Person, PersonLanguage
from werkregie.privacy import collect, use_cases
from werkregie.privacy.models import OwnDataExport

pytestmark = pytest.mark.django_db

SKILL = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab"
OCCUPATION = "http://data.europa.eu/esco/occupation/000e93a3-d956-4e45-aacb-f12c83fedf84"


def personal_data_models() -> set[str]:
    """Every model that refers to a person: a relation to people.Person, or a `person_id` number."""
    found = set()
    for model in apps.get_models():
        for f in model._meta.concrete_fields:
            if (f.is_relation and f.related_model is Person) or (not f.is_relation and f.name == "person_id"):
                found.add(model._meta.label)
    return found


def test_every_personal_data_model_is_in_the_export_or_said_why_not():
    missing = personal_data_models() - collect.exported_labels() - set(collect.NOT_EXPORTED)
    assert not missing, f"personal data not in the own-data export (werkregie/privacy/collect.py): {sorted(missing)}"
    assert "people.Person" in collect.exported_labels() and "access.AccessLogEntry" in collect.exported_labels()


@pytest.fixture
def world(ref, settings, tmp_path):
    settings.TASKS_SYNC = True
    settings.DATA_DIR = tmp_path
    p = factories.person(first_name="Sofie", last_name="Peeters", street="Veldstraat 1")
    factories.episode(p, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 2, 1))
    Consent.objects.create(person=p, purpose=ConsentPurpose.RESEARCH, given_at=clock.now())
    ContactChannel.objects.create(person=p, kind=ChannelKind.EMAIL, value="sofie@example.be", preferred=True)
    PersonLanguage.objects.create(person=p, language="nl", level=Cefr.NATIVE)
    PersonSkill.objects.create(person=p, skill_uri=SKILL, source="declared", added_at=clock.now())
    PersonExperience.objects.create(person=p, occupation_uri=OCCUPATION, years=4)
    DesiredOccupation.objects.create(person=p, occupation_uri=OCCUPATION)
    citizen = factories.user(Role.CITIZEN, person=p)
    other = factories.user(Role.CITIZEN, person=factories.person())
    counsellor = factories.user(Role.COUNSELLOR)
    return {"person": p, "citizen": citizen, "other": other, "counsellor": counsellor}


def _api(client, user):
    return {"HTTP_AUTHORIZATION": f"Bearer {factories.token(user)}"}


def test_request_build_and_download_once_through_the_api(world, client, django_capture_on_commit_callbacks):
    auth = _api(client, world["citizen"])
    made = client.post("/api/v1/me/export", content_type="application/json", **auth)
    assert made.status_code == 202, made.content
    body = made.json()
    assert body["state"] == "ready" and body["download"].endswith("/download")  # the task runner ran it (synchronous in tests)
    assert client.post("/api/v1/me/export", content_type="application/json", **auth).json()["id"] == body["id"]  # one at a time
    status = client.get(f"/api/v1/me/export/{body['id']}", **auth).json()
    assert set(status["sections"]) >= {"identity", "statuses", "consents", "contacts", "languages", "matching_profile", "screening",
                                       "messages", "credentials", "learning", "access_log"}
    export = OwnDataExport.objects.get(pk=body["id"])
    files = use_cases.folder(export)
    assert (files / "export.zip").exists()

    with django_capture_on_commit_callbacks(execute=True):  # the files are deleted once the download is committed
        got = client.get(f"/api/v1/me/export/{body['id']}/download", **auth)
    assert got.status_code == 200 and got["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(got.content))
    assert sorted(archive.namelist()) == ["mijn-gegevens.json", "mijn-gegevens.pdf"]
    pdf = archive.read("mijn-gegevens.pdf")
    assert pdf.startswith(b"%PDF") and b"/Outlines" in pdf  # the table of contents' bookmarks
    data = json.loads(archive.read("mijn-gegevens.json"))
    assert data["format"] == use_cases.FORMAT and data["person_id"] == world["person"].pk
    sections = {s["key"]: s for s in data["sections"]}
    identity = sections["identity"]["models"]["people.Person"]["rows"]
    assert identity[0]["insz"] == world["person"].insz and identity[0]["street"] == "Veldstraat 1"
    assert sections["contacts"]["models"]["people.ContactChannel"]["rows"][0]["value"] == "sofie@example.be"
    assert sections["statuses"]["models"]["people.StatusEpisode"]["rows"][0]["kind_label"] == "Werkzoekende met uitkering"
    assert sections["matching_profile"]["derived"]["desired_occupations"][0]["label"] == "operator draadtrekmachine"
    users = sections["identity"]["models"]["accounts.User"]["rows"]
    assert users and not any("password" in k for row in users for k in row)  # a secret is no personal fact
    log = sections["access_log"]["models"]["access.AccessLogEntry"]["rows"]
    assert any(e["what"].startswith("eigen gegevens: export gemaakt") for e in log)
    import hashlib

    assert hashlib.sha256(archive.read("mijn-gegevens.json")).hexdigest() == status["json_sha256"]

    again = client.get(f"/api/v1/me/export/{body['id']}/download", **auth)
    assert again.status_code == 410 and "al gedownload" in again.json()["detail"]
    assert not files.exists()  # the files are gone with the one download
    assert AccessLogEntry.objects.filter(person_id=world["person"].pk, what__startswith="eigen gegevens: export gedownload").count() == 1
    assert client.post("/api/v1/me/export", content_type="application/json", **auth).json()["id"] != body["id"]  # a new one may be asked


def test_not_by_another_person_nor_another_role(world, client):
    export = use_cases.request_export(factories.principal(world["citizen"]))
    other = _api(client, world["other"])
    assert client.get(f"/api/v1/me/export/{export.pk}", **other).status_code == 404
    assert client.get(f"/api/v1/me/export/{export.pk}/download", **other).status_code == 404
    counsellor = _api(client, world["counsellor"])
    assert client.get(f"/api/v1/me/export/{export.pk}/download", **counsellor).status_code == 403
    assert client.post("/api/v1/me/export", content_type="application/json", **counsellor).status_code == 403
    assert client.get("/api/v1/me/export/99999999999999999999", **other).status_code in (404, 422)
    export.refresh_from_db()
    assert export.state == "ready"  # nobody else's attempt used the one download


def test_expires_after_seven_days_on_the_task_runner(world, client, django_capture_on_commit_callbacks):
    with clock.travel_to(dt.datetime(2026, 11, 2, 10, 0, tzinfo=clock.BRUSSELS)) as frozen:
        export = use_cases.request_export(factories.principal(world["citizen"]))
        assert export.expires_at == frozen.at + dt.timedelta(days=7)
        assert runner.scheduled_at(f"own-data-export-{export.pk}-expiry") == export.expires_at
        frozen.advance(days=6, hours=23)
        assert runner.run_due("own-data-export-") == {}
        frozen.advance(hours=1)
        with django_capture_on_commit_callbacks(execute=True):
            assert runner.run_due("own-data-export-") == {f"own-data-export-{export.pk}-expiry": 1}
        export.refresh_from_db()
        assert export.state == "expired" and not use_cases.folder(export).exists()
        got = client.get(f"/api/v1/me/export/{export.pk}/download", **_api(client, world["citizen"]))
        assert got.status_code == 410 and "verlopen" in got.json()["detail"]


def test_the_citizens_page_requests_and_downloads_once(world, client):
    client.force_login(world["citizen"])
    home = client.get("/mijn-gegevens/").content.decode()
    assert "Export van mijn gegevens aanvragen" in home
    made = client.post("/mijn-gegevens/export/")
    assert made.status_code == 302
    page = client.get(made["Location"]).content.decode()
    assert "Mijn gegevens downloaden" in page
    export = OwnDataExport.objects.get(person=world["person"])
    got = client.post(f"/mijn-gegevens/export/{export.pk}/download/")
    assert got.status_code == 200 and got.content[:2] == b"PK"
    second = client.post(f"/mijn-gegevens/export/{export.pk}/download/")
    assert second.status_code == 410 and "al gedownload" in second.content.decode()
    client.force_login(world["other"])
    assert client.get(f"/mijn-gegevens/export/{export.pk}/").status_code == 404


def test_a_failed_build_is_a_state_not_a_crash(world, monkeypatch):
    monkeypatch.setattr(collect, "collect", lambda person: 1 / 0)
    export = use_cases.request_export(factories.principal(world["citizen"]))
    assert export.state == "failed" and not use_cases.folder(export).exists()
