"""Attack of issue 12: a JSON body that is no object (`[]`, `"x"`, `42`, `null`) was read as an empty object by every
endpoint whose schema has only fields with defaults (django-ninja reads the fields as attributes of whatever was sent),
so the request went through. Every operation with a JSON body now refuses a body of another shape than it declares
with 422 Invalid input (api.bodies), before the endpoint runs; the training catalogue delivery, which takes a JSON
array, keeps taking one and refuses an object the same way."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.test import Client

from tests import factories as f
from tests.training_support import provider, record
from werkregie.accounts.models import Role
from werkregie.api import bodies
from werkregie.api.api import api
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.models import Course

pytestmark = pytest.mark.django_db

NOT_OBJECTS = ("[]", '"x"', "42", "null", "true", "[{}]")
NOT_ARRAYS = ("{}", '"x"', "42", "null", '{"0": {}}')
PROBLEM = "https://werkregie.vlaanderen.example/problems/invalid-input"


def _operations() -> list[tuple[str, str, bool]]:
    """(method, URL with every path parameter 1, whether the body is an array) for every operation with a JSON body."""
    found = []
    for prefix, router in api._routers:
        for path, view in router.path_operations.items():
            for operation in view.operations:
                body = [m for m in operation.models if m.__ninja_param_source__ == "body"]
                if not body:
                    continue
                declared = body[0].model_fields[body[0].__read_from_single_attr__].annotation
                url = "/api/v1" + prefix + re.sub(r"\{(?:\w+:)?\w+\}", "1", path)
                for method in operation.methods:
                    found.append((method, url, getattr(declared, "__origin__", None) is list))
    return found


OPERATIONS = _operations()


@pytest.fixture
def tokens(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    person = f.person(team=team)
    users = [f.user(Role.ADMIN, is_staff=True), f.user(Role.COUNSELLOR, team), f.user(Role.CITIZEN, person=person),
             f.user(Role.EMPLOYER), f.user(Role.PARTNER)]
    return [f.token(u) for u in users]


def test_every_body_operation_is_guarded_and_found():
    assert len(OPERATIONS) >= 90
    assert any(is_array for _m, _u, is_array in OPERATIONS), "the catalogue delivery takes an array"
    assert all(bodies.is_guarded(m) for m in bodies.body_models(api))


@pytest.mark.parametrize("method,url,is_array", OPERATIONS, ids=[f"{m} {u}" for m, u, _a in OPERATIONS])
def test_a_body_of_another_shape_is_refused_by_every_operation(tokens, method, url, is_array):
    reached = False
    for body in NOT_ARRAYS if is_array else NOT_OBJECTS:
        for token in tokens:
            answer = Client().generic(method, url, body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
            assert answer.status_code != 500 and not 200 <= answer.status_code < 300, (body, answer.status_code, answer.content[:300])
            if answer.status_code in (401, 403):  # this role does not get past the operation's authentication
                continue
            assert answer.status_code == 422, (body, answer.status_code, answer.content[:300])
            assert answer["Content-Type"].startswith("application/problem+json")
            problem = answer.json()
            assert problem["type"] == PROBLEM and problem["title"] == "Ongeldige invoer"
            if body == "[{}]":  # an array where an object is due: refused at the top, not read as its first item
                assert problem["errors"][0] == {"field": "body", "message": "moet een JSON-object zijn ({…})"}
            if body in ("{}", '{"0": {}}', "[]", '"x"', "42", "null", "true"):
                shape = "JSON-lijst" if is_array else "JSON-object"
                assert problem["errors"] == [{"field": "body", "message": f"moet een {shape} zijn ({'[…]' if is_array else '{…}'})"}]
                assert f"De inhoud van de aanvraag moet een {shape} zijn" in problem["detail"]
            reached = True
            break
    assert reached, "no role got past authentication"


def test_a_list_is_not_read_as_an_empty_schema(monkeypatch):
    """`[]` to "mark notices read" was `{}`: no ids, so all of the employer's notices were marked read. The shape is
    checked before the endpoint runs, so no use case is called."""
    from werkregie.vacancies import api_more

    called = []
    monkeypatch.setattr(api_more.notices, "read", lambda *args: called.append(args) or 0)
    token = f.token(f.user(Role.EMPLOYER))
    for body in ("[]", '"x"', "42", "null"):
        answer = Client().post("/api/v1/vacancies/notices/read", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
        assert answer.status_code == 422, (body, answer.content)
        assert answer.json()["errors"] == [{"field": "body", "message": "moet een JSON-object zijn ({…})"}]
    assert not called
    assert Client().post("/api/v1/vacancies/notices/read", "{}", content_type="application/json",
                         HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
    assert len(called) == 1


def test_a_nested_schema_must_be_an_object_too():
    counsellor = f.user(Role.COUNSELLOR, f.organisation(OrganisationKind.VDAB_TEAM))
    body = {"title": "Lasser", "skills": ["x", {"uri": "http://data.europa.eu/esco/skill/1"}], "language_needs": [None]}
    answer = Client().post("/api/v1/vacancies", json.dumps(body), content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {f.token(counsellor)}")
    assert answer.status_code == 422, answer.content
    errors = answer.json()["errors"]
    assert {"field": "skills.0", "message": "moet een JSON-object zijn ({…})"} in errors
    assert {"field": "language_needs.0", "message": "moet een JSON-object zijn ({…})"} in errors
    assert answer.json()["detail"].startswith("De aanvraag volgt het gedocumenteerde schema niet (")


def test_malformed_json_keeps_its_own_problem():
    counsellor = f.user(Role.COUNSELLOR, f.organisation(OrganisationKind.VDAB_TEAM))
    answer = Client().post("/api/v1/persons", "[1, ", content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(counsellor)}")
    assert answer.status_code == 400 and answer["Content-Type"].startswith("application/problem+json")
    assert "stuur geldige JSON" in answer.json()["detail"]


def test_a_body_in_french_is_refused_in_french_words():
    counsellor = f.user(Role.COUNSELLOR, f.organisation(OrganisationKind.VDAB_TEAM))
    answer = Client().post("/api/v1/persons", "42", content_type="application/json", HTTP_ACCEPT_LANGUAGE="fr",
                           HTTP_AUTHORIZATION=f"Bearer {f.token(counsellor)}")
    assert answer.status_code == 422
    assert answer.json()["title"] != "Ongeldige invoer"  # the title through i18n; the new words follow once compiled


def test_the_catalogue_delivery_still_takes_an_array_and_refuses_an_object(ref):
    org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    mine = provider(organisation=org)
    token = f.token(f.user(Role.PARTNER, organisation=org))
    url = f"/api/v1/training/providers/{mine.pk}/courses"
    start = (clock.today() + dt.timedelta(days=30)).isoformat()
    wrapped = {"courses": [record("C1")]}
    refused = Client().put(url, json.dumps(wrapped), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert refused.status_code == 422
    assert refused.json()["errors"] == [{"field": "body", "message": "moet een JSON-lijst zijn ([…])"}]
    item = Client().put(url, json.dumps([record("C1"), "x"]), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert item.status_code == 422 and {"field": "1", "message": "moet een JSON-object zijn ({…})"} in item.json()["errors"]
    assert not Course.objects.filter(provider=mine).exists()
    body = [record("C1", sessions=[{"session_id": "S1", "start": start, "places": 12, "free_places": 3}])]
    done = Client().put(url, json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert done.status_code == 200, done.content
    assert Course.objects.filter(provider=mine).count() == 1
