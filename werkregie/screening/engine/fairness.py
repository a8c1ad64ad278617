"""Threshold policy under a bound on the false-positive-rate ratio, the accuracy-equity curve, and the proxy check."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import cross_val_predict
from sklearn.preprocessing import OrdinalEncoder

from .metrics import MIN_CLASS, MIN_GROUP, accuracy

RATIO_BOUND = 1.25
FIT_MARGIN = 0.05  # the policy is fitted to 1.20 so that sampling noise on new cases stays under 1.25


def reliable_groups(labels: np.ndarray, groups: np.ndarray) -> list:
    result = []
    for value in pd.unique(groups):
        mask = groups == value
        positives = labels[mask].sum()
        if mask.sum() >= MIN_GROUP and positives >= MIN_CLASS and mask.sum() - positives >= MIN_CLASS:
            result.append(value)
    return result


def _apply(scores: np.ndarray, groups: np.ndarray, thresholds: dict, default: float) -> np.ndarray:
    cut = np.full(len(scores), default)
    for value, threshold in thresholds.items():
        cut[groups == value] = threshold
    return (scores >= cut).astype(int)


def _policy_ratio(labels: np.ndarray, flagged: np.ndarray, groups: np.ndarray, members: list) -> float | None:
    rates = []
    for value in members:
        negatives = (groups == value) & (labels == 0)
        if negatives.sum() == 0:
            continue
        rates.append(flagged[negatives].mean())
    if len(rates) < 2 or min(rates) <= 0:
        return None
    return float(max(rates) / min(rates))


def threshold_policy(labels: np.ndarray, scores: np.ndarray, groups: np.ndarray, single: float, bound: float = RATIO_BOUND) -> dict:
    """Group thresholds that give every reliable group about the same false-positive rate, choosing the common rate
    that keeps the most balanced accuracy; the single threshold is kept when it already meets the bound.

    Unreliable (small) groups keep the single threshold: their rates cannot be judged, so they are not tuned on noise.
    """
    members = reliable_groups(labels, groups)
    flagged = (scores >= single).astype(int)
    base_ratio = _policy_ratio(labels, flagged, groups, members)
    base = {"thresholds": {}, "default_threshold": single, "fpr_ratio": base_ratio,
            "balanced_accuracy": float(balanced_accuracy_score(labels, flagged)), "accuracy": accuracy(labels, flagged)}
    if len(members) < 2:
        return {**base, "feasible": True, "note": "fewer than two groups large enough to judge"}
    if base_ratio is not None and base_ratio <= bound - FIT_MARGIN:
        return {**base, "feasible": True, "note": "the single threshold already meets the bound"}
    best = None
    negatives = {value: np.sort(scores[(groups == value) & (labels == 0)]) for value in members}
    for rate in np.linspace(0.02, 0.98, 97):
        thresholds = {}
        for value, scored in negatives.items():
            # the threshold that flags `rate` of this group's negatives
            position = min(int(np.floor((1 - rate) * len(scored))), len(scored) - 1)
            thresholds[value] = float(scored[position])
        flagged = _apply(scores, groups, thresholds, single)
        ratio = _policy_ratio(labels, flagged, groups, members)
        if ratio is None or ratio > bound - FIT_MARGIN:
            continue
        score = balanced_accuracy_score(labels, flagged)
        if best is None or score > best["balanced_accuracy"]:
            best = {"thresholds": {str(k): round(v, 6) for k, v in thresholds.items()}, "default_threshold": single, "fpr_ratio": ratio,
                    "balanced_accuracy": float(score), "accuracy": accuracy(labels, flagged)}
    if best is None:
        return {**base, "feasible": False, "note": "no group thresholds keep the ratio within the bound"}
    return {**best, "feasible": True, "note": "group thresholds (protected attribute used only to set the cut, never as a model input)"}


def check_policy(labels: np.ndarray, scores: np.ndarray, groups: np.ndarray, policy: dict) -> dict:
    """The policy's figures on cases it was not fitted on."""
    thresholds = {k: v for k, v in policy["thresholds"].items()}
    text_groups = np.array([str(g) for g in groups], dtype=object)
    flagged = _apply(scores, text_groups, thresholds, policy["default_threshold"])
    members = [str(v) for v in reliable_groups(labels, text_groups)]
    return {"fpr_ratio": _policy_ratio(labels, flagged, text_groups, members), "balanced_accuracy": float(balanced_accuracy_score(labels, flagged)),
            "accuracy": accuracy(labels, flagged), "n": int(len(labels))}


def accuracy_equity_curve(labels: np.ndarray, scores: np.ndarray, protected: dict[str, np.ndarray]) -> list[dict]:
    """For single thresholds from 0.05 to 0.95: accuracy, balanced accuracy and the FPR ratio per protected column."""
    curve = []
    members = {column: reliable_groups(labels, groups) for column, groups in protected.items()}
    for threshold in np.round(np.linspace(0.05, 0.95, 19), 2):
        flagged = (scores >= threshold).astype(int)
        point = {"threshold": float(threshold), "accuracy": accuracy(labels, flagged),
                 "balanced_accuracy": float(balanced_accuracy_score(labels, flagged)), "fpr_ratio": {}}
        for column, groups in protected.items():
            ratio = _policy_ratio(labels, flagged, groups, members[column])
            point["fpr_ratio"][column] = None if ratio is None else round(ratio, 6)
        curve.append(point)
    return curve


def proxy_check(features: pd.DataFrame, categorical: list[str], protected: dict[str, np.ndarray], sample: int = 20000, seed: int = 1) -> dict:
    """How well the model's inputs predict each protected attribute (cross-validated AUC; 0.5 = not at all).

    A high value means the attribute can leak into scores through its proxies even though it is never an input."""
    rng = np.random.default_rng(seed)
    rows = rng.choice(len(features), size=min(sample, len(features)), replace=False)
    encoded = features.iloc[rows].copy()
    if categorical:
        encoded[categorical] = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan,
                                              encoded_missing_value=np.nan).fit_transform(encoded[categorical].astype(str).where(encoded[categorical].notna()))
    result = {}
    for column, groups in protected.items():
        target = np.array([str(g) for g in groups[rows]], dtype=object)
        counts = pd.Series(target).value_counts()
        kept = counts[counts >= MIN_GROUP].index
        if len(kept) < 2:
            result[column] = {"auc": None, "note": "fewer than two groups large enough"}
            continue
        target = np.where(np.isin(target, kept), target, "(andere)")
        model = HistGradientBoostingClassifier(max_iter=100, random_state=seed)
        folds = min(3, int(pd.Series(target).value_counts().min()))
        if folds < 2:
            result[column] = {"auc": None, "note": "groups too small"}
            continue
        proba = cross_val_predict(model, encoded.to_numpy(dtype=float), target, cv=folds, method="predict_proba")
        classes = np.unique(target)
        value = roc_auc_score(target, proba[:, 1]) if len(classes) == 2 else roc_auc_score(target, proba, multi_class="ovr", average="macro")
        result[column] = {"auc": round(float(value), 4), "classes": len(classes)}
    return result
