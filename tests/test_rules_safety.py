"""Issue 15, points 4 and 6-9: the command line, the batch and the API refuse the traps that gave a wrong answer
without a warning."""

import json

import pytest

from werkregie.rules.calc import RuleInputError, calculate, evaluate, parse_period


def run_cli(capsys, *argv):
    from werkregie.cli import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- point 6: periods ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("2024-Q1", "month:2024-01:3"), ("2024-q4", "month:2024-10:3"), ("2024Q2", "month:2024-04:3"),
    ("2024-2025", "year:2024-09"), ("2024", "2024"), ("2024-03", "2024-03"), ("month:2024-01:3", "month:2024-01:3"),
])
def test_accepted_period_forms(text, expected):
    assert str(parse_period(text)) == expected


@pytest.mark.parametrize("text", ["2024-Q5", "2024-2026", "Q1 2024", "2024-03-05", "eternity", "gisteren", ""])
def test_a_bad_period_lists_every_accepted_form(text):
    with pytest.raises(RuleInputError) as exc:
        parse_period(text)
    message = str(exc.value)
    assert message.startswith("period:")
    for form in ("2024-Q1", "2024-2025", "2024-03", "month:2024-01:3", "year:2024-09"):
        assert form in message


def test_a_quarter_and_a_school_year_compute_as_their_long_forms():
    inputs = {"geboortedatum": "1990-05-10", "aanwervingsdatum": "2024-02-15", "werkloosheidsduur_bij_aanwerving": 30, "brutoloon": 7500, "prestatiebreuk": 1}
    name = "doelgroepvermindering_zonder_werkervaring"
    assert calculate("2024-Q1", inputs, [name]) == calculate("month:2024-01:3", inputs, [name]) == {name: 1000.0}
    vov = {"prestatiebreuk": 0.8, "vov_opleidingsuren": 140}
    assert calculate("2024-2025", vov, ["vov_uren"]) == calculate("year:2024-09", vov, ["vov_uren"]) == {"vov_uren": 100.0}


# -- point 7: a needed input that was not given is an error naming it ------------------------------------------------------


def test_a_missing_input_is_named_not_a_silent_zero(capsys, db):
    code, out, err = run_cli(capsys, "rules", "calc", "--period", "2024", "--set", "brutoloon=24000", "--compute", "jobbonus")
    assert code == 2 and out == "" and "prestatiebreuk: needed for jobbonus but not given" in err
    with pytest.raises(RuleInputError) as exc:
        calculate("2024-Q1", {"brutoloon": 6000, "prestatiebreuk": 1}, ["doelgroepvermindering_zonder_werkervaring"])
    assert exc.value.fields == ["aanwervingsdatum", "geboortedatum", "werkloosheidsduur_bij_aanwerving"]


def test_a_documented_default_may_be_left_out():
    from werkregie.rules.calc import DEFAULTS, variables

    rows = {v.name: v for v in variables()}
    assert rows["vestiging_in_vlaanderen"].default == DEFAULTS["vestiging_in_vlaanderen"]
    assert rows["geboortedatum"].default is None and rows["jobbonus"].default is None
    # the older-workers reduction reads vestiging_in_vlaanderen, werkgever_categorie_1 and uitzendkracht: all defaulted
    assert calculate("2023-Q2", {"geboortedatum": "1960-01-10", "brutoloon@quarter": 9000, "prestatiebreuk": 1},
                     ["doelgroepvermindering_oudere_werknemers"]) == {"doelgroepvermindering_oudere_werknemers": 1500.0}


def test_training_leave_needs_one_source_of_hours():
    with pytest.raises(RuleInputError, match="vov_opleidingsuren or vov_studiepunten or vov_examens or vov_competenties: needed"):
        calculate("2024-2025", {"prestatiebreuk": 1}, ["vov_uren"])


# -- point 8: a rule outside the period it is in force in ------------------------------------------------------------------


def test_rule_not_in_force_gives_zero_with_its_dates(capsys, db):
    code, out, err = run_cli(capsys, "rules", "calc", "--period", "2019", "--compute", "jobbonus")
    assert code == 0 and json.loads(out) == {"jobbonus": 0.0, "in_force": {"jobbonus": {"in_force": False, "from": "2021-01-01", "until": None}}}
    assert "jobbonus is not in force in 2019" in err
    result = evaluate("2025-Q3", {"brutoloon": 9000, "prestatiebreuk": 1, "geboortedatum": "1960-01-01"},
                      ["doelgroepvermindering_oudere_werknemers", "jobbonus_refertemaandloon"])
    assert result.results["doelgroepvermindering_oudere_werknemers"] == 0
    assert result.in_force["doelgroepvermindering_oudere_werknemers"].as_dict() == {"in_force": False, "from": "2016-07-01", "until": "2025-06-30"}
    assert result.in_force["jobbonus_refertemaandloon"].in_force and result.results["jobbonus_refertemaandloon"] == 3000


