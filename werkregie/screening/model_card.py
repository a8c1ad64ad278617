"""The model card: what each active model learnt from, which model was chosen and why, how well it does against the
logistic baseline, the group error rates at the decisions the platform takes (the category cuts in force, the
self-reliance proposal), and how far today's scores have drifted. It describes what the platform does: one set of
cuts for everyone (the analysis of per-group thresholds is never applied, so it is not on the card). No personal
data: only aggregates."""

from __future__ import annotations

import math

import numpy as np
from django.db.models import Max

from werkregie.core import suppression

from .engine.register import FEATURES, PROTECTED
from .engine.train import histogram
from .models import Score, ScreeningModel

PSI_WATCH, PSI_ACT = 0.1, 0.25  # the usual reading of the population stability index


def psi(expected: list[float], actual: list[float]) -> float:
    """Population stability index between two histograms (shares per bin)."""
    total = 0.0
    for e, a in zip(expected, actual):
        e, a = max(e, 1e-4), max(a, 1e-4)
        total += (a - e) * math.log(a / e)
    return round(total, 4)


def drift(model: ScreeningModel) -> dict:
    """Today's scores of this model against the chances on its holdout."""
    field = "chance_6m" if model.horizon_months == 6 else "chance_12m"
    scores = Score.objects.filter(model=model) if model.horizon_months == 6 else Score.objects.filter(model_12m=model)
    latest = scores.aggregate(day=Max("reference_date"))["day"]
    if latest is None:
        return {"reference_date": None, "n": 0, "histogram": [], "psi": None, "status": "geen scores"}
    chances = np.array([c for c in scores.filter(reference_date=latest).values_list(field, flat=True) if c is not None], dtype=float)
    current = histogram(chances)
    value = psi(model.score_histogram, current)
    status = "stabiel" if value < PSI_WATCH else "opvolgen" if value < PSI_ACT else "hertrainen"
    return {"reference_date": str(latest), "n": int(len(chances)), "histogram": current, "psi": value, "status": status,
            "mean_chance": round(float(chances.mean()), 4) if len(chances) else None}


ON_CARD = ("auc", "auc_logistic_baseline", "brier_logistic_baseline", "ece_logistic_baseline", "groups", "fpr_ratio", "calibration",
           "calibration_overall", "accuracy_equity_curve", "proxy", "cuts", "decisions", "selection", "warnings")


def cuts_in_force() -> dict:
    """The cuts the assessment decides with now (the same `limits()` the proposal uses)."""
    from .use_cases import limits

    current = limits()
    return {"short_above": current.short_above, "long_below": current.long_below}


def model_summary(model: ScreeningModel) -> dict:
    audit = {k: v for k, v in suppressed_audit(model.audit).items() if k in ON_CARD}
    current = cuts_in_force()
    return {
        "version": model.version, "horizon_months": model.horizon_months, "trained_at": model.trained_at.isoformat(),
        "data_period": [str(model.data_start), str(model.data_end)], "cases": model.cases, "features": model.features,
        "protected_audit_only": PROTECTED, "metrics": model.metrics, "audit": audit, "holdout_histogram": model.score_histogram,
        "cuts_audited": audit.get("cuts"), "cuts_match": audit.get("cuts") == current, "drift": drift(model),
    }


def card() -> dict:
    models = ScreeningModel.objects.filter(active=True).defer("artifact").order_by("horizon_months")
    history = ScreeningModel.objects.defer("artifact").values("version", "horizon_months", "trained_at", "cases", "active", "metrics")[:20]
    return {"inputs": FEATURES, "protected_audit_only": PROTECTED, "cuts": cuts_in_force(), "group_thresholds": False,
            "models": [model_summary(m) for m in models],
            "history": [{"version": h["version"], "horizon_months": h["horizon_months"], "trained_at": h["trained_at"].isoformat(),
                         "cases": h["cases"], "active": h["active"], "auc": h["metrics"].get("auc")} for h in history]}


def suppressed_audit(audit: dict) -> dict:
    """The audit with the platform's small-cell rule applied to its groups: a group whose size is hidden (small, or
    recoverable from the holdout total and the other groups) shows no size and no rate, and no calibration curve."""
    groups = audit.get("groups") or {}
    if not groups:
        return audit
    total = max(sum(int(g.get("n", 0)) for g in values.values()) for values in groups.values())
    breakdowns = {column: {value: {"n": int(g.get("n", 0))} for value, g in values.items()} for column, values in groups.items()}
    _total, shown = suppression.suppress_breakdowns({"n": total}, breakdowns, ["n"])

    def hide(by_column: dict) -> dict:
        return {column: {value: (g if column not in shown or value not in shown[column] or shown[column][value]["n"] is not None
                                 else {**{k: None for k in g}, "reliable": False, "suppressed": True})
                         for value, g in values.items()}
                for column, values in by_column.items()}

    # the highest over the lowest rate of a breakdown with a hidden group would give that group's rate back from the
    # others' (the walk of stop 45 read the hidden men's false-positive rate from "ratio 1,07"): not shown there
    hidden_columns = {column for column, values in shown.items() if any(v["n"] is None for v in values.values())}

    def ratios(values: dict | None) -> dict | None:
        return values if not values else {column: (None if column in hidden_columns else ratio) for column, ratio in values.items()}

    out = dict(audit)
    out["groups"] = hide(groups)
    if "fpr_ratio" in audit:
        out["fpr_ratio"] = ratios(audit["fpr_ratio"])
    if audit.get("decisions"):  # the same holdout, the same groups: the same cells are hidden at every decision
        out["decisions"] = {name: {**d, "groups": hide(d["groups"]), **({"fpr_ratio": ratios(d["fpr_ratio"])} if "fpr_ratio" in d else {})}
                            for name, d in audit["decisions"].items()}
    if audit.get("calibration"):
        out["calibration"] = {column: {value: curve for value, curve in curves.items()
                                       if column not in shown or value not in shown[column] or shown[column][value]["n"] is not None}
                              for column, curves in audit["calibration"].items()}
    return out
