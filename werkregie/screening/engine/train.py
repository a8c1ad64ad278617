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

from . import metrics, selection
from .assessment import Limits
from .data import Columns, ScreeningInputError, choose_features, feature_frame, outcome_labels, typical_values
from .model import logistic


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
TRAIN_STEPS = selection.STEPS + 4


def histogram(scores: np.ndarray) -> list[float]:
    """Share of scores in each tenth of [0, 1]: what drift is measured against."""
    counts, _edges = np.histogram(np.clip(scores, 0, 1), bins=HISTOGRAM_BINS, range=(0, 1))
    return [round(float(c) / max(1, len(scores)), 6) for c in counts]


def train(frame: pd.DataFrame, outcome: str, positive: str, protected: list[str], features: list[str] | None = None,
          period_column: str | None = None, holdout_share: float = 0.2, monotone: dict[str, int] | None = None,
          progress: Callable[[int], None] | None = None, limits: Limits = Limits()) -> TrainedModel:
    """Choose the model on the earlier cases (nested cross-validation on a stratified sample of them, selection.py),
    fit it and the logistic baseline on all earlier cases, measure and audit both on the later ones (by
    `period_column`, e.g. the reference date), then refit on all cases. Without a period column the last rows are
    the holdout. `limits` are the distance-category cuts the platform decides with: the audit reports them."""
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
    chosen_rows = earlier[selection.sample(labels[earlier])]
    chosen = selection.nested(inputs.iloc[chosen_rows], labels[chosen_rows], columns, monotone, progress=step)
    model = selection.build(chosen.chosen, columns, len(earlier), monotone, chosen.params).fit(inputs.iloc[earlier], labels[earlier])
    step(1)
    same = chosen.chosen == "logistic"
    baseline = model if same else logistic(columns, monotone, c=chosen.params["c"]).fit(inputs.iloc[earlier], labels[earlier])
    step(1)
    scores = model.predict_proba(inputs.iloc[later])[:, 1]
    baseline_scores = baseline.predict_proba(inputs.iloc[later])[:, 1]
    compared = selection.compare(labels[later], {"logistic": baseline_scores, **({chosen.chosen: scores} if chosen.chosen != "logistic" else {})})
    measured = {
        "holdout": int(len(later)), "model": chosen.chosen, "auc": metrics.auc(labels[later], scores),
        "auc_logistic_baseline": metrics.auc(labels[later], baseline_scores), "auc_ci": compared[chosen.chosen]["auc_ci"],
        "auc_logistic_baseline_ci": compared["logistic"]["auc_ci"], "gain_ci": compared[chosen.chosen].get("gain_ci"),
        "brier": metrics.brier(labels[later], scores), "ece": metrics.expected_calibration_error(labels[later], scores),
        "threshold": metrics.youden_threshold(labels[chosen_rows], chosen.scores[chosen.chosen]),
    }
    holdout = frame.iloc[later]
    audit = {}
    if protected:
        audit = audit_scores(labels[later], scores, baseline_scores, {c: protected_values(holdout, c) for c in protected},
                             inputs.iloc[later], columns.categorical, limits,
                             chosen_on=(labels[chosen_rows], chosen.scores[chosen.chosen], {c: protected_values(frame.iloc[chosen_rows], c) for c in protected}))
    audit["selection"] = chosen.summary()
    audit["warnings"] = chosen.warnings + _holdout_warnings(chosen.chosen, compared) + audit.get("warnings", [])
    step(1)
    final = selection.build(chosen.chosen, columns, len(labels), monotone, chosen.params).fit(inputs, labels)
    final_baseline = final if same else logistic(columns, monotone, c=chosen.params["c"]).fit(inputs, labels)
    step(1)
    period = (str(frame[period_column].min()), str(frame[period_column].max())) if period_column else None
    now = dt.datetime.now(dt.timezone.utc)
    digest = hashlib.sha256(f"{now.isoformat()}{columns.all}{len(labels)}".encode()).hexdigest()[:8]
    return TrainedModel(f"{now:%Y%m%d-%H%M%S}-{digest}", now.isoformat(timespec="seconds"), period, outcome, columns, protected,
                        measured, final, final_baseline, audit, histogram(scores), typical_values(inputs, columns))


def _holdout_warnings(chosen: str, compared: dict) -> list[str]:
    """The choice was made on the earlier cases; the later ones may disagree, and the model card says so."""
    if chosen == "logistic":
        return []
    entry = compared[chosen]
    if entry["gain"] < 0:
        return [f"on the later cases the chosen {chosen} is below the logistic baseline (AUC gain {entry['gain']:+.3f}, "
                f"95% interval {entry['gain_ci'][0]:+.3f} to {entry['gain_ci'][1]:+.3f})"]
    return []
