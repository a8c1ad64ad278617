"""The access log is append-only and tamper-evident; `werkregie audit verify` names the first broken entry."""

import pytest

from werkregie.access.models import AccessLogEntry, AppendOnlyError
from werkregie.access.services import Actor, record_access, verify_chain
from werkregie.cli import main

from .access_support import tamper

ACTOR = Actor(user_id=7, label="Bart (Bemiddelaar, Team Gent)", role="counsellor", organisation_name="Team Gent")


@pytest.fixture
def chain(db):
    for person_id in range(1, 11):
        record_access(ACTOR, [person_id], "persoonsgegevens", "guidance", "web")
    return list(AccessLogEntry.objects.order_by("seq"))


def _raw(sql: str, params: list) -> None:
    """A change made by someone who can write to the database. Since issue 17 (point 6) the database itself refuses
    UPDATE and DELETE on the log, so this attacker is a superuser who switches the triggers off first."""
    tamper(sql, params)


def test_intact_chain_verifies(chain, capsys):
    result = verify_chain()
    assert result.ok and result.checked == 10
    assert main(["audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_each_entry_carries_the_hash_of_the_one_before(chain):
    for before, after in zip(chain, chain[1:]):
        assert after.prev_hash == before.entry_hash
        assert after.seq == before.seq + 1


def test_a_changed_row_is_caught_and_named(chain, capsys):
    target = chain[4]
    _raw("UPDATE access_accesslogentry SET purpose = %s WHERE id = %s", ["screening", target.pk])
    result = verify_chain()
    assert not result.ok and result.broken_seq == target.seq and "changed" in result.problem
    assert main(["audit", "verify"]) == 1
    assert f"entry {target.seq}" in capsys.readouterr().err


def test_a_rehashed_changed_row_is_still_caught_by_its_successor(chain):
    target = chain[3]
    target.actor_label = "someone else"
    new_hash = target.compute_hash()
    _raw("UPDATE access_accesslogentry SET actor_label = %s, entry_hash = %s WHERE id = %s", ["someone else", new_hash, target.pk])
    result = verify_chain()
    assert not result.ok and result.broken_seq == chain[4].seq


def test_a_deleted_row_is_caught(chain, capsys):
    _raw("DELETE FROM access_accesslogentry WHERE id = %s", [chain[6].pk])
    result = verify_chain()
    assert not result.ok and result.broken_seq == chain[6].seq and "deleted" in result.problem
    assert main(["audit", "verify"]) == 1
    assert "missing" in capsys.readouterr().err


def test_a_deleted_last_row_is_caught(chain):
    _raw("DELETE FROM access_accesslogentry WHERE id = %s", [chain[-1].pk])
    result = verify_chain()
    assert not result.ok and "deleted" in result.problem


def test_the_model_refuses_updates_and_deletes(chain):
    entry = chain[0]
    entry.what = "changed"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()


def test_unknown_purpose_writes_nothing(db):
    with pytest.raises(ValueError):
        record_access(ACTOR, [1], "x", "curiosity", "web")
    assert not AccessLogEntry.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_fork_the_chain():
    import threading

    from django.db import connection as main_connection

    if main_connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database is one connection; concurrency is proven on PostgreSQL")
    from django.db import connections

    errors = []

    def writer(offset):
        try:
            for i in range(25):
                record_access(ACTOR, [offset * 100 + i, offset * 100 + i + 50], "persoonsgegevens", "guidance", "api")
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    result = verify_chain()
    assert result.ok and result.checked == 6 * 25 * 2
