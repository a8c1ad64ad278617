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
