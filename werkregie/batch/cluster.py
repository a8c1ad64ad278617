"""Where the partitions run: the cluster whose scheduler address is in settings (`WERKREGIE_DASK_SCHEDULER`, e.g.
tcp://10.0.0.5:8786), else a local cluster started for the job and stopped after it (one worker process per core, one
thread each: the partitions are CPU work in Python)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


def describe(address: str | None, workers: int | None) -> str:
    """Where a run goes, in words for the ledger: the scheduler's address, or local:<worker processes>."""
    from django.conf import settings

    return address or getattr(settings, "DASK_SCHEDULER", "") or f"local:{workers or os.cpu_count() or 1}"


@contextmanager
def client(address: str | None = None, workers: int | None = None) -> Iterator[object]:
    """A `distributed.Client`: to `address` (or the settings' scheduler), else to a local cluster of `workers` processes."""
    from distributed import Client, LocalCluster
    from django.conf import settings

    address = address or getattr(settings, "DASK_SCHEDULER", "")
    if address:
        with Client(address) as remote:
            yield remote
        return
    n = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40) as cluster, Client(cluster) as local:
        yield local
