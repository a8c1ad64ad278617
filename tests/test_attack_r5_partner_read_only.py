"""Attack round 5, M-b: a partner token with only persons:read wrote notes on its steps and submitted and approved
them (PATCH /api/v1/trajectories/partner/steps/{id}); writing now needs persons:write, as for courses and EVC."""

from __future__ import annotations

import json

from django.contrib.auth import get_user_model
from django.test import Client

from tests import factories
from tests.test_trajectories_fixes import setting, sick_route  # noqa: F401 - fixtures
from werkregie.accounts.models import Scope


def _patch(token: str, step, outcome: str):  # noqa: ANN001, ANN202
    return Client().patch(f"/api/v1/trajectories/partner/steps/{step.pk}",
                          data=json.dumps({"note": "Verslag van de partner", "outcome": outcome, "version": step.version}),
                          content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")


def test_a_read_only_partner_token_cannot_report_on_a_step(sick_route):
    step = sick_route["step"]
    partner = get_user_model().objects.get(pk=sick_route["client"].session["_auth_user_id"])
    read_only = factories.token(partner, [Scope.PERSONS_READ])
    for outcome in ("note", "submit", "approve"):
        assert _patch(read_only, step, outcome).status_code == 403
    step.refresh_from_db()
    assert step.partner_note == "" and step.state == "open"
    assert Client().get("/api/v1/trajectories/partner/steps", HTTP_AUTHORIZATION=f"Bearer {read_only}").status_code == 200
    writing = factories.token(partner, [Scope.PERSONS_READ, Scope.PERSONS_WRITE])
    assert _patch(writing, step, "note").status_code == 200
    step.refresh_from_db()
    assert "Verslag van de partner" in step.partner_note
