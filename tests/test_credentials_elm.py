"""The ELM export checked against the required properties per class of the EDC generic profile, written as data
(werkregie/credentials/elm_required.json: no ELM SHACL shapes are available offline). Every kind of credential passes;
removing any required property anywhere in the export is caught."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from werkregie.credentials import elm
from werkregie.credentials import use_cases as uc
from werkregie.workflows.services import PLATFORM


def _paths(doc, path=()):
    """Every (path to an object, required property) of the export."""
    rules = elm.required()["classes"]
    if isinstance(doc, list):
        for n, item in enumerate(doc):
            yield from _paths(item, path + (n,))
    elif isinstance(doc, dict):
        kinds = doc.get("type")
        for kind in kinds if isinstance(kinds, list) else [kinds]:
            for name in rules.get(kind, []):
                yield path, name
        for name, value in doc.items():
            if name != "@context":
                yield from _paths(value, path + (name,))


@pytest.fixture
def exports(world):
    made = [
        uc.issue(person=world.person, kind="training_completion", title="Lasser TIG", skills=skills()[:2], who=world.p(world.partner),
                 description="Opleiding van 12 weken", valid_until=None),
        uc.issue(person=world.person, kind="certified_competence", title="Heftruck", skills=skills()[:1], who=PLATFORM),
        uc.issue(person=world.person, kind="diploma", title="Diploma secundair onderwijs", skills=[], who=PLATFORM),
    ]
    return [elm.to_elm(c) for c in made]


def test_every_export_has_what_the_profile_requires(exports):
    for doc in exports:
        assert elm.problems(doc) == []
        assert len(list(_paths(doc))) > 40  # the check really walks the nested objects


def test_the_check_names_what_is_missing_or_malformed(exports):
    doc = copy.deepcopy(exports[0])
    del doc["issuer"]["legalName"]
    doc["credentialSubject"]["hasClaim"][0]["title"] = "Lasser TIG"  # not a language map
    doc["issuanceDate"] = "12/11/2026"
    found = elm.problems(doc)
    assert "$.issuer: Organisation needs legalName" in found
    assert any(p.endswith(".title: a language map {language: text} expected") for p in found)
    assert "$.issuanceDate: an ISO 8601 date-time expected" in found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_removing_any_required_property_anywhere_is_caught(exports, data):
    doc = copy.deepcopy(data.draw(st.sampled_from(exports)))
    path, name = data.draw(st.sampled_from(list(_paths(doc))))
    target = doc
    for step in path:
        target = target[step]
    target.pop(name)
    assert elm.problems(doc), (path, name)
