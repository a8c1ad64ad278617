"""Issue 16, points 2 and 10, in the Django admin (walk of stop 37): after a wrong save the admin said only "Corrigeer
de fout hieronder" at the top, with the errors further down and the focus left on the button; its success message's
link was told apart by colour alone and failed the contrast on the green; at 390 px its checkboxes, date shortcuts and
the change list's links were 13–16 px high. The platform's pattern, here too: an error summary at the top that links to
each field and takes the focus, a success message that takes the focus, 24 px targets."""

import pytest

from werkregie.accounts.models import Role

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_axe_decides_contrast, small_targets, viewport
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, PHONE], ids=["desktop", "phone"])
def test_an_admin_form_summarises_its_errors_and_confirms_the_save_with_the_focus(page, ref, size):
    f.user(Role.ADMIN, username="beheer", password=PASSWORD, is_staff=True, is_superuser=True)
    with viewport(page, size):
        login(page, "beheer")
        page.wait_for_load_state()
        page.goto("/admin/auth/group/add/")
        page.wait_for_load_state("networkidle")
        assert not small_targets(page), small_targets(page)[:8]
        page.locator("input[name=_save]").click()
        page.wait_for_load_state("networkidle")
        summary = page.locator(".errornote")
        summary.wait_for()
        assert page.evaluate("document.activeElement.closest('.errornote') !== null"), "the focus is on the error summary"
        link = summary.locator('a[href="#id_name"]')
        assert link.count() == 1 and "Naam" in link.inner_text() and "verplicht" in link.inner_text()
        box = summary.bounding_box()
        assert box and box["y"] < size["height"], "the summary is in view"
        link.click()
        assert page.evaluate("document.activeElement.id") == "id_name"
        assert_axe_clean(page)
        page.fill("#id_name", "Controleurs Gent")
        page.locator("input[name=_save]").click()
        page.wait_for_load_state("networkidle")
        message = page.locator("ul.messagelist li.success")
        message.wait_for()
        assert "Controleurs Gent" in message.inner_text()
        assert page.evaluate("document.activeElement.closest('ul.messagelist') !== null"), "the focus is on the message"
        assert_axe_clean(page, all_impacts=True)
        assert_axe_decides_contrast(page)
        assert not small_targets(page), small_targets(page)[:8]


def test_the_admin_change_form_and_list_keep_24_px_targets_on_a_phone(page, ref):
    f.user(Role.ADMIN, username="beheer", password=PASSWORD, is_staff=True, is_superuser=True)
    f.user(Role.COUNSELLOR, username="bart")
    with viewport(page, PHONE):
        login(page, "beheer")
        page.wait_for_load_state()
        for path in ("/admin/accounts/user/", "/admin/accounts/taskschedule/add/", "/admin/vacancies/vacancy/add/"):
            page.goto(path)
            page.wait_for_load_state("networkidle")
            assert not small_targets(page), (path, small_targets(page)[:8])


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, PHONE], ids=["desktop", "phone"])
def test_the_admin_dashboard_has_24_px_targets(page, ref, size):
    """Walk of stop 39: the dashboard's section captions, model names and "Toevoegen"/"Wijzigen" links were 14–16 px
    high (57 at 1280 px, 47 at 390 px)."""
    f.user(Role.ADMIN, username="beheer", password=PASSWORD, is_staff=True, is_superuser=True)
    with viewport(page, size):
        login(page, "beheer")
        page.wait_for_load_state()
        for path in ("/admin/", "/admin/vacancies/"):
            page.goto(path)
            page.wait_for_load_state("networkidle")
            assert not small_targets(page), (path, small_targets(page)[:8])
