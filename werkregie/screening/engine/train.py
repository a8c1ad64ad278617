"""Train a screening model on past cases and score new ones; every model carries its version, data period,
features and metrics (measured on later cases than it learnt from: time-based validation)."""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from . import metrics
from .data import Columns, ScreeningInputError, choose_features, feature_frame, outcome_labels, typical_values
from .model import boosting, logistic


@dataclass
class TrainedModel:
    version: str
    trained_at: str
    data_period: tuple[str, str] | None
    outcome: str
    features: Columns
    protected: list[str]
    metrics: dict = field(default_factory=dict)
    model: object = None
    baseline: object = None
    audit: dict = field(default_factory=dict)
    score_histogram: list[float] = field(default_factory=list)
    typical: dict = field(default_factory=dict)  # the typical case of the training data, for explanations

    def score(self, frame: pd.DataFrame) -> np.ndarray:
        """The calibrated probability of the positive outcome for each row (only the model's features are read)."""
        return self.model.predict_proba(feature_frame(frame, self.features))[:, 1]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(path)

    @staticmethod
    def load(path: Path) -> "TrainedModel":
        # only models this platform wrote itself are loaded (its own data folder), never uploaded files
        return pickle.loads(path.read_bytes())


HISTOGRAM_BINS = 10
TRAIN_STEPS = 5


def histogram(scores: np.ndarray) -> list[float]:
    """Share of scores in each tenth of [0, 1]: what drift is measured against."""
    counts, _edges = np.histogram(np.clip(scores, 0, 1), bins=HISTOGRAM_BINS, range=(0, 1))
    return [round(float(c) / max(1, len(scores)), 6) for c in counts]


def train(frame: pd.DataFrame, outcome: str, positive: str, protected: list[str], features: list[str] | None = None,
          period_column: str | None = None, holdout_share: float = 0.2, monotone: dict[str, int] | None = None,
          progress: Callable[[int], None] | None = None) -> TrainedModel:
    """Learn on the earlier cases and measure and audit on the later ones (by `period_column`, e.g. the reference
    date), then refit on all cases. Without a period column the last rows are the holdout."""
    from .evaluate import audit_scores, protected_values

    step = progress or (lambda _n: None)
    labels = outcome_labels(frame, outcome, positive)
    columns = choose_features(frame, outcome, protected, [f for f in (features or []) if f != period_column] or None)
    if period_column and period_column in columns.all:
        columns = Columns([c for c in columns.numeric if c != period_column], [c for c in columns.categorical if c != period_column])
    order = np.argsort(frame[period_column].astype(str).to_numpy(), kind="stable") if period_column else np.arange(len(frame))
    cut = int(len(order) * (1 - holdout_share))
    earlier, later = order[:cut], order[cut:]
    inputs = feature_frame(frame, columns)
    if len(set(labels[later])) < 2 or len(set(labels[earlier])) < 2:
        raise ScreeningInputError(f"{outcome}: the earlier and the later cases must each hold both outcomes to learn and to measure")
    model = boosting(columns, len(earlier), monotone).fit(inputs.iloc[earlier], labels[earlier])
    step(1)
    baseline = logistic(columns).fit(inputs.iloc[earlier], labels[earlier])
    step(1)
    scores = model.predict_proba(inputs.iloc[later])[:, 1]
    baseline_scores = baseline.predict_proba(inputs.iloc[later])[:, 1]
    measured = {
        "holdout": int(len(later)), "auc": metrics.auc(labels[later], scores), "auc_logistic_baseline": metrics.auc(labels[later], baseline_scores),
        "brier": metrics.brier(labels[later], scores), "ece": metrics.expected_calibration_error(labels[later], scores),
        "threshold": metrics.youden_threshold(labels[later], scores),
    }
    holdout = frame.iloc[later]
    audit = audit_scores(labels[later], scores, baseline_scores, {c: protected_values(holdout, c) for c in protected},
                         inputs.iloc[later], columns.categorical) if protected else {}
    step(1)
    final = boosting(columns, len(labels), monotone).fit(inputs, labels)
    step(1)
    final_baseline = logistic(columns).fit(inputs, labels)
    step(1)
    period = (str(frame[period_column].min()), str(frame[period_column].max())) if period_column else None
    now = dt.datetime.now(dt.timezone.utc)
    digest = hashlib.sha256(f"{now.isoformat()}{columns.all}{len(labels)}".encode()).hexdigest()[:8]
    return TrainedModel(f"{now:%Y%m%d-%H%M%S}-{digest}", now.isoformat(timespec="seconds"), period, outcome, columns, protected,
                        measured, final, final_baseline, audit, histogram(scores), typical_values(inputs, columns))
