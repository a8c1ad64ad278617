"""The findings of the browser walk of issue 16 (werkregie issue 16), checked on the rendered pages."""

import html
import re

import pytest

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    assert response.status_code == 200, response.status_code
    body = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(body))


def test_a_measure_in_force_reads_as_one_sentence(client):
    text = _text(client.get("/steunmaatregelen/"))
    assert "Van kracht sinds " in text
    assert not re.search(r"van kracht (Sinds|Van) \d", text)  # "van kracht Sinds 01/10/2023": a capital mid-sentence
