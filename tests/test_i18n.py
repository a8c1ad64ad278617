import pytest
from django.test import Client

from werkregie.accounts.models import Role

from . import factories as f


@pytest.mark.parametrize("language, text", [("nl", "Wie heeft mijn gegevens geraadpleegd"), ("fr", "Qui a consulté mes données"), ("en", "Who has consulted my data")])
def test_citizen_page_in_three_languages(db, language, text):
    person = f.person(birth_date=__import__("datetime").date(1985, 7, 30))
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(f.user(Role.CITIZEN, person=person))
    html = client.get("/mijn-gegevens/").content.decode()
    assert text in html
    assert f'lang="{language}"' in html
    assert "30/07/1985" in html  # Belgian date format in every language


def test_language_switch(db):
    client = Client()
    client.post("/i18n/setlang/", {"language": "fr", "next": "/login/"})
    assert "Se connecter" in client.get("/login/").content.decode()
