"""Audit the screening method on any table of past cases: 5-fold cross-validated scores from the calibrated
gradient-boosting model and the logistic baseline, calibration, per-group fairness, the threshold policy (fitted on
half the cases, checked on the other half), the accuracy-equity curve and the proxy check."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from . import fairness, metrics
from .data import ScreeningInputError, choose_features, feature_frame, outcome_labels, read_csv
from .model import SEED, boosting, logistic, out_of_fold


def protected_values(frame: pd.DataFrame, column: str) -> np.ndarray:
    return frame[column].map(lambda v: "(onbekend)" if pd.isna(v) else str(v).strip()).to_numpy(dtype=object)


def check(frame: pd.DataFrame, outcome: str, positive: str, protected: list[str], features: list[str] | None = None) -> None:
    """Every check on the table and the arguments, without computing anything."""
    if not protected:
        raise ScreeningInputError("--protected: name at least one protected column to audit")
    outcome_labels(frame, outcome, positive)
    choose_features(frame, outcome, protected, features)


def evaluate_frame(frame: pd.DataFrame, outcome: str, positive: str, protected: list[str], features: list[str] | None = None,
                   progress: Callable[[int], None] | None = None) -> dict:
    check(frame, outcome, positive, protected, features)
    labels = outcome_labels(frame, outcome, positive)
    columns = choose_features(frame, outcome, protected, features)
    inputs = feature_frame(frame, columns)
    assert not set(columns.all) & set(protected)  # the guarantee this module exists for
    rows = len(labels)
    scores = out_of_fold(lambda: boosting(columns, rows), inputs, labels, progress=progress)
    baseline = out_of_fold(lambda: logistic(columns), inputs, labels, progress=progress)
    groups = {column: protected_values(frame, column) for column in protected}
    result = audit_scores(labels, scores, baseline, groups, inputs, columns.categorical)
    if progress:
        progress(1)
    return {"n": rows, "positives": int(labels.sum()), "outcome": outcome, "positive": positive,
            "features": {"numeric": columns.numeric, "categorical": columns.categorical}, "protected": protected, **result}


def audit_scores(labels: np.ndarray, scores: np.ndarray, baseline: np.ndarray, groups: dict[str, np.ndarray], inputs: pd.DataFrame,
                 categorical: list[str]) -> dict:
    """Every figure of the audit for scores of cases the models never learnt from (out-of-fold or later cases)."""
    rows = len(labels)
    threshold = metrics.youden_threshold(labels, scores)
    per_group = {column: metrics.group_metrics(labels, scores, values, threshold) for column, values in groups.items()}
    warnings = [f"{column} = {value}: {g['n']} cases; its metrics are unreliable (fewer than {metrics.MIN_GROUP} cases or {metrics.MIN_CLASS} of a class)"
                for column, by_value in per_group.items() for value, g in by_value.items() if not g["reliable"]]
    # the policy is fitted on one half of the cases and checked on the other
    half = np.random.default_rng(SEED).random(rows) < 0.5
    policy = {}
    for column, values in groups.items():
        fitted = fairness.threshold_policy(labels[half], scores[half], values[half], threshold)
        policy[column] = {**fitted, "test": fairness.check_policy(labels[~half], scores[~half], values[~half], fitted)}
    flagged = (scores >= threshold).astype(int)
    return {
        "auc": round(metrics.auc(labels, scores), 6), "auc_logistic_baseline": round(metrics.auc(labels, baseline), 6),
        "brier": round(metrics.brier(labels, scores), 6), "brier_logistic_baseline": round(metrics.brier(labels, baseline), 6),
        "ece": round(metrics.expected_calibration_error(labels, scores), 6),
        "ece_logistic_baseline": round(metrics.expected_calibration_error(labels, baseline), 6),
        "threshold": round(threshold, 6), "accuracy": round(metrics.accuracy(labels, flagged), 6),
        "groups": per_group, "fpr_ratio": {column: metrics.fpr_ratio(by_value) for column, by_value in per_group.items()},
        "calibration": {column: {value: metrics.calibration_curve(labels[values == value], scores[values == value], bins=5)
                                 for value in per_group[column]} for column, values in groups.items()},
        "calibration_overall": metrics.calibration_curve(labels, scores),
        "policy": policy, "accuracy_equity_curve": fairness.accuracy_equity_curve(labels, scores, groups),
        "proxy": fairness.proxy_check(inputs, categorical, groups), "warnings": warnings,
    }


STEPS = 11  # 5 folds x 2 models + the audit


def evaluate_csv(path: Path, outcome: str, positive: str, protected: list[str], features: list[str] | None = None,
                 progress: Callable[[int], None] | None = None) -> dict:
    return evaluate_frame(read_csv(path), outcome, positive, protected, features, progress)
