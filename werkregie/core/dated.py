"""Dated parameters outside the rules package (legal terms, sanction scales, hour limits…), in the same YAML format as
the OpenFisca parameters of `werkregie/rules/parameters`: a description, metadata (reference, unit, uncertainty) and
values by the date from which they apply. A change in law is a data change. Loaded with OpenFisca's own loader."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.utils.translation import gettext as _
from openfisca_core.parameters import Parameter, ParameterNode

from .errors import InvalidInput


class NoValueOn(InvalidInput, ValueError):
    """The parameter has no value on the day asked: a ValueError for the rules, a 422 problem for the API when a
    client chose the day (e.g. ?on=0406-04-22)."""


@lru_cache(maxsize=None)
def load(directory: str) -> ParameterNode:
    return ParameterNode("root", directory_path=str(directory))


@dataclass(frozen=True)
class DatedValue:
    key: str
    value: object
    on: dt.date
    description: str
    reference: object
    unit: str
    uncertainty: str


def parameter(directory: str | Path, key: str) -> Parameter:
    node = load(str(directory))
    for part in key.split("."):
        node = node.children[part] if isinstance(node, ParameterNode) else None
        if node is None:
            raise KeyError(key)
    if not isinstance(node, Parameter):
        raise KeyError(f"{key} is a folder of parameters, not one parameter")
    return node


def value(directory: str | Path, key: str, on: dt.date) -> DatedValue:
    """The value of a dated parameter on a day, with where it comes from. KeyError for an unknown key; ValueError
    when the parameter has no value on that day (before it existed, or ended by a dated null)."""
    p = parameter(directory, key)
    found = p(on.isoformat())
    if found is None:
        raise NoValueOn(_("%(key)s heeft geen waarde op %(day)s.") % {"key": key, "day": on.isoformat()})
    meta = p.metadata or {}
    return DatedValue(key, found, on, p.description or "", meta.get("reference", ""), meta.get("unit", ""), meta.get("uncertainty", ""))


def catalogue(directory: str | Path) -> list[Parameter]:
    """Every parameter below a folder, for pages and tests that show or check all of them."""
    found: list[Parameter] = []

    def walk(node: ParameterNode) -> None:
        for child in node.children.values():
            if isinstance(child, ParameterNode):
                walk(child)
            elif isinstance(child, Parameter):
                found.append(child)

    walk(load(str(directory)))
    return found
