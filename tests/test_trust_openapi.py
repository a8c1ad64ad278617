"""Issue 17 (follow-up): the OpenAPI document is valid and names every schema once. Two different classes both
called `DecisionIn` (matching's exclude/pin decision and compliance's sanction decision) gave one component: django-ninja
keeps the last one it meets, so the document described the sanction decision's fields for the matching endpoint."""

from __future__ import annotations

import typing
from collections import defaultdict

import pytest
from openapi_spec_validator import validate
from pydantic import BaseModel

from werkregie.api.api import api


def _models_in(annotation, seen: set) -> typing.Iterator[type[BaseModel]]:
    """Every pydantic model reachable from a type annotation (through lists, unions, optionals, nested fields)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:
            return
        seen.add(annotation)
        yield annotation
        for field in annotation.model_fields.values():
            yield from _models_in(field.annotation, seen)
        return
    for arg in typing.get_args(annotation):
        yield from _models_in(arg, seen)


def _operation_models() -> set[type[BaseModel]]:
    seen: set = set()
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                for model in operation.models:
                    list(_models_in(model, seen))
                for model in operation.response_models.values():
                    list(_models_in(model, seen))
    return seen


@pytest.fixture(scope="module")
def document() -> dict:
    return api.get_openapi_schema(path_prefix="/api/v1/")


def test_every_component_name_belongs_to_one_class(document):
    names = defaultdict(set)
    for model in _operation_models():
        names[model.__name__].add(f"{model.__module__}.{model.__qualname__}")
    components = set(document["components"]["schemas"])
    duplicates = {name: sorted(classes) for name, classes in names.items() if name in components and len(classes) > 1}
    assert duplicates == {}, f"schema names used by more than one class (the document keeps only one): {duplicates}"


def test_the_matching_and_the_sanction_decision_are_two_components(document):
    schemas = document["components"]["schemas"]
    pin = [name for name, s in schemas.items() if {"decision", "person_id"} <= set(s.get("properties", {}))]
    sanction = [name for name, s in schemas.items() if "weeks" in s.get("properties", {}) and "version" in s.get("properties", {})]
    assert pin and sanction and not set(pin) & set(sanction)


def test_the_document_is_valid_openapi(document):
    import json

    validate(json.loads(json.dumps(document)))  # as served (status codes as strings); raises with the first violation


def test_every_ref_resolves(document):
    import json
    import re

    refs = set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(document)))
    assert refs <= set(document["components"]["schemas"]), refs - set(document["components"]["schemas"])


def test_each_documented_request_body_is_the_one_the_server_validates(document):
    """PATCH /api/v1/trajectories/steps/{id} was documented with the municipality step's fields (kind, start) while the
    server required title and due_on: the body each operation parses is the one its document names."""
    import inspect
    import re

    checked = 0
    for prefix, router in api._routers:
        for route, path_view in router.path_operations.items():
            for operation in path_view.operations:
                bodies = [m for m in operation.models if m.__ninja_param_source__ == "body"]
                if not bodies:
                    continue
                (field,) = bodies[0].model_fields.values()
                if not (inspect.isclass(field.annotation) and issubclass(field.annotation, BaseModel)):
                    continue  # a list or a plain value: no component of its own
                path = "/api/v1" + prefix + re.sub(r"\{\w+:(\w+)\}", r"{\1}", route)
                for method in operation.methods:
                    schema = document["paths"][path][method.lower()]["requestBody"]["content"]["application/json"]["schema"]
                    documented = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema
                    server = field.annotation.model_json_schema(by_alias=True)
                    where = f"{method} {path}"
                    assert set(documented.get("properties", {})) == set(server.get("properties", {})), where
                    assert set(documented.get("required", [])) == set(server.get("required", [])), where
                    checked += 1
    assert checked > 30
