import csv
import io

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.people.models import Consent

from . import factories as f


@pytest.fixture
def citizen(db):
    return f.user(Role.CITIZEN, person=f.person())


def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def test_citizen_gives_and_withdraws_consent_through_the_api(citizen, client):
    response = client.post("/api/v1/me/consents", data={"purpose": "research"}, content_type="application/json", **bearer(citizen))
    assert response.status_code == 201 and response.json()["withdrawn_at"] is None
    again = client.post("/api/v1/me/consents", data={"purpose": "research"}, content_type="application/json", **bearer(citizen))
    assert again.status_code == 201 and Consent.objects.count() == 1
    withdrawn = client.delete("/api/v1/me/consents/research", **bearer(citizen))
    assert withdrawn.status_code == 200 and withdrawn.json()["withdrawn_at"]
    assert client.delete("/api/v1/me/consents/research", **bearer(citizen)).status_code == 404
    assert client.post("/api/v1/me/consents", data={"purpose": "gossip"}, content_type="application/json", **bearer(citizen)).status_code == 422
    assert Consent.objects.count() == 1  # the history stays


def test_only_the_person_manages_their_consents(db, client):
    counsellor = f.user(Role.COUNSELLOR)
    response = client.post("/api/v1/me/consents", data={"purpose": "research"}, content_type="application/json", **bearer(counsellor))
    assert response.status_code == 403


def test_consent_buttons_on_the_citizen_page(citizen):
    web = Client()
    web.force_login(citizen)
    assert "Toestemming geven" in web.get("/mijn-gegevens/").content.decode()
    web.post("/mijn-gegevens/toestemming/", {"purpose": "proposal_to_employers", "action": "give"})
    assert Consent.objects.get().purpose == "proposal_to_employers"
    assert "Intrekken" in web.get("/mijn-gegevens/").content.decode()
    web.post("/mijn-gegevens/toestemming/", {"purpose": "proposal_to_employers", "action": "withdraw"})
    assert Consent.objects.get().withdrawn_at is not None


@pytest.mark.parametrize("role, sees", [(Role.COUNSELLOR, True), (Role.EMPLOYER, False), (Role.ANALYST, None), (Role.CITIZEN, None)])
def test_export_uses_the_same_access_rule_and_logs_each_person(db, role, sees):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    mine = f.person(team=team)
    f.person()  # someone else's
    user = f.user(role, team if role == Role.COUNSELLOR else None)
    web = Client()
    web.force_login(user)
    response = web.get("/export/personen.csv")
    if sees is None:
        assert response.status_code == 403
        return
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    ids = [int(r[0]) for r in rows[1:]]
    assert ids == ([mine.pk] if sees else [])
    if sees:
        assert "INSZ" in rows[0]
        assert AccessLogEntry.objects.get(person_id=mine.pk).channel == "export"
