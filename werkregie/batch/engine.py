"""Running a job: open (or resume) its run in the ledger, plan the partitions once, hand the pending ones to the
cluster, and write each result in the driver as it arrives, in one transaction with its `done` mark.

The run's context (its parameters and its moment, `now`) is fixed at the first start: a resumed run computes as of
the same moment, and the driver runs with the clock frozen there too, so a resumed run writes what an uninterrupted
one would have written."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable

from django.db import transaction
from django.db.models import F

from werkregie.core import clock

from . import cluster, workers
from .enums import PartitionStatus, RunStatus
from .jobs import JOBS, Job
from .models import BatchPartition, BatchRun

log = logging.getLogger(__name__)
Progress = Callable[[int, int, dict], None]  # (partitions done, partitions in all, counts of the partition just written)


class BatchError(RuntimeError):
    pass


def _open(job: Job, context: dict, key: str | None) -> BatchRun:
    """The run to do: the one of `key` (by default the job's key of this context: the date, the file), or for a job
    whose key is its moment (the KPI refresh, which may run several times a day) its last unfinished run."""
    now = clock.now()
    if key is None and job.resume_unfinished:
        unfinished = BatchRun.objects.filter(job=job.name).exclude(status=RunStatus.DONE).order_by("-started_at", "-pk").first()
        if unfinished is not None:
            key = unfinished.key
    key = key or job.key(context)
    with transaction.atomic():
        run, created = BatchRun.objects.select_for_update().get_or_create(
            job=job.name, key=key, defaults={"context": context, "started_at": now, "updated_at": now})
        if not created and run.status != RunStatus.DONE:
            run.status, run.error, run.updated_at = RunStatus.RUNNING, "", now
            run.save(update_fields=["status", "error", "updated_at"])
    return run


def _plan(job: Job, run: BatchRun) -> None:
    if run.partitions or run.ledger.exists():
        return
    specs = job.partitions(run.context)
    with transaction.atomic():
        BatchPartition.objects.bulk_create([BatchPartition(run=run, number=i, spec=spec, size=len(spec) if isinstance(spec, list) else 0)
                                            for i, spec in enumerate(specs)], batch_size=1000)
        BatchRun.objects.filter(pk=run.pk).update(partitions=len(specs), updated_at=clock.now())
    run.partitions = len(specs)


def totals(run: BatchRun) -> dict:
    """The counts of every done partition, summed."""
    total: dict = {}
    for counts in run.ledger.filter(status=PartitionStatus.DONE).values_list("counts", flat=True):
        for k, v in counts.items():
            if isinstance(v, (int, float)):
                total[k] = total.get(k, 0) + v
    return total


def run(job_name: str, context: dict | None = None, *, key: str | None = None, client: object = None, address: str | None = None,
        workers_: int | None = None, progress: Progress | None = None) -> dict:
    """Run (or resume) a job; returns its summary with the run's id, partitions and how many this attempt computed.
    A run already done is not run again (its summary is returned with "already_done")."""
    job = JOBS[job_name]
    if transaction.get_connection().in_atomic_block:
        raise BatchError("a batch job runs outside a transaction: its workers read committed rows only, and each partition commits")
    context = {"now": clock.now().isoformat(), **(context or {})}
    started = time.perf_counter()
    the_run = _open(job, context, key)
    if the_run.status == RunStatus.DONE:
        return {**the_run.summary, "run": the_run.pk, "already_done": True}
    context = the_run.context
    BatchRun.objects.filter(pk=the_run.pk).update(attempts=F("attempts") + 1, cluster=cluster.describe(address, workers_) if client is None else "given client")
    try:
        with clock.travel_to(dt.datetime.fromisoformat(context["now"])):
            # what the driver did before the partitions, summed over the attempts (a resumed start finds less to do)
            started_counts = add(the_run.summary.get("started", {}), _plain(job.start(context) or {}))
            BatchRun.objects.filter(pk=the_run.pk).update(summary={"started": started_counts})
            _plan(job, the_run)
            computed = _compute(job, the_run, client, address, workers_, progress)
            summary = job.finish(context, totals(the_run), started_counts)
    except Exception as exc:
        BatchRun.objects.filter(pk=the_run.pk).update(status=RunStatus.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000], updated_at=clock.now())
        raise
    summary = {**summary, "seconds": round(time.perf_counter() - started, 3)}
    BatchRun.objects.filter(pk=the_run.pk).update(status=RunStatus.DONE, summary=_plain(summary), finished_at=clock.now(), updated_at=clock.now())
    return {**summary, "run": the_run.pk, "partitions": the_run.partitions, "computed": computed}


def _compute(job: Job, the_run: BatchRun, client: object, address: str | None, workers_: int | None, progress: Progress | None) -> int:
    pending = list(the_run.ledger.filter(status=PartitionStatus.PENDING).order_by("number"))
    done = the_run.partitions - len(pending)
    if progress:
        progress(done, the_run.partitions, {})
    if not pending:
        return 0
    items = None if any(p.size == 0 for p in pending) else sum(p.size for p in pending)  # 0: a partition of unknown size
    if client is None and cluster.in_process(address, workers_, items):
        BatchRun.objects.filter(pk=the_run.pk).update(cluster="in-process")
        return _here(job, the_run, pending, done, progress)
    if client is None:
        with cluster.client(address, workers_) as own:
            return _on(own, job, the_run, pending, done, progress)
    return _on(client, job, the_run, pending, done, progress)


def _here(job: Job, the_run: BatchRun, pending: list[BatchPartition], done: int, progress: Progress | None) -> int:
    """The same partitions, computed one by one in this process (the driver's clock is already the run's moment):
    no worker start, no Django set up again, nothing serialised. Each still commits with its `done` mark."""
    import os
    import socket

    for part in pending:
        started = time.perf_counter()
        result = job.compute(the_run.context, part.spec, job.payload(the_run.context, part.spec))
        _write(job, the_run, part, result, {"seconds": round(time.perf_counter() - started, 3), "worker": f"in-process:{socket.gethostname()}:{os.getpid()}"})
        done += 1
        if progress:
            progress(done, the_run.partitions, part.counts)
    return len(pending)


def _on(client: object, job: Job, the_run: BatchRun, pending: list[BatchPartition], done: int, progress: Progress | None) -> int:
    from distributed import as_completed

    context = the_run.context
    db, snapshot = workers.database()
    try:
        futures = {}
        for part in pending:
            future = client.submit(workers.run_partition, job.name, context, part.spec, job.payload(context, part.spec), db, pure=False,
                                   key=f"{job.name}-{the_run.pk}-{part.number}-{time.monotonic_ns()}")
            futures[future] = part
        computed = 0
        for future in as_completed(futures):
            part = futures.pop(future)
            try:
                result, meta = future.result()
            except Exception:
                for rest in futures:
                    rest.cancel()
                raise
            _write(job, the_run, part, result, meta)
            computed += 1
            done += 1
            if progress:
                progress(done, the_run.partitions, part.counts)
        return computed
    finally:
        if snapshot is not None:
            snapshot.unlink(missing_ok=True)


def _write(job: Job, the_run: BatchRun, part: BatchPartition, result: object, meta: dict) -> None:
    with transaction.atomic():
        locked = BatchPartition.objects.select_for_update().get(pk=part.pk)
        if locked.status == PartitionStatus.DONE:  # another driver on the same run got there first
            return
        counts = _plain(job.write(the_run.context, part.spec, result) or {})
        part.status, part.checksum, part.counts = PartitionStatus.DONE, workers.checksum(result), counts
        part.seconds, part.worker, part.done_at = meta["seconds"], meta["worker"][:200], clock.now()
        part.save(update_fields=["status", "checksum", "counts", "seconds", "worker", "done_at"])
        BatchRun.objects.filter(pk=the_run.pk).update(done=F("done") + 1, updated_at=clock.now())


def add(old: object, new: object) -> object:
    """Counts of two attempts summed (nested dicts key by key; a value that is not a number: the newer one)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return {**old, **{k: add(old[k], v) if k in old else v for k, v in new.items()}}
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and not isinstance(old, bool) and not isinstance(new, bool):
        return old + new
    return new


def _plain(value: object) -> object:
    """JSON-able: numbers as numbers, dates as ISO text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value
