"""Walk of stop 43, minors of the municipality's clients: the referral list offered the referral form for clients
already in a VDAB trajectory (refused only after typing a reason); the steps page did not say the client was referred;
a contact's phone "abc" was stored."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests import factories
from tests.test_municipalities_minors43 import TODAY, _agreement, _summary, _text, leefloon_client  # noqa: F401
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.municipalities import use_cases
from werkregie.municipalities.models import CooperationAgreement

pytestmark = pytest.mark.django_db


def test_a_client_in_a_trajectory_gets_no_referral_form_but_says_why(leefloon_client, client):  # noqa: F811
    from werkregie.trajectories.models import Trajectory

    other = factories.person(municipality_id="44021")
    factories.episode(other, "leefloon", dt.date(2025, 2, 1), municipality="44021")
    Trajectory.objects.create(person=leefloon_client, kind="standard", started_on=dt.date(2025, 3, 1), state="active")
    with clock.travel_to(TODAY):
        client.force_login(factories.user(Role.MUNICIPALITY))
        page = _text(client.get("/gemeente/doorverwijzen/"))
    rows = {pid: row for pid, row in ((int(m.group(1)), m.group(0)) for m in re.finditer(r'name="person" value="(\d+)".*?</form>', page, re.S))}
    assert other.pk in rows and leefloon_client.pk not in rows  # the form only for the one not in a trajectory
    assert "Niet nodig: al in een traject bij VDAB" in page


def test_the_steps_page_says_when_the_client_was_referred(leefloon_client, client):  # noqa: F811
    worker = factories.user(Role.MUNICIPALITY)
    with clock.travel_to(TODAY):
        use_cases.refer(factories.principal(worker), leefloon_client.pk, "Wil graag werken, heeft een rijbewijs.")
        client.force_login(worker)
        page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", _text(client.get(f"/gemeente/leefloon/{leefloon_client.pk}/stappen/"))))
    assert "Doorverwezen naar VDAB op 30/06/2025." in page


def test_a_contacts_phone_must_be_a_phone_number(ref, client):
    with clock.travel_to(TODAY):
        client.force_login(factories.user(Role.ADMIN))
        refused = client.post("/gemeente/samenwerking/nieuw/", _agreement(c_0_phone="abc"))
        assert refused.status_code == 422 and not CooperationAgreement.objects.exists()
        assert "Contactpersoon 1, telefoon: geen geldig telefoonnummer (bv. +32 9 123 45 67)" in " ".join(_summary(_text(refused)))
        made = client.post("/gemeente/samenwerking/nieuw/", _agreement(c_0_phone="+32 9 266 11 11"))
    assert made.status_code == 302 and CooperationAgreement.objects.get().contacts.get().phone == "+32 9 266 11 11"

