"""Issue 17, points 8 and 9: one throttle (django-axes in the authentication backends) for every way to log in, per
account and per client address, with growing cool-offs and an alert; the Django admin only after the platform's login."""

import logging
import uuid

import pytest
from django.conf import settings
from django.contrib.auth import authenticate
from django.test import Client, RequestFactory, override_settings

from werkregie.accounts import throttle
from werkregie.accounts.models import Role

from . import factories as f

ADMIN_PASSWORD = "the-admins-real-secret"


@pytest.fixture
def admin(db):
    return f.user(Role.ADMIN, username="beheer", password=ADMIN_PASSWORD, is_staff=True, is_superuser=True)


def login(client, username, password, ip="192.0.2.10", path="/login/", **extra):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=ip, **extra)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_every_login_path_goes_through_the_axes_backend():
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert "axes.middleware.AxesMiddleware" in settings.MIDDLEWARE


def test_fifteen_wrong_admin_passwords_then_the_right_one_is_refused(admin):
    client = Client()
    for attempt in range(15):
        response = login(client, "beheer", "guess")
        # plain wrong passwords answer the form (200); from the failure that starts the cool-off: 429 (issue 17 follow-up)
        assert response.status_code == (200 if attempt < settings.LOGIN_THROTTLE_FAILURES - 1 else 429) and not logged_in(client)
    response = login(client, "beheer", ADMIN_PASSWORD)
    assert response.status_code == 429 and not logged_in(client)
    assert "Te veel mislukte aanmeldpogingen" in response.content.decode()
    assert int(response["Retry-After"]) >= settings.LOGIN_THROTTLE_WINDOW_SECONDS


def test_the_admin_login_form_takes_no_passwords(admin):
    client = Client()
    for _ in range(15):
        response = login(client, "beheer", "guess", path="/admin/login/")
        assert response.status_code == 302 and response["Location"].startswith("/login/")
    response = login(client, "beheer", ADMIN_PASSWORD, path="/admin/login/")
    assert response.status_code == 302 and response["Location"].startswith("/login/") and not logged_in(client)


def test_the_admin_opens_only_for_administrators_after_the_platform_login(admin):
    anonymous = Client().get("/admin/")
    assert anonymous.status_code == 302 and anonymous["Location"] == "/login/?next=/admin/"
    counsellor = Client()
    counsellor.force_login(f.user(Role.COUNSELLOR, is_staff=True))
    refused = counsellor.get("/admin/accounts/user/")
    assert refused.status_code == 403 and "Geen toegang" in refused.content.decode()
    client = Client()
    assert login(client, "beheer", ADMIN_PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/accounts/loginattempt/").status_code == 200  # the attempts are visible to administrators


def test_random_usernames_from_one_address_lock_out_nobody_else(db):
    ann = f.user(Role.CITIZEN, username="ann", person=f.person(), password="anns-long-password")
    bob = f.user(Role.COUNSELLOR, username="bob", password="bobs-long-password")
    attacker = Client()
    for _ in range(20):
        login(attacker, f"user-{uuid.uuid4().hex[:8]}", "wrong", ip="203.0.113.66")
    # the attacking address is paused …
    refused = login(attacker, "bob", "bobs-long-password", ip="203.0.113.66")
    assert not logged_in(attacker) and "Te veel mislukte aanmeldpogingen" in refused.content.decode()
    # … the real users, from their own addresses, are not
    for user, password, ip in ((ann, "anns-long-password", "198.51.100.1"), (bob, "bobs-long-password", "198.51.100.2")):
        client = Client()
        assert login(client, user.username, password, ip=ip).status_code == 302 and logged_in(client)


def test_one_address_cannot_close_an_account_for_its_owner(db):
    f.user(Role.COUNSELLOR, username="carla", password="carlas-long-password")
    attacker = Client()
    for _ in range(50):  # failures during the cool-off are not counted, so one address never reaches the account limit
        login(attacker, "carla", "wrong", ip="203.0.113.7")
    owner = Client()
    assert login(owner, "carla", "carlas-long-password", ip="198.51.100.9").status_code == 302 and logged_in(owner)


@override_settings(LOGIN_THROTTLE_FAILURES=3, LOGIN_THROTTLE_ACCOUNT_FACTOR=2)
def test_many_addresses_against_one_account_pause_that_account(db):
    f.user(Role.COUNSELLOR, username="dirk", password="dirks-long-password")
    for n in range(2):
        for _ in range(3):
            login(Client(), "dirk", "wrong", ip=f"203.0.113.{n + 1}")
    owner = Client()
    login(owner, "dirk", "dirks-long-password", ip="198.51.100.3")
    assert not logged_in(owner)


@override_settings(WERKREGIE_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_each_client_has_its_own_address(db):
    f.user(Role.COUNSELLOR, username="els", password="els-long-password")
    attacker = Client()
    for _ in range(20):
        login(attacker, f"user-{uuid.uuid4().hex[:8]}", "wrong", ip="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.66")
    # every user shares the proxy's REMOTE_ADDR, but only the attacker's forwarded address is paused
    user = Client()
    assert login(user, "els", "els-long-password", ip="10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.4").status_code == 302


def test_forwarded_addresses_from_untrusted_peers_are_ignored():
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.66", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert throttle.client_ip(request) == "203.0.113.66"
    with override_settings(WERKREGIE_TRUSTED_PROXIES=["10.0.0.1"]):
        chain = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.7")
        assert throttle.client_ip(chain) == "198.51.100.7"  # the left-most entries are the client's own say
        forged = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address")
        assert throttle.client_ip(forged) == "10.0.0.1"


@override_settings(LOGIN_THROTTLE_FAILURES=2, LOGIN_THROTTLE_WINDOW_SECONDS=60)
def test_cool_offs_grow_with_every_lockout(db):
    f.user(Role.COUNSELLOR, username="fien", password="fiens-long-password")
    request = RequestFactory().post("/login/", {"username": "fien"}, REMOTE_ADDR="203.0.113.9")
    assert throttle.cool_off(request).total_seconds() == 60
    client = Client()
    for _ in range(2):
        login(client, "fien", "wrong", ip="203.0.113.9")
    assert throttle.cool_off(request).total_seconds() == 120
    from axes.models import AccessAttempt

    AccessAttempt.objects.all().delete()  # the first cool-off has passed
    for _ in range(2):
        login(client, "fien", "wrong", ip="203.0.113.9")
    assert throttle.cool_off(request).total_seconds() == 240


def test_a_burst_from_one_address_raises_a_critical_alert(db, caplog):
    with caplog.at_level(logging.WARNING, logger="werkregie.security"):
        for _ in range(20):
            login(Client(), f"user-{uuid.uuid4().hex[:8]}", "wrong", ip="203.0.113.99")
    critical = [r for r in caplog.records if r.name == "werkregie.security" and r.levelno == logging.CRITICAL]
    assert critical and "203.0.113.99" in critical[0].getMessage()


def test_authenticate_itself_refuses_a_paused_client(admin):
    # what the OIDC callback and any other path call: the backend refuses, whatever view asked
    for _ in range(settings.LOGIN_THROTTLE_FAILURES):
        login(Client(), "beheer", "wrong", ip="203.0.113.50")
    request = RequestFactory().post("/oidc/callback/", REMOTE_ADDR="203.0.113.50")
    assert authenticate(request, username="beheer", password=ADMIN_PASSWORD) is None
    other = RequestFactory().post("/oidc/callback/", REMOTE_ADDR="198.51.100.50")
    assert authenticate(other, username="beheer", password=ADMIN_PASSWORD) is not None
