"""Bounce reports through the API and the admin's page (issue 11, point 10), with the same use case as the command
`werkregie messages report`: the admin takes in a report, a bounce goes to paper with a worklist task; other roles are
refused; bad input is a 422 problem naming the field, never a 500; the intake is logged for the person."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests import factories as f
from tests.messaging_support import clean_gateways  # noqa: F401 - fixture
from werkregie.access.models import AccessLogEntry as AccessLog
from werkregie.accounts.models import Role
from werkregie.messaging import gateways, outbox, reports
from werkregie.messaging.enums import Channel
from werkregie.messaging.models import Message
from werkregie.people.enums import ChannelKind
from werkregie.people.models import ContactChannel
from werkregie.worklist.models import Task

pytestmark = pytest.mark.django_db


def _sms(person) -> Message:
    ContactChannel.objects.create(person=person, kind=ChannelKind.SMS, value="+32470123456", preferred=True)
    msg = outbox.send(person.pk, "messaging.general", {"title": "herinnering", "text": "Morgen om 10:00."}, dedupe_key=f"t:sms:{person.pk}")
    outbox.dispatch(msg.pk)
    msg.refresh_from_db()
    assert (msg.channel, msg.state) == ("sms", "delivered")
    return msg


def _api(user, channel: str, body: bytes, content_type: str = "application/json"):
    return Client().post(f"/api/v1/messages/reports/{channel}", body, content_type=content_type, HTTP_AUTHORIZATION=f"Bearer {f.token(user)}")


def test_the_admin_takes_in_a_bounce_through_the_api(ref, clean_gateways):  # noqa: F811
    person = f.person(street="Veldstraat 1")
    msg = _sms(person)
    admin = f.user(Role.ADMIN)
    payload = gateways.fake(Channel.SMS).report(msg.receipt, reports.BOUNCED, "EC_ABSENT_SUBSCRIBER")
    response = _api(admin, "sms", payload)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["message"] == msg.pk and body["applied"] is True and body["outcome"] == "bounced" and body["channel"] == "paper"
    assert Task.objects.filter(key=f"message:{msg.pk}:bounced", kind="message_bounced").exists()
    assert AccessLog.objects.filter(person_id=person.pk, actor_id=admin.pk, what__contains="afleverrapport").exists()
    again = _api(admin, "sms", payload).json()  # partners repeat themselves: nothing new
    assert again["applied"] is False and Message.objects.count() == 1
    unknown = _api(admin, "sms", json.dumps({"id": "nobody", "status": "UNDELIVERABLE"}).encode())
    assert unknown.status_code == 200 and unknown.json()["message"] is None


@pytest.mark.parametrize("channel,body,field", [("sms", b"[1, 2]", "report"), ("sms", b"", "report"), ("fax", b"{}", "channel"),
                                                ("ebox", b"<not-xml", "report"), ("email", b"From: x\r\n\r\nhello", "report")])
def test_bad_reports_are_a_problem_naming_the_field(ref, channel, body, field):
    response = _api(f.user(Role.ADMIN), channel, body)
    assert response.status_code == 422, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    assert field in {e.get("field") for e in response.json()["errors"]}


@pytest.mark.parametrize("role", [Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST])
def test_other_roles_cannot_take_in_reports(ref, clean_gateways, role):  # noqa: F811
    msg = _sms(f.person(street="Veldstraat 1"))
    user = f.user(role, person=f.person()) if role == Role.CITIZEN else f.user(role)
    response = _api(user, "sms", gateways.fake(Channel.SMS).report(msg.receipt, reports.BOUNCED))
    assert response.status_code in (401, 403, 404), response.content
    msg.refresh_from_db()
    assert msg.channel == "sms" and not Task.objects.exists()


def test_the_admin_page_takes_in_a_pasted_or_uploaded_report(ref, clean_gateways):  # noqa: F811
    from django.core.files.uploadedfile import SimpleUploadedFile

    admin = f.user(Role.ADMIN)
    page = Client()
    page.force_login(admin)
    assert page.get("/berichten/afleverrapporten/").status_code == 200
    first, second = _sms(f.person(street="Veldstraat 1")), _sms(f.person(street="Kerkstraat 2"))
    html = page.post("/berichten/afleverrapporten/", {"channel": "sms", "text": gateways.fake(Channel.SMS).report(first.receipt, reports.BOUNCED).decode()})
    assert html.status_code == 200 and f"#{first.pk}" in html.content.decode()
    upload = SimpleUploadedFile("dlr.json", gateways.fake(Channel.SMS).report(second.receipt, reports.BOUNCED), content_type="application/json")
    assert f"#{second.pk}" in page.post("/berichten/afleverrapporten/", {"channel": "sms", "file": upload}).content.decode()
    for m in (first, second):
        m.refresh_from_db()
        assert m.channel == "paper"
    junk = page.post("/berichten/afleverrapporten/", {"channel": "sms", "text": "[1, 2]"}).content.decode()
    assert "geen afleverrapport" in junk
    counsellor = Client()
    counsellor.force_login(f.user(Role.COUNSELLOR))
    assert counsellor.get("/berichten/afleverrapporten/").status_code in (403, 404)


@pytest.mark.parametrize("channel, junk", [("email", "Beste, dit is gewoon een mail."), ("sms", "[1, 2]"), ("sms", "{oops"),
                                           ("ebox", "<a/>"), ("ebox", "<<"), ("registered", "{}")])
def test_a_refused_report_is_explained_in_dutch_only(ref, clean_gateways, channel, junk):  # noqa: F811
    """The demo walk: pasted text gave "Dit is geen afleverrapport van dit kanaal (not a delivery status notification
    (multipart/report))" — the reason is Dutch too (French and English through the translations)."""
    page = Client()
    page.force_login(f.user(Role.ADMIN))
    html = page.post("/berichten/afleverrapporten/", {"channel": channel, "text": junk}).content.decode()
    assert "Dit is geen afleverrapport van dit kanaal (" in html
    for english in ("not a", "needs", "missing", "the report", "sends no", "not JSON", "not XML"):
        assert english not in html, english


def test_the_report_page_is_in_the_admins_menu_only(ref):
    admin, counsellor = Client(), Client()
    admin.force_login(f.user(Role.ADMIN))
    counsellor.force_login(f.user(Role.COUNSELLOR))
    assert 'href="/berichten/afleverrapporten/"' in admin.get("/berichten/digitale-ondersteuning/").content.decode()
    assert 'href="/berichten/afleverrapporten/"' not in counsellor.get("/berichten/digitale-ondersteuning/").content.decode()
