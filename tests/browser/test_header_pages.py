"""The header at desktop width for every role of the demo (issue 16): one compact row (at most 96 px high at
1280 × 800) with the role's bar in sight and the rest of its menu under "Meer" (a popover button: keyboard, Escape,
no script needed, the current page marked inside it); at 390 px the phone menu still lists every page."""

import pytest
from playwright.sync_api import expect

from werkregie.accounts.models import User
from werkregie.demo.services import DEMO_USERS, create_demo_accounts, generate_population
from werkregie.web.nav import menu_for

from .checks import PHONE, assert_axe_clean, assert_focused_within, assert_no_horizontal_scroll, assert_touch_targets
from .test_pages import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DESKTOP = {"width": 1280, "height": 800}
MAX_HEADER = 96


@pytest.fixture
def demo(ref):
    """The demo's own accounts (werkregie/demo/services.py: one per role, and the three kinds of partner) on a small
    generated population, each with a known password."""
    generate_population(1500, seed=16)
    create_demo_accounts()
    users = {u.username: u for u in User.objects.filter(username__in=[row[0] for row in DEMO_USERS])}
    for user in users.values():
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    return users


def sign_in(page, username):
    page.goto("/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(lambda url: "/login/" not in url)
    page.wait_for_load_state()
    if page.url.endswith("/admin/"):  # the administrator lands on the Django admin (its own header): the platform's pages
        page.goto("/caseload/")
        page.wait_for_load_state()


def destinations(user) -> set[str]:
    """Every page the menu declares for this user (web/nav.py), and the API page every role has."""
    return {url for _entry, url in menu_for(user)} | {"/api/"}


def test_desktop_header_is_one_compact_row_for_every_role(browser, live_server, demo):
    assert {u.role for u in demo.values()} == {row[1] for row in DEMO_USERS}  # every role of the demo is walked
    failures = []
    for username, user in demo.items():
        context = browser.new_context(locale="nl-BE", base_url=live_server.url, viewport=DESKTOP, bypass_csp=True)
        page = context.new_page()
        page.set_default_timeout(15_000)
        sign_in(page, username)
        height = page.locator("header.site").bounding_box()["height"]
        if height > MAX_HEADER:
            failures.append(f"{username}: the header is {height:.0f} px high")
        nav = page.get_by_role("navigation", name="Hoofdmenu")
        bar = {a.get_attribute("href") for a in nav.locator(".nav-bar > li > a").all() if a.is_visible()}
        more_button = nav.get_by_role("button", name="Meer")
        more = set()
        if more_button.count():
            more_list = page.locator("#nav-more")
            assert not more_list.is_visible(), f"{username}: 'Meer' is open before it is asked"
            more_button.focus()
            page.keyboard.press("Enter")  # the keyboard opens it
            expect(more_list).to_be_visible()
            expect(more_button).to_have_attribute("aria-expanded", "true")
            links = more_list.get_by_role("link").all()
            assert all(link.is_visible() for link in links)
            more = {link.get_attribute("href") for link in links}
            page.keyboard.press("Tab")  # the first page under "Meer" is the next stop after the button
            assert_focused_within(page, "#nav-more")
            assert_touch_targets(page)
            assert_axe_clean(page)  # open: the list's contrast too
            page.keyboard.press("Escape")
            expect(more_list).to_be_hidden()
            expect(more_button).to_have_attribute("aria-expanded", "false")
            assert_focused_within(page, "button[data-nav-more]")  # back on the button
        missing = destinations(user) - bar - more
        if missing:
            failures.append(f"{username}: not reachable from the header: {sorted(missing)}")
        if bar & more:
            failures.append(f"{username}: both in the bar and under 'Meer': {sorted(bar & more)}")
        assert_touch_targets(page)
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)
        context.close()
    assert not failures, "\n".join(failures)


def test_the_current_page_under_meer_is_marked(page, demo):
    page.set_viewport_size(DESKTOP)
    sign_in(page, "beheerder")
    page.goto("/screening/modelkaart/")  # the admin's model card is not in its bar
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    button = nav.get_by_role("button", name="Meer")
    expect(button).to_have_class("nav-more-button holds-current")
    button.click()
    current = page.locator("#nav-more a[aria-current='page']")
    expect(current).to_have_count(1)
    expect(current).to_have_attribute("href", "/screening/modelkaart/")
    expect(current).to_be_visible()
    page.mouse.click(640, 600)  # a click elsewhere closes it
    expect(page.locator("#nav-more")).to_be_hidden()


def test_meer_works_without_javascript(browser, live_server, demo):
    context = browser.new_context(locale="nl-BE", base_url=live_server.url, viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    sign_in(page, "bemiddelaar")
    assert page.locator("header.site").bounding_box()["height"] <= MAX_HEADER
    page.get_by_role("button", name="Meer").click()
    page.locator("#nav-more").get_by_role("link", name="Modelkaart").click()
    page.get_by_role("heading", name="Modelkaart", exact=False).first.wait_for()
    assert page.url.endswith("/screening/modelkaart/")
    context.close()


def test_phone_menu_lists_every_page_inline(page, demo):
    page.set_viewport_size(PHONE)
    sign_in(page, "beheerder")
    assert page.locator("header.site").bounding_box()["height"] <= 64
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    expect(nav).to_be_hidden()
    page.locator("header.site .menu > summary").click()
    expect(nav).to_be_visible()
    assert not nav.get_by_role("button", name="Meer").is_visible()  # no disclosure inside the phone menu
    links = nav.get_by_role("link").all()
    assert {a.get_attribute("href") for a in links} == destinations(demo["beheerder"])
    assert all(a.is_visible() for a in links)
    widths = {round(a.bounding_box()["width"]) for a in links}
    assert len(widths) == 1, f"the pages of the phone menu are not one list: widths {widths}"  # "Meer"'s were narrower
    assert_touch_targets(page)
    assert_no_horizontal_scroll(page)
    assert_axe_clean(page)
    nav.get_by_role("link", name="Modelkaart").click()  # a page that is under "Meer" on a wide screen
    page.wait_for_url("**/screening/modelkaart/")
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_be_hidden()
    page.locator("header.site .menu > summary").click()
    current = page.get_by_role("navigation", name="Hoofdmenu").locator("a[aria-current='page']")
    expect(current).to_have_attribute("href", "/screening/modelkaart/")
    expect(current).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_be_hidden()


def test_desktop_header_stays_one_row_in_french_and_english(browser, live_server, demo):
    """French labels are longer ("Messages concernant vos offres"): the header once wrapped to 104 px for the employer,
    the analyst and the admin."""
    failures = []
    for locale in ("fr-BE", "en-GB"):
        for username in demo:
            context = browser.new_context(locale=locale, base_url=live_server.url, viewport=DESKTOP)
            page = context.new_page()
            page.goto("/login/")
            page.locator("input[name=username]").fill(username)
            page.locator("input[name=password]").fill(PASSWORD)
            page.locator("main form button[type=submit]").click()
            page.wait_for_url(lambda url: "/login/" not in url)
            if page.url.endswith("/admin/"):  # the administrator's landing, the Django admin, has its own header (fix16)
                page.goto("/caseload/")
            height = page.locator("header.site").bounding_box()["height"]
            if height > MAX_HEADER:
                failures.append(f"{locale} {username}: the header is {height:.0f} px high")
            context.close()
    assert not failures, "\n".join(failures)
