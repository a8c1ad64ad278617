"""Browser tests: Playwright drives Debian's chromium against the live server."""

import os
import shutil
import threading
import time

import pytest
from django.core.signals import request_finished, request_started

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
    _requests_in_flight.wait_until_none()


class _RequestsInFlight:
    """The requests the live server is still answering. On SQLite the live server's threads share the test's one
    in-memory connection: a request still running when a test ends (a poll, a page closed mid-load) ran its queries
    inside the next test's set-up or the flush, and left that connection in a broken transaction ("You can't execute
    queries until the end of the 'atomic' block") for the next tests in CI. Each browser test now ends only when the
    server has answered everything it was asked. Only the live server's requests count (a thread of its own per
    request, started and finished in that thread), never the test client's (SERVER_NAME "testserver")."""

    def __init__(self) -> None:
        self.threads: set[int] = set()
        self.lock = threading.Lock()

    def started(self, environ=None, **_) -> None:  # noqa: ANN001
        if (environ or {}).get("SERVER_NAME") == "testserver":
            return
        with self.lock:
            self.threads.add(threading.get_ident())

    def finished(self, **_) -> None:
        with self.lock:
            self.threads.discard(threading.get_ident())

    def wait_until_none(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while self.threads and time.monotonic() < deadline:
            time.sleep(0.02)
        with self.lock:
            left = len(self.threads)
            self.threads.clear()  # one stuck request fails its own test, not every test after it
        assert not left, f"{left} request(s) still running on the live server {seconds} s after the test"


_requests_in_flight = _RequestsInFlight()
request_started.connect(_requests_in_flight.started, dispatch_uid="browser-tests-requests-started")
request_finished.connect(_requests_in_flight.finished, dispatch_uid="browser-tests-requests-finished")
