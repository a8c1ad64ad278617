"""Target-group reduction for persons without recent lasting work experience: properties and the command line."""

import json

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.rules.calc import calculate

BASE = {"geboortedatum": "1985-06-01", "werkloosheidsduur_bij_aanwerving": 30}


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=__import__("datetime").date(2023, 1, 1), max_value=__import__("datetime").date(2025, 12, 31)),
       st.floats(min_value=0, max_value=60000), st.sampled_from([0.2, 0.3, 0.5, 0.8, 1.0]))
def test_a_year_holds_at_most_four_quarters_of_the_forfait(hired, yearly_wage, fraction):
    year = str(hired.year)
    inputs = {**BASE, "aanwervingsdatum": hired.isoformat(), "brutoloon": yearly_wage, "prestatiebreuk": fraction}
    total = calculate(year, inputs, ["doelgroepvermindering_zonder_werkervaring"])["doelgroepvermindering_zonder_werkervaring"]
    assert 0 <= total <= 4000 + 0.01
    if hired < __import__("datetime").date(2023, 10, 1) or fraction < 0.275 or yearly_wage / 4 >= 10000:
        assert total == 0


def test_quarter_and_year_periods(capsys, db):
    from werkregie.cli import main

    argv = ["rules", "calc", "--set", "geboortedatum=1990-05-10", "--set", "aanwervingsdatum=2024-02-15",
            "--set", "werkloosheidsduur_bij_aanwerving=30", "--set", "prestatiebreuk=1", "--compute", "doelgroepvermindering_zonder_werkervaring"]
    assert main([*argv[:2], "--period", "month:2024-01:3", "--set", "brutoloon=7500", *argv[2:]]) == 0
    assert json.loads(capsys.readouterr().out) == {"doelgroepvermindering_zonder_werkervaring": 1000.0}
    assert main([*argv[:2], "--period", "2025", "--set", "brutoloon=30000", *argv[2:]]) == 0
    assert json.loads(capsys.readouterr().out) == {"doelgroepvermindering_zonder_werkervaring": 0.0}
    assert main([*argv[:2], "--period", "2024", "--set", "brutoloon=30000", "--set", "geboortedatum=10/05/1990", *argv[4:]]) == 2
    assert "not a date" in capsys.readouterr().err


def test_batch_with_dates(tmp_path):
    from werkregie.rules.calc import batch

    source = tmp_path / "in.csv"
    source.write_text("geboortedatum,aanwervingsdatum,werkloosheidsduur_bij_aanwerving,brutoloon,prestatiebreuk\n"
                      "1990-05-10,2024-02-15,30,30000,1\n1990-05-10,2024-02-15,10,30000,1\n")
    target = tmp_path / "out.csv"
    assert batch("2024", source, ["doelgroepvermindering_zonder_werkervaring"], target) == 2
    assert [line.split(",")[-1] for line in target.read_text().splitlines()[1:]] == ["4000.00", "0.00"]
    assert np.isclose(4000.0, float(target.read_text().splitlines()[1].split(",")[-1]))


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=__import__("datetime").date(1950, 1, 1), max_value=__import__("datetime").date(2000, 12, 31)),
       st.integers(min_value=2017, max_value=2025), st.floats(min_value=0, max_value=90000), st.sampled_from([0.3, 0.5, 0.8, 1.0]))
def test_older_workers_reduction_is_bounded_and_ends(birth, year, yearly_wage, fraction):
    inputs = {"geboortedatum": birth.isoformat(), "brutoloon": yearly_wage, "prestatiebreuk": fraction}
    total = calculate(str(year), inputs, ["doelgroepvermindering_oudere_werknemers"])["doelgroepvermindering_oudere_werknemers"]
    assert 0 <= total <= 4 * 1500 + 0.01
    if year - birth.year < 55:
        assert total == 0


def test_older_workers_reduction_ended(capsys, db):
    """Issue 15, point 8 replaced the exit 2 this test expected: a rule asked after it ended gives 0, says it is not
    in force and its dates (so a batch over a mixed population runs); the dates are still named."""
    from werkregie.cli import main

    assert main(["rules", "calc", "--period", "2026", "--set", "geboortedatum=1960-01-01", "--compute", "doelgroepvermindering_oudere_werknemers"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out) == {"doelgroepvermindering_oudere_werknemers": 0.0,
                                   "in_force": {"doelgroepvermindering_oudere_werknemers": {"in_force": False, "from": "2016-07-01", "until": "2025-06-30"}}}
    assert "until 2025-06-30" in out.err


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=__import__("datetime").date(2016, 1, 1), max_value=__import__("datetime").date(2025, 6, 30)),
       st.integers(min_value=0, max_value=8), st.floats(min_value=0, max_value=40000), st.sampled_from([0.4, 0.5, 0.8, 1.0]))
def test_young_workers_reduction_is_bounded(hired, isced, yearly_wage, fraction):
    inputs = {"geboortedatum": "2001-01-01", "aanwervingsdatum": hired.isoformat(), "isced_niveau": isced, "loopbaanportfolio": True,
              "brutoloon": yearly_wage, "prestatiebreuk": fraction}
    total = calculate(str(hired.year), inputs, ["doelgroepvermindering_jongeren"])["doelgroepvermindering_jongeren"]
    assert 0 <= total <= 4 * max(1150, 0.25 * 8100) + 0.01
    if isced >= 5 or fraction < 0.5 or hired < __import__("datetime").date(2016, 7, 1):
        assert total == 0
