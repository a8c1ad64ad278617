"""Issue 13, the walk: over the anonymous rate limit, the public credential check answered with a bare "Even geduld"
page and the pasted text was gone. Now the check's own page answers: 429 with Retry-After, what was pasted still in
the field, and when to try again."""

from __future__ import annotations

import html as html_module
import re

import pytest

pytestmark = pytest.mark.django_db

PASTED = "eyJhbGciOiJFZERTQSJ9.eyJ2YyI6ImJlbGdpZSJ9.c2lnbmF0dXJl"


def test_the_rate_limit_keeps_what_was_pasted_and_says_when_to_try_again(client, settings):
    settings.WERKREGIE_ANON_RATE = "2/m"
    for _ in range(2):
        assert client.post("/verifieer/", {"credential": PASTED}).status_code == 200
    refused = client.post("/verifieer/", {"credential": PASTED})
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    page = refused.content.decode()
    field = re.search(r'<textarea name="credential"[^>]*>(.*?)</textarea>', page, re.S)
    assert field and html_module.unescape(field.group(1)).strip() == PASTED, "the pasted text is kept"
    wait = refused["Retry-After"]
    assert f"Probeer het over {wait} seconden opnieuw (om " in page and 'data-testid="rate-limited"' in page
    assert "Geldig digitaal bewijs" not in page and "niet geldig" not in page  # not checked while over the limit
