"""Audit the screening method on any table of past cases: the model chosen by nested cross-validation among the
logistic regression, gradient boosting and their blend (selection.py), reported beside the logistic baseline with
95% intervals; calibration; the group error rates at the decisions the platform takes (decisions.py) and at a
threshold chosen on other cases than those it is reported on; an analysis of group thresholds (never applied by the
platform); the accuracy-equity curve and the proxy check."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from . import decisions, fairness, metrics, selection
from .assessment import Limits
from .data import ScreeningInputError, choose_features, feature_frame, outcome_labels, read_csv
from .model import SEED

EVALUATE_ROWS = 100_000  # a larger table is audited on a stratified random sample of this many cases


def protected_values(frame: pd.DataFrame, column: str) -> np.ndarray:
    return frame[column].map(lambda v: "(onbekend)" if pd.isna(v) else str(v).strip()).to_numpy(dtype=object)


def check(frame: pd.DataFrame, outcome: str, positive: str, protected: list[str], features: list[str] | None = None) -> None:
    """Every check on the table and the arguments, without computing anything."""
    if not protected:
        raise ScreeningInputError("--protected: name at least one protected column to audit")
    outcome_labels(frame, outcome, positive)
    choose_features(frame, outcome, protected, features)


def evaluate_frame(frame: pd.DataFrame, outcome: str, positive: str, protected: list[str], features: list[str] | None = None,
                   progress: Callable[[int], None] | None = None, limits: Limits = Limits()) -> dict:
    check(frame, outcome, positive, protected, features)
    labels = outcome_labels(frame, outcome, positive)
    sampled_from = None
    if len(labels) > EVALUATE_ROWS:
        sampled_from = len(labels)
        frame = frame.iloc[selection.sample(labels, EVALUATE_ROWS)]
        labels = outcome_labels(frame, outcome, positive)
    columns = choose_features(frame, outcome, protected, features)
    inputs = feature_frame(frame, columns)
    assert not set(columns.all) & set(protected)  # the guarantee this module exists for
    rows = len(labels)
    chosen = selection.nested(inputs, labels, columns, progress=progress)
    groups = {column: protected_values(frame, column) for column in protected}
    result = audit_scores(labels, chosen.scores[chosen.chosen], chosen.scores["logistic"], groups, inputs, columns.categorical, limits)
    result["warnings"] = chosen.warnings + result["warnings"]
    if progress:
        progress(1)
    return {"n": rows, "sampled_from": sampled_from, "positives": int(labels.sum()), "outcome": outcome, "positive": positive,
            "features": {"numeric": columns.numeric, "categorical": columns.categorical}, "protected": protected,
            "model": chosen.summary(), **result}


def audit_scores(labels: np.ndarray, scores: np.ndarray, baseline: np.ndarray, groups: dict[str, np.ndarray], inputs: pd.DataFrame,
                 categorical: list[str], limits: Limits = Limits(), chosen_on: tuple | None = None) -> dict:
    """Every figure of the audit for scores of cases the models never learnt from (out-of-fold or later cases).

    A threshold is never chosen on the cases it is reported on: with `chosen_on` = (labels, scores, groups) of other
    cases (the platform: the earlier cases' out-of-fold scores) it is chosen there; without, the cases are split in
    two halves and each half is flagged at the threshold chosen on the other (cross-fitting). The group-threshold
    analysis is fitted on the choosing cases and checked on the reported ones."""
    rows = len(labels)
    threshold = metrics.youden_threshold(labels, scores) if chosen_on is None else metrics.youden_threshold(chosen_on[0], chosen_on[1])
    if chosen_on is None:
        half = np.random.default_rng(SEED).random(rows) < 0.5
        by_half = [metrics.youden_threshold(labels[half], scores[half]), metrics.youden_threshold(labels[~half], scores[~half])]
        cut = np.where(half, by_half[1], by_half[0])
        how = {"chosen_on": "the other half of the cases (cross-fitting)", "by_half": [round(t, 6) for t in by_half]}
        fit = {column: (labels[half], scores[half], values[half], by_half[0]) for column, values in groups.items()}
        test = {column: (labels[~half], scores[~half], values[~half]) for column, values in groups.items()}
    else:
        cut = np.full(rows, threshold)
        how = {"chosen_on": "other cases than those reported (the earlier cases' out-of-fold scores)"}
        fit = {column: (chosen_on[0], chosen_on[1], chosen_on[2][column], threshold) for column in groups}
        test = {column: (labels, scores, values) for column, values in groups.items()}
    flagged = (scores >= cut).astype(int)
    per_group = {column: metrics.group_rates(labels, scores, values, flagged) for column, values in groups.items()}
    warnings = [f"{column} = {value}: {g['n']} cases; its metrics are unreliable (fewer than {metrics.MIN_GROUP} cases or {metrics.MIN_CLASS} of a class)"
                for column, by_value in per_group.items() for value, g in by_value.items() if not g["reliable"]]
    policy = {}
    for column in groups:
        fitted = fairness.threshold_policy(*fit[column])
        policy[column] = {**fitted, "applied_by_platform": False, "test": fairness.check_policy(*test[column], fitted)}
    return {
        "auc": round(metrics.auc(labels, scores), 6), "auc_logistic_baseline": round(metrics.auc(labels, baseline), 6),
        "brier": round(metrics.brier(labels, scores), 6), "brier_logistic_baseline": round(metrics.brier(labels, baseline), 6),
        "ece": round(metrics.expected_calibration_error(labels, scores), 6),
        "ece_logistic_baseline": round(metrics.expected_calibration_error(labels, baseline), 6),
        "threshold": round(threshold, 6), "threshold_use": how, "accuracy": round(metrics.accuracy(labels, flagged), 6),
        "groups": per_group, "fpr_ratio": {column: metrics.fpr_ratio(by_value) for column, by_value in per_group.items()},
        **decisions.audit(labels, scores, groups, limits, inputs),
        "calibration": {column: {value: metrics.calibration_curve(labels[values == value], scores[values == value], bins=5)
                                 for value in per_group[column]} for column, values in groups.items()},
        "calibration_overall": metrics.calibration_curve(labels, scores),
        "policy": policy, "accuracy_equity_curve": fairness.accuracy_equity_curve(labels, scores, groups),
        "proxy": fairness.proxy_check(inputs, categorical, groups), "warnings": warnings,
    }


STEPS = selection.STEPS + 1  # 5 outer folds x 2 tuned models + the audit


def evaluate_csv(path: Path, outcome: str, positive: str, protected: list[str], features: list[str] | None = None,
                 progress: Callable[[int], None] | None = None, limits: Limits = Limits()) -> dict:
    return evaluate_frame(read_csv(path), outcome, positive, protected, features, progress, limits)
