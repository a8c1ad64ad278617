"""Issue 17, point 6: the access log holds against someone who can write to the database.

Each attack is made as such a person would: raw SQL (a database writer, triggers in force) or as a superuser who
switches the triggers off first (tests/access_support.py). Before the fix, the database accepted every change and
`werkregie audit verify` said "intact" after a recomputed chain, an inserted seq=0 row and a deleted tail.
"""

import json

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction

from werkregie.access import checkpoints, dbguard
from werkregie.access.models import GENESIS_HASH, AccessLogEntry, AccessLogHead
from werkregie.access.services import record_access, verify_chain
from werkregie.cli import main
from werkregie.core import keys

from .access_support import delete_and_recompute, keyed_hash, raw, superuser, tamper, unkeyed_hash
from .test_access_log import ACTOR, chain  # noqa: F401 - the shared chain of ten entries


@pytest.fixture
def published(chain, tmp_path, settings):
    settings.ACCESS_LOG_CHECKPOINTS = str(tmp_path / "checkpoints.jsonl")
    checkpoints.publish()
    return tmp_path / "checkpoints.jsonl"


def _refused(sql: str, params: list | tuple = ()) -> None:
    with pytest.raises(DatabaseError, match="append-only"):
        with transaction.atomic():
            raw(sql, params)


# --- the database itself refuses changes ---------------------------------------------------------------------------


def test_the_database_refuses_update_and_delete_of_entries(chain):
    _refused("UPDATE access_accesslogentry SET purpose = 'screening' WHERE seq = 3")
    _refused("DELETE FROM access_accesslogentry WHERE seq = 10")
    _refused("DELETE FROM access_accesslogentry")
    assert AccessLogEntry.objects.count() == 10 and verify_chain().ok
    assert dbguard.missing_triggers() == []


def test_the_database_refuses_truncate_on_postgresql(chain):
    if connection.vendor != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    _refused("TRUNCATE access_accesslogentry")


def test_the_head_cannot_move_back(chain):
    _refused("UPDATE access_accessloghead SET seq = 7 WHERE id = 1")


