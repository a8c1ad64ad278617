"""The rules package: YAML tests through OpenFisca's own runner, and properties the law implies."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.tools.test_runner import run_tests

from werkregie.rules import TESTS, system

YEARS = [2021, 2022, 2023, 2024]


def test_yaml_tests_pass():
    assert run_tests(system(), str(TESTS), {"verbose": False}) == 0


def bonus(year: int, monthly_wages: np.ndarray, fractions: np.ndarray, variable: str = "jobbonus") -> np.ndarray:
    simulation = SimulationBuilder().build_default_simulation(system(), len(monthly_wages))
    for month in range(1, 13):
        simulation.set_input("brutoloon", f"{year}-{month:02d}", monthly_wages)
        simulation.set_input("prestatiebreuk", f"{year}-{month:02d}", fractions)
    return simulation.calculate(variable, str(year))


wages = st.floats(min_value=0, max_value=6000, allow_nan=False)
fractions = st.sampled_from([0.2, 0.5, 0.8, 1.0])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(YEARS), st.lists(wages, min_size=2, max_size=20), fractions)
def test_never_negative_and_non_increasing_in_the_reference_wage(year, values, fraction):
    fte = np.array(sorted(values))
    amounts = bonus(year, fte * fraction, np.full(len(fte), fraction), "jobbonus_basis")
    assert (amounts >= 0).all()
    assert (np.diff(amounts) <= 1e-9).all()


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(YEARS), wages)
def test_pro_rata_scales_linearly_with_the_work_fraction(year, fte_wage):
    fractions_ = np.array([0.25, 0.5, 0.75, 1.0])
    basis = bonus(year, fte_wage * fractions_, fractions_, "jobbonus_basis")
    assert np.allclose(basis, basis[-1] * fractions_, atol=1e-4)


@pytest.mark.parametrize("year", YEARS)
def test_continuous_at_the_lower_limit(year):
    p = system().parameters(f"{year}-01-01").jobbonus
    around = np.array([p.ondergrens - 0.01, p.ondergrens, p.ondergrens + 0.01])
    basis = bonus(year, around, np.ones(3), "jobbonus_basis")
    assert np.ptp(basis) < 0.05


def test_nothing_before_the_job_bonus_existed():
    assert bonus(2020, np.array([1500.0]), np.ones(1))[0] == 0


def run_cli(capsys, *argv):
    from werkregie.cli import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_calc_prints_json(capsys, db):
    import json

    code, out, _err = run_cli(capsys, "rules", "calc", "--period", "2024", "--set", "brutoloon=31200", "--set", "prestatiebreuk=1", "--compute", "jobbonus,jobbonus_basis")
    assert code == 0 and json.loads(out) == {"jobbonus": 375.0, "jobbonus_basis": 325.0}


@pytest.mark.parametrize("argv, message", [
    (["--period", "2024", "--set", "brutoloon=abc", "--compute", "jobbonus"], "brutoloon: 'abc' is not a number"),
    (["--period", "2024", "--set", "brutoloon=-1", "--compute", "jobbonus"], "brutoloon: -1 is below the minimum"),
    (["--period", "2024", "--set", "prestatiebreuk=1.5", "--compute", "jobbonus"], "prestatiebreuk: 1.5 is above the maximum"),
    (["--period", "2024", "--compute", "no_such_rule"], "no_such_rule: unknown variable"),
    # issue 15, point 8: a rule outside the period it is in force in is no longer an error (0 with in_force false,
    # see test_rule_not_in_force_gives_zero_with_its_dates); this case (period 2019, jobbonus) moved there.
    (["--period", "2024-Q5", "--compute", "jobbonus"], "period: '2024-Q5' is not a period; accepted: 2024 (a calendar year)"),
    (["--period", "2026", "--set", "brutoloon=20000", "--compute", "jobbonus"], "period: no value of parameter"),
    (["--period", "2024", "--set", "brutoloon", "--compute", "jobbonus"], "use NAME=VALUE"),
])
def test_cli_calc_bad_input_exits_2_naming_the_field(capsys, db, argv, message):
    code, out, err = run_cli(capsys, "rules", "calc", *argv)
    assert code == 2 and message in err and out == ""


def test_cli_list_json_describes_every_variable(capsys, db):
    import json

    code, out, _err = run_cli(capsys, "rules", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert code == 0 and {"jobbonus", "brutoloon", "prestatiebreuk"} <= rows.keys()
    assert rows["jobbonus"]["period"] == "year" and rows["jobbonus"]["unit"] == "currency-EUR" and rows["jobbonus"]["reference"]


def test_cli_batch_is_all_or_nothing(capsys, db, tmp_path):
    good = tmp_path / "in.csv"
    good.write_text("brutoloon;prestatiebreuk\n24000;1\n12000;0,5\n40000;1\n")
    out = tmp_path / "out.csv"
    code, _out, _err = run_cli(capsys, "rules", "batch", "--period", "2021", "--input", str(good), "--compute", "jobbonus", "--output", str(out))
    assert code == 0
    assert [line.split(",")[-1] for line in out.read_text().splitlines()] == ["jobbonus", "534.29", "317.14", "0.00"]
    bad = tmp_path / "bad.csv"
    bad.write_text("brutoloon,prestatiebreuk\n24000,1\n12000,x\n")
    out2 = tmp_path / "out2.csv"
    code, _out, err = run_cli(capsys, "rules", "batch", "--period", "2021", "--input", str(bad), "--compute", "jobbonus", "--output", str(out2))
    assert code == 2 and "row 3, column prestatiebreuk" in err and not out2.exists()


def test_population_equals_person_by_person():
    from werkregie.rules.calc import calculate, calculate_population

    rng = np.random.default_rng(3)
    wages, fractions_ = rng.uniform(0, 45000, 200), rng.choice([0.5, 0.8, 1.0], 200)
    together = calculate_population("2022", {"brutoloon": wages, "prestatiebreuk": fractions_}, ["jobbonus"])["jobbonus"]
    one_by_one = [calculate("2022", {"brutoloon": w, "prestatiebreuk": f}, ["jobbonus"])["jobbonus"] for w, f in zip(wages, fractions_)]
    assert np.allclose(together, one_by_one, atol=0.01)
