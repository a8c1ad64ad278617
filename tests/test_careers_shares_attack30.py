"""The attack of stop 30 on shared passports (issue 13): a signed-in reader of a link is logged as themselves, and a
revoked or expired credential is not shared."""

import datetime as dt

import pytest

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.access.citizen import consultations_for
from werkregie.access.models import AccessLogEntry
from werkregie.careers.use_cases import shares
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.credentials import use_cases as credentials
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def _issue(person, title, **extra):
    return credentials.issue(person=person, kind="certified_competence", title=title, skills=skill_uris(1), who=PLATFORM, **extra)


def _last_shared_read(world) -> AccessLogEntry:
    return AccessLogEntry.objects.filter(person_id=world.person.pk, purpose="shared_passport").order_by("-seq").first()


def test_a_signed_in_reader_of_a_link_is_logged_as_themselves(world, client):
    made = shares.create(world.p(world.citizen), "Bakkerij Janssens", [str(_issue(world.person, "Heftruck").uid)], 30)
    assert client.get(f"/api/v1/careers/shared/{made.token}", HTTP_AUTHORIZATION=f"Bearer {f.token(world.counsellor)}").status_code == 200
    entry = _last_shared_read(world)
    assert (entry.actor_label, entry.actor_role, entry.actor_id, entry.channel) == ("Bart De Smet", "counsellor", world.counsellor.pk, "api")
    assert entry.organisation_name == "Team Gent"
    who = [g.who for g in consultations_for(world.p(world.citizen)).groups if g.purpose == "shared_passport"]
    assert any("Bart De Smet" in w for w in who)
    # the page and a download, signed in through the session
    client.force_login(world.counsellor)
    assert client.get(f"/paspoort/{made.token}/").status_code == 200
    assert _last_shared_read(world).actor_id == world.counsellor.pk
    client.logout()
    # an anonymous visitor still goes by the link's label
    assert client.get(f"/api/v1/careers/shared/{made.token}").status_code == 200
    anonymous = _last_shared_read(world)
    assert (anonymous.actor_label, anonymous.actor_role, anonymous.actor_id) == ("Bakkerij Janssens", "shared_link", None)


def test_a_revoked_or_expired_credential_is_not_shared(world, client):
    revoked = _issue(world.person, "Ingetrokken attest")
    credentials.revoke(revoked, PLATFORM, "Fout uitgereikt")
    expiring = _issue(world.person, "VCA (vervalt)", valid_until=clock.today() + dt.timedelta(days=3))
    good = _issue(world.person, "Lassen")
    with pytest.raises(InvalidInput) as refused:
        shares.create(world.p(world.citizen), "Werkgever", [str(good.uid), str(revoked.uid)], 10)
    assert "Ingetrokken attest" in refused.value.errors[0].message
    assert shares.create(world.p(world.citizen), "Werkgever", [str(expiring.uid)], 10)  # still valid today
    with clock.travel_to(clock.now() + dt.timedelta(days=5)):
        with pytest.raises(InvalidInput):
            shares.create(world.p(world.citizen), "Werkgever", [str(expiring.uid)], 10)
        client.force_login(world.citizen)
        form = client.get("/mijn-loopbaan/delen/").content.decode()
        assert "Lassen" in form and "VCA (vervalt)" not in form and "Ingetrokken attest" not in form
    api = client.post("/api/v1/careers/me/shares", {"label": "Randstad", "credential_ids": [str(revoked.uid)], "days": 7},
                      content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(world.citizen)}")
    assert api.status_code == 422 and "ingetrokken of verlopen" in api.content.decode()
