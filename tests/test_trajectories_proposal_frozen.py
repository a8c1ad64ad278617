"""Attack of issue 11 (HIGH): with version 2 proposed to the citizen, a change of the accepted version 1 (PATCH with
version 1's version) rewrote version 2 in place, unlogged, and the same stale version worked again; a change of the
proposed version itself forked a third pending version. A proposal never changes under the citizen's eyes."""

import datetime as dt
import json

import pytest
from django.test import Client

from tests import factories
from tests.trajectories_support import accepted_agreement, caseload
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Agreement, AgreementStep
from werkregie.workflows.services import TransitionRefused

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def world(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        trajectory, v1 = accepted_agreement(counsellor, person, citizen)
        cp = factories.principal(counsellor)
        v2 = uc.update_agreement(cp, v1.pk, v1.version, notes="Afgesproken in het opvolggesprek")
        v2 = uc.propose(cp, v2.pk, v2.version)
        v1.refresh_from_db()
        yield {"counsellor": counsellor, "cp": cp, "v1": v1, "v2": v2}


def test_a_change_of_the_accepted_version_does_not_touch_the_proposed_one(world):
    v1, v2 = world["v1"], world["v2"]
    before = (v2.notes, v2.version, Agreement.objects.count())
    with clock.travel_to(DAY), pytest.raises(TransitionRefused) as refused:
        uc.update_agreement(world["cp"], v1.pk, v1.version, notes="x")
    assert "wacht op aanvaarding" in refused.value.detail
    v2.refresh_from_db()
    assert (v2.notes, v2.version, Agreement.objects.count()) == before


def test_a_step_of_the_accepted_version_does_not_change_the_proposed_copy(world):
    step = world["v1"].steps.get()
    copy = AgreementStep.objects.get(carried_from=step)
    with clock.travel_to(DAY), pytest.raises(TransitionRefused):
        uc.edit_step(world["cp"], step.pk, step.version, {"details": "gewijzigd"})
    assert AgreementStep.objects.get(pk=copy.pk).details == copy.details


def test_a_change_of_the_proposed_version_forks_nothing_over_the_api(world):
    v2 = world["v2"]
    before = Agreement.objects.count()
    with clock.travel_to(DAY):
        r = Client().patch(f"/api/v1/trajectories/agreements/{v2.pk}", data=json.dumps({"notes": "x", "version": v2.version}),
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(world['counsellor'])}")
    assert r.status_code == 409, r.content
    assert Agreement.objects.count() == before and Agreement.objects.get(pk=v2.pk).notes == v2.notes


def test_a_pending_draft_is_edited_once_per_version_of_the_accepted_one(ref):
    """With a draft (not yet proposed) pending, an edit through the accepted version uses that version up."""
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        _t, v1 = accepted_agreement(counsellor, person, citizen)
        cp = factories.principal(counsellor)
        uc.update_agreement(cp, v1.pk, v1.version, notes="eerste")  # makes the draft
        v1.refresh_from_db()
        seen = v1.version
        uc.update_agreement(cp, v1.pk, seen, notes="tweede")  # edits the pending draft through version 1
        with pytest.raises(Exception) as stale:
            uc.update_agreement(cp, v1.pk, seen, notes="derde met een oude versie")
        assert "gewijzigd" in str(stale.value.detail)
