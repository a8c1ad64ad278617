"""The real task runner: django-q2 with its ORM broker. Enqueuing writes a task into the database (in the caller's
transaction); the schedules are declared once; and `werkregie serve` starts a qcluster worker beside gunicorn that
dispatches queued messages and stops with the server."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.messaging_support import clean_gateways, free_port, person_with  # noqa: F401 - fixture
from werkregie.core import clock
from werkregie.messaging import outbox, runner
from werkregie.messaging.enums import State

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def test_without_sync_send_enqueues_a_task_in_the_orm_broker(ref, settings):
    from django_q.models import OrmQ

    settings.TASKS_SYNC = False
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    p = person_with()
    with clock.travel_to(dt.datetime(2026, 3, 2, 10, tzinfo=clock.BRUSSELS)) as c:
        m = outbox.send(p.pk, "messaging.general", {"title": "t", "text": "t"})
        assert m.state == State.QUEUED
        assert OrmQ.objects.count() == 1
        assert outbox.retry_due() == {}  # the task is still on its way: the sweep leaves it to the worker
        c.advance(minutes=11)  # the task was lost (a crash): the scheduled job dispatches it
        assert outbox.retry_due() == {"delivered": 1}
    m.refresh_from_db()
    assert m.state == State.DELIVERED


def test_schedules_are_declared_once_by_dotted_path(db):
    from django_q.models import Schedule

    runner.ensure_schedules()
    runner.ensure_schedules()
    funcs = sorted(Schedule.objects.values_list("func", flat=True))
    assert funcs == sorted([runner.SWEEP, runner.RETRY])
    daily = Schedule.objects.get(func=runner.SWEEP)
    assert daily.schedule_type == Schedule.DAILY and daily.repeats == -1
    import pydoc

    assert callable(pydoc.locate(runner.RETRY))


def _run(args: list[str], env: dict, timeout: int = 120) -> str:
    done = subprocess.run([sys.executable, "-m", "werkregie.cli", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.own_database
def test_serve_starts_a_worker_that_dispatches_and_stops_with_the_server(migrated_sqlite_copy):
    tmp_path = migrated_sqlite_copy  # migrated already (tests/conftest.py); `migrate` below then checks and has nothing to do
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PYTEST_VERSION", "PYTEST_CURRENT_TEST", "WERKREGIE_TASKS_SYNC")}
    env.update(WERKREGIE_DATA_DIR=str(tmp_path), WERKREGIE_KEY_DIR=str(tmp_path / "keys"), DJANGO_SETTINGS_MODULE="werkregie.settings")
    _run(["manage", "migrate", "--verbosity", "0"], env)
    script = ("import django; django.setup()\n"
              "from werkregie.geo.services import load_reference_data; load_reference_data()\n"
              "from tests import factories; from werkregie.messaging import outbox\n"
              "m = outbox.send(factories.person().pk, 'messaging.general', {'title': 't', 'text': 'x'}); print(m.pk, m.state)\n")
    made = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0 and made.stdout.split() == ["1", "queued"], made.stderr[-2000:]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "werkregie.cli", "serve", "--port", str(port), "--workers", "1"], env=env, cwd=ROOT,
                              stderr=subprocess.PIPE, text=True)
    worker_pid = None
    try:
        deadline = time.monotonic() + 30
        while worker_pid is None and time.monotonic() < deadline:
            line = server.stderr.readline()
            found = re.search(r"qcluster started \(pid (\d+)\)", line)
            if found:
                worker_pid = int(found.group(1))
        assert worker_pid, "serve did not start the task worker"
        check = "import django; django.setup()\nfrom werkregie.messaging.models import Message\nprint(Message.objects.get(pk=1).state)\n"
        state = ""
        deadline = time.monotonic() + 60
        while state != "delivered" and time.monotonic() < deadline:
            time.sleep(2)
            state = subprocess.run([sys.executable, "-c", check], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60).stdout.strip()
        assert state == "delivered"
        assert list((tmp_path / "print-queue").iterdir())  # the paper channel's print queue got the letter
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and Path(f"/proc/{worker_pid}").exists() and "Z" not in _proc_state(worker_pid):
        time.sleep(0.5)
    assert not Path(f"/proc/{worker_pid}").exists() or "Z" in _proc_state(worker_pid), "the worker outlived the server"


def _proc_state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return "Z"


def test_dispatch_and_digital_support_commands(ref, settings, capsys):
    import json

    from werkregie.cli import main

    settings.TASKS_SYNC = False
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    p = person_with(email="x@bounce.example", preferred="email")
    m = outbox.send(p.pk, "messaging.general", {"title": "t", "text": "t"})
    assert main(["messages", "dispatch"]) == 0  # only what is due: nothing yet
    assert json.loads(capsys.readouterr().out) == {}
    assert main(["messages", "dispatch", "--all"]) == 0
    assert json.loads(capsys.readouterr().out) == {"fallback_paper": 1}
    assert main(["messages", "dispatch", "--all"]) == 0  # the paper letter
    assert json.loads(capsys.readouterr().out) == {"delivered": 1}
    m.refresh_from_db()
    assert m.channel == "paper" and m.state == State.DELIVERED
    assert main(["messages", "digital-support"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["person_id"] for r in rows] == [p.pk] and "papier" in rows[0]["reason"]
