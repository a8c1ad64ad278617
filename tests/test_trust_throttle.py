"""Issue 17 (follow-up): a throttled login answers 429 Too Many Requests with Retry-After on every path, the
platform's login page included (it answered 200 with a Retry-After header: clients and monitoring read a normal page)."""

import pytest
from django.conf import settings
from django.test import Client

from werkregie.accounts.models import Role

from . import factories as f

PASSWORD = "the-real-secret-of-an"


@pytest.fixture
def account(db):
    return f.user(Role.COUNSELLOR, username="bemiddelaar-t", password=PASSWORD)


def _login(client, password, ip="192.0.2.77"):
    return client.post("/login/", {"username": "bemiddelaar-t", "password": password}, REMOTE_ADDR=ip)


def test_login_page_answers_429_with_retry_after_once_paused(account):
    client = Client()
    statuses = [_login(client, "wrong").status_code for _ in range(settings.LOGIN_THROTTLE_FAILURES - 1)]
    assert statuses == [200] * (settings.LOGIN_THROTTLE_FAILURES - 1)  # plain wrong passwords: the form again
    _login(client, "wrong")  # the failure that starts the cool-off
    refused = _login(client, PASSWORD)  # the right password during the cool-off
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= settings.LOGIN_THROTTLE_WINDOW_SECONDS
    assert "Te veel mislukte aanmeldpogingen" in refused.content.decode()  # the page still says why, in words
    assert "_auth_user_id" not in client.session


def test_no_throttled_answer_is_a_200(account):
    client = Client()
    for _ in range(settings.LOGIN_THROTTLE_FAILURES + 3):
        response = _login(client, "wrong", ip="192.0.2.78")
        assert response.status_code in (200, 429)
        assert (response.status_code == 429) == response.has_header("Retry-After")
