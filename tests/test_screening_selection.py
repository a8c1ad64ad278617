"""Model choice by nested cross-validation (issue 18, point 1): the chooser never loses to the logistic baseline,
picks boosting (or the blend) where the data reward it, reports both with intervals and says why."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import roc_auc_score

from werkregie.screening.engine import selection
from werkregie.screening.engine.data import choose_features, feature_frame
from werkregie.screening.engine.train import train

PROTECTED = ["sex"]


def logistic_world(n: int, seed: int) -> pd.DataFrame:
    """The outcome is exactly a logistic regression on the inputs: nothing for boosting to find."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 4))
    region = rng.choice(["noord", "zuid", "oost"], size=n)
    logit = -0.4 + 0.9 * x[:, 0] - 0.6 * x[:, 1] + 0.35 * x[:, 2] + np.where(region == "zuid", 0.5, 0.0)
    y = rng.random(n) < 1 / (1 + np.exp(-logit))
    frame = pd.DataFrame({"x1": x[:, 0], "x2": x[:, 1], "x3": x[:, 2], "x4": x[:, 3], "region": region,
                          "sex": rng.choice(["M", "V"], size=n), "far": y.astype(int)})
    frame.loc[rng.random(n) < 0.03, "x3"] = np.nan
    return frame


def interaction_world(n: int, seed: int) -> pd.DataFrame:
    """The outcome hangs on an interaction and a threshold no additive model can draw: boosting clearly wins."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 4))
    logit = 2.2 * np.sign(x[:, 0]) * np.sign(x[:, 1]) + 1.2 * (x[:, 2] > 0.8) - 0.3 * x[:, 3]
    y = rng.random(n) < 1 / (1 + np.exp(-logit))
    return pd.DataFrame({"x1": x[:, 0], "x2": x[:, 1], "x3": x[:, 2], "x4": x[:, 3], "sex": rng.choice(["M", "V"], size=n), "far": y.astype(int)})


def nested(frame: pd.DataFrame) -> selection.Selection:
    columns = choose_features(frame, "far", PROTECTED, None)
    return selection.nested(feature_frame(frame, columns), frame["far"].to_numpy(), columns)


def fresh_aucs(model, frame: pd.DataFrame) -> tuple[float, float]:
    """AUC of the chosen model and of the logistic baseline on cases neither ever saw."""
    labels = frame["far"].to_numpy()
    inputs = feature_frame(frame, model.features)
    return roc_auc_score(labels, model.model.predict_proba(inputs)[:, 1]), roc_auc_score(labels, model.baseline.predict_proba(inputs)[:, 1])


@pytest.fixture(scope="module")
def logistic_choice():
    return nested(logistic_world(3000, seed=1))


@pytest.fixture(scope="module")
def boosting_choice():
    return nested(interaction_world(3000, seed=2))


def test_where_logistic_is_the_truth_the_chooser_keeps_it(logistic_choice):
    chosen = logistic_choice
    assert chosen.chosen in ("logistic", "blend")
    if chosen.chosen == "blend":  # a blend is allowed only when it is no worse
        assert chosen.candidates["blend"]["auc"] >= chosen.candidates["logistic"]["auc"]
    else:
        assert any("logistic baseline" in w for w in chosen.warnings)  # and it says that nothing beat the baseline
    assert "logistic" in chosen.reason


def test_where_boosting_wins_the_chooser_takes_it(boosting_choice):
    chosen = boosting_choice
    assert chosen.chosen in ("boosting", "blend")
    entry = chosen.candidates[chosen.chosen]
    assert entry["clearly_better"] and entry["gain"] >= 0.02 and entry["gain_ci"][0] > 0
    assert not any("logistic baseline" in w for w in chosen.warnings)


def test_both_models_are_reported_with_intervals_and_fold_spread(boosting_choice):
    for name in selection.CANDIDATES:
        c = boosting_choice.candidates[name]
        assert c["auc_ci"][0] <= c["auc"] <= c["auc_ci"][1]
        assert len(c["fold_aucs"]) == selection.FOLDS
    # regularisation was chosen inside every outer fold, from the grid
    assert len(boosting_choice.params["leaves_per_fold"]) == selection.FOLDS
    assert boosting_choice.params["c"] in boosting_choice.params["c_per_fold"]


def test_a_small_gain_is_taken_but_warned_about():
    candidates = {"logistic": {"auc": 0.70}, "boosting": {"auc": 0.71, "gain": 0.01, "gain_ci": [0.004, 0.016], "clearly_better": True},
                  "blend": {"auc": 0.705, "gain": 0.005, "gain_ci": [-0.001, 0.011], "clearly_better": False}}
    chosen, reason, warnings = selection.choose(candidates)
    assert chosen == "boosting" and "above zero" in reason
    assert warnings and "not clearly by 0.02" in warnings[0]


@pytest.mark.parametrize("world, expected", [(logistic_world, ("logistic", "blend")), (interaction_world, ("boosting", "blend"))])
def test_the_trained_model_never_loses_to_its_baseline_on_new_cases(world, expected):
    model = train(world(3000, seed=5), "far", "1", PROTECTED)
    assert model.metrics["model"] in expected and model.audit["selection"]["chosen"] == model.metrics["model"]
    chosen, baseline = fresh_aucs(model, world(20000, seed=6))
    assert chosen >= baseline - 0.003, (chosen, baseline)
    if world is interaction_world:
        assert chosen >= baseline + 0.02, (chosen, baseline)
