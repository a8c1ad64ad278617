"""Starting a batch job and reading the ledger: what the command line and the scheduled tasks call."""

from __future__ import annotations

from . import engine
from .jobs import JOBS
from .models import BatchRun


def start(job: str, *, key: str | None = None, address: str | None = None, workers: int | None = None, client: object = None,
          progress: engine.Progress | None = None, **params: object) -> dict:
    """Run (or resume) `job` with its parameters (see each job's `context`): on the cluster at `address`, the settings'
    scheduler, or a local cluster of `workers` processes (default: one per core)."""
    context = JOBS[job].context(**params)
    return engine.run(job, context, key=key, client=client, address=address, workers_=workers, progress=progress)


def runs(job: str | None = None, limit: int = 20) -> list[dict]:
    """The latest runs with their progress (partitions done of all)."""
    found = BatchRun.objects.order_by("-started_at", "-pk")
    if job:
        found = found.filter(job=job)
    return [{"run": r.pk, "job": r.job, "key": r.key, "status": r.status, "done": r.done, "partitions": r.partitions, "attempts": r.attempts,
             "cluster": r.cluster, "started_at": r.started_at.isoformat(), "finished_at": r.finished_at.isoformat() if r.finished_at else None,
             "error": r.error, "summary": r.summary} for r in found[:limit]]
