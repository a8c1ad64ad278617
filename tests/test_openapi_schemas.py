"""The OpenAPI document describes what the server validates: every schema reachable from an operation has a name of
its own (two ninja Schemas of one name in different routers collide in the components: one silently documents the
other's fields), and every documented request body is the one the operation parses."""

from __future__ import annotations

import inspect
import re
import typing

import pytest
from pydantic import BaseModel

from werkregie.api.api import api


def _models_in(annotation: object, seen: set[type[BaseModel]]) -> None:
    if inspect.isclass(annotation) and issubclass(annotation, BaseModel):
        if annotation not in seen:
            seen.add(annotation)
            for field in annotation.model_fields.values():
                _models_in(field.annotation, seen)
        return
    for arg in typing.get_args(annotation):
        _models_in(arg, seen)


def _operations() -> list[tuple[str, str, object]]:
    return [
        ("/api/v1" + prefix + re.sub(r"\{\w+:(\w+)\}", r"{\1}", path), method.lower(), op)
        for prefix, router in api._routers
        for path, view in router.path_operations.items()
        for op in view.operations
        for method in op.methods
    ]


def test_no_two_schemas_share_a_name():
    seen: set[type[BaseModel]] = set()
    for _path, _method, op in _operations():
        for model in op.models:
            _models_in(model, seen)
        for response in (op.response_models or {}).values():
            _models_in(response, seen)
    names: dict[str, set[str]] = {}
    for model in seen:
        names.setdefault(model.__name__, set()).add(f"{model.__module__}.{model.__qualname__}")
    assert len(seen) > 100  # the walk reaches the API's schemas
    assert {name: classes for name, classes in names.items() if len(classes) > 1} == {}


@pytest.mark.django_db
def test_each_documented_request_body_is_the_one_the_server_validates(client):
    document = client.get("/api/v1/openapi.json").json()
    checked = 0
    for path, method, op in _operations():
        bodies = [m for m in op.models if m.__ninja_param_source__ == "body"]
        if not bodies:
            continue
        (body,) = bodies
        (field,) = body.model_fields.values()
        if not (inspect.isclass(field.annotation) and issubclass(field.annotation, BaseModel)):
            continue  # a list or a plain value: no component of its own
        schema = document["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
        documented = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema
        server = field.annotation.model_json_schema(by_alias=True)
        where = f"{method.upper()} {path}"
        assert set(documented.get("properties", {})) == set(server.get("properties", {})), where
        assert set(documented.get("required", [])) == set(server.get("required", [])), where
        checked += 1
    assert checked > 30
