"""Issue 16, last items (2) in the browser, at 1280 px and on a 390 px phone: the municipality worker's client list says
per client why it stands where it stands, in the order of the list, readable in the stacked card on a phone; the
referral page says the same. axe-clean, no sideways scrolling."""

import pytest

from tests.test_municipality_client_reasons import DAY, EXPECTED, clients_world
from werkregie.core import clock

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, PHONE], ids=["desktop", "phone"])
def test_each_client_says_why_in_the_list_and_on_the_referral_page(page, ref, size):
    page.goto("/login/", timeout=120_000)  # the live server's first request imports every page
    clients_world(PASSWORD)
    page.set_viewport_size(size)
    with clock.travel_to(DAY):
        login(page, "lien")
        page.wait_for_url("**/gemeente/clienten/")
        reasons = page.locator("#results td.action-reason")
        assert reasons.all_inner_texts() == [text for _name, text in EXPECTED]
        for i in range(reasons.count()):  # each reason is visible beside its name, its label said in the stacked card
            assert reasons.nth(i).is_visible()
        if size == PHONE:
            label = reasons.first.evaluate("e => getComputedStyle(e, '::before').content")
            assert "Te doen" in label, label
        names = page.locator("#results tbody tr td:first-child a").all_inner_texts()
        assert [n.split(",")[0] for n in names] == [name for name, _text in EXPECTED]
        assert page.locator("#order-explained").is_visible()
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)
        page.goto("/gemeente/doorverwijzen/")
        assert page.locator("td.action-reason").all_inner_texts() == [text for _name, text in EXPECTED]
        assert_axe_clean(page)
        assert_no_horizontal_scroll(page)
