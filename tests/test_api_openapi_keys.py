"""Walk finding: /api/v1/docs showed Swagger's "Parser error – duplicated mapping key" for every role, because
/api/v1/openapi.json repeated the response code "200" in the three file downloads (ninja's own 200 plus an
`openapi_extra` "200"). A Python dict cannot hold a key twice, so the check reads the raw text of the served document."""

from __future__ import annotations

import json

import pytest
from openapi_spec_validator import validate

FILE_DOWNLOADS = {
    ("/api/v1/trajectories/evidence/{evidence_id}/file", "get"): {"application/pdf", "image/jpeg", "image/png"},
    ("/api/v1/messages/me/{message_id}/evidence", "get"): {"application/pdf"},
    ("/api/v1/messages/{message_id}/evidence", "get"): {"application/pdf"},
}


def _duplicates(text: str) -> list[tuple[list[str], str]]:
    """Every key an object of this JSON text holds twice, with the keys of that object (the place to look)."""
    found = []

    def pairs(items: list[tuple[str, object]]) -> dict:
        keys = [key for key, _value in items]
        found.extend((keys, key) for key in sorted({k for k in keys if keys.count(k) > 1}))
        return dict(items)

    json.loads(text, object_pairs_hook=pairs)
    return found


def test_the_detector_finds_a_repeated_key():
    assert _duplicates('{"responses": {"200": {"a": 1}, "200": {"b": 2}}}') == [(["200", "200"], "200")]
    assert _duplicates('{"responses": {"200": {}, "404": {}}}') == []


@pytest.fixture
def served(client, db) -> str:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.content.decode()


def test_the_served_document_repeats_no_key(served):
    assert _duplicates(served) == []


def test_the_served_document_is_valid_openapi(served):
    validate(json.loads(served))


def test_each_file_download_declares_its_200_once_with_the_file_types(served):
    paths = json.loads(served)["paths"]
    for (path, method), types in FILE_DOWNLOADS.items():
        responses = paths[path][method]["responses"]
        assert list(responses).count("200") == 1
        assert set(responses["200"]["content"]) == types, path
