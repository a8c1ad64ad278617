"""What a full refresh's worker processes run (refresh._pool). Spawned processes unpickle these functions before Django
is set up, so this module imports nothing of Django's at the top: `start` sets Django up, `span_copy` then reaches the
refresh."""

from __future__ import annotations

import multiprocessing.util
import os


def start(settings_module: str | None, database: dict) -> None:
    """In a new worker: Django set up with the caller's settings, on the caller's database (a test database too)."""
    import django

    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module or "werkregie.settings"
    django.setup()
    from django.db import connections

    connections["default"].settings_dict.update(database)
    multiprocessing.util.Finalize(None, connections.close_all, exitpriority=10)  # a clean goodbye to the server at the end


def span_copy(task: tuple[tuple[int, int], str]) -> int:
    """The contributions of the persons with an id in the task's span (lowest excluded) copied into its table."""
    from . import refresh

    span, table = task
    return refresh.span_copy(span, table)
