"""Attack of stop 26: a date the API's schema refused came back in pydantic's English ("Input should be a valid
date…") while the domain's errors are Dutch first. Schema errors now speak the reader's language too."""

from __future__ import annotations

from django.test import Client

from tests import factories
from werkregie.accounts.models import Role
from werkregie.community.models import Activity
from werkregie.organisations.models import OrganisationKind

from .test_community_api import ACTIVITY


def _post(language: str, body: dict):  # noqa: ANN202
    gent = factories.organisation(OrganisationKind.MUNICIPALITY, municipality_id="44021")
    worker = factories.user(Role.MUNICIPALITY, gent)
    return Client().post("/api/v1/community/activities", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE=language,
                         HTTP_AUTHORIZATION=f"Bearer {factories.token(worker)}")


def test_a_bad_date_is_explained_in_dutch_by_default(ref):
    r = _post("nl", {**ACTIVITY, "start": "31/02/2026", "capacity": "veel"})
    assert r.status_code == 422 and r["content-type"] == "application/problem+json"
    messages = {e["field"]: e["message"] for e in r.json()["errors"]}
    assert messages["start"] == "geen geldige datum: schrijf JJJJ-MM-DD (bv. 2026-03-31)"
    assert messages["capacity"] == "geef een geheel getal"
    assert r.json()["detail"].startswith("De aanvraag volgt het gedocumenteerde schema niet")
    assert not Activity.objects.exists()


def test_and_in_french_or_english_when_asked(ref):
    french = _post("fr", {**ACTIVITY, "start": "31/02/2026"}).json()["errors"][0]["message"]
    english = _post("en", {**ACTIVITY, "start": "31/02/2026"}).json()["errors"][0]["message"]
    assert "date" in french and "AAAA" in french
    assert english.startswith("not a valid date")
