"""Sharing the passport: a link with an expiry to chosen credentials, opened anonymously and verified, each view in the
person's "who consulted my data"; the token is unguessable and stored hashed; expired or revoked links answer 410."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.access.citizen import consultations_for
from werkregie.access.models import AccessLogEntry
from werkregie.careers.models import PassportShare
from werkregie.careers.use_cases import shares
from werkregie.core import clock
from werkregie.core.errors import InvalidInput, NotFound
from werkregie.credentials import use_cases as credentials
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def _issue(person, title, skills=None):
    return credentials.issue(person=person, kind="certified_competence", title=title, skills=skills or skill_uris(1), who=PLATFORM)


@pytest.fixture
def creds(world):
    return [_issue(world.person, "Heftruck rijden"), _issue(world.person, "Lassen", skill_uris(2)), _issue(world.person, "Niet gedeeld")]


def test_a_shared_link_shows_the_chosen_credentials_verified_and_is_logged(world, creds):
    made = shares.create(world.p(world.citizen), "Bakkerij Janssens", [str(creds[0].uid), str(creds[1].uid)], 30)
    assert made.token not in str(list(PassportShare.objects.values()))  # only the hash is stored
    assert len(made.token) >= 43
    view = shares.open_shared(made.token)
    assert view.first_name == "Sofie"
    assert {c.item.title for c in view.items} == {"Heftruck rijden", "Lassen"}
    assert all(c.valid for c in view.items), [c.reasons for c in view.items]
    entry = AccessLogEntry.objects.filter(person_id=world.person.pk).order_by("-seq").first()
    assert entry.purpose == "shared_passport" and entry.actor_role == "shared_link" and entry.actor_label == "Bakkerij Janssens"
    groups = consultations_for(world.p(world.citizen)).groups
    shared = [g for g in groups if g.purpose == "shared_passport"]
    assert shared and "Bakkerij Janssens" in shared[0].who and "gedeelde link" in shared[0].who
    assert PassportShare.objects.get().views == 1


def test_a_revoked_credential_shows_as_not_valid(world, creds):
    made = shares.create(world.p(world.citizen), "Werkgever", [str(creds[0].uid)], 10)
    credentials.revoke(creds[0], PLATFORM, "Fout uitgereikt")
    view = shares.open_shared(made.token)
    assert not view.items[0].valid and view.items[0].reasons


def test_expired_and_revoked_links_are_gone(world, creds):
    made = shares.create(world.p(world.citizen), "Werkgever", [str(creds[0].uid)], 5)
    with clock.travel_to(clock.now() + dt.timedelta(days=5, minutes=1)):
        with pytest.raises(shares.Gone):
            shares.open_shared(made.token)
    other = shares.create(world.p(world.citizen), "Interimkantoor", [str(creds[0].uid)], 5)
    share = shares.revoke(world.p(world.citizen), other.share.pk, other.share.version)
    assert share.revoked_at is not None and share.version == 2
    with pytest.raises(shares.Gone):
        shares.open_shared(other.token)
    with pytest.raises(NotFound):
        shares.open_shared("x" * 43)
    before = AccessLogEntry.objects.filter(person_id=world.person.pk, purpose="shared_passport").count()
    assert before == 0  # refused views read nothing


@pytest.mark.parametrize("label, ids, days, field", [
    ("", None, 10, "label"),
    ("W", None, 0, "days"),
    ("W", None, 91, "days"),
    ("W", [], 10, "credentials"),
    ("W", ["00000000-0000-0000-0000-000000000000"], 10, "credentials"),
])
def test_bad_links_are_refused(world, creds, label, ids, days, field):
    with pytest.raises(InvalidInput) as caught:
        shares.create(world.p(world.citizen), label, [str(creds[0].uid)] if ids is None else ids, days)
    assert field in [e.field for e in caught.value.errors]
    assert not PassportShare.objects.exists()


def test_someone_elses_credential_cannot_be_shared(world, creds):
    other = f.person()
    foreign = _issue(other, "Van iemand anders")
    with pytest.raises(InvalidInput):
        shares.create(world.p(world.citizen), "W", [str(foreign.uid)], 10)
    with pytest.raises(NotFound):
        shares.revoke(world.p(f.user("citizen", person=other)), shares.create(world.p(world.citizen), "W", [str(creds[0].uid)], 3).share.pk)


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_no_token_but_the_one_made_opens_the_link(world, creds, token):
    made = shares.create(world.p(world.citizen), "W", [str(creds[0].uid)], 3) if not PassportShare.objects.exists() else None
    if made is not None:
        assert shares.open_shared(made.token).items
    before = AccessLogEntry.objects.filter(purpose="shared_passport").count()
    with pytest.raises(NotFound):
        shares.open_shared(token)
    assert AccessLogEntry.objects.filter(purpose="shared_passport").count() == before


def test_pages_of_a_shared_link(world, creds, client):
    made = shares.create(world.p(world.citizen), "Bakkerij Janssens", [str(creds[0].uid)], 30)
    page = client.get(f"/paspoort/{made.token}/")
    body = page.content.decode()
    assert page.status_code == 200 and "Competentiepaspoort van Sofie" in body and "Echt en geldig" in body
    assert "Peeters" not in body and world.person.insz not in body  # the first name only
    assert page["Referrer-Policy"] == "no-referrer"
    download = client.get(f"/paspoort/{made.token}/{creds[0].uid}.jwt")
    assert download.status_code == 200 and download.content.decode() == creds[0].token
    assert client.get(f"/paspoort/{made.token}/{creds[2].uid}.jwt").status_code == 404  # not in the selection
    shares.revoke(world.p(world.citizen), made.share.pk)
    gone = client.get(f"/paspoort/{made.token}/")
    assert gone.status_code == 410 and "ingetrokken" in gone.content.decode()
    assert client.get("/paspoort/onbestaand/").status_code == 404


def test_the_citizen_makes_and_revokes_a_link_on_the_page(world, creds, client):
    client.force_login(world.citizen)
    form = client.get("/mijn-loopbaan/delen/")
    assert form.status_code == 200 and "Heftruck rijden" in form.content.decode()
    made = client.post("/mijn-loopbaan/delen/", {"share-label": "Garage Peeters", "share-credentials": [str(creds[1].uid)], "share-days": "14"})
    assert made.status_code == 200 and "/paspoort/" in made.content.decode()
    share = PassportShare.objects.get()
    assert share.credential_ids == [str(creds[1].uid)]
    bad = client.post("/mijn-loopbaan/delen/", {"share-label": "X", "share-credentials": [str(creds[1].uid)], "share-days": "400"})
    assert bad.status_code == 422
    home = client.get("/mijn-loopbaan/")
    assert "Garage Peeters" in home.content.decode()
    assert client.post(f"/mijn-loopbaan/delen/{share.pk}/intrekken/", {"version": share.version}).status_code == 302
    share.refresh_from_db()
    assert share.revoked_at is not None


def test_the_share_api(world, creds, client):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.citizen)}"}
    made = client.post("/api/v1/careers/me/shares", {"label": "Randstad", "credential_ids": [str(creds[0].uid)], "days": 7},
                       content_type="application/json", **headers)
    assert made.status_code == 201, made.content
    token = made.json()["token"]
    public = client.get(f"/api/v1/careers/shared/{token}")
    assert public.status_code == 200 and public.json()["credentials"][0]["valid"] is True
    assert AccessLogEntry.objects.filter(person_id=world.person.pk, purpose="shared_passport", channel="api").count() == 1
    no_version = client.delete(f"/api/v1/careers/me/shares/{made.json()['id']}", **headers)
    assert no_version.status_code == 428
    revoked = client.delete(f"/api/v1/careers/me/shares/{made.json()['id']}?version=1", **headers)
    assert revoked.status_code == 200 and revoked.json()["state"] == "revoked"
    gone = client.get(f"/api/v1/careers/shared/{token}")
    assert gone.status_code == 410 and gone["Content-Type"] == "application/problem+json"
    bad = client.post("/api/v1/careers/me/shares", {"label": "R", "credential_ids": [], "days": 7}, content_type="application/json", **headers)
    assert bad.status_code == 422
