"""Attack round 5, L7: /caseload/export.csv answered 400 for an invalid filter to a role without access to the register
and 403 without the filter: the permission is now checked before any input is read."""

from __future__ import annotations

from django.test import Client

from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.people import perms


def test_a_role_without_register_access_gets_403_whatever_it_sends(db, monkeypatch):
    client = Client()
    client.force_login(f.user(Role.COUNSELLOR))
    assert client.get("/caseload/export.csv?sorteer=schoenmaat").status_code == 400  # with access: the input's error
    monkeypatch.setattr(perms, "can_search", lambda principal: False)
    for query in ("", "?sorteer=schoenmaat", "?vervaldatum=morgen&pagina=x"):
        assert client.get(f"/caseload/export.csv{query}").status_code == 403, query
