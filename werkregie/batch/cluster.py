"""Where the partitions run: the cluster whose scheduler address is in settings (`WERKREGIE_DASK_SCHEDULER`, e.g.
tcp://10.0.0.5:8786), else a local cluster started for the job and stopped after it (one worker process per core, one
thread each: the partitions are CPU work in Python).

Small jobs run in the driver's own process instead (`in_process`): a local cluster costs its start (worker processes
that each import Django and the job's modules, ~5–10 s on 2 cores) and the pickling of every payload and result to and
from the workers, and on the 2-core machine it lost to one process at 30,000 persons (KPI refresh 11.1 s in process,
26.3 s on two workers, bench/results/batch-2026-11-30.json). Without a scheduler address and without an explicit
`--workers`, a job of fewer than WERKREGIE_BATCH_IN_PROCESS_BELOW items (default 200,000; a partition's items are its
persons or rows; a partition of unknown size counts as large) runs in process, as does any job asked to run on one worker. The ledger, partitions and resumption are
the same either way; the run's `cluster` says "in-process"."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

IN_PROCESS_BELOW = 200_000


def in_process(address: str | None, workers: int | None, items: int | None) -> bool:
    """Whether a job of `items` runs in the driver's process rather than on a cluster (see the module's docstring)."""
    from django.conf import settings

    if address or getattr(settings, "DASK_SCHEDULER", ""):
        return False
    if workers == 1:
        return True
    below = int(os.environ.get("WERKREGIE_BATCH_IN_PROCESS_BELOW", IN_PROCESS_BELOW))
    return workers is None and items is not None and items < below


def describe(address: str | None, workers: int | None) -> str:
    """Where a run goes, in words for the ledger: the scheduler's address, or local:<worker processes> (the engine
    writes "in-process" instead when the job turns out small)."""
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
