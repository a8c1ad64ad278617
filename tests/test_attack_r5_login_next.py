"""Attack round 5, L4: /login/ read ?next= with Django's own check (an absolute URL of this host passed) instead of the
one helper every other page uses (core/links.safe_next: a path on this site only)."""

from __future__ import annotations

import pytest
from django.test import Client

from tests import factories as f
from werkregie.accounts.models import Role


@pytest.mark.parametrize("target", ["http://testserver/personen/", "https://testserver/personen/", "//evil.example/", "/\\evil.example/",
                                    "/per\tsonen/"])
def test_login_goes_only_to_a_path_on_this_site(db, target):
    user = f.user(Role.COUNSELLOR)
    user.set_password("Zeer-geheim-wachtwoord-1")
    user.save()
    response = Client().post("/login/", {"username": user.username, "password": "Zeer-geheim-wachtwoord-1", "next": target})
    assert response.status_code == 302 and response["Location"] != target and response["Location"].startswith("/")
    assert not response["Location"].startswith("//")


def test_login_follows_a_path_on_this_site(db):
    user = f.user(Role.COUNSELLOR)
    user.set_password("Zeer-geheim-wachtwoord-1")
    user.save()
    response = Client().post("/login/?next=/personen/", {"username": user.username, "password": "Zeer-geheim-wachtwoord-1"})
    assert response.status_code == 302 and response["Location"] == "/personen/"
