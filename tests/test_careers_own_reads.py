"""Issue 13's attack: the citizen's own lists of passport links and EVC requests were read without a trace in the access
log; like every other own read they are logged with purpose own_data."""

from __future__ import annotations

import pytest

from tests import factories as f
from tests.careers_support import key_folder, setup, world  # noqa: F401 - fixtures
from werkregie.access.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v1/careers/me/shares", "/api/v1/careers/evc"])
def test_the_citizens_own_lists_are_logged_as_own_data(world, client, path):
    before = AccessLogEntry.objects.filter(person_id=world.person.pk).count()
    response = client.get(path, HTTP_AUTHORIZATION=f"Bearer {f.token(world.citizen)}")
    assert response.status_code == 200, response.content
    entries = list(AccessLogEntry.objects.filter(person_id=world.person.pk).order_by("seq"))[before:]
    assert len(entries) == 1
    assert entries[0].purpose == "own_data" and entries[0].channel == "api" and entries[0].actor_role == "citizen"


def test_the_evc_lists_name_the_occupation(world, client):
    """Found by the browser walk: every request on /mijn-loopbaan/ read "Erkenning als beroep (date)", whatever it was for."""
    from django.utils.html import escape

    from werkregie.careers.use_cases import common, evc

    evc.request(world.p(world.citizen), occupation_uri=world.occupation, motivation="Zes jaar ervaring")
    name = escape(common.occupation_label(world.occupation, "nl"))
    assert name and name != world.occupation
    client.force_login(world.citizen)
    assert f"Erkenning als beroep: {name}" in client.get("/mijn-loopbaan/").content.decode()
    client.force_login(world.counsellor)
    queue = client.get("/evc/").content.decode()
    assert f"data-label=\"Aangevraagd voor\">{name}</td>" in queue  # the column names skill sets too
