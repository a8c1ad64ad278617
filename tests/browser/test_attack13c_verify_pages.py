"""The attack on a demo of issue 13, on /verifieer/: a partner's credential re-signed with the id and status place of
one it submitted, but another title ("Master in de geneeskunde"), holder and issuer name, read "Geldig digitaal bewijs".
An anonymous visitor now reads that it is not the credential that was registered; the registered one stays valid."""

import uuid

import pytest

from tests.credentials_support import key_folder, keyed, self_signed, world  # noqa: F401 - fixtures
from tests.test_credentials_attack30 import _reserved, _submit, key  # noqa: F401 - the partner's registered key

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, viewport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIELD = "Plak het digitale bewijs (de tekst die begint met eyJ…)"


def test_a_re_signed_partner_credential_is_not_valid_on_the_verification_page(page, ref, world, client, key):
    status = _reserved(client, world)
    uid = f"urn:uuid:{uuid.uuid4()}"
    token = self_signed(key, world.issuer.did, status, id=uid, jti=uid)
    assert _submit(client, world, token).status_code == 201
    forged = self_signed(key, world.issuer.did, status, id=uid, jti=uid, name="Master in de geneeskunde", subject=f"urn:uuid:{uuid.uuid4()}",
                         issuer_name="VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding", validUntil="2099-12-31T00:00:00Z")
    page.goto("/verifieer/", timeout=120_000)
    page.get_by_label(FIELD).fill(forged)
    page.get_by_role("button", name="Controleren").click()
    page.get_by_role("heading", name="Dit digitale bewijs is niet geldig").wait_for()
    text = page.locator("main").inner_text()
    assert "Niet in orde: geregistreerd digitaal bewijs — Dit is niet het digitale bewijs dat Syntra Test bij het platform registreerde" in text
    assert "Master in de geneeskunde" not in text.split("Controleren")[0]
    with viewport(page, PHONE):
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)
    page.get_by_label(FIELD).fill(token)
    page.get_by_role("button", name="Controleren").click()
    page.get_by_role("heading", name="Geldig digitaal bewijs").wait_for()
