import pytest
from django.test import Client, override_settings

from werkregie.accounts.models import Role, User
from werkregie.accounts.oidc import NationalNumberOIDCBackend

from . import factories as f


@pytest.fixture
def citizen(db):
    return f.user(Role.CITIZEN, username="ann", person=f.person(), password="a-long-secret-pass")


def login(client, username, password):
    return client.post("/login/", {"username": username, "password": password})


def test_login_and_role_home(citizen):
    client = Client()
    response = login(client, "ann", "a-long-secret-pass")
    assert response.status_code == 302
    assert client.get("/", follow=True).redirect_chain[-1][0] == "/mijn-gegevens/"


def test_passwords_are_hashed(citizen):
    stored = User.objects.get(username="ann").password
    assert "a-long-secret-pass" not in stored and "$" in stored


@override_settings(LOGIN_THROTTLE_FAILURES=3)
def test_login_throttling_locks_after_repeated_failures(citizen):
    client = Client()
    for _ in range(3):
        assert "Voer een juiste" in login(client, "ann", "wrong").content.decode()
    response = login(client, "ann", "a-long-secret-pass")
    assert response.status_code == 429  # a throttled login is a 429 with Retry-After (issue 17 follow-up), the page says why
    assert "Te veel mislukte aanmeldpogingen" in response.content.decode()


def test_csrf_is_enforced(citizen):
    client = Client(enforce_csrf_checks=True)
    assert login(client, "ann", "a-long-secret-pass").status_code == 403


def test_pages_require_login(db):
    for url in ("/caseload/", "/mijn-gegevens/", "/personen/1/", "/gemeente/clienten/", "/statistiek/"):
        response = Client().get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/")


@override_settings(OIDC_NATIONAL_NUMBER_CLAIM="rrn")
def test_oidc_national_number_claim_maps_to_the_citizen(db):
    person = f.person()
    backend = NationalNumberOIDCBackend()
    claims = {"sub": "acm-123", "rrn": person.insz, "given_name": "Ann", "family_name": "Peeters"}
    assert backend.verify_claims(claims)
    assert not backend.filter_users_by_claims(claims).exists()
    user = backend.create_user(claims)
    assert user.role == Role.CITIZEN and user.person == person and not user.has_usable_password()
    assert list(backend.filter_users_by_claims(claims)) == [user]


def test_oidc_refuses_unknown_or_invalid_national_numbers(db):
    backend = NationalNumberOIDCBackend()
    assert not backend.verify_claims({"sub": "x", "rrn": "12345678901"})
    assert backend.create_user({"sub": "x", "rrn": "85073003328"}) is None
    assert not User.objects.exists()


def test_not_found_page_is_the_platforms_own(db):
    client = Client()
    client.force_login(f.user(Role.COUNSELLOR))
    response = client.get("/personen/999999/")
    assert response.status_code == 404 and "Niet gevonden" in response.content.decode()
