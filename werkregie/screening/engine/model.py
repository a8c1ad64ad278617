"""The candidate models, built the same way for the platform and for an audit of any table: a regularised logistic
regression with feature transforms (the baseline every other model must beat), a calibrated gradient-boosting model
and their blend. Which one is used is decided by nested cross-validation (selection.py)."""

from __future__ import annotations

from typing import Callable

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import MissingIndicator, SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, QuantileTransformer, SplineTransformer, StandardScaler

from .calibration import SmoothIsotonicClassifier
from .data import Columns

SEED = 20261127
C_GRID = (0.001, 0.01, 0.1, 1.0)  # inverse L2 strength of the logistic regression, chosen by inner cross-validation
SPLINE_KNOTS = 5
LEAVES_GRID = (3, 7, 31)  # the boosting's tree size, chosen by inner cross-validation (with early stopping on the rounds)


def boosting(columns: Columns, rows: int, monotone: dict[str, int] | None = None, leaves: int = 31,
             calibrated: bool = True) -> SmoothIsotonicClassifier | CalibratedClassifierCV | Pipeline:
    """Gradient boosting (histogram-based, native missing values and categories), regularised by the tree size
    (`leaves`, chosen by nested cross-validation), L2 on the leaves, a minimum leaf size and early stopping on a
    tenth of the cases; calibrated: a smoothed isotonic map of its out-of-fold log-odds when there are enough cases
    (see calibration.py), Platt scaling otherwise. `monotone` fixes the direction of numeric features whose effect is
    known (+1 raises the predicted probability, -1 lowers it), so that a better Dutch level can never lower a
    person's chance in the model or in its explanations."""
    encoder = ColumnTransformer(
        [("numeric", "passthrough", columns.numeric),
         ("categorical", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan, encoded_missing_value=np.nan,
                                        max_categories=200), columns.categorical)],
        verbose_feature_names_out=False,
    )
    categorical = [False] * len(columns.numeric) + [True] * len(columns.categorical)
    model = HistGradientBoostingClassifier(
        max_iter=500, learning_rate=0.06, max_leaf_nodes=leaves, min_samples_leaf=max(20, rows // 2000), l2_regularization=1.0,
        categorical_features=categorical if columns.categorical else None, early_stopping=True, validation_fraction=0.1,
        n_iter_no_change=20, random_state=SEED,
        monotonic_cst=[(monotone or {}).get(name, 0) for name in columns.numeric] + [0] * len(columns.categorical) if monotone else None,
    )
    pipeline = Pipeline([("encode", encoder), ("boost", model)])
    if not calibrated:
        return pipeline
    # the calibration is learnt on 3-fold out-of-fold scores, then one model is fitted on all cases, so scoring (and each
    # explanation, which predicts once per feature) runs one model instead of three
    if rows >= 2000:
        return SmoothIsotonicClassifier(pipeline, cv=3, random_state=SEED)
    return CalibratedClassifierCV(pipeline, method="sigmoid", cv=3, ensemble=False)


def logistic(columns: Columns, monotone: dict[str, int] | None = None, c: float | None = None) -> Pipeline | GridSearchCV:
    """The baseline: L2 logistic regression on one-hot categories (rare ones pooled, missing as a category),
    missing-value indicators, and numbers as cubic splines of their quantiles (a smooth, non-linear effect of each
    number) — except numbers whose direction is known (`monotone`), which enter linearly so that their effect keeps
    one direction. The penalty is chosen by 3-fold cross-validation on AUC, or fixed with `c`."""
    monotone = monotone or {}
    linear = [n for n in columns.numeric if n in monotone]
    curved = [n for n in columns.numeric if n not in monotone]
    parts = []
    if linear:
        parts.append(("linear", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), linear))
    if curved:
        parts.append(("spline", make_pipeline(SimpleImputer(strategy="median"), QuantileTransformer(n_quantiles=200, subsample=20_000, random_state=SEED),
                                              SplineTransformer(n_knots=SPLINE_KNOTS, degree=3), StandardScaler()), curved))
    if columns.numeric:
        parts.append(("missing", MissingIndicator(features="missing-only", error_on_new=False), columns.numeric))
    if columns.categorical:
        parts.append(("categorical", make_pipeline(SimpleImputer(strategy="constant", fill_value="(leeg)"),
                                                   OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=5, sparse_output=False)),
                      columns.categorical))
    pipeline = Pipeline([("encode", ColumnTransformer(parts)), ("logistic", LogisticRegression(C=c or 1.0, max_iter=2000))])
    if c is not None:
        return pipeline
    return GridSearchCV(pipeline, {"logistic__C": list(C_GRID)}, cv=StratifiedKFold(3, shuffle=True, random_state=SEED), scoring="roc_auc")


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def blend_probabilities(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The blend: the mean of the two models' log-odds (a geometric mean of their odds), turned back into a chance."""
    return 1 / (1 + np.exp(-(_logit(first) + _logit(second)) / 2))


class Blend(ClassifierMixin, BaseEstimator):
    """The logistic model and the gradient-boosting model averaged on the log-odds scale."""

    def __init__(self, logistic: object = None, boosting: object = None) -> None:
        self.logistic = logistic
        self.boosting = boosting

    def fit(self, X, y):  # noqa: ANN001, ANN201, N803 - scikit-learn's signature
        self.classes_ = np.unique(y)
        self.logistic_ = clone(self.logistic).fit(X, y)
        self.boosting_ = clone(self.boosting).fit(X, y)
        return self

    def predict_proba(self, X):  # noqa: ANN001, ANN201, N803
        positive = blend_probabilities(self.logistic_.predict_proba(X)[:, 1], self.boosting_.predict_proba(X)[:, 1])
        return np.column_stack([1 - positive, positive])

    def predict(self, X):  # noqa: ANN001, ANN201, N803
        return self.classes_[(self.predict_proba(X)[:, 1] >= 0.5).astype(int)]


def out_of_fold(build: Callable[[], object], features: pd.DataFrame, labels: np.ndarray, folds: int = 5,
                progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Probabilities for every case from a model that never saw it (stratified k-fold cross-validation)."""
    predictions = np.zeros(len(labels))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for train, test in splitter.split(features, labels):
        model = build()
        model.fit(features.iloc[train], labels[train])
        predictions[test] = model.predict_proba(features.iloc[test])[:, 1]
        if progress:
            progress(1)
    return predictions
