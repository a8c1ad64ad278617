"""Attack of issue 11, finding 1: a counsellor read hearing invitations and sanction decisions through the messages
module, although compliance lets a counsellor see only that a case exists and its step. The letters of a case (a
`compliance.*` template or any message linked to a case) show a counsellor that they were sent, not what they say:
list, detail, evidence and pages all follow messaging.perms.can_read_content. Person, controller and admin keep it."""

from __future__ import annotations

import pytest
from django.test import Client

from tests import factories as f
from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.compliance.messages import HEARING
from werkregie.messaging import outbox
from werkregie.organisations.models import OrganisationKind
from werkregie.people.models import Person

pytestmark = pytest.mark.django_db
SECRET = "Medisch attest van dokter Peeters"
WITHHELD = "Brief van de controledienst (inhoud enkel voor de controledienst)"


@pytest.fixture
def letters(ref):
    counsellor = f.user(Role.COUNSELLOR, f.organisation(OrganisationKind.VDAB_TEAM))
    person = person_with(digital_consent=True)
    Person.objects.filter(pk=person.pk).update(counsellor=counsellor)
    hearing = outbox.send(person.pk, HEARING, {
        "name": "Jan", "infringement": "niet verschenen", "occurred_on": "03/11/2026", "summary": SECRET,
        "hearing_at": "10/12/2026 10:00", "mode": "ter plaatse", "place": "Gent", "link": "https://x", "term": "14 dagen",
        "case": "CC-1"}, related=("compliance_case", 1), dedupe_key="t:hearing")
    linked = outbox.send(person.pk, "messaging.general", {"title": "Nota bij uw dossier", "text": SECRET},
                         related=("compliance_case", 1), dedupe_key="t:linked")
    plain = outbox.send(person.pk, "messaging.general", {"title": "uw afspraak", "text": "Tot dinsdag 10:00."}, dedupe_key="t:plain")
    return {"counsellor": counsellor, "person": person, "hearing": hearing, "linked": linked, "plain": plain,
            "citizen": f.user(Role.CITIZEN, person=person), "admin": f.user(Role.ADMIN)}


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def _logged_in(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_api_shows_a_counsellor_that_a_control_letter_was_sent_not_what_it_says(letters):
    headers = _bearer(letters["counsellor"])
    listed = Client().get(f"/api/v1/messages/persons/{letters['person'].pk}", **headers)
    assert listed.status_code == 200
    items = {i["id"]: i for i in listed.json()["items"]}
    assert SECRET not in listed.content.decode() and "verhoor" not in listed.content.decode()
    for key in ("hearing", "linked"):
        item = items[letters[key].pk]
        assert item["content_withheld"] and item["subject"] == WITHHELD and item["sha256"] == ""
        assert item["state"] == letters[key].state  # that it was sent and where it stands stays visible
        one = Client().get(f"/api/v1/messages/{letters[key].pk}", **headers)
        assert one.status_code == 200 and one.json()["body"] == "" and SECRET not in one.content.decode()
        evidence = Client().get(f"/api/v1/messages/{letters[key].pk}/evidence", **headers)
        assert evidence.status_code == 403 and not evidence.content.startswith(b"%PDF")
    assert items[letters["plain"].pk]["subject"].endswith("uw afspraak") and not items[letters["plain"].pk]["content_withheld"]
    whats = AccessLogEntry.objects.filter(actor_id=letters["counsellor"].pk).values_list("what", flat=True)
    assert any("brief van de controledienst" in w for w in whats)


def test_pages_show_a_counsellor_no_content_of_a_control_letter(letters):
    c = _logged_in(letters["counsellor"])
    base = f"/personen/{letters['person'].pk}/berichten/"
    listed = c.get(base).content.decode()
    assert WITHHELD in listed and SECRET not in listed and "uw afspraak" in listed
    one = c.get(f"{base}{letters['hearing'].pk}/")
    html = one.content.decode()
    assert one.status_code == 200 and SECRET not in html and "verhoor" not in html and "bewijs.pdf" not in html
    assert c.get(f"{base}{letters['hearing'].pk}/bewijs.pdf").status_code == 403
    assert c.get(f"{base}{letters['plain'].pk}/bewijs.pdf").status_code == 200


def test_person_and_admin_keep_full_access_to_control_letters(letters):
    mine = Client().get(f"/api/v1/messages/me/{letters['hearing'].pk}", **_bearer(letters["citizen"])).json()
    assert SECRET in mine["body"] and not mine["content_withheld"]
    admin = _bearer(letters["admin"])
    assert SECRET in Client().get(f"/api/v1/messages/{letters['linked'].pk}", **admin).json()["body"]
    assert Client().get(f"/api/v1/messages/{letters['hearing'].pk}/evidence", **admin).content.startswith(b"%PDF")
    page = _logged_in(letters["admin"]).get(f"/personen/{letters['person'].pk}/berichten/{letters['hearing'].pk}/").content.decode()
    assert SECRET in page
