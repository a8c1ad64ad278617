"""Issue 17 points 10 and 12: consent races and lost profile updates. The races need a real database with real
parallel transactions (PostgreSQL); SQLite serialises writers on one file lock, so those tests skip there. The
behaviour without a race (idempotence, ETag, If-Match, 412, the page's version field) is tested on both."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.matching.models import MatchingPreferences
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.people.models import Consent, Person

from . import factories as f

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql",
                                   reason="a race needs parallel transactions; SQLite serialises every writer on one file lock")


@pytest.fixture
def keeps_reference_data(django_db_blocker):
    """A transactional test ends with a flush that empties every table, reference data included: load it again after
    (this fixture is listed before transactional_db, so its teardown runs after the flush), for the tests that follow."""

    def load() -> None:
        from werkregie.geo.models import Municipality
        from werkregie.geo.services import load_reference_data

        with django_db_blocker.unblock():
            if not Municipality.objects.exists():
                load_reference_data()

    load()
    yield
    load()


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def in_parallel(n: int, work) -> list:  # noqa: ANN001 - work(i) -> result
    """Run work(0..n-1) in n threads released together; each thread has its own database connection."""
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def run(i: int) -> None:
        try:
            barrier.wait()
            results[i] = work(i)
        except Exception as exc:  # noqa: BLE001 - reported by the test
            results[i] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


# ------------------------------------------------------------------------------------------------ 10. consents


@postgres_only
def test_ten_parallel_gives_leave_one_active_consent_and_one_withdrawal_ends_it(keeps_reference_data, transactional_db):
    person = f.person()
    token = f.token(f.user(Role.CITIZEN, person=person))
    give = in_parallel(10, lambda i: Client().post("/api/v1/me/consents", {"purpose": "proposal_to_employers"}, content_type="application/json",
                                                   **bearer(token)).status_code)
    assert give == [201] * 10, give
    assert Consent.objects.filter(person=person, withdrawn_at__isnull=True).count() == 1
    withdraw = in_parallel(5, lambda i: Client().delete("/api/v1/me/consents/proposal_to_employers", **bearer(token)).status_code)
    assert sorted(withdraw) == [200] + [404] * 4, withdraw
    assert not Consent.objects.filter(person=person, withdrawn_at__isnull=True).exists()


@pytest.mark.django_db
def test_the_database_refuses_a_second_active_consent():
    from django.db import IntegrityError, transaction

    from werkregie.core import clock

    person = f.person()
    Consent.objects.create(person=person, purpose="research", given_at=clock.now())
    with pytest.raises(IntegrityError), transaction.atomic():
        Consent.objects.create(person=person, purpose="research", given_at=clock.now())
    Consent.objects.filter(person=person).update(withdrawn_at=clock.now())
    Consent.objects.create(person=person, purpose="research", given_at=clock.now())  # a new one after withdrawal is fine
    assert Consent.objects.filter(person=person).count() == 2


@pytest.mark.django_db
def test_withdrawal_ends_every_active_row_of_older_data():
    """Rows left by races before the constraint (the migration keeps one of them active): a withdrawal ends all."""
    from werkregie.core import clock
    from werkregie.people.use_cases import withdraw_consent

    person = f.person()
    citizen = f.user(Role.CITIZEN, person=person)
    Consent.objects.create(person=person, purpose="research", given_at=clock.now())
    withdraw_consent(f.principal(citizen), "research")
    assert not Consent.objects.filter(person=person, withdrawn_at__isnull=True).exists()


# ------------------------------------------------------------------------------------------------ 12. profile versions


@pytest.fixture
def counsellor_and_seeker(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    person = f.person(team=team)
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT)
    return counsellor, person


def test_profile_etag_if_match_and_412(counsellor_and_seeker):
    counsellor, person = counsellor_and_seeker
    client, headers = Client(), bearer(f.token(counsellor))
    url = f"/api/v1/matching/persons/{person.pk}/profile"
    got = client.get(url, **headers)
    etag = got["ETag"]
    assert etag == f'"v{got.json()["version"]}"'
    body = {"preferences": {"max_commute_km": 25, "hours_min": 19, "hours_max": 38, "relocate": False}}
    first = client.put(url, body, content_type="application/json", HTTP_IF_MATCH=etag, **headers)
    assert first.status_code == 200 and first["ETag"] != etag and first.json()["version"] == got.json()["version"] + 1
    stale = client.put(url, {"preferences": {**body["preferences"], "max_commute_km": 60}}, content_type="application/json", HTTP_IF_MATCH=etag,
                       **headers)
    assert stale.status_code == 412 and stale["Content-Type"] == "application/problem+json"
    assert stale.json()["current_version"] == first.json()["version"]
    assert MatchingPreferences.objects.get(person=person).max_commute_km == 25, "the stale write changed nothing"
    bad = client.put(url, body, content_type="application/json", HTTP_IF_MATCH="garbage", **headers)
    assert bad.status_code == 400 and bad["Content-Type"] == "application/problem+json"
    # without If-Match the write is refused (issue 17 follow-up: optimistic concurrency is required, no silent overwrite)
    blind = client.put(url, body, content_type="application/json", **headers)
    assert blind.status_code == 428 and blind["Content-Type"] == "application/problem+json"
    assert client.get(url, **headers).json()["version"] == first.json()["version"]


def test_the_preferences_page_sends_its_version_and_refuses_a_stale_one(db):
    person = f.person()
    citizen = f.user(Role.CITIZEN, person=person)
    web = Client()
    web.force_login(citizen)
    page = web.get("/mijn-vacatures/").content.decode()
    assert 'name="version" value="1"' in page
    form = {"form": "preferences", "max_commute_km": 30, "hours_min": 0, "hours_max": 38, "version": 1}
    assert web.post("/mijn-vacatures/", form).status_code == 302
    stale = web.post("/mijn-vacatures/", {**form, "max_commute_km": 50})
    assert stale.status_code == 422 and "Iemand anders heeft dit profiel intussen gewijzigd" in stale.content.decode()
    assert MatchingPreferences.objects.get(person=person).max_commute_km == 30


@postgres_only
def test_sixteen_concurrent_profile_updates_no_500_and_no_silent_lost_update(keeps_reference_data, transactional_db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    person = f.person(team=team)
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT)
    token = f.token(counsellor)
    url = f"/api/v1/matching/persons/{person.pk}/profile"
    etag = Client().get(url, **bearer(token))["ETag"]
    from .test_matching_platform import SKILLS

    def update(i: int) -> int:
        body = {"skills": [{"uri": uri, "source": "declared"} for uri in SKILLS[i % 4: i % 4 + 3]],
                "preferences": {"max_commute_km": 10 + i, "hours_min": 0, "hours_max": 38, "relocate": False}}
        return Client().put(url, body, content_type="application/json", HTTP_IF_MATCH=etag, **bearer(token)).status_code

    with_version = in_parallel(16, update)
    assert 500 not in with_version and all(isinstance(s, int) for s in with_version), with_version
    assert sorted(with_version) == [200] + [412] * 15, "exactly one writer of that version wins; the others are told"
    winner = MatchingPreferences.objects.get(person=person).max_commute_km
    assert 10 <= winner < 26
    assert Person.objects.get(pk=person.pk).profile_version == 2

    def blind(i: int) -> int:  # no If-Match: refused (428) since versions are required; none applies, none fails with a 500
        body = {"skills": [{"uri": uri, "source": "declared"} for uri in SKILLS[i % 4: i % 4 + 3]],
                "preferences": {"max_commute_km": 30 + i, "hours_min": 0, "hours_max": 38, "relocate": False}}
        return Client().put(url, body, content_type="application/json", **bearer(token)).status_code

    without = in_parallel(16, blind)
    assert without == [428] * 16, without
    assert Person.objects.get(pk=person.pk).profile_version == 2, "no write without a version applied"


class _Deadlock(Exception):
    sqlstate = "40P01"


def _deadlock() -> Exception:
    from django.db import OperationalError

    exc = OperationalError("deadlock detected")
    exc.__cause__ = _Deadlock()
    return exc


def test_a_deadlock_is_retried_and_then_a_409_never_a_500():
    from werkregie.core.errors import Conflict
    from werkregie.people.concurrency import ATTEMPTS, retry_concurrency

    calls = []

    @retry_concurrency
    def flaky(fail: int) -> str:
        calls.append(1)
        if len(calls) <= fail:
            raise _deadlock()
        return "done"

    assert flaky(2) == "done" and len(calls) == 3
    calls.clear()
    with pytest.raises(Conflict):
        flaky(ATTEMPTS + 1)
    assert len(calls) == ATTEMPTS


def test_the_api_answers_an_unretried_deadlock_with_409(counsellor_and_seeker, monkeypatch):
    from werkregie.matching import profile_use_cases

    counsellor, person = counsellor_and_seeker

    def deadlocked(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise _deadlock()

    monkeypatch.setattr(profile_use_cases, "profile_of", deadlocked)
    response = Client().get(f"/api/v1/matching/persons/{person.pk}/profile", **bearer(f.token(counsellor)))
    assert response.status_code == 409 and response["Retry-After"] == "1"
    assert response["Content-Type"] == "application/problem+json"
