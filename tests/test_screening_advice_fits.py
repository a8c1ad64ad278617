"""The walk of stop 24: a job seeker with a master's degree was advised "a training that leads to a higher diploma:
about 24 points more chance" (the model's extrapolation to a doctorate), and one already at B1 read "a Dutch course
(to B1 or a level higher)". Advice fits the person: no diploma above a bachelor's, a Dutch course to a named level."""

from types import SimpleNamespace

import pandas as pd
import pytest

from werkregie.screening import texts
from werkregie.screening.engine import explain


@pytest.mark.parametrize("isced,advised", [(2, 3), (5, 6), (6, 6), (7, 7)])
def test_the_qualifying_training_goes_up_to_a_bachelor_at_most(isced, advised):
    assert explain.ACTIONS["education_isced"][1](isced) == advised
    assert pd.isna(explain.ACTIONS["education_isced"][1](float("nan")))


def _score(inputs: dict, changes: list[dict]) -> SimpleNamespace:
    return SimpleNamespace(factors=[], changes=changes, inputs=inputs)


CHANGES = [{"feature": "education_isced", "action": "een kwalificerende opleiding (een onderwijsniveau hoger)", "gain": 23.5},
           {"feature": "dutch_level", "action": "een cursus Nederlands (tot B1 of een niveau hoger)", "gain": 1.6}]


def test_a_master_is_not_advised_a_higher_diploma_and_a_b1_speaker_reads_b2():
    shown = texts.explained(_score({"education_isced": 7, "dutch_level": 3}, CHANGES), texts.CITIZEN)["changes"]
    assert [c["feature"] for c in shown] == ["dutch_level"]
    assert "tot B2" in shown[0]["text"] and "of een niveau hoger" not in shown[0]["text"]


def test_a_beginner_reads_b1_and_a_lower_diploma_is_still_advised():
    shown = texts.explained(_score({"education_isced": 2, "dutch_level": 1}, CHANGES), texts.COUNSELLOR)["changes"]
    assert [c["feature"] for c in shown] == ["education_isced", "dutch_level"]
    assert "tot B1" in shown[1]["text"]
