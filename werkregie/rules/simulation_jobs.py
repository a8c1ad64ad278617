"""A policy simulation as a task of the platform's task runner (django-q2, through messaging.runner.enqueue), its
state and progress kept in the cache under a random token, so that the page can poll it with htmx while 3,000,000
persons are computed: queued → running (done/total chunks) → done (the result) or failed (the input error, rendered
in the reader's language by rules/messages.py). Only the analyst who started a simulation can read it. An uploaded
file is kept in DATA_DIR/simulations/ only until its simulation has run. Nothing else is stored."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from .calc import RuleInputError

logger = logging.getLogger(__name__)

TTL = 3600  # seconds a finished simulation stays readable
TASK = "werkregie.rules.simulation_jobs.run"


def _key(token: str) -> str:
    return f"rules:simulation:{token}"


def _uploads() -> Path:
    folder = Path(settings.DATA_DIR) / "simulations"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _update(token: str, **changes: object) -> None:
    job = cache.get(_key(token))
    if job is not None:
        job.update(changes)
        cache.set(_key(token), job, TTL)


def start(params: dict, upload, owner: int) -> str:  # noqa: ANN001 - an UploadedFile or None
    """Queue a simulation (`params`: year, variable, reform, changes, source, persons, seed, wage_median, wage_sigma)."""
    from werkregie.messaging.runner import enqueue

    token = secrets.token_urlsafe(18)
    params = dict(params)
    if upload is not None:
        path = _uploads() / f"{token}.csv"
        with open(path, "wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
        params["file"] = str(path)
    cache.set(_key(token), {"owner": owner, "state": "queued", "done": 0, "total": 1, "params": params}, TTL)
    enqueue(TASK, token, name=f"beleidssimulatie {token[:8]}", group="beleidssimulatie")
    return token


def state(token: str, owner: int) -> dict | None:
    """The simulation's state for its owner (None for anyone else, or when it has expired)."""
    job = cache.get(_key(token)) if token else None
    return job if job is not None and job.get("owner") == owner else None


def run(token: str) -> None:
    """The task: build the population, simulate with progress, keep the result or the input error."""
    from .simulation import SyntheticSpec, from_csv, parse_changes, simulate, synthetic

    job = cache.get(_key(token))
    if job is None:
        return
    params = job["params"]
    _update(token, state="running")
    try:
        year, variable = int(params["year"]), params.get("variable") or "jobbonus"
        if params.get("file"):
            population = from_csv(Path(params["file"]), variable, year)
        else:
            population = synthetic(SyntheticSpec(persons=int(params["persons"]), seed=int(params["seed"]),
                                                 wage_median=float(params["wage_median"]), wage_sigma=float(params["wage_sigma"])), year)
        result = simulate(population, str(year), variable, params.get("reform") or None, parse_changes(params.get("changes") or ""),
                          progress=lambda done, total: _update(token, state="running", done=done, total=total))
        _update(token, state="done", result=result, done=1, total=1)
    except RuleInputError as exc:
        _update(token, state="failed", error=exc)
    except Exception:
        logger.exception("policy simulation %s failed", token[:8])
        _update(token, state="failed", error=None)
        raise
    finally:
        if params.get("file"):
            Path(params["file"]).unlink(missing_ok=True)
