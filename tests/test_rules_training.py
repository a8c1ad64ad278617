"""Training incentives: properties and the command line with a school-year period."""

import json

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.rules.calc import calculate, calculate_population


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=2020, max_value=2026), st.floats(min_value=0, max_value=5000), st.integers(min_value=0, max_value=8), st.booleans())
def test_cheque_contribution_is_bounded(year, requested, isced, plan):
    result = calculate(str(year), {"opleidingscheques_gevraagd": requested, "isced_niveau": isced, "persoonlijk_ontwikkelingsplan": plan},
                       ["opleidingscheques_overheidsbijdrage"])["opleidingscheques_overheidsbijdrage"]
    assert 0 <= result <= 125
    expected = min(requested, 250) / 2 if isced <= 4 or plan else 0
    assert abs(result - expected) <= 0.005 + 1e-9  # rounded to the cent


def test_training_leave_hours_are_pro_rata_above_half_time():
    fractions = np.array([0.3, 0.5, 0.6, 0.8, 1.0])
    hours = calculate_population("year:2023-09", {"prestatiebreuk": fractions, "vov_opleidingsuren": np.full(5, 500.0)}, ["vov_uren"])["vov_uren"]
    assert list(hours) == [0, 62.5, 75, 100, 125]


def test_cli_school_year(capsys, db):
    from werkregie.cli import main

    code = main(["rules", "calc", "--period", "year:2024-09", "--set", "prestatiebreuk=0.8", "--set", "vov_opleidingsuren=140",
                 "--compute", "vov_uren,vov_terugbetaling_werkgever"])
    assert code == 0 and json.loads(capsys.readouterr().out) == {"vov_uren": 100.0, "vov_terugbetaling_werkgever": 2130.0}
