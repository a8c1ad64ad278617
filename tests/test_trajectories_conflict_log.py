"""Attack of issue 11, finding 5: a 409 answer carries the whole current object (an agreement with its steps, evidence
names and notes), but that read was not in the access log. It is logged now like the GET of the same object."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests import factories
from tests.test_trajectories_faces import DAY, world  # noqa: F401 - fixture
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.trajectories.enums import SuspensionReason


def _stale(path: str, body: dict, user) -> tuple[int, list[str]]:  # noqa: ANN001
    before = AccessLogEntry.objects.filter(actor_id=user.pk).count()
    with clock.travel_to(DAY):
        r = Client().generic("PATCH" if "/steps/" in path or "/agreements/" in path else "POST", path, json.dumps({**body, "version": 1}),
                             content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(user)}")
    whats = list(AccessLogEntry.objects.filter(actor_id=user.pk).order_by("id").values_list("what", flat=True))[before:]
    return r.status_code, whats


@pytest.mark.parametrize("what", ["agreement", "step", "suspend"])
def test_a_conflict_answer_is_logged_as_a_read(world, what):  # noqa: F811
    counsellor = world["users"][Role.COUNSELLOR]
    for name in ("agreement", "step", "trajectory"):  # every version moves past 1, so version 1 is stale
        type(world[name]).objects.filter(pk=world[name].pk).update(version=7)
    path, body, logged = {
        "agreement": (f"/api/v1/trajectories/agreements/{world['agreement'].pk}", {"title": "Andere titel"}, "traject: afspraak"),
        "step": (f"/api/v1/trajectories/steps/{world['step'].pk}", {"title": "Andere stap"}, "traject: stap"),
        "suspend": (f"/api/v1/trajectories/{world['trajectory'].pk}/suspend", {"reason": SuspensionReason.values[0]}, "traject"),
    }[what]
    status, whats = _stale(path, body, counsellor)
    assert status == 409
    assert logged in whats
