"""Walk of stop 26: "Wijzigen (nieuwe versie)" was offered on a proposed agreement (which never changes) and on the
older version while a newer one waited. It is offered only on an accepted agreement without a waiting newer version."""

from __future__ import annotations

import datetime as dt
import re

from django.test import Client

from tests import factories
from tests.trajectories_support import accepted_agreement, caseload
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc

DAY = dt.date(2026, 3, 2)
BUTTON = 'value="new_version"'


def _buttons(client: Client, person_id: int) -> int:
    return client.get(f"/personen/{person_id}/traject/").content.decode().count(BUTTON)


def test_the_new_version_button_only_on_the_accepted_version_without_a_waiting_one(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        cp, pp = factories.principal(counsellor), factories.principal(citizen)
        _, v1 = accepted_agreement(counsellor, person, citizen)
        client = Client()
        client.force_login(counsellor)
        assert _buttons(client, person.pk) == 1
        v2 = uc.draft_for(cp, v1.pk, v1.version)
        assert _buttons(client, person.pk) == 0  # the draft is edited on its own
        v2 = uc.propose(cp, v2.pk, v2.version)
        assert _buttons(client, person.pk) == 0  # a proposal never changes
        uc.accept(pp, v2.pk, v2.version)
        page = client.get(f"/personen/{person.pk}/traject/").content.decode()
    forms = re.findall(r'<input type="hidden" name="id" value="(\d+)">[^<]*<input type="hidden" name="version" value="\d+">[^<]*<button[^>]*value="new_version"', page)
    assert forms == [str(v2.pk)]
