import pytest

from werkregie.geo.models import Municipality
from werkregie.geo.services import load_reference_data


@pytest.fixture
def ref(db):
    """The shipped reference data (municipalities, postal codes); loaded once per database state."""
    if not Municipality.objects.exists():
        load_reference_data()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_reference_data()


def pytest_configure(config):
    from django.conf import settings

    # Deliberately weak hashing in tests only: the production hasher costs ~0.3 s per password.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def dutch_first():
    """Each test starts in the platform's default language; a request in French must not leak into the next test."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_match_index():
    """Tests roll the database back, so revision numbers repeat: each test starts without a cached match index."""
    from werkregie.matching import platform

    platform.forget()
    yield
    platform.forget()
