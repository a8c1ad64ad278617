"""Issue 13: the administrator renews the platform's signing key on /sleutels/ (menu "Sleutels", confirmation and reason
asked, the message at the top, the new key in use and the earlier one still published), at desktop width and at 390 px."""

import contextlib

import pytest

from tests import factories as f
from tests.credentials_support import key_folder, keyed  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.core import keys

from .checks import PHONE, assert_axe_clean, assert_in_viewport, assert_no_horizontal_scroll, follow_menu, viewport
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_the_administrator_renews_the_platform_key(page, ref, keyed, size):  # noqa: F811
    old = keys.ensure()
    f.user(Role.ADMIN, username="sleutelbeheer", password=PASSWORD)
    with viewport(page, size) if size else contextlib.nullcontext():
        login(page, "sleutelbeheer")
        page.wait_for_load_state()
        follow_menu(page, "Sleutels")  # in the folded menu under 1024 px, under "Meer" above (issue 16)
        page.get_by_role("heading", name="Sleutels van het platform").wait_for()
        assert old in page.locator("table.stack").first.inner_text()
        assert_axe_clean(page)
        page.get_by_role("button", name="Sleutel vernieuwen").click()  # nothing confirmed: the error summary, no new key
        page.get_by_role("heading", name="Er is een probleem").wait_for()
        assert keys.current_kid() == old
        page.get_by_label("Reden").fill("jaarlijkse vernieuwing")
        page.get_by_label("Ik bevestig dat het platform vanaf nu met een nieuwe sleutel ondertekent").check()
        page.get_by_role("button", name="Sleutel vernieuwen").click()
        page.get_by_text("De sleutel is vernieuwd").wait_for()
        new = keys.current_kid()
        assert new != old
        assert_in_viewport(page, "main [role=status]")
        rows = page.locator("table.stack").first.inner_text()
        assert new in rows and old in rows and "in gebruik" in rows
        assert "jaarlijkse vernieuwing" in page.locator("main").inner_text()
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)
