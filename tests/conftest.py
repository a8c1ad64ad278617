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
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        load_reference_data()
        _keep_a_migrated_sqlite_copy(tmp_path_factory)


MIGRATED_SQLITE: list = []  # the file _keep_a_migrated_sqlite_copy wrote, when the test database is SQLite


def _keep_a_migrated_sqlite_copy(tmp_path_factory) -> None:
    """A file copy of the freshly migrated SQLite test database with the reference data (before any test wrote), for
    the tests that run the command line on a database of their own (`migrated_sqlite_copy`): migrating from nothing
    costs ~25 s of CPU each time, and the test database's own creation already runs every migration from nothing."""
    import sqlite3

    from django.db import connection

    if connection.vendor != "sqlite":
        return
    connection.ensure_connection()
    target = tmp_path_factory.mktemp("migrated") / "werkregie.sqlite3"
    with sqlite3.connect(target) as copy:
        connection.connection.backup(copy)
    copy.close()
    MIGRATED_SQLITE.append(target)


@pytest.fixture(scope="class")
def class_database(django_db_setup, django_db_blocker):  # noqa: ARG001 - the session's test database must exist first
    """A database state built once for the tests of one class (an expensive world they only read): written inside a
    transaction that is rolled back after the class's last test; each test runs in a savepoint within it, as usual.
    The reference data is there, whatever an earlier transactional test's flush left."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        if not Municipality.objects.exists():
            load_reference_data()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def migrated_sqlite_copy(django_db_setup, tmp_path):  # noqa: ARG001 - the session's test database must exist first
    """tmp_path holding werkregie.sqlite3: migrated, with the reference data, as WERKREGIE_DATA_DIR expects it."""
    import shutil

    if MIGRATED_SQLITE:
        shutil.copyfile(MIGRATED_SQLITE[0], tmp_path / "werkregie.sqlite3")
    return tmp_path


def pytest_configure(config):
    from django.conf import settings

    # Deliberately weak hashing in tests only: the production hasher costs ~0.3 s per password.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # A test database need not survive a crash: PostgreSQL answers a commit before its WAL is on disk. Every
    # transactional test (browser, live server, concurrency) commits often, and on a machine whose disk syncs slowly each
    # commit waited for it (the CI run of stop 37 took 2.6 times the same suite's time on a quiet session machine).
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("postgresql"):
        options = database.setdefault("OPTIONS", {})
        options["options"] = (options.get("options", "") + " -c synchronous_commit=off").strip()
    _flush_only_filled_postgresql_tables()


KEPT_BY_FLUSH = {"django_content_type", "auth_permission"}  # what post_migrate re-creates after every flush


def _flush_only_filled_postgresql_tables() -> None:
    """Transactional tests (the browser tests, the concurrency tests) end with Django's flush, which on PostgreSQL
    truncates all ~100 tables: TRUNCATE gives every table and index a new file, 6 s per test on a busy machine. Most
    tables are empty; this flush empties only those with rows: DELETE, as every foreign key is deferred to the commit
    (all tables are empty by then), and TRUNCATE ... CASCADE first for the tables whose triggers refuse a DELETE (the
    append-only access log, with the flush marker of werkregie.access.dbguard, and the ledger). The same empty
    database, left the same way (sequences are not reset unless asked, as with TRUNCATE). The content types and
    permissions stay: the flush's post_migrate signal re-creates exactly those rows (~0.2 s per test when deleted)."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    everything = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):  # noqa: ANN001, ANN202
        if reset_sequences or not tables:
            return everything(self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
        with self.connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(f"SELECT %s WHERE EXISTS (SELECT 1 FROM {self.quote_name(t)})" for t in tables), list(tables))
            filled = [row[0] for row in cursor.fetchall() if row[0] not in KEPT_BY_FLUSH]
            cursor.execute("SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal AND tgtype & 8 <> 0")  # ON DELETE
            guarded = {row[0] for row in cursor.fetchall()}
        truncated = [t for t in filled if t in guarded]
        statements = everything(self, style, truncated, allow_cascade=True) if truncated else []
        return statements + [f"DELETE FROM {self.quote_name(t)};" for t in filled if t not in guarded]

    DatabaseOperations.sql_flush = sql_flush


@pytest.fixture(scope="session")
def made_keys(tmp_path_factory):
    """A key folder made once per test process by the platform's own key module (the CA, a seal key, the test TSA):
    making RSA-3072 keys for each of some 250 messaging tests
    (tests/messaging_support.py, clean_gateways) cost over a minute of each pass."""
    from django.test import override_settings

    from werkregie.core import keys

    folder = tmp_path_factory.mktemp("made-keys") / "keys"
    with override_settings(KEY_DIR=folder):
        keys.ensure()
        keys.test_tsa()
    return folder


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


# Browser tests run once, in one of the two passes of `./dev test`: they walk pages, whatever the database, and together
# they are a third of each pass. Most run on PostgreSQL (the production database, where the live server's threads have
# their own connections); a stable third of them (by a hash of the test's id, so the split keeps itself balanced as
# tests are added) on SQLite, so that both passes end at about the same time (measured at stop 35 with every test's
# duration: one in four left the PostgreSQL pass 4 minutes behind; one in three puts 37% of the browser time on SQLite).
BROWSER_SHARE_ON_SQLITE = 3  # one in three


def browser_pass(nodeid: str) -> str:
    import zlib

    return "sqlite" if zlib.crc32(nodeid.encode()) % BROWSER_SHARE_ON_SQLITE == 0 else "postgresql"


def pytest_collection_modifyitems(config, items):
    """The two passes of `./dev test` (WERKREGIE_TESTS_PASS) split the work: the PostgreSQL pass runs only the tests
    that touch a database (the others — engines, rules, parsers — gave their answer in the SQLite pass), and neither
    the tests that build their own database in a subprocess (`own_database`: the demo, `serve`) nor each browser test
    run twice. Run alone (`pytest ...`, no pass named), every collected test runs."""
    import os

    current = os.environ.get("WERKREGIE_TESTS_PASS", "")
    if os.environ.get("WERKREGIE_TESTS_DATABASE_ONLY") == "1" and not current:
        current = "postgresql"
    if current not in ("sqlite", "postgresql"):
        return
    kept, skipped = [], []
    for item in items:
        if "tests/browser/" in item.nodeid.replace("\\", "/"):
            keep = browser_pass(item.nodeid) == current
        elif current == "postgresql":
            keep = uses_database(item) and item.get_closest_marker("own_database") is None
        else:
            keep = True
        (kept if keep else skipped).append(item)
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = kept
