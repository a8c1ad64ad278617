import pytest
from hypothesis import settings as hypothesis_settings

from werkregie.geo.models import Municipality
from werkregie.geo.services import load_reference_data

# No per-example time limit for hypothesis: the suite runs its two passes side by side on two shared cores, where one
# example of a rule now and then waits 250 ms for a core (a compliance property failed as "flaky" on that alone). Speed
# has its own targets, measured by the benchmarks under bench/; the properties check what is computed.
hypothesis_settings.register_profile("werkregie", deadline=None)
hypothesis_settings.load_profile("werkregie")


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
    _flush_only_filled_postgresql_tables()


def _flush_only_filled_postgresql_tables() -> None:
    """Transactional tests (the browser tests, the concurrency tests) end with Django's flush, which on PostgreSQL
    truncates all ~100 tables: TRUNCATE gives every table and index a new file, 6 s per test on a busy machine. Most
    tables are empty; this flush empties only those with rows: DELETE, as every foreign key is deferred to the commit
    (all tables are empty by then), and TRUNCATE ... CASCADE first for the tables whose triggers refuse a DELETE (the
    append-only access log, with the flush marker of werkregie.access.dbguard, and the ledger). The same empty
    database, left the same way (sequences are not reset unless asked, as with TRUNCATE)."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    everything = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):  # noqa: ANN001, ANN202
        if reset_sequences or not tables:
            return everything(self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
        with self.connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(f"SELECT %s WHERE EXISTS (SELECT 1 FROM {self.quote_name(t)})" for t in tables), list(tables))
            filled = [row[0] for row in cursor.fetchall()]
            cursor.execute("SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal AND tgtype & 8 <> 0")  # ON DELETE
            guarded = {row[0] for row in cursor.fetchall()}
        truncated = [t for t in filled if t in guarded]
        statements = everything(self, style, truncated, allow_cascade=True) if truncated else []
        return statements + [f"DELETE FROM {self.quote_name(t)};" for t in filled if t not in guarded]

    DatabaseOperations.sql_flush = sql_flush


@pytest.fixture(autouse=True)
def dutch_first():
    """Each test starts in the platform's default language; a request in French must not leak into the next test."""
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache, as with a rolled-back database: rate limits of one test (anonymous text
    calls, werkregie/api/guard.py) must not refuse the next one's requests."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def fresh_match_index():
    """Tests roll the database back, so revision numbers repeat: each test starts without a cached match index."""
    from werkregie.matching import platform

    platform.forget()
    yield
    platform.forget()


DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback", "live_server", "client", "admin_client",
                     "django_user_model", "admin_user"}


def uses_database(item) -> bool:
    return bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))) or item.get_closest_marker("django_db") is not None


def pytest_collection_modifyitems(config, items):
    """The second pass of the suite (on PostgreSQL) runs only the tests that touch a database: the others (engines,
    rules, parsers) gave their answer in the first pass, and running them twice only costs time."""
    import os

    if os.environ.get("WERKREGIE_TESTS_DATABASE_ONLY") != "1":
        return
    kept, skipped = [], []
    for item in items:
        (kept if uses_database(item) else skipped).append(item)
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = kept
