"""Issue 16, the lead's shortfalls in a real browser, at desktop and phone width: the counsellor's vacancy list opens
the vacancy and its candidates, the candidate list names the search ring and the distance, and the admin's
permission pickers and case pages speak Dutch; none of them scrolls sideways at 390 or 320 px."""

import contextlib

import pytest

from werkregie.accounts.models import Role

from .. import compliance_support as cs
from .. import factories as f
from .checks import PHONE, SMALL_PHONE, assert_axe_clean, assert_no_horizontal_scroll, assert_no_leaks, viewport
from .test_matching_pages import market  # noqa: F401 - shared fixture
from .test_pages import PASSWORD, login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SIZES = [None, PHONE, SMALL_PHONE]


@pytest.mark.parametrize("size", SIZES)
def test_counsellor_opens_a_vacancy_and_its_candidates_from_the_list(page, market, size):  # noqa: F811 - the fixture
    with viewport(page, size) if size else contextlib.nullcontext():
        login(page, "bart")
        page.wait_for_url("**/caseload/")
        page.goto("/vacatures/")
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)
        page.get_by_role("link", name="Heftruckchauffeur", exact=True).click()
        page.get_by_role("heading", name="Heftruckchauffeur", level=1).wait_for()
        assert_no_horizontal_scroll(page)
        page.go_back()
        page.get_by_role("link", name="Kandidaten bekijken voor Heftruckchauffeur").click()
        page.get_by_role("heading", name="Kandidaten: Heftruckchauffeur").wait_for()
        text = page.locator("ol.matches").inner_text()
        assert "Zoekkring: Vlaanderen" in text and "Afstand:" in text
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)


ADMIN_LEAKS = ["Can add", "Can change", "Can delete", "Can view", "opened", "closed", "published"]


@pytest.mark.parametrize("size", SIZES)
def test_the_admins_permissions_and_case_pages_speak_dutch_on_a_phone(page, ref, size):
    admin = f.user(Role.ADMIN, username="beheer", password=PASSWORD, is_staff=True, is_superuser=True)
    case = cs.open_case(cs.jobseeker())
    with viewport(page, size) if size else contextlib.nullcontext():
        login(page, "beheer")
        page.wait_for_load_state()
        for path in (f"/admin/accounts/user/{admin.pk}/change/", "/admin/auth/group/add/", "/admin/compliance/case/",
                     f"/admin/compliance/case/{case.pk}/change/", "/admin/vacancies/vacancy/"):
            page.goto(path)
            page.wait_for_load_state()
            assert_no_leaks(page, ADMIN_LEAKS)
            assert_no_horizontal_scroll(page)
        page.goto("/admin/compliance/case/")
        assert "Overgedragen aan de controledienst" in page.locator("body").inner_text()


@pytest.mark.parametrize("size", SIZES)
def test_the_employer_reads_the_search_ring_of_a_proposed_candidate(page, market, size):  # noqa: F811 - the fixture
    from werkregie.people.enums import ConsentPurpose
    from werkregie.people.models import Consent

    from .test_matching_pages import NOW

    Consent.objects.create(person=market["mine"], purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    f.user(Role.EMPLOYER, market["vacancy"].employer, username="werkgever", password=PASSWORD)
    with viewport(page, size) if size else contextlib.nullcontext():
        login(page, "werkgever")
        page.wait_for_load_state()
        page.goto(f"/vacatures/{market['vacancy'].pk}/suggesties/")
        assert "Zoekkring: Vlaanderen" in page.locator("ol.matches").inner_text()
        assert_no_horizontal_scroll(page)
        assert_axe_clean(page)
