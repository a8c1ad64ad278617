"""Accuracy, calibration and fairness metrics. "Flagged" means predicted positive (score at or above the threshold);
the false-positive rate is the share of actual negatives that were flagged. In the platform the positive class is
"far from the labour market" (no 28 days of work in the horizon), so a false positive is a person who does find work
but was flagged as far from it."""

from __future__ import annotations

import math

import numpy as np
from fairlearn.metrics import MetricFrame, false_negative_rate, false_positive_rate, selection_rate
from scipy.stats import rankdata
from sklearn.metrics import accuracy_score, brier_score_loss, roc_auc_score, roc_curve

MIN_GROUP = 30  # fewer members than this, or fewer than 5 of either class: the group's metrics are unreliable
MIN_CLASS = 5


def auc(labels: np.ndarray, scores: np.ndarray) -> float | None:
    return float(roc_auc_score(labels, scores)) if 0 < labels.sum() < len(labels) else None


def rank_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """The area under the ROC curve as the Mann-Whitney statistic (ties count half): the same value as scikit-learn's
    roc_auc_score, without its input checks, which cost 4 ms a call and made the 300 bootstrap resamples of each
    candidate the largest part of choosing a model (selection.compare). Both outcomes must be present."""
    labels = np.asarray(labels)
    ranks = rankdata(scores)
    positives = labels == 1
    n_pos = int(positives.sum())
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("the AUC needs both outcomes")
    return float((ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def expected_calibration_error(labels: np.ndarray, scores: np.ndarray, bins: int = 10) -> float:
    """Mean absolute gap between predicted and observed rates over equal-width score bins, weighted by bin size."""
    edges = np.linspace(0, 1, bins + 1)
    index = np.clip(np.digitize(scores, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = index == b
        if mask.any():
            total += mask.sum() * abs(scores[mask].mean() - labels[mask].mean())
    return float(total / len(labels))


def calibration_curve(labels: np.ndarray, scores: np.ndarray, bins: int = 10) -> list[dict]:
    edges = np.linspace(0, 1, bins + 1)
    index = np.clip(np.digitize(scores, edges[1:-1]), 0, bins - 1)
    return [{"predicted": float(scores[index == b].mean()), "observed": float(labels[index == b].mean()), "n": int((index == b).sum())}
            for b in range(bins) if (index == b).any()]


def youden_threshold(labels: np.ndarray, scores: np.ndarray) -> float:
    """The threshold that maximises sensitivity + specificity - 1 (balanced accuracy): it does not collapse to
    flagging nobody when one class is rare, as an accuracy-maximising threshold can."""
    fpr, tpr, thresholds = roc_curve(labels, scores)
    best = int(np.argmax(tpr - fpr))
    return float(min(max(thresholds[best], 0.0), 1.0))


def _clean(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(float(value), 6)


def group_metrics(labels: np.ndarray, scores: np.ndarray, groups: np.ndarray, threshold: float) -> dict[str, dict]:
    """Per group: n, AUC, FPR, FNR, selection rate, base rate, calibration gap and whether the figures are reliable."""
    return group_rates(labels, scores, groups, (scores >= threshold).astype(int))


def group_rates(labels: np.ndarray, scores: np.ndarray, groups: np.ndarray, flagged: np.ndarray) -> dict[str, dict]:
    """`group_metrics` for any decision: `flagged` is 1 where the decision is the positive one."""
    frame = MetricFrame(
        metrics={"fpr": false_positive_rate, "fnr": false_negative_rate, "selection_rate": selection_rate},
        y_true=labels, y_pred=flagged, sensitive_features=groups,
    )
    by_group = frame.by_group
    result = {}
    for value in by_group.index:
        mask = groups == value
        positives = int(labels[mask].sum())
        n = int(mask.sum())
        reliable = n >= MIN_GROUP and positives >= MIN_CLASS and n - positives >= MIN_CLASS
        result[str(value)] = {
            "n": n, "auc": _clean(auc(labels[mask], scores[mask])) if 0 < positives < n else None,
            "fpr": _clean(by_group.loc[value, "fpr"]), "fnr": _clean(by_group.loc[value, "fnr"]),
            "selection_rate": _clean(by_group.loc[value, "selection_rate"]), "base_rate": _clean(positives / n),
            "mean_score": _clean(float(scores[mask].mean())), "reliable": reliable,
        }
    return result


def fpr_ratio(groups: dict[str, dict], rate: str = "fpr") -> float | None:
    """Highest over lowest false-positive rate (or `rate`) among the reliable groups (None when fewer than two or a zero rate)."""
    rates = [g[rate] for g in groups.values() if g["reliable"] and g[rate] is not None]
    if len(rates) < 2 or min(rates) <= 0:
        return None
    return round(max(rates) / min(rates), 6)


def accuracy(labels: np.ndarray, flagged: np.ndarray) -> float:
    return float(accuracy_score(labels, flagged))


def brier(labels: np.ndarray, scores: np.ndarray) -> float:
    return float(brier_score_loss(labels, scores))
