"""Issue 16, point 9 in a real browser: the admin speaks one language. Django 5.2's newest admin strings ("Model name",
"Add link"), django-axes' and django-q2's columns ("Attempt Time", "User Agent", "Started at") and labels made from
English field names ("Organisation", "Municipality") showed on Dutch admin pages; at desktop and phone width."""

import contextlib

import pytest

from werkregie.accounts.models import Role

from .. import factories as f
from .checks import KNOWN_LEAKS, PHONE, assert_no_leaks, viewport
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ADMIN_LEAKS = KNOWN_LEAKS + ["Model name", "Add link", "Change or view list link", "Attempt Time", "User Agent", "Organisation",
                             "Municipality", "Started at", "Schedule Type", "Next Run", "Repeats", "Error:", "Filter by"]
PAGES = ["/admin/", "/admin/accounts/user/", "/admin/accounts/loginrecord/", "/admin/accounts/taskschedule/add/",
         "/admin/geo/postalcode/", "/admin/vacancies/vacancy/add/", "/admin/organisations/organisation/add/"]


@pytest.mark.parametrize("size", [None, PHONE])
def test_the_admin_pages_show_no_english(page, ref, size):
    f.user(Role.ADMIN, username="beheer", password=PASSWORD, is_staff=True, is_superuser=True)
    with viewport(page, size) if size else contextlib.nullcontext():
        login(page, "beheer")
        page.wait_for_load_state()
        for path in PAGES:
            page.goto(path)
            assert page.locator("main").count() == 1, path
            assert_no_leaks(page, ADMIN_LEAKS)


@pytest.mark.parametrize("size", [None, PHONE], ids=["desktop", "phone"])
def test_the_admin_leaves_no_contrast_to_review_and_has_24_px_header_links(page, ref, size):
    """Walk of stop 29: axe left 29 contrast results for review on /admin/ (the add/change links' background icons), and
    the header links were 14–16 px high on a phone."""
    from .checks import assert_axe_clean, assert_touch_targets

    f.user(Role.ADMIN, username="beheer", password=PASSWORD, is_staff=True, is_superuser=True)
    with viewport(page, size) if size else contextlib.nullcontext():
        login(page, "beheer")
        page.wait_for_load_state()
        for path in ("/admin/", "/admin/accounts/user/"):
            page.goto(path)
            assert_axe_clean(page)
        page.goto("/admin/")
        assert_touch_targets(page, "#user-tools a, #user-tools button")


# Issue 16, the morning walk at 1280 px: the admin's last axe results. The split date/time fields (two inputs, one
# label), the select2 "parent" combobox without a name, the permissions' filter_horizontal (aria-prohibited-attr and an
# undecided contrast) and the schedule list's ".warning" (undecided contrast).
WALK_PAGES = ["/admin/accounts/taskschedule/add/", "/admin/organisations/organisation/add/", "/admin/auth/group/add/",
              "/admin/accounts/taskschedule/"]


def test_the_admin_forms_and_schedule_list_have_no_axe_violation_and_decide_every_contrast(page, ref):
    from django_q.models import Schedule

    from .checks import assert_axe_clean, assert_axe_decides_contrast

    Schedule.objects.create(name="kpi", func="werkregie.kpis.tasks.refresh_kpis", schedule_type=Schedule.DAILY)
    f.user(Role.ADMIN, username="beheer", password=PASSWORD, is_staff=True, is_superuser=True)
    with viewport(page, {"width": 1280, "height": 900}):
        login(page, "beheer")
        page.wait_for_load_state()
        problems = []
        for path in WALK_PAGES:
            page.goto(path)
            page.wait_for_load_state("networkidle")
            if path == "/admin/accounts/taskschedule/":  # an action without a selection: Django's warning message
                page.select_option("select[name=action]", "delete_selected")
                page.locator("button[name=index]").click()
                page.locator("ul.messagelist li.warning").wait_for()
            for check in (assert_axe_clean, assert_axe_decides_contrast):
                try:
                    check(page)
                except AssertionError as problem:
                    problems.append(str(problem))
        assert not problems, "\n".join(problems)
