"""A JSON body has the shape its operation declares (attack of issue 12).

django-ninja validates a body schema through its DjangoGetter, which reads fields as attributes of whatever was sent:
a list, a string, a number or null "has" none of the fields, so a schema whose fields all have defaults accepted
`[]`, `"x"`, `42` or `null` as an empty object and the request went through. `guard(api)` makes every operation with
a JSON body check, before ninja validates it, that each place where the operation declares an object (a schema, a
dict) holds a JSON object and each place where it declares a list holds a JSON array: the top level, and the nested
schemas and lists inside (an item `"x"` in a list of schemas is the same hole). A body of another shape is answered
with 422 Invalid input, like any other schema error, and the endpoint never runs. Malformed JSON keeps ninja's 400.

The check follows the annotations the operation declares (its body parameter's type), so an endpoint that takes a
JSON array (the training provider's catalogue delivery) keeps taking one and refuses an object the same way.
"""

from __future__ import annotations

import collections.abc
import decimal
import types
import typing
from typing import Any

from django.utils.translation import gettext as _
from ninja import NinjaAPI
from pydantic import BaseModel

from werkregie.core.errors import FieldError, InvalidInput

OBJECT, ARRAY, NUMBER = "object", "array", "number"
_NUMBERS = (int, float, decimal.Decimal)
_ARRAYS = (list, tuple, set, frozenset, collections.abc.Sequence, collections.abc.Set, collections.abc.Iterable)
_OBJECTS = (dict, collections.abc.Mapping, collections.abc.MutableMapping)
_GUARDED = "__werkregie_body_shape__"


def _bare(annotation: Any) -> Any:  # noqa: ANN401
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _keys(name: str, field: Any) -> list[str]:  # noqa: ANN401
    """The keys under which a client may send a schema's field: its name and its (validation) alias."""
    keys = [name]
    for alias in (field.alias, field.validation_alias):
        if isinstance(alias, str) and alias not in keys:
            keys.append(alias)
    return keys


def misshapen(value: Any, annotation: Any, where: tuple = ()) -> list[tuple[tuple, str]]:  # noqa: ANN401
    """(where, OBJECT, ARRAY or NUMBER) for each place in the decoded JSON `value` that the `annotation` declares an
    object, a list or a number and that holds something else (for a number: a boolean, which pydantic reads as 0 or 1).
    Other scalars, unions of several shapes and `Any` are pydantic's to check."""
    annotation = _bare(annotation)
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [_bare(a) for a in typing.get_args(annotation)]
        if value is None and type(None) in options:
            return []
        shaped = [a for a in options if a is not type(None)]
        return misshapen(value, shaped[0], where) if len(shaped) == 1 else []
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if not isinstance(value, dict):
            return [(where, OBJECT)]
        found: list[tuple[tuple, str]] = []
        for name, field in annotation.model_fields.items():
            key = next((k for k in _keys(name, field) if k in value), None)
            if key is not None:
                found += misshapen(value[key], field.annotation, (*where, key))
        return found
    if annotation in _NUMBERS and annotation is not bool and isinstance(value, bool):
        # pydantic reads true as 1 ("hours_per_week": true stored 1 hour a week: attack of stop 39)
        return [(where, NUMBER)]
    container = origin or annotation
    if container in _OBJECTS:
        if not isinstance(value, dict):
            return [(where, OBJECT)]
        args = typing.get_args(annotation)
        return [e for key, item in value.items() for e in misshapen(item, args[1], (*where, key))] if len(args) == 2 else []
    if container in _ARRAYS and container is not str:
        if not isinstance(value, list):
            return [(where, ARRAY)]
        args = typing.get_args(annotation)
        if container is tuple and args and not (len(args) == 2 and args[1] is Ellipsis):
            return [e for i, (item, kind) in enumerate(zip(value, args)) for e in misshapen(item, kind, (*where, i))]
        return [e for i, item in enumerate(value) for e in misshapen(item, args[0], (*where, i))] if args else []
    return []


def refuse(found: list[tuple[tuple, str]]) -> InvalidInput:
    """The 422 for the misshapen places, in the request's language: the body's own shape gets its own words."""
    words = {OBJECT: _("moet een JSON-object zijn ({…})"), ARRAY: _("moet een JSON-lijst zijn ([…])"),
             NUMBER: _("moet een getal zijn, niet true of false")}
    errors = [FieldError(".".join(str(p) for p in where) or "body", words[kind]) for where, kind in found[:50]]
    if found[0][0] == ():
        detail = (_("De inhoud van de aanvraag moet een JSON-object zijn ({…}), zoals gedocumenteerd op /api/v1/docs.")
                  if found[0][1] == OBJECT else
                  _("De inhoud van de aanvraag moet een JSON-lijst zijn ([…]), zoals gedocumenteerd op /api/v1/docs."))
    else:
        detail = _("De aanvraag volgt het gedocumenteerde schema niet (%(first)s).") % {
            "first": f"{errors[0].field}: {errors[0].message}"}
    return InvalidInput(detail, errors)


def _guard_model(model: type) -> None:
    """Wrap the body model's reading of the request: ninja's (malformed JSON stays its 400), then the shape check."""
    if getattr(model, _GUARDED, False) or hasattr(model, "__ninja_body_params__"):  # a multipart body: its form's fields
        return
    read = model.get_request_data  # bound to the model
    single = getattr(model, "__read_from_single_attr__", None)
    declared = model.model_fields[single].annotation if single else model

    def get_request_data(cls: type, request: Any, api: Any, path_params: Any) -> Any:  # noqa: ANN401
        data = read(request, api, path_params)
        if data is not None:  # None: no body at all, which ninja reports as the missing fields
            found = misshapen(data[single] if single else data, declared)
            if found:
                raise refuse(found)
        return data

    model.get_request_data = classmethod(get_request_data)
    setattr(model, _GUARDED, True)


def body_models(api: NinjaAPI) -> list[type]:
    """The body models of every operation mounted on `api` (its routers' templates: the bound operations share them)."""
    models = []
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                models += [m for m in operation.models if getattr(m, "__ninja_param_source__", None) == "body"]
    return models


def guard(api: NinjaAPI) -> None:
    """Install the shape check on every operation of `api` that takes a body; call it after the last add_router."""
    for model in body_models(api):
        _guard_model(model)


def is_guarded(model: type) -> bool:
    return bool(getattr(model, _GUARDED, False)) or hasattr(model, "__ninja_body_params__")
