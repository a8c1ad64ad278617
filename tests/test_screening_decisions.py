"""The audit of the decisions the platform actually takes (issue 18, point 2): group error rates at the category
cuts in force and at the self-reliance proposal, thresholds chosen on other cases than those they are reported on,
and a model card that describes exactly what the platform does (one set of cuts, no group thresholds)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from django.test import Client, override_settings
from hypothesis import given
from hypothesis import strategies as st

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.screening.engine import assessment as rules
from werkregie.screening.engine import decisions, metrics
from werkregie.screening.engine.evaluate import audit_scores
from werkregie.screening.engine.register import CEFR_NUMBER, DIGITAL_NUMBER

from . import factories as f

TODAY = dt.date(2026, 11, 27)
DIGITAL = {v: k for k, v in DIGITAL_NUMBER.items()}
CEFR = {v: k for k, v in CEFR_NUMBER.items()}


@given(st.floats(0, 1), st.sampled_from(sorted(CEFR)), st.sampled_from(sorted(DIGITAL)),
       st.sampled_from([rules.Limits(), rules.Limits(0.6, 0.3), rules.Limits(0.4, 0.4)]))
def test_the_audited_decisions_are_the_proposals_rules(chance, dutch, digital, limits):
    """Each audited decision is what the proposal gives for that chance and register values, with no barrier from the
    conversation: the audit and the platform share one rule."""
    flags = decisions.flags(np.array([1 - chance]), limits, pd.DataFrame({"dutch_level": [dutch], "digital_skills": [digital]}))
    start = rules.starting_point(1 - (1 - chance), limits)
    answers = rules.Answers(dutch_level="native" if dutch == 7 else rules.DUTCH[dutch - 1], digital_skills=DIGITAL[digital])
    proposal = rules.propose(1 - (1 - chance), answers, limits)
    assert flags["long"][0] == (start.category == "long")
    assert flags["not_short"][0] == (start.category != "short")
    assert flags["not_self_reliant"][0] == (not proposal.self_reliant)


def scored(n: int, seed: int, base: float) -> tuple[np.ndarray, np.ndarray, dict]:
    """Labels, scores that separate them somewhat, and a two-valued group."""
    rng = np.random.default_rng(seed)
    labels = (rng.random(n) < base).astype(int)
    scores = np.clip(base + 0.25 * (labels - base) + rng.normal(0, 0.2, n), 0, 1)
    return labels, scores, {"sex": rng.choice(["M", "V"], n).astype(object)}


def test_group_rates_at_the_cuts_and_thresholds_chosen_elsewhere():
    labels, scores, groups = scored(4000, 4, 0.5)
    # the threshold is chosen on other cases (here: scores shifted up, so it differs from the reported cases' own)
    other = (labels, np.clip(scores + 0.1, 0, 1), groups)
    audit = audit_scores(labels, scores, scores, groups, pd.DataFrame({"x": scores}), [], rules.Limits(), chosen_on=other)
    threshold = metrics.youden_threshold(other[0], other[1])
    assert audit["threshold"] == round(threshold, 6) != round(metrics.youden_threshold(labels, scores), 6)
    flagged = scores >= threshold
    for value in ("M", "V"):
        mask = groups["sex"] == value
        assert audit["groups"]["sex"][value]["selection_rate"] == round(flagged[mask].mean(), 6)
    # the decisions at the platform's fixed cuts, per group, with FPR and FNR
    long = audit["decisions"]["long"]
    assert long["flagged_share"] == round(float((1 - scores < 0.35).mean()), 6)
    m = groups["sex"] == "M"
    negatives = m & (labels == 0)
    assert long["groups"]["sex"]["M"]["fpr"] == round(float((1 - scores[negatives] < 0.35).mean()), 6)
    assert audit["cuts"] == {"short_above": 0.5, "long_below": 0.35}
    assert set(audit["decisions"]) == set(decisions.DECISIONS)
    assert not any(p["applied_by_platform"] for p in audit["policy"].values())


def test_without_other_cases_each_half_is_flagged_at_the_other_halfs_threshold():
    n = 3000
    labels, scores, groups = scored(n, 5, 0.4)
    audit = audit_scores(labels, scores, scores, groups, pd.DataFrame({"x": scores}), [])
    assert audit["threshold_use"]["chosen_on"].startswith("the other half")
    first, second = audit["threshold_use"]["by_half"]
    half = np.random.default_rng(20261127).random(n) < 0.5
    flagged = np.where(half, scores >= second, scores >= first)
    assert sum(g["selection_rate"] * g["n"] for g in audit["groups"]["sex"].values()) == pytest.approx(flagged.sum(), abs=0.01)


@pytest.fixture
def trained_at_other_cuts(ref, monkeypatch):
    from tests.screening_support import cases, trains_once
    from werkregie.screening.training import train_from_register

    trains_once(monkeypatch)

    frame = cases()
    frame = frame[frame["reference_date"] >= sorted(frame["reference_date"].unique())[-6]]  # the last cohorts: a quick model
    with override_settings(SCREENING_SHORT_ABOVE=0.6, SCREENING_LONG_BELOW=0.3):
        return train_from_register(frame=frame.reset_index(drop=True))


def test_the_model_card_shows_the_cuts_the_assessment_uses(trained_at_other_cuts):
    from werkregie.screening import model_card, use_cases

    with override_settings(SCREENING_SHORT_ABOVE=0.6, SCREENING_LONG_BELOW=0.3):
        card = model_card.card()
        used = use_cases.limits()
        assert card["cuts"] == {"short_above": used.short_above, "long_below": used.long_below} == {"short_above": 0.6, "long_below": 0.3}
        assert card["group_thresholds"] is False
        for model in card["models"]:
            assert model["audit"]["cuts"] == card["cuts"] and model["cuts_match"]
            assert "30%" in model["audit"]["decisions"]["long"]["rule"] and "60%" in model["audit"]["decisions"]["not_short"]["rule"]
            assert "policy" not in model["audit"]  # never applied, so not on the card
            assert model["metrics"]["model"] in ("logistic", "boosting", "blend")
        client = Client()
        client.force_login(f.user(Role.ANALYST))
        with clock.travel_to(TODAY):
            page = client.get("/screening/modelkaart/").content.decode()
        assert "onder 30 %" in page and "boven 60 %" in page and "geen drempels per groep" in page.lower()
        assert "Groepsdrempels" not in page and "Drempelbeleid" not in page
        assert "artikel 9 AVG" in page and "Gekozen model" in page
    # with other cuts in force than those audited, the card says so
    card = model_card.card()
    assert all(not m["cuts_match"] for m in card["models"])


def test_the_card_hides_small_groups_at_every_decision():
    from werkregie.screening.model_card import suppressed_audit

    groups = {"sex": {"F": {"n": 120, "fpr": 0.2, "reliable": True}, "M": {"n": 116, "fpr": 0.25, "reliable": True},
                      "X": {"n": 4, "fpr": 0.5, "reliable": False}}}
    audit = {"groups": groups, "decisions": {"long": {"rule": "long", "groups": groups}}}
    shown = suppressed_audit(audit)
    hidden = {v for v, g in shown["groups"]["sex"].items() if g["n"] is None}
    assert "X" in hidden and {v for v, g in shown["decisions"]["long"]["groups"]["sex"].items() if g["n"] is None} == hidden
    assert shown["decisions"]["long"]["groups"]["sex"]["X"]["fpr"] is None
