"""Issue 16, walk: /api/v1/docs (django-ninja's Swagger UI) had no lang on <html> (axe "html-has-lang", serious), and
links to raw JSON on the platform's pages did not say they open JSON."""

from __future__ import annotations

import re

import pytest

from werkregie.accounts.models import Role

from . import factories as f

pytestmark = pytest.mark.django_db


def test_the_swagger_page_says_its_language(client):
    html = client.get("/api/v1/docs").content.decode()
    assert re.search(r'<!DOCTYPE html>\s*<html lang="en">', html), html[:300]
    assert "/static/ninja/swagger-ui-bundle.js" in html and 'id="swagger-settings"' in html


def test_links_to_raw_json_say_json(client):
    verify = client.get("/verifieer/").content.decode()
    for path in ("/.well-known/jwks.json", "/.well-known/did.json"):
        assert f'<a href="{path}">{path}</a> (JSON)' in verify
    client.force_login(f.user(Role.ADMIN))
    html = client.get("/sleutels/").content.decode()
    assert "/.well-known/jwks.json</a> (JSON)" in html and "/.well-known/did.json</a> (JSON)" in html
