"""Issue 17, point 16: with the Content-Security-Policy on, the pages still work in a real browser (the vendored htmx
loads and swaps, the components script runs) and the browser reports no CSP violation."""

import pytest

from .test_pages import login, people  # noqa: F401 - the fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def watch_csp(page) -> list[str]:
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    return violations


@pytest.fixture
def enforcing_page(browser, live_server):
    context = browser.new_context(locale="nl-BE", base_url=live_server.url)  # no bypass_csp: the policy applies
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_pages_and_htmx_work_under_the_policy_without_violations(enforcing_page, people):  # noqa: F811
    page = enforcing_page
    violations = watch_csp(page)
    response = page.goto("/login/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    assert page.evaluate("typeof htmx") == "object"  # the vendored htmx ran
    page.get_by_role("button", name="Toestemming geven").first.click()  # an htmx swap
    page.get_by_text("U gaf toestemming").wait_for()
    page.goto("/api/v1/docs")
    page.locator(".swagger-ui").first.wait_for()
    assert not violations, violations
