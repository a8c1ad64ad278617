"""Choosing the screening model by nested cross-validation among a small, principled set: the regularised logistic
regression (its penalty chosen by inner cross-validation), gradient boosting (its tree size chosen by inner
cross-validation, its number of rounds by early stopping) and their blend.

Every candidate gets out-of-fold scores from the same outer folds, each tuned only on its outer training part, so the
comparison is fair. A model other than the logistic regression is chosen only when it is *clearly* better: the lower
end of the 95% bootstrap interval of its AUC gain over the logistic regression (the same resampled cases for both)
lies above zero. Otherwise the logistic regression is used: the chooser never trades a sure baseline for noise.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import pandas as pd
from sklearn.model_selection import GridSearchCV, StratifiedKFold

from .data import Columns
from .metrics import rank_auc
from .model import LEAVES_GRID, SEED, Blend, blend_probabilities, boosting, logistic

CANDIDATES = ("logistic", "boosting", "blend")
LABELS = {"logistic": "logistische regressie", "boosting": "gradient boosting", "blend": "mengsel van beide"}
FOLDS, INNER_FOLDS = 5, 3
BOOTSTRAP = 300
CLEAR_GAIN = 0.02  # the gain the issue aims at; below it the report warns even when the gain is certain
SELECTION_ROWS = 20_000  # the platform chooses on a stratified sample of the earlier cases, then refits on all of them
STEPS = 2 * FOLDS


@dataclass
class Selection:
    chosen: str
    reason: str
    candidates: dict  # name -> {"auc", "auc_ci", "fold_aucs", "gain", "gain_ci", "clearly_better"}
    params: dict  # "c" of the logistic regression, "leaves" of the boosting (the choice most outer folds made)
    scores: dict[str, np.ndarray]  # out-of-fold scores per candidate
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {"chosen": self.chosen, "reason": self.reason, "candidates": self.candidates, "params": self.params,
                "rule": "another model than the logistic regression only when the lower end of the 95% bootstrap interval "
                        "of its AUC gain lies above zero", "n": int(len(next(iter(self.scores.values()))))}


def auc_interval(labels: np.ndarray, scores: np.ndarray, draws: list[np.ndarray]) -> list[float]:
    values = [rank_auc(labels[d], scores[d]) for d in draws]
    return [round(float(np.percentile(values, 2.5)), 4), round(float(np.percentile(values, 97.5)), 4)]


def bootstrap_draws(labels: np.ndarray, count: int = BOOTSTRAP, seed: int = SEED) -> list[np.ndarray]:
    """Resamples of the cases, stratified so that each holds both outcomes in their observed numbers."""
    rng = np.random.default_rng(seed)
    positives, negatives = np.flatnonzero(labels == 1), np.flatnonzero(labels == 0)
    return [np.concatenate([rng.choice(positives, len(positives)), rng.choice(negatives, len(negatives))]) for _ in range(count)]


def compare(labels: np.ndarray, scores: dict[str, np.ndarray], folds: np.ndarray | None = None) -> dict:
    """AUC of every candidate with its 95% bootstrap interval (and the spread over the folds), and its gain over the
    logistic regression with the paired interval."""
    draws = bootstrap_draws(labels)
    baseline = scores["logistic"]
    base_draws = np.array([rank_auc(labels[d], baseline[d]) for d in draws])
    result = {}
    for name, values in scores.items():
        own = np.array([rank_auc(labels[d], values[d]) for d in draws])
        gain = own - base_draws
        entry = {"auc": round(float(rank_auc(labels, values)), 4),
                 "auc_ci": [round(float(np.percentile(own, 2.5)), 4), round(float(np.percentile(own, 97.5)), 4)]}
        if folds is not None:
            entry["fold_aucs"] = [round(float(rank_auc(labels[folds == k], values[folds == k])), 4) for k in np.unique(folds)]
        if name != "logistic":
            entry["gain"] = round(entry["auc"] - round(float(rank_auc(labels, baseline)), 4), 4)
            entry["gain_ci"] = [round(float(np.percentile(gain, 2.5)), 4), round(float(np.percentile(gain, 97.5)), 4)]
            entry["clearly_better"] = bool(entry["gain_ci"][0] > 0)
        result[name] = entry
    return result


def choose(candidates: dict) -> tuple[str, str, list[str]]:
    """The chosen candidate, why, and the warnings: the clearly-better candidate with the highest AUC, else logistic."""
    better = [n for n in CANDIDATES if n != "logistic" and candidates[n]["clearly_better"]]
    base = candidates["logistic"]
    if not better:
        best = max((n for n in CANDIDATES if n != "logistic"), key=lambda n: candidates[n]["auc"])
        other = candidates[best]
        detail = (f"best other: {best}, AUC {other['auc']:.3f} against {base['auc']:.3f}, gain {other['gain']:+.3f}, "
                  f"95% interval {other['gain_ci'][0]:+.3f} to {other['gain_ci'][1]:+.3f}")
        return ("logistic", f"logistic: no other model is clearly better ({detail})",
                [f"the chosen model is the logistic baseline: no candidate is clearly better than it ({detail})"])
    chosen = max(better, key=lambda n: candidates[n]["auc"])
    entry = candidates[chosen]
    reason = (f"{chosen}: AUC {entry['auc']:.3f} against {base['auc']:.3f} for the logistic baseline, gain {entry['gain']:+.3f} "
              f"(95% interval {entry['gain_ci'][0]:+.3f} to {entry['gain_ci'][1]:+.3f}, above zero)")
    warnings = []
    if entry["gain_ci"][0] < CLEAR_GAIN:
        warnings.append(f"{chosen} is better than the logistic baseline, but not clearly by {CLEAR_GAIN} AUC or more "
                        f"(gain {entry['gain']:+.3f}, 95% interval from {entry['gain_ci'][0]:+.3f})")
    return chosen, reason, warnings


def nested(inputs: pd.DataFrame, labels: np.ndarray, columns: Columns, monotone: dict[str, int] | None = None,
           progress: Callable[[int], None] | None = None) -> Selection:
    """Out-of-fold scores of every candidate (outer 5 folds; each candidate tuned by 3-fold cross-validation inside
    each outer training part), the comparison and the choice."""
    step = progress or (lambda _n: None)
    scores = {"logistic": np.zeros(len(labels)), "boosting": np.zeros(len(labels))}
    folds = np.zeros(len(labels), dtype=int)
    chosen_c, chosen_leaves = [], []
    inner = StratifiedKFold(INNER_FOLDS, shuffle=True, random_state=SEED + 1)
    for k, (train, test) in enumerate(StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(inputs, labels)):
        folds[test] = k
        linear = logistic(columns, monotone).fit(inputs.iloc[train], labels[train])
        chosen_c.append(float(linear.best_params_["logistic__C"]))
        scores["logistic"][test] = linear.predict_proba(inputs.iloc[test])[:, 1]
        step(1)
        search = GridSearchCV(boosting(columns, len(train), monotone, calibrated=False), {"boost__max_leaf_nodes": list(LEAVES_GRID)},
                              cv=inner, scoring="roc_auc").fit(inputs.iloc[train], labels[train])
        chosen_leaves.append(int(search.best_params_["boost__max_leaf_nodes"]))
        scores["boosting"][test] = search.predict_proba(inputs.iloc[test])[:, 1]
        step(1)
    scores["blend"] = blend_probabilities(scores["logistic"], scores["boosting"])
    candidates = compare(labels, scores, folds)
    chosen, reason, warnings = choose(candidates)
    params = {"c": _most_common(chosen_c, prefer=min), "leaves": _most_common(chosen_leaves, prefer=min),
              "c_per_fold": chosen_c, "leaves_per_fold": chosen_leaves}
    return Selection(chosen, reason, candidates, params, scores, warnings)


def _most_common(values: list, prefer: Callable) -> float | int:
    """The value most folds chose; a tie goes to the more regularised one (`prefer`)."""
    counts = Counter(values)
    top = max(counts.values())
    return prefer(v for v, n in counts.items() if n == top)


def build(kind: str, columns: Columns, rows: int, monotone: dict[str, int] | None, params: dict) -> object:
    """The chosen kind of model with the chosen regularisation, to be fitted on all the cases."""
    linear = logistic(columns, monotone, c=params["c"])
    if kind == "logistic":
        return linear
    boosted = boosting(columns, rows, monotone, leaves=params["leaves"])
    return boosted if kind == "boosting" else Blend(linear, boosted)


def sample(labels: np.ndarray, size: int = SELECTION_ROWS, seed: int = SEED) -> np.ndarray:
    """Positions of a stratified random sample (all positions when there are no more than `size`)."""
    if len(labels) <= size:
        return np.arange(len(labels))
    rng = np.random.default_rng(seed)
    chosen = []
    for value in (0, 1):
        where = np.flatnonzero(labels == value)
        chosen.append(rng.choice(where, max(1, round(size * len(where) / len(labels))), replace=False))
    return np.sort(np.concatenate(chosen))
