"""The screening engine: plain Python (pandas, scikit-learn, fairlearn), no Django.

It learns the chance that a job seeker works at least 28 days within a horizon from past cases, calibrates it,
reports it beside a logistic-regression baseline, audits it for fairness per protected group, proposes a threshold
policy that bounds the false-positive-rate ratio between groups, and explains single scores. Protected attributes
are never model inputs: the feature selection refuses them, and the audit uses them only to group.
"""

from .data import ScreeningInputError

__all__ = ["ScreeningInputError"]
