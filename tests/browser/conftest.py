"""Browser tests: Playwright drives Debian's chromium against the live server."""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("WERKREGIE_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"chromium not found at {CHROMIUM}: install Debian's chromium (the test command does)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls of the tests are still sequential.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    # bypass_csp: Playwright evaluates wait_for_function's string predicates with eval, which the platform's CSP
    # (script-src 'self') refuses; tests/browser/test_security_csp.py checks the pages with the policy enforced
    context = browser.new_context(locale="nl-BE", base_url=live_server.url, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
