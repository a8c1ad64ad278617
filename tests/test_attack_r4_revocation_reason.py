"""Attack round 4, M2 and a note: the issuer's free-text revocation reason (it can name people, an INSZ, an
allegation) was shown to every verifier — the anonymous POST /api/v1/credentials/verify and a shared link's reader.
Public verification now says revoked and when; the holder reads the reason on their own credential. A shared link's
view is logged with the titles of the credentials it showed (the API hands out each one's token), as a download is."""

import pytest
from django.test import Client

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.access.models import AccessLogEntry
from werkregie.careers.use_cases import shares
from werkregie.credentials import use_cases as credentials
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db
REASON = "Fraude vastgesteld door Jan Janssens, INSZ 85.07.30-033.61"


def _issue(person, title):
    return credentials.issue(person=person, kind="certified_competence", title=title, skills=skill_uris(1), who=PLATFORM)


def test_anonymous_verification_says_revoked_and_when_not_why(world):
    made = _issue(world.person, "Heftruck rijden")
    credentials.revoke(made, PLATFORM, REASON)
    answer = Client().post("/api/v1/credentials/verify", {"credential": made.token}, content_type="application/json")
    assert answer.status_code == 200 and not answer.json()["valid"]
    body = answer.content.decode()
    assert "ingetrokken" in body and "Janssens" not in body and "85.07.30" not in body and "Fraude" not in body
    page = Client().post("/verifieer/", {"credential": made.token}).content.decode()
    assert "ingetrokken" in page and "Janssens" not in page


def test_a_shared_links_reader_does_not_read_the_reason_the_holder_does(world):
    made = _issue(world.person, "Heftruck rijden")
    link = shares.create(world.p(world.citizen), "Bakkerij Janssens", [str(made.uid)], 30)
    credentials.revoke(made, PLATFORM, REASON)
    body = Client().get(f"/api/v1/careers/shared/{link.token}").content.decode()
    assert "Fraude" not in body and "85.07.30" not in body
    own = Client(HTTP_AUTHORIZATION=f"Bearer {f.token(world.citizen)}").get("/api/v1/credentials/me")
    assert own.status_code == 200 and own.json()[0]["revoked_reason"] == REASON  # the holder's own list keeps it


def test_a_shared_links_view_is_logged_with_the_titles_it_showed(world):
    shown = [_issue(world.person, "Heftruck rijden"), _issue(world.person, "Lassen")]
    _issue(world.person, "Niet gedeeld")
    link = shares.create(world.p(world.citizen), "Bakkerij Janssens", [str(c.uid) for c in shown], 30)
    assert Client().get(f"/api/v1/careers/shared/{link.token}").status_code == 200
    entry = AccessLogEntry.objects.filter(person_id=world.person.pk).order_by("-seq").first()
    assert "Heftruck rijden" in entry.what and "Lassen" in entry.what and "Niet gedeeld" not in entry.what, entry.what
