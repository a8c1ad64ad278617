"""The two models, built the same way for the platform and for an audit of any table: a calibrated gradient-boosting
model and a plain logistic-regression baseline."""

from __future__ import annotations

from typing import Callable

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler

from .calibration import SmoothIsotonicClassifier
from .data import Columns

SEED = 20261127


def boosting(columns: Columns, rows: int, monotone: dict[str, int] | None = None) -> SmoothIsotonicClassifier | CalibratedClassifierCV:
    """Gradient boosting (histogram-based, native missing values and categories), calibrated: a smoothed isotonic
    map of its out-of-fold log-odds when there are enough cases (see calibration.py), Platt scaling otherwise. `monotone` fixes the direction of numeric
    features whose effect is known (+1 raises the predicted probability, -1 lowers it), so that a better Dutch
    level can never lower a person's chance in the model or in its explanations."""
    encoder = ColumnTransformer(
        [("numeric", "passthrough", columns.numeric),
         ("categorical", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan, encoded_missing_value=np.nan,
                                        max_categories=200), columns.categorical)],
        verbose_feature_names_out=False,
    )
    categorical = [False] * len(columns.numeric) + [True] * len(columns.categorical)
    model = HistGradientBoostingClassifier(
        max_iter=300, learning_rate=0.06, max_leaf_nodes=31, min_samples_leaf=max(20, rows // 2000), l2_regularization=1.0,
        categorical_features=categorical if columns.categorical else None, early_stopping=rows > 5000, random_state=SEED,
        monotonic_cst=[(monotone or {}).get(name, 0) for name in columns.numeric] + [0] * len(columns.categorical) if monotone else None,
    )
    pipeline = Pipeline([("encode", encoder), ("boost", model)])
    # the calibration is learnt on 3-fold out-of-fold scores, then one model is fitted on all cases, so scoring (and each
    # explanation, which predicts once per feature) runs one model instead of three
    if rows >= 2000:
        return SmoothIsotonicClassifier(pipeline, cv=3, random_state=SEED)
    return CalibratedClassifierCV(pipeline, method="sigmoid", cv=3, ensemble=False)


def logistic(columns: Columns) -> Pipeline:
    """The baseline: one-hot categories, standardised numbers with missing indicators, L2 logistic regression."""
    encoder = ColumnTransformer(
        [("numeric", make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler()), columns.numeric),
         ("categorical", make_pipeline(SimpleImputer(strategy="constant", fill_value="(leeg)"),
                                       OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=5, sparse_output=False)), columns.categorical)],
    )
    return Pipeline([("encode", encoder), ("logistic", LogisticRegression(max_iter=2000, C=1.0))])


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
