"""The bootstrap's AUC (screening/engine/metrics.rank_auc, CI speed of stop 34): the Mann-Whitney form must give
scikit-learn's roc_auc_score on any scores, ties and resampled (repeated) cases included."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.metrics import roc_auc_score

from werkregie.screening.engine.metrics import rank_auc


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 20)), min_size=2, max_size=300))
def test_rank_auc_equals_scikit_learns(rows):
    labels = np.array([int(y) for y, _s in rows])
    scores = np.array([s / 20 for _y, s in rows])  # few distinct values: many ties
    if labels.min() == labels.max():
        with pytest.raises(ValueError):
            rank_auc(labels, scores)
        return
    assert rank_auc(labels, scores) == pytest.approx(roc_auc_score(labels, scores), abs=1e-12)


def test_rank_auc_on_a_bootstrap_resample():
    rng = np.random.default_rng(7)
    labels = (rng.random(2000) < 0.3).astype(int)
    scores = np.clip(labels * 0.2 + rng.random(2000), 0, 1)
    draw = rng.choice(len(labels), len(labels))
    assert rank_auc(labels[draw], scores[draw]) == pytest.approx(roc_auc_score(labels[draw], scores[draw]), abs=1e-12)
