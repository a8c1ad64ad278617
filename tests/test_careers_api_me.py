"""Browser walk of issue 13: the API had no endpoint for "Mijn Loopbaan" as a whole nor for the career signals. Now
GET /api/v1/careers/me gives the overview (competences by origin, targets, passport summary, learning-account balance,
recommended courses, signals) and GET /api/v1/careers/me/signals the signals, for the citizen themselves, in the
OpenAPI document, each read logged as the person's own."""

from __future__ import annotations

from decimal import Decimal

from django.test import Client

from tests import factories as f
from tests.careers_support import key_folder, setup, world  # noqa: F401 - fixtures
from werkregie.access.models import AccessLogEntry
from werkregie.careers.use_cases import loopbaan


def _api(user, path: str):  # noqa: ANN001, ANN202 - a User; a response
    return Client().get(path, HTTP_AUTHORIZATION=f"Bearer {f.token(user)}")


def test_the_citizen_gets_mijn_loopbaan_as_a_whole_logged(world):  # noqa: F811
    loopbaan.add_target(world.p(world.citizen), world.occupation)
    response = _api(world.citizen, "/api/v1/careers/me")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["person_id"] == world.person.pk
    assert {"declared", "certified"} <= set(body["competences"]) and body["competences"]["declared"]
    assert [t["uri"] for t in body["targets"]] == [world.occupation]
    assert set(body["passport"]) == {"credentials", "valid", "items"}
    assert Decimal(body["learning_account"]["balance"]) >= 0 and "vouchers_maximum" in body["learning_account"]
    assert isinstance(body["trainings"], list) and isinstance(body["signals"], list)
    assert {s["occupation"] for s in body["signals"]} >= {world.occupation}
    logged = set(AccessLogEntry.objects.filter(person_id=world.person.pk, purpose="own_data").values_list("what", flat=True))
    assert {"digitale bewijzen: competentiepaspoort", "leerrekening: samenvatting", "loopbaansignalen: beroepen en competenties"} <= logged


def test_the_signals_alone(world):  # noqa: F811
    body = _api(world.citizen, "/api/v1/careers/me/signals").json()
    assert set(body) == {"threshold", "opted_in", "occupations"} and body["threshold"] >= 1
    for block in body["occupations"]:
        assert len(block["quarters"]) == 4 and block["kind"] in ("current", "target")


def test_only_for_the_citizen_themselves_and_in_the_openapi_document(world):  # noqa: F811
    for path in ("/api/v1/careers/me", "/api/v1/careers/me/signals"):
        assert Client().get(path).status_code == 401
        assert _api(world.counsellor, path).status_code in (403, 404)
    paths = Client().get("/api/v1/openapi.json").json()["paths"]
    assert "get" in paths["/api/v1/careers/me"] and "get" in paths["/api/v1/careers/me/signals"]
    schema = paths["/api/v1/careers/me"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["$ref"].endswith("CareerOut")
