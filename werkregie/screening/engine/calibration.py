"""A smooth isotonic calibration: the isotonic map learnt on out-of-fold scores, made smooth and strictly
increasing by a monotone cubic (PCHIP) through the centres of its steps.

Isotonic calibration fits these models best (Platt scaling was measurably worse on later cohorts), but its map is a
staircase: on a step, a better Dutch level or a driving licence would move the chance by exactly zero and the
explanation would say so. The smoothed map keeps the isotonic fit and lets every change of the score show."""

from __future__ import annotations

import numpy as np
from scipy.interpolate import PchipInterpolator
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import StratifiedKFold

EPSILON = 1e-4


class SmoothIsotonicClassifier(ClassifierMixin, BaseEstimator):
    def __init__(self, estimator: object = None, cv: int = 3, random_state: int = 0) -> None:
        self.estimator = estimator
        self.cv = cv
        self.random_state = random_state

    def fit(self, X, y):  # noqa: ANN001, ANN201, N803 - scikit-learn's signature
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        scores = np.zeros(len(y))
        for train, test in StratifiedKFold(self.cv, shuffle=True, random_state=self.random_state).split(X, y):
            model = clone(self.estimator).fit(X.iloc[train], y[train])
            scores[test] = model.decision_function(X.iloc[test])
        isotonic = IsotonicRegression(out_of_bounds="clip", y_min=EPSILON, y_max=1 - EPSILON).fit(scores, y)
        self.map_ = _smooth(isotonic)
        self.low_, self.high_ = float(isotonic.X_thresholds_[0]), float(isotonic.X_thresholds_[-1])
        self.estimator_ = clone(self.estimator).fit(X, y)
        return self

    def predict_proba(self, X):  # noqa: ANN001, ANN201, N803
        scores = np.clip(self.estimator_.decision_function(X), self.low_, self.high_)
        positive = np.clip(self.map_(scores), EPSILON, 1 - EPSILON)
        return np.column_stack([1 - positive, positive])

    def predict(self, X):  # noqa: ANN001, ANN201, N803
        return self.classes_[(self.predict_proba(X)[:, 1] >= 0.5).astype(int)]


def _smooth(isotonic: IsotonicRegression) -> PchipInterpolator:
    """PCHIP through the centre of each step of the isotonic map, with a small rise added so it is strictly increasing."""
    x, y = isotonic.X_thresholds_, isotonic.y_thresholds_
    centres, levels = [], []
    start = 0
    for i in range(1, len(x) + 1):
        if i == len(x) or y[i] != y[start]:
            centres.append((x[start] + x[i - 1]) / 2)
            levels.append(y[start])
            start = i
    centres, levels = np.asarray(centres, dtype=float), np.asarray(levels, dtype=float)
    if len(centres) < 2:
        centres = np.array([x[0] - 1, x[-1] + 1])
        levels = np.array([levels[0] - EPSILON, levels[0] + EPSILON]) if len(levels) else np.array([0.5 - EPSILON, 0.5 + EPSILON])
    centres, unique = np.unique(centres, return_index=True)
    levels = levels[unique] + np.linspace(0, 1e-6, len(unique))  # strictly increasing, negligibly
    ends_x = np.concatenate([[x[0]], centres, [x[-1]]]) if x[0] < centres[0] and x[-1] > centres[-1] else centres
    ends_y = np.concatenate([[levels[0] - 1e-6], levels, [levels[-1] + 1e-6]]) if len(ends_x) > len(centres) else levels
    return PchipInterpolator(ends_x, ends_y, extrapolate=True)
