"""Walk of issue 16: the API's problems had English titles ("Not found") on the Dutch platform. Every RFC 9457 problem
of /api/v1 carries its title and detail in the request's language (Accept-Language; Dutch without one), translated
through i18n (api.problem_texts), while `type` and `status` stay the same in every language: what a client matches on."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

from werkregie.accounts.models import Role
from werkregie.api.middleware import TITLES as STATUS_TITLES
from werkregie.api.problem_texts import DETAILS, ENGLISH_DEFAULTS, TITLES
from werkregie.organisations.models import OrganisationKind

from . import factories as f
from .trust_requests import send

MISSING = 987654
LANGUAGES = ("nl", "fr", "en")


@pytest.fixture
def users(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    person = f.person(team=team)
    return {"counsellor": f.user(Role.COUNSELLOR, team), "citizen": f.user(Role.CITIZEN, person=person), "admin": f.user(Role.ADMIN)}


def _client(language: str | None, user=None) -> Client:  # noqa: ANN001
    headers = {"HTTP_ACCEPT_LANGUAGE": language} if language else {}
    if user is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {f.token(user)}"
    return Client(**headers)


# (name, status, English key of the title, who asks, the request)
CASES = [
    ("unknown person", 404, "Not found", "counsellor", lambda c: c.get(f"/api/v1/persons/{MISSING}")),
    ("unknown endpoint", 404, "Not found", "counsellor", lambda c: c.get("/api/v1/geen-eindpunt")),
    ("no token", 401, "Unauthorized", None, lambda c: c.get(f"/api/v1/persons/{MISSING}")),
    ("a citizen asks for statistics", 403, "Forbidden", "citizen", lambda c: c.get("/api/v1/stats/statuses")),
    ("a method the path does not take", 405, "Method not allowed", "counsellor", lambda c: c.delete("/api/v1/me")),
    ("a body outside the schema", 422, "Invalid input", "counsellor",
     lambda c: c.post("/api/v1/persons", "{\"insz\": 5}", content_type="application/json")),
    ("a write without a version", 428, "Precondition Required", "admin",
     lambda c: send(c, "PUT /api/v1/matching/persons/{person_id}/profile", {"desired_occupations": []})),
]


@pytest.mark.django_db
@pytest.mark.parametrize("name,status,key,who,call", CASES, ids=[c[0] for c in CASES])
def test_every_problem_speaks_the_requests_language(users, name, status, key, who, call):
    seen = {}
    for language in (None, *LANGUAGES):
        response = call(_client(language, users.get(who)))
        assert response.status_code == status, (name, language, response.content[:300])
        assert response["Content-Type"].startswith("application/problem+json")
        seen[language] = response.json()
    types = {p["type"] for p in seen.values()}
    assert types == {"https://werkregie.vlaanderen.example/problems/" + key.lower().replace(" ", "-")}, "type is stable"
    assert {p["status"] for p in seen.values()} == {status}, "status is stable"
    assert seen[None]["title"] == seen["nl"]["title"] == TITLES[key], "Dutch without Accept-Language"
    for language, p in seen.items():
        assert p["detail"] and p["detail"].strip() not in ENGLISH_DEFAULTS, (language, p)
        with translation.override(language or "nl"):
            assert p["title"] == translation.gettext(TITLES[key]), (language, p["title"])  # through i18n, in that language
    assert seen[None]["detail"] == seen["nl"]["detail"]


@pytest.mark.django_db
def test_a_french_reader_reads_french_words(users):
    """With the catalogues as compiled today: the 403's title and the 401's detail."""
    forbidden = _client("fr", users["citizen"]).get("/api/v1/stats/statuses").json()
    assert forbidden["title"] == "Accès refusé" and forbidden["type"].endswith("/forbidden")
    unauthorised = _client("fr").get(f"/api/v1/persons/{MISSING}").json()
    assert unauthorised["detail"].startswith("Un jeton d’accès valide") and unauthorised["type"].endswith("/unauthorized")
    dutch = _client("nl", users["citizen"]).get("/api/v1/stats/statuses").json()
    assert dutch["title"] == "Geen toegang" and "Forbidden" not in dutch.values()


def test_every_title_the_api_emits_has_a_dutch_text():
    from werkregie.api.api import api  # noqa: F401 - imports every domain's errors
    from werkregie.core.errors import DomainError

    def subclasses(cls: type) -> list[type]:
        return [cls, *[s for sub in cls.__subclasses__() for s in subclasses(sub)]]

    emitted = {c.title for c in subclasses(DomainError)} | set(STATUS_TITLES.values())
    emitted |= {"Bad request", "Unauthorized", "Forbidden", "Not found", "Invalid input", "Payload too large", "Conflict",
                "Internal server error", "Error"}  # the handlers' own (api.problems)
    assert emitted - set(TITLES) == set()


def test_every_text_has_a_french_and_english_translation():
    """The lead compiles the translation scripts into werkregie/locale."""
    known = {}
    for script in sorted((Path(__file__).resolve().parent.parent / "scripts").glob("translations*.py")):
        spec = importlib.util.spec_from_file_location(script.stem, script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        known.update(getattr(module, "T", {}))
    for text in [*TITLES.values(), *DETAILS.values()]:
        assert text in known and all(known[text]), text
