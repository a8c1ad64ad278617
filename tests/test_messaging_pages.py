"""Pages and API of messaging: the citizen's inbox (opening records the first opening), the counsellor's view of a
person's messages, evidence downloads, and the permission matrix for all eight roles; every read is logged."""

from __future__ import annotations

import pytest
from django.test import Client

from tests import factories as f
from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.messaging import outbox
from werkregie.messaging.enums import State
from werkregie.messaging.models import Message
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import DigitalSkills
from werkregie.people.models import Person

pytestmark = pytest.mark.django_db
ROLES = [Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST, Role.ADMIN]


@pytest.fixture
def world(ref):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    citizen_person = person_with(digital_consent=True)
    other = person_with(email="x@bounce.example", preferred="email")
    users = {
        Role.CITIZEN: f.user(Role.CITIZEN, person=citizen_person), Role.COUNSELLOR: f.user(Role.COUNSELLOR, team),
        Role.CONTROLLER: f.user(Role.CONTROLLER), Role.EMPLOYER: f.user(Role.EMPLOYER, f.organisation(OrganisationKind.EMPLOYER)),
        Role.MUNICIPALITY: f.user(Role.MUNICIPALITY, f.organisation(OrganisationKind.MUNICIPALITY, municipality_id="44021")),
        Role.PARTNER: f.user(Role.PARTNER, f.organisation(OrganisationKind.PARTNER)), Role.ANALYST: f.user(Role.ANALYST),
        Role.ADMIN: f.user(Role.ADMIN),
    }
    Person.objects.filter(pk=citizen_person.pk).update(counsellor=users[Role.COUNSELLOR])
    mine = outbox.send(citizen_person.pk, "messaging.general", {"title": "uw afspraak", "text": "Tot dinsdag 10:00."})
    theirs = outbox.send(other.pk, "messaging.general", {"title": "iets anders", "text": "Niet voor u."})
    return {"users": users, "person": citizen_person, "other": other, "mine": mine, "theirs": theirs}