def test_a_variable_that_never_existed_stays_an_error(capsys, db):
    code, _out, err = run_cli(capsys, "rules", "calc", "--period", "2019", "--compute", "jobbonus_2030")
    assert code == 2 and "jobbonus_2030: unknown variable" in err


def test_a_batch_over_a_period_where_a_rule_ended_runs(capsys, db, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("id,geboortedatum,brutoloon,prestatiebreuk\n7,1960-01-01,36000,1\n")
    target = tmp_path / "out.csv"
    code, out, _err = run_cli(capsys, "rules", "batch", "--period", "2026", "--input", str(source), "--compute",
                              "doelgroepvermindering_oudere_werknemers", "--output", str(target))
    summary = json.loads(out)
    assert code == 0 and summary["in_force"]["doelgroepvermindering_oudere_werknemers"]["in_force"] is False
    assert target.read_text().splitlines()[1] == "7,1960-01-01,36000,1,0.00"


# -- point 9: the period of each input, and --set NAME@unit ----------------------------------------------------------------


def test_list_states_the_period_of_each_input(capsys, db):
    code, out, _err = run_cli(capsys, "rules", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert code == 0
    assert "divided equally over its months" in rows["brutoloon"]["input_period"] and "@month" in rows["brutoloon"]["input_period"]
    assert "holds for each of its months" in rows["prestatiebreuk"]["input_period"]
    assert "lasting fact" in rows["geboortedatum"]["input_period"]
    assert rows["doelgroepvermindering_oudere_werknemers"]["in_force_until"] == "2025-06-30"
    code, out, _err = run_cli(capsys, "rules", "list")
    assert "NAME@month=" in out and "2024-Q1" in out


def test_set_with_a_period_suffix(capsys, db):
    monthly = ["rules", "calc", "--period", "2024", "--set", "brutoloon@month=2600", "--set", "prestatiebreuk=1", "--compute", "jobbonus"]
    code, out, err = run_cli(capsys, *monthly)
    assert code == 0 and json.loads(out) == {"jobbonus": 375.0} and "note:" not in err
    assert calculate("2024", {"brutoloon@year": 31200, "prestatiebreuk": 1}, ["jobbonus"]) == {"jobbonus": 375.0}
    assert calculate("2024", {"brutoloon@quarter": 7800, "prestatiebreuk": 1}, ["jobbonus"]) == {"jobbonus": 375.0}
    # the trap: a monthly wage typed without a suffix for a year is a yearly total; the CLI says how it read it
    code, out, err = run_cli(capsys, "rules", "calc", "--period", "2024", "--set", "brutoloon=2600", "--set", "prestatiebreuk=1", "--compute", "jobbonus")
    assert code == 0 and "brutoloon: taken as the total for 2024 (12 months)" in err
    # a yearly wage asked for one quarter is that year's wage spread over its months
    assert calculate("2024-Q1", {"brutoloon@year": 36000, "prestatiebreuk": 1}, ["jobbonus_refertemaandloon"]) == {"jobbonus_refertemaandloon": 3000.0}


@pytest.mark.parametrize("item, message", [
    ("brutoloon@week=100", "brutoloon: '@week' is not a period of an input"),
    ("geboortedatum@year=1960-01-01", "geboortedatum: is a lasting fact; give it without @year"),
    ("vov_opleidingsuren@month=10", "vov_opleidingsuren: is given per year"),
    ("jobbonus=3", "jobbonus: is computed, not an input"),
])
def test_bad_suffixes_exit_2_naming_the_field(capsys, db, item, message):
    code, out, err = run_cli(capsys, "rules", "calc", "--period", "2024", "--set", item, "--set", "prestatiebreuk=1", "--compute", "jobbonus")
    assert code == 2 and out == "" and message in err


def test_api_takes_suffixes_and_says_what_is_in_force(client, db):
    body = {"period": "2024-Q1", "inputs": {"brutoloon@month": 2600, "prestatiebreuk": 1}, "compute": ["jobbonus_refertemaandloon", "doelgroepvermindering_leerlingen"]}
    response = client.post("/api/v1/rules/calculate", body, content_type="application/json")
    data = response.json()
    assert response.status_code == 200 and data["results"]["jobbonus_refertemaandloon"] == 2600
    assert data["in_force"]["doelgroepvermindering_leerlingen"] == {"in_force": False, "from": "2016-07-01", "until": "2023-06-30"}
    response = client.post("/api/v1/rules/calculate", {**body, "period": "Q1"}, content_type="application/json")
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "period" and "2024-2025" in response.json()["detail"]
    response = client.post("/api/v1/rules/calculate", {"period": "2024-Q1", "inputs": {}, "compute": ["jobbonus_refertemaandloon"]},
                           content_type="application/json")
    assert response.status_code == 422 and [e["field"] for e in response.json()["errors"]] == ["brutoloon", "prestatiebreuk"]


# -- point 4: the batch writes inputs exactly as read, passes other columns through -----------------------------------------


def test_batch_writes_inputs_as_read_and_passes_other_columns_through(capsys, db, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("id;insz;naam;brutoloon;prestatiebreuk\n"
                      "1;85073003328;Jan Peeters;32399,88;1\n"
                      "2;90020199720;An De Smet;21000.01;0,5\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    code, out, _err = run_cli(capsys, "rules", "batch", "--period", "2024", "--input", str(source), "--compute", "jobbonus,jobbonus_basis",
                              "--output", str(target))
    assert code == 0 and json.loads(out)["passed_through"] == ["id", "insz", "naam"]
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,insz,naam,brutoloon,prestatiebreuk,jobbonus,jobbonus_basis"
    assert lines[1].startswith('1,85073003328,Jan Peeters,"32399,88",1,')
    assert lines[2].startswith('2,90020199720,An De Smet,21000.01,"0,5",')
    for line in lines[1:]:
        for cell in line.rsplit(",", 2)[1:]:
            assert len(cell.split(".")[1]) == 2  # results to the cent
    one = calculate("2024", {"brutoloon": "32399,88", "prestatiebreuk": 1}, ["jobbonus"])["jobbonus"]
    assert lines[1].rsplit(",", 2)[1] == f"{one:.2f}"


def test_batch_refuses_a_column_it_would_overwrite(capsys, db, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("brutoloon,prestatiebreuk,jobbonus\n24000,1,5\n")
    code, _out, err = run_cli(capsys, "rules", "batch", "--period", "2024", "--input", str(source), "--compute", "jobbonus", "--output", str(tmp_path / "o.csv"))
    assert code == 2 and "jobbonus: is computed by this batch" in err


def test_batch_with_a_missing_input_column_writes_nothing(capsys, db, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("id,brutolon,prestatiebreuk\n1,24000,1\n")  # a typo: brutolon passes through, brutoloon is missing
    target = tmp_path / "o.csv"
    code, _out, err = run_cli(capsys, "rules", "batch", "--period", "2024", "--input", str(source), "--compute", "jobbonus", "--output", str(target))
    assert code == 2 and "brutoloon: needed for jobbonus but not given" in err and not target.exists()


def test_a_monthly_input_must_cover_every_month_the_rule_reads(capsys, db):
    """A quarterly rule asked for one month reads the whole quarter: an input given for that month alone would leave
    the other two months at a silent zero."""
    code, out, err = run_cli(capsys, "rules", "calc", "--period", "2024-02", "--set", "geboortedatum=1960-01-10", "--set", "brutoloon=3000",
                             "--set", "prestatiebreuk=1", "--compute", "doelgroepvermindering_oudere_werknemers")
    assert code == 2 and out == "" and "brutoloon: needed for 2024-01, 2024-03 too" in err
    inputs = {"geboortedatum": "1985-06-01", "aanwervingsdatum": "2017-09-11", "werkloosheidsduur_bij_aanwerving": 26, "prestatiebreuk": 1}
    with pytest.raises(RuleInputError, match="prestatiebreuk: needed for 2017-09"):
        calculate("2018-09", inputs, ["aanwervingsincentive_langdurig_werkzoekenden"])
    assert calculate("month:2017-09:13", inputs, ["aanwervingsincentive_langdurig_werkzoekenden"]) == {"aanwervingsincentive_langdurig_werkzoekenden": 4250.0}
