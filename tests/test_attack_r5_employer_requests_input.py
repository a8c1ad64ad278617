"""Attack round 5, L1: /werkgevers/aanvragen/ answered 500 to membership=abc or 1.5 (a bare int()); now 400 with the
error at the top of the page."""

from __future__ import annotations

import pytest
from django.test import Client

from tests import factories as f
from werkregie.accounts.models import Role


@pytest.mark.parametrize("membership", ["abc", "1.5", "", "²", "99999999999999999999"])
def test_a_membership_that_is_no_number_is_a_clear_400(db, membership):
    client = Client()
    client.force_login(f.user(Role.ADMIN))
    response = client.post("/werkgevers/aanvragen/", {"membership": membership, "transition": "confirm"})
    assert response.status_code == 400
    assert "Kies een aanvraag uit de lijst." in response.content.decode()
