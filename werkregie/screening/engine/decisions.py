"""The decisions the platform actually takes with a score, audited per group: the distance category's two boundaries
(long below 35%, short above 50% chance of work; the configured limits) and the self-reliance proposal. Fixed cuts:
nothing here is chosen on the data it is reported on.

The platform's model predicts the flag "far from the labour market" (the positive class); the chance of work is one
minus its probability. Each decision is read as a flag: "long distance", "not short" (medium or long) and "not
proposed as self-reliant". A false positive is then a person who found work but got that decision; a false negative
is a person who found no work but did not get it (for self-reliance: was proposed as self-reliant, so left to search
alone). The self-reliance proposal is audited as far as the data show it: a short distance, Dutch at B1 or above
and some digital skills (register columns `dutch_level`, `digital_skills` when present); barriers only the
conversation reveals (childcare, mobility, motivation, MMPPS) can only withdraw the proposal later.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import metrics
from .assessment import DUTCH, Limits, model_category, self_reliance_proposed

DECISIONS = ("long", "not_short", "not_self_reliant")
NO_DIGITAL = {"none", "geen", "0"}


def rules(limits: Limits) -> dict[str, str]:
    """Each decision in words, with the cuts in force."""
    return {
        "long": f"long distance: chance of work below {limits.long_below:.0%}",
        "not_short": f"not a short distance (medium or long): chance of work at most {limits.short_above:.0%}",
        "not_self_reliant": (f"not proposed as self-reliant: the proposal needs a chance of work above {limits.short_above:.0%}, "
                             "Dutch at B1 or above and some digital skills"),
    }


def _dutch_rank(value: object) -> float | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, str):
        text = value.strip()
        return float(DUTCH.index(text) + 1) if text in DUTCH else None
    return float(value)


def _any_digital(value: object) -> bool | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, str):
        return value.strip().lower() not in NO_DIGITAL
    return float(value) >= 1


def flags(scores: np.ndarray, limits: Limits, inputs: pd.DataFrame | None = None) -> dict[str, np.ndarray]:
    """1 where the platform takes the decision, for probabilities of the flag "far from the labour market"."""
    chances = 1 - np.asarray(scores, dtype=float)
    categories = [model_category(c, limits) for c in chances]
    rows = len(chances)
    dutch = inputs["dutch_level"].tolist() if inputs is not None and "dutch_level" in inputs else [None] * rows
    digital = inputs["digital_skills"].tolist() if inputs is not None and "digital_skills" in inputs else [None] * rows
    proposed = [self_reliance_proposed(c, limits, _dutch_rank(d), _any_digital(g)) for c, d, g in zip(chances, dutch, digital)]
    return {"long": np.array([c == "long" for c in categories], dtype=int),
            "not_short": np.array([c != "short" for c in categories], dtype=int),
            "not_self_reliant": 1 - np.array(proposed, dtype=int)}


def audit(labels: np.ndarray, scores: np.ndarray, groups: dict[str, np.ndarray], limits: Limits, inputs: pd.DataFrame | None = None) -> dict:
    """Per decision: the rule, the share flagged, overall FPR and FNR, the per-group figures and the ratios between
    the reliable groups (highest over lowest)."""
    words = rules(limits)
    result = {"cuts": {"short_above": limits.short_above, "long_below": limits.long_below}, "decisions": {}}
    for name, flagged in flags(scores, limits, inputs).items():
        overall = metrics.group_rates(labels, scores, np.full(len(labels), "all", dtype=object), flagged)["all"]
        per_group = {column: metrics.group_rates(labels, scores, values, flagged) for column, values in groups.items()}
        result["decisions"][name] = {
            "rule": words[name], "flagged_share": overall["selection_rate"], "fpr": overall["fpr"], "fnr": overall["fnr"],
            "groups": per_group,
            "fpr_ratio": {column: metrics.fpr_ratio(g) for column, g in per_group.items()},
            "fnr_ratio": {column: metrics.fpr_ratio(g, "fnr") for column, g in per_group.items()},
        }
    return result
