"""Issue 13's attack: a page form without its CSRF token got Django's bare English failure page (lang="en", "More
information is available with DEBUG=True"). The platform's own page answers: its layout, the reader's language, 403,
what happened and a way back."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language, words", [
    ("nl", "Het formulier kon niet verstuurd worden"),
    ("fr", "pas pu être envoyé"),
    ("en", "The form could not be sent"),
])
def test_a_form_without_its_token_gets_the_platforms_page_in_the_readers_language(language, words):
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE=language)
    response = client.post("/login/", {"username": "iemand", "password": "iets"})
    assert response.status_code == 403
    page = response.content.decode()
    assert f'<html lang="{language}">' in page and words in page
    assert "DEBUG=True" not in page and "CSRF verification" not in page and "CSRF-verificatie" not in page  # Django's own page
    assert 'href="/login/"' in page  # reload the form