def test_the_database_refuses_a_sequence_number_below_one(chain):
    row = AccessLogEntry.objects.get(seq=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        raw("INSERT INTO access_accesslogentry (seq, reference, at, actor_id, actor_label, actor_role, organisation_name, person_id, what, purpose, channel, shown, key_id, prev_hash, entry_hash) "
            "SELECT 0, reference, at, actor_id, actor_label, actor_role, organisation_name, person_id, what, purpose, channel, shown, key_id, prev_hash, entry_hash FROM access_accesslogentry WHERE id = %s", [row.pk])


def test_the_sqlite_shell_cannot_delete_either(chain, tmp_path):
    """The flush marker is a function only the platform's process defines: another client's DELETE fails."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite")
    import sqlite3

    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE tbl_name IN ('access_accesslogentry', 'access_accessloghead') AND sql IS NOT NULL ORDER BY type = 'trigger'")
        schema = [row[0] for row in cursor.fetchall()]
    other = sqlite3.connect(tmp_path / "copy.sqlite3")
    try:
        for sql in schema:
            other.execute(sql)
        other.execute("INSERT INTO access_accesslogentry (seq, reference, at, actor_label, actor_role, organisation_name, person_id, what, purpose, channel, shown, key_id, prev_hash, entry_hash) "
                      "VALUES (1, 'r', '2026-01-01', 'x', 'admin', '', 1, 'w', 'guidance', 'web', 'record', 'k', 'p', 'h')")
        with pytest.raises(sqlite3.OperationalError):
            other.execute("DELETE FROM access_accesslogentry WHERE seq = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            other.execute("UPDATE access_accesslogentry SET what = 'niets' WHERE seq = 1")
        assert other.execute("SELECT COUNT(*) FROM access_accesslogentry").fetchone()[0] == 1
    finally:
        other.close()


# --- attacks by a superuser who switched the triggers off -----------------------------------------------------------


def test_a_deletion_with_a_recomputed_chain_and_head_is_caught(chain, capsys):
    delete_and_recompute(5, rehash=unkeyed_hash)
    assert AccessLogEntry.objects.count() == 9 and AccessLogHead.objects.get().seq == 9  # contiguous, linked, head agrees
    result = verify_chain()
    assert not result.ok and result.broken_seq == 5 and "keyed hash" in result.problem
    assert main(["audit", "verify"]) == 1
    assert "BROKEN at entry 5" in capsys.readouterr().err


def test_an_inserted_seq_zero_entry_is_refused(chain, capsys):
    """A fake read shown to the citizen: a copy of a real entry with seq 0 and another person."""
    row = chain[0]
    with superuser():
        raw("INSERT INTO access_accesslogentry (seq, reference, at, actor_id, actor_label, actor_role, organisation_name, person_id, what, purpose, channel, shown, key_id, prev_hash, entry_hash) "
            "SELECT 0, reference, at, actor_id, actor_label, actor_role, organisation_name, 99, what, purpose, channel, shown, key_id, prev_hash, entry_hash FROM access_accesslogentry WHERE id = %s", [row.pk])
    result = verify_chain()
    assert not result.ok and result.broken_seq == 0 and "below 1" in result.problem
    assert main(["audit", "verify"]) == 1
    assert "below 1" in capsys.readouterr().err


def test_a_negative_sequence_number_is_refused(chain):
    with superuser():
        raw("UPDATE access_accesslogentry SET seq = -3 WHERE seq = 10")
        raw("UPDATE access_accessloghead SET seq = 9, entry_hash = %s WHERE id = 1", [chain[8].entry_hash])
    result = verify_chain()
    assert not result.ok and result.broken_seq == -3


def test_an_entry_without_key_id_is_refused(chain):
    target = chain[-1]
    target.key_id = ""
    tamper("UPDATE access_accesslogentry SET key_id = '', entry_hash = %s WHERE id = %s", [unkeyed_hash(target), target.pk])
    tamper("UPDATE access_accessloghead SET entry_hash = %s WHERE id = 1", [unkeyed_hash(target)])
    result = verify_chain()
    assert not result.ok and result.broken_seq == 10 and "no key id" in result.problem


def test_a_count_that_differs_from_the_head_is_refused(chain):
    with superuser():
        raw("UPDATE access_accessloghead SET seq = 12 WHERE id = 1")
    result = verify_chain()
    assert not result.ok and "deleted" in result.problem


def test_a_deleted_tail_with_a_rewound_head_is_caught_by_the_checkpoint(published, capsys):
    with superuser():
        raw("DELETE FROM access_accesslogentry WHERE seq > 7")
        raw("UPDATE access_accessloghead SET seq = 7, entry_hash = (SELECT entry_hash FROM access_accesslogentry WHERE seq = 7) WHERE id = 1")
    assert verify_chain().ok  # the database alone cannot tell: this is what the published checkpoints are for
    assert main(["audit", "verify", "--checkpoints"]) == 1
    err = capsys.readouterr().err
    assert "entry 10" in err and "deleted" in err


def test_a_chain_rewritten_with_the_key_diverges_from_the_published_checkpoint(published, capsys):
    """Even someone holding the key (an insider, a stolen key) cannot rewrite what a checkpoint vouched for."""
    delete_and_recompute(3, rehash=keyed_hash)
    record_access(ACTOR, [11], "persoonsgegevens", "guidance", "web")  # the count is 10 again
    assert verify_chain().ok
    assert main(["audit", "verify", "--checkpoints"]) == 1
    assert "entry 10 differs from the published checkpoint" in capsys.readouterr().err


def test_publishing_refuses_to_sign_a_broken_chain(published):
    record_access(ACTOR, [11, 12], "zoekresultaat: naam", "guidance", "web")
    tamper("UPDATE access_accesslogentry SET what = 'niets' WHERE seq = 11")
    with pytest.raises(checkpoints.CheckpointRefused, match="entry 11"):
        checkpoints.publish()
    assert main(["audit", "checkpoint"]) == 1
    assert len(checkpoints.read()) == 1


# --- the checkpoint file ------------------------------------------------------------------------------------------


def test_checkpoints_are_signed_linked_and_verify(published, capsys):
    record_access(ACTOR, [11], "persoonsgegevens", "guidance", "web")
    assert main(["audit", "checkpoint"]) == 0
    lines = [json.loads(raw_line) for _, raw_line in checkpoints.read()]
    assert [line["seq"] for line in lines] == [10, 11]
    assert lines[0]["prev"] == GENESIS_HASH and lines[1]["prev"] != GENESIS_HASH
    assert lines[1]["head"] == AccessLogEntry.objects.get(seq=11).entry_hash
    header = json.loads(keys._unb64(lines[1]["sig"].split(".")[0]))
    assert header["alg"] == "EdDSA" and header["kid"] in {k["kid"] for k in keys.jwks()["keys"]}
    capsys.readouterr()
    assert main(["audit", "verify", "--checkpoints"]) == 0
    assert "2 signed checkpoints" in capsys.readouterr().out


def test_a_removed_or_forged_checkpoint_line_is_caught(published):
    record_access(ACTOR, [11], "persoonsgegevens", "guidance", "web")
    checkpoints.publish()
    record_access(ACTOR, [12], "persoonsgegevens", "guidance", "web")
    checkpoints.publish()
    lines = published.read_text().splitlines()
    published.write_text("\n".join([lines[0], lines[2]]) + "\n")
    assert not checkpoints.verify().ok and "removed or changed" in checkpoints.verify().problem
    forged = json.loads(lines[2])
    forged["seq"] = 11
    published.write_text("\n".join([lines[0], lines[1], json.dumps(forged)]) + "\n")
    assert "not a valid signed checkpoint" in checkpoints.verify().problem


def test_no_checkpoint_file_is_a_failure_of_verify_checkpoints(chain, tmp_path, capsys):
    assert main(["audit", "verify", "--checkpoints", "--file", str(tmp_path / "none.jsonl")]) == 1
    assert "no checkpoints" in capsys.readouterr().err


def test_the_hourly_checkpoint_is_scheduled_once(db):
    from django_q.models import Schedule

    checkpoints.ensure_schedule()
    checkpoints.ensure_schedule()
    schedule = Schedule.objects.get(name=checkpoints.SCHEDULE)
    assert schedule.schedule_type == Schedule.HOURLY and schedule.repeats == -1
    import pydoc

    assert pydoc.locate(schedule.func) is checkpoints.publish_task


# --- keys ---------------------------------------------------------------------------------------------------------


def test_entries_made_before_a_key_rotation_still_verify(db, settings, tmp_path):
    settings.KEY_DIR = tmp_path / "keys"
    first = keys.ensure()
    record_access(ACTOR, [1, 2], "zoekresultaat: naam", "guidance", "web")
    import os
    import time

    time.sleep(0.01)
    second = keys.rotate()
    os.utime(tmp_path / "keys" / "current")  # a new mtime, as a rotation in another process would leave
    record_access(ACTOR, [3], "persoonsgegevens", "guidance", "web")
    assert first != second
    assert list(AccessLogEntry.objects.order_by("seq").values_list("key_id", flat=True)) == [first, first, second]
    assert verify_chain().ok


def test_an_unknown_key_id_is_refused(chain, settings, tmp_path):
    settings.KEY_DIR = tmp_path / "other-keys"  # the database copied to a place without the platform's keys
    result = verify_chain()
    assert not result.ok and result.broken_seq == 1 and "unknown" in result.problem


def test_the_keyed_hash_is_not_a_plain_hash(chain):
    assert all(e.entry_hash != unkeyed_hash(e) and e.hash_matches() for e in chain)


# --- the flush exception (test suite, development) -----------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_django_flush_may_empty_the_log():
    record_access(ACTOR, [1, 2, 3], "zoekresultaat: naam", "guidance", "web")
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    assert not AccessLogEntry.objects.exists()
    record_access(ACTOR, [4], "persoonsgegevens", "guidance", "web")
    assert verify_chain().ok


def test_a_mangled_signature_is_a_bad_signature_not_a_crash():
    """A checkpoint's (or any JWS's) signature that is not valid base64url was an uncaught binascii.Error."""
    token = keys.sign_jws(b"payload", detached=True)
    header, _, signature = token.split(".")
    with pytest.raises(keys.BadSignature):
        keys.verify_jws(f"{header}..{signature[:-2]}A", b"payload")


@pytest.mark.django_db
def test_an_entry_made_under_a_clock_in_brussels_time_still_verifies():
    """Found on the demo: the careers demo reads a file under a clock travelled to a Brussels time (09:00+02:00); the
    entry was hashed over that text and read back from the database in UTC (07:00+00:00), so `audit verify` called
    the untouched log broken and the nightly checkpoint refused to publish."""
    import datetime as dt

    from werkregie.core import clock

    with clock.travel_to(dt.datetime(2026, 8, 27, 9, 0, tzinfo=clock.BRUSSELS)):
        record_access(ACTOR, [4242], "EVC: beoordeling gepland", "guidance", "web")
    record_access(ACTOR, [4243], "persoonsgegevens", "guidance", "web")
    result = verify_chain()
    assert result.ok, result.problem
