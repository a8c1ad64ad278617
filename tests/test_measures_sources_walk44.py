"""Walk of stop 44: the public page of support measures showed internal review notes ("niet gelezen in deze sessie")
as legal sources and links without an address (href="" reloaded the page). A source without an address is plain
text; no source reads like a note to the team."""

from __future__ import annotations

import re

import pytest
from django.test import Client


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_source_on_the_public_measures_page_is_a_link_with_an_address_or_plain_text(language):
    page = Client().get("/steunmaatregelen/", HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'href=""' not in html
    for note in ("in deze sessie", "na te kijken", "niet nagekeken"):
        assert note not in html, note
    assert re.search(r"IBO voor werkgevers", html)  # the IBO sources are still named
