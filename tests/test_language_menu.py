"""Walk finding: the language menu read "Nederlands / Français / Engels" on a Dutch page (Django's tag translates the
names into the page's language). A language menu names each language in that language, whatever the page's language."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from werkregie.accounts.models import Role

from . import factories as f

SELF_NAMES = [("nl", "Nederlands"), ("fr", "Français"), ("en", "English")]


def _options(html: str) -> list[tuple[str, str]]:
    menu = re.search(r'<select id="language-select".*?</select>', html, re.S).group(0)
    return [(lang, name.strip()) for _value, lang, name in re.findall(r'<option value="(\w+)" lang="(\w+)"[^>]*>([^<]*)</option>', menu)]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_each_language_is_named_in_itself_anonymous(db, language):
    assert _options(Client(HTTP_ACCEPT_LANGUAGE=language).get("/login/").content.decode()) == SELF_NAMES


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_each_language_is_named_in_itself_signed_in(db, language):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(f.user(Role.COUNSELLOR))
    html = client.get("/", follow=True).content.decode()
    assert _options(html) == SELF_NAMES
    assert re.search(r'<option value="%s" lang="%s" selected>' % (language, language), html)
