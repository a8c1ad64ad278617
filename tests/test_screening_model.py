"""Training with time-based validation, versioned models, scoring and plain-Dutch explanations."""

import numpy as np
import pytest

from werkregie.screening.engine.explain import explain
from werkregie.screening.engine.synthetic import FAR_FROM_WORK_MONOTONE, cases
from werkregie.screening.engine.train import TrainedModel, train

PROTECTED = ["sex", "origin", "age_band", "disability"]


@pytest.fixture(scope="module")
def model():
    history = cases(8000, seed=21)
    history["reference_month"] = [f"2024-{1 + i * 12 // 8000:02d}" for i in range(8000)]
    return train(history, "far_from_work", "1", PROTECTED, period_column="reference_month", monotone=FAR_FROM_WORK_MONOTONE)


def test_model_is_versioned_with_its_period_features_and_later_cases_metrics(model, tmp_path):
    assert model.data_period == ("2024-01", "2024-12")
    assert "reference_month" not in model.features.all and not set(model.features.all) & set(PROTECTED)
    assert model.metrics["holdout"] == 1600 and model.metrics["auc"] > 0.65 and model.metrics["auc_logistic_baseline"] > 0.65
    path = tmp_path / "model.pickle"
    model.save(path)
    again = TrainedModel.load(path)
    people = cases(50, seed=3)
    assert again.version == model.version and np.allclose(again.score(people), model.score(people))


def test_scores_ignore_protected_columns(model):
    people = cases(200, seed=4)
    changed = people.copy()
    changed["sex"], changed["origin"], changed["disability"] = "X", "onbekend", "ja"
    assert np.array_equal(model.score(people), model.score(changed))


def test_explanations_name_factors_and_what_could_change(model):
    people = cases(300, seed=5)
    person = people.iloc[[0]].copy()
    person["dutch_level"], person["driving_licence"], person["months_unemployed"] = 1, "nee", 30  # A1
    [result] = explain(model, person, reference=people)
    assert 0 < result.chance < 1
    assert result.factors and all(f.sentence[:1].isupper() and "procentpunt" in f.sentence for f in result.factors)
    actions = {c.feature: c for c in result.changes}
    assert "dutch_level" in actions and actions["dutch_level"].gain > 0 and "cursus Nederlands" in actions["dutch_level"].action
    assert "driving_licence" in actions and actions["driving_licence"].gain > 0
    # a long spell out of work lowers the chance of work, and the explanation says so
    duration = next(f for f in explain(model, person, reference=people, top=10)[0].factors if f.feature == "months_unemployed")
    assert duration.effect < 0 and "verlaagt" in duration.sentence


def test_a_better_dutch_level_never_lowers_the_chance(model):
    people = cases(100, seed=8)
    chances = []
    for level in range(1, 7):
        people["dutch_level"] = level
        chances.append(1 - model.score(people))
    assert all((later >= earlier - 1e-9).all() for earlier, later in zip(chances, chances[1:]))