def _client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def test_citizen_inbox_lists_opens_and_records_first_opening(world):
    c = _client(world["users"][Role.CITIZEN])
    page = c.get("/mijn-berichten/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "uw afspraak" in html and "iets anders" not in html
    assert 'data-label="Onderwerp"' in html and "<caption" in html
    assert Message.objects.get(pk=world["mine"].pk).first_opened_at is None  # listing is not opening
    one = c.get(f"/mijn-berichten/{world['mine'].pk}/")
    assert one.status_code == 200 and "Tot dinsdag 10:00." in one.content.decode()
    m = Message.objects.get(pk=world["mine"].pk)
    assert m.first_opened_at is not None and m.state == State.OPENED
    assert c.get(f"/mijn-berichten/{world['theirs'].pk}/").status_code == 404
    pdf = c.get(f"/mijn-berichten/{world['mine'].pk}/bewijs.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert c.get(f"/mijn-berichten/{world['theirs'].pk}/bewijs.pdf").status_code == 404
    whats = list(AccessLogEntry.objects.filter(person_id=world["person"].pk).values_list("what", flat=True))
    assert any("berichten" in w for w in whats) and any("bewijs" in w for w in whats)


def test_counsellor_sees_a_caseload_persons_messages_logged_with_purpose_guidance(world):
    counsellor = world["users"][Role.COUNSELLOR]
    c = _client(counsellor)
    page = c.get(f"/personen/{world['person'].pk}/berichten/")
    assert page.status_code == 200 and "uw afspraak" in page.content.decode()
    entry = AccessLogEntry.objects.filter(person_id=world["person"].pk, actor_id=counsellor.pk).latest("id")
    assert entry.purpose == "guidance"
    one = c.get(f"/personen/{world['person'].pk}/berichten/{world['mine'].pk}/")
    assert one.status_code == 200 and "Afleveringspogingen" in one.content.decode()
    assert Message.objects.get(pk=world["mine"].pk).first_opened_at is None  # a counsellor's look is no opening
    assert c.get(f"/personen/{world['other'].pk}/berichten/").status_code == 404  # not in the caseload
    assert c.get(f"/personen/{world['person'].pk}/berichten/{world['theirs'].pk}/").status_code == 404


def test_person_with_weak_digital_skills_or_bounces_is_flagged(world):
    from werkregie.messaging.digital import needs_digital_support

    assert needs_digital_support(world["other"].pk)  # their e-mail bounced and went to paper
    assert not needs_digital_support(world["person"].pk)
    Person.objects.filter(pk=world["person"].pk).update(digital_skills=DigitalSkills.BASIC)
    assert needs_digital_support(world["person"].pk)
    c = _client(world["users"][Role.COUNSELLOR])
    html = c.get("/berichten/digitale-ondersteuning/").content.decode()
    assert world["person"].last_name in html and world["other"].last_name not in html  # only within the caseload
    assert "Ondersteuning bij digitale communicatie aangewezen" in c.get(f"/personen/{world['person'].pk}/berichten/").content.decode()


PAGES = {
    "inbox": ("/mijn-berichten/", {Role.CITIZEN}),
    "message": ("/mijn-berichten/{mine}/", {Role.CITIZEN}),
    "person": ("/personen/{person}/berichten/", {Role.COUNSELLOR, Role.ADMIN}),
    "person_message": ("/personen/{person}/berichten/{mine}/", {Role.COUNSELLOR, Role.ADMIN}),
    "support": ("/berichten/digitale-ondersteuning/", {Role.COUNSELLOR, Role.ADMIN}),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(PAGES))
def test_page_permissions_for_every_role(world, role, name):
    url, allowed = PAGES[name]
    url = url.format(mine=world["mine"].pk, person=world["person"].pk)
    response = _client(world["users"][role]).get(url)
    if role in allowed:
        assert response.status_code == 200, (role, url)
    else:
        assert response.status_code in (403, 404), (role, url, response.status_code)
        assert b"Tot dinsdag" not in response.content


API = {
    "me": ("/api/v1/messages/me", {Role.CITIZEN}),
    "me_one": ("/api/v1/messages/me/{mine}", {Role.CITIZEN}),
    "me_evidence": ("/api/v1/messages/me/{mine}/evidence", {Role.CITIZEN}),
    "person": ("/api/v1/messages/persons/{person}", {Role.COUNSELLOR, Role.ADMIN}),
    "one": ("/api/v1/messages/{mine}", {Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN}),
    "evidence": ("/api/v1/messages/{mine}/evidence", {Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN}),
    "support": ("/api/v1/messages/digital-support", {Role.COUNSELLOR, Role.ADMIN}),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(API))
def test_api_permissions_for_every_role(world, role, name):
    url, allowed = API[name]
    url = url.format(mine=world["mine"].pk, person=world["person"].pk)
    response = Client().get(url, **_bearer(world["users"][role]))
    if role in allowed:
        assert response.status_code == 200, (role, url, response.content[:300])
    else:
        assert response.status_code in (403, 404), (role, url, response.status_code)
        assert response["Content-Type"].startswith("application/problem+json")


def test_api_me_and_detail(world):
    headers = _bearer(world["users"][Role.CITIZEN])
    data = Client().get("/api/v1/messages/me", **headers).json()
    assert data["total"] == 1 and data["items"][0]["sha256"] == world["mine"].sha256
    assert "body" not in data["items"][0]
    one = Client().get(f"/api/v1/messages/me/{world['mine'].pk}", **headers).json()
    assert one["body"] == world["mine"].body and one["first_opened_at"] and one["state"] == "opened"
    assert Client().get(f"/api/v1/messages/me/{world['theirs'].pk}", **headers).status_code == 404
    assert Client().get("/api/v1/messages/me/99999999", **headers).status_code == 404
    admin = Client().get(f"/api/v1/messages/persons/{world['other'].pk}", **_bearer(world["users"][Role.ADMIN])).json()
    assert admin["items"][0]["channel"] == "paper" and admin["items"][0]["first_channel"] == "email" and admin["digital_support"]


def test_bad_page_parameter_is_a_problem_not_a_500(world):
    response = Client().get("/api/v1/messages/me?page=0", **_bearer(world["users"][Role.CITIZEN]))
    assert response.status_code == 422
    assert _client(world["users"][Role.CITIZEN]).get("/mijn-berichten/?pagina=abc").status_code == 400  # refused since stop 39 (attack of stop 37)
