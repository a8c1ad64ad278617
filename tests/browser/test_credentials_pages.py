"""Issue 13 point 2: an anonymous visitor checks a credential on /verifieer/ (paste, then a tampered one), accessible
and usable at 390 px."""

import pytest

from tests import factories as f
from tests.credentials_support import key_folder, keyed  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import CredentialKind

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, viewport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_anonymous_visitor_verifies_a_credential(page, ref, keyed, settings):  # noqa: F811
    admin = Principal.for_session(f.user(Role.ADMIN))
    made = uc.issue(person=f.person(), kind=CredentialKind.TRAINING_COMPLETION, title="Opleiding heftruckchauffeur", skills=[], who=admin)
    page.goto("/verifieer/", timeout=120_000)
    page.get_by_role("heading", name="Digitaal bewijs controleren").wait_for()
    page.get_by_label("Plak het digitale bewijs (de tekst die begint met eyJ…)").fill(made.token)
    page.get_by_role("button", name="Controleren").click()
    page.get_by_role("heading", name="Geldig digitaal bewijs").wait_for()
    text = page.locator("main").inner_text()
    assert "Opleiding heftruckchauffeur" in text and "De handtekening klopt" in text
    assert_axe_clean(page)
    tampered = made.token[:-6] + ("AAAAAA" if not made.token.endswith("AAAAAA") else "BBBBBB")
    page.get_by_label("Plak het digitale bewijs (de tekst die begint met eyJ…)").fill(tampered)
    page.get_by_role("button", name="Controleren").click()
    page.get_by_role("heading", name="Dit digitale bewijs is niet geldig").wait_for()
    assert "Opleiding heftruckchauffeur" not in page.locator("main").inner_text()  # a false credential's content is not shown
    with viewport(page, PHONE):
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)
