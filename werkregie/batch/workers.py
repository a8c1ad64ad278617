"""What runs inside a Dask worker: Django set up once per worker process against the driver's database, then a job's
`compute` for one partition at the driver's moment (the injected clock frozen at the run's `now`), reading only.

The driver says which database to read (`database()`): its own name (on PostgreSQL a test database has another name
than the configured one), or, for an in-memory SQLite database (the tests) that no other process can open, a snapshot
file of it taken just before the partitions are handed out."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import socket
import tempfile
import time
from pathlib import Path

_configured: str | None = None


def database() -> tuple[dict, Path | None]:
    """The settings a worker needs to read the driver's database (its name; the rest comes from the worker's settings),
    and the snapshot file to remove after the run (None when the workers read the database itself)."""
    from django.db import connection

    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        snapshot = _snapshot()
        return {"NAME": str(snapshot)}, snapshot
    return {"NAME": str(connection.settings_dict["NAME"])}, None


def _snapshot() -> Path:
    """Copy the in-memory SQLite database into a file (sqlite3's online backup) for the worker processes to read."""
    import sqlite3

    from django.conf import settings
    from django.db import connection

    folder = Path(getattr(settings, "DATA_DIR", tempfile.gettempdir())) / "batch"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"snapshot-{os.getpid()}-{time.monotonic_ns()}.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()
    return target


def setup(db: dict) -> None:
    """Set Django up in this worker process (once), reading the database `db` names."""
    global _configured
    key = repr(sorted(db.items()))
    if _configured == key:
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()
    from django.conf import settings
    from django.db import connections

    connections.close_all()
    settings.DATABASES["default"].update(db)
    connections["default"].settings_dict.update(db)
    _configured = key


def run_partition(job: str, context: dict, spec: object, payload: object, db: dict) -> tuple[object, dict]:
    """Compute one partition in this worker: (result, {"seconds", "worker"})."""
    setup(db)
    from django.db import connections

    from werkregie.core import clock

    from .jobs import JOBS

    started = time.perf_counter()
    try:
        with clock.travel_to(dt.datetime.fromisoformat(context["now"])):
            result = JOBS[job].compute(context, spec, payload)
    finally:
        connections.close_all()  # a worker thread keeps no connection between tasks
    return result, {"seconds": round(time.perf_counter() - started, 3), "worker": f"{socket.gethostname()}:{os.getpid()}"}


def checksum(result: object) -> str:
    """SHA-256 of a partition's result (pickled: the same rows give the same sum)."""
    return hashlib.sha256(pickle.dumps(result, protocol=5)).hexdigest()
