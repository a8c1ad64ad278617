"""Trained screening models for tests, learnt once per session from a generated population without a database
(the generator's rows turned into the engine's plain records), then stored per test in the test's database."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pandas as pd

from werkregie.screening.engine import register
from werkregie.screening.engine.generated import generated_records
from werkregie.screening.engine.train import TrainedModel, train

TODAY = dt.date(2026, 11, 27)


@lru_cache(maxsize=1)
def cases() -> pd.DataFrame:
    records = list(generated_records(4000, TODAY))
    dates = register.reference_dates(register.add_months(TODAY, -36), register.add_months(TODAY, -6))
    return pd.DataFrame(register.training_cases(records, dates, (6, 12), TODAY))


@lru_cache(maxsize=2)
def trained(months: int) -> TrainedModel:
    """Trained once per test run: `./dev test` names a folder (WERKREGIE_TEST_CACHE) that both of its passes share, so
    the second pass loads what the first trained (~15 s per model); run alone, once per process."""
    return shared(f"screening-{months}m", lambda: _train(months))


def shared(name: str, make):  # noqa: ANN001, ANN201
    """`make()`, or what an earlier call in this test run (either pass) stored under `name` for the same engine code."""
    import fcntl
    import hashlib
    import os
    import pickle
    from pathlib import Path

    folder = os.environ.get("WERKREGIE_TEST_CACHE")
    if not folder:
        return make()
    engine = Path(__file__).resolve().parents[1] / "werkregie" / "screening" / "engine"
    digest = hashlib.sha256()
    for source in sorted(engine.glob("*.py")) + [Path(__file__).resolve()]:
        digest.update(source.read_bytes())
    path = Path(folder) / f"{name}-{digest.hexdigest()[:16]}.pickle"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other pass waits for the first one's training instead of repeating it
        if path.exists():
            return pickle.loads(path.read_bytes())
        value = make()
        partial = path.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(value))
        os.replace(partial, path)
        return value


def train_once(frame: pd.DataFrame, *args, call: int = 0, **kwargs) -> TrainedModel:  # noqa: ANN002, ANN003
    """`train(frame, ...)` as the engine does it, learnt once per test run for the same cases and arguments: a test that
    trains on both passes of `./dev test` (the SQLite and the PostgreSQL register give the same cases) lets the second
    pass load the first one's model instead of repeating its nested cross-validation. The key is the cases' content,
    every argument but the progress callback, and `call` (a test that trains twice on the same cases gets two models,
    two versions, as the platform would), so different cases or cuts always train anew."""
    import hashlib

    kwargs = {k: v for k, v in kwargs.items() if k != "progress"}
    digest = hashlib.sha256(pd.util.hash_pandas_object(frame, index=True).values.tobytes())
    digest.update(repr((list(frame.columns), args, sorted(kwargs.items()), call)).encode())
    return shared(f"train-{digest.hexdigest()[:20]}", lambda: train(frame, *args, **kwargs))


def trains_once(monkeypatch) -> None:  # noqa: ANN001
    """Make the platform's training (werkregie.screening.training.train) go through train_once for this test, each
    call of the test numbered."""
    import itertools

    from werkregie.screening import training

    calls = itertools.count()
    monkeypatch.setattr(training, "train", lambda frame, *args, **kwargs: train_once(frame, *args, call=next(calls), **kwargs))


def _train(months: int) -> TrainedModel:
    outcome = f"far_from_work_{months}m"
    frame = cases()
    frame = frame[frame[outcome].notna()].copy()
    frame[outcome] = frame[outcome].astype(int)
    return train(frame[register.FEATURES + register.PROTECTED + ["reference_date", outcome]], outcome, "1", register.PROTECTED,
                 register.FEATURES, period_column="reference_date", monotone=register.MONOTONE)


def install_models() -> None:
    """Store the session's trained models as the active 6- and 12-month models of this test's database."""
    from werkregie.screening.training import store_model

    for months in (6, 12):
        store_model(trained(months), months, len(cases()))
