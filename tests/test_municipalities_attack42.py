"""Attack of stop 42 on the cooperation agreements' API: a field the schema does not declare was silently dropped
(200, as if stored: "owner_id", a contact's "isz", an engagement's "bogus"), and a share's target of 150 % was stored
(never reachable, its reward always 0). Both are now a 422 naming the field, and nothing is stored."""

from __future__ import annotations

import pytest

from tests import factories
from werkregie.accounts.models import ApiToken, Role
from werkregie.municipalities.models import CooperationAgreement

pytestmark = pytest.mark.django_db
BODY = {"title": "Activering", "partner_name": "OCMW Gent", "municipalities": ["44021"], "start": "2026-01-01", "end": "2026-12-31"}


def _post(client, body: dict):  # noqa: ANN202
    token = ApiToken.issue(factories.user(Role.ADMIN), "t")[1]
    return client.post("/api/v1/municipalities/agreements", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")


@pytest.mark.parametrize("extra", [{"owner_id": 1}, {"contacts": [{"name": "x", "isz": "85010100123"}]},
                                   {"engagements": [{"kpi": "screened_2m", "target": 80, "bogus": 1}]}])
def test_an_undeclared_field_is_refused_not_dropped(client, ref, extra):
    response = _post(client, {**BODY, **extra})
    assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json")
    assert not CooperationAgreement.objects.exists()


def test_a_share_target_above_100_percent_is_refused_a_count_may_be_larger(client, ref):
    refused = _post(client, {**BODY, "engagements": [{"kpi": "screened_2m", "target": 150}]})
    assert refused.status_code == 422 and "engagements[0].target" in refused.content.decode()
    assert not CooperationAgreement.objects.exists()
    assert _post(client, {**BODY, "engagements": [{"kpi": "screened_2m", "target": 100}, {"kpi": "leefloon", "target": 150}]}).status_code == 201
