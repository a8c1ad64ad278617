"""Issue 15, points 1, 2, 5 and 10-13 through the command line and the API; quarter-count boundaries of VOP and IMW
and the education boundary of the cheques (point 3). The sourced cases themselves are YAML tests in
werkregie/rules/tests/ (run by test_rules_jobbonus.test_yaml_tests_pass)."""

import datetime as dt
import json

import pytest

from werkregie.rules import system
from werkregie.rules.calc import calculate, evaluate


def run_cli(capsys, *argv):
    from werkregie.cli import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_older_workers_ceiling_by_quarter_on_the_command_line(capsys, db):
    base = ["rules", "calc", "--set", "geboortedatum=1958-01-10", "--set", "brutoloon@quarter=15000", "--set", "prestatiebreuk=1",
            "--compute", "doelgroepvermindering_oudere_werknemers"]
    results = {}
    for quarter in ("2021-Q1", "2021-Q3", "2021-Q4"):
        for temp in ("false", "true"):
            code, out, _err = run_cli(capsys, *base[:2], "--period", quarter, "--set", f"uitzendkracht={temp}", *base[2:])
            assert code == 0
            results[quarter, temp] = json.loads(out)["doelgroepvermindering_oudere_werknemers"]
    assert results == {("2021-Q1", "false"): 0, ("2021-Q1", "true"): 1500, ("2021-Q3", "false"): 0, ("2021-Q3", "true"): 0,
                       ("2021-Q4", "false"): 1500, ("2021-Q4", "true"): 0}


def test_medium_qualified_young_worker_hired_in_2021_gets_nothing():
    inputs = {"geboortedatum": "2000-01-01", "isced_niveau": 4, "loopbaanportfolio": True, "brutoloon@quarter": 6000, "prestatiebreuk": 1}
    assert calculate("2021-Q2", {**inputs, "aanwervingsdatum": "2021-03-01"}, ["doelgroepvermindering_jongeren"])["doelgroepvermindering_jongeren"] == 0
    assert calculate("2021-Q2", {**inputs, "aanwervingsdatum": "2019-11-04"}, ["doelgroepvermindering_jongeren"])["doelgroepvermindering_jongeren"] == 1000
    low = {**inputs, "isced_niveau": 2, "aanwervingsdatum": "2021-03-01"}
    assert calculate("2021-Q2", low, ["doelgroepvermindering_jongeren"])["doelgroepvermindering_jongeren"] == 1500  # 25% of 6,000


def test_measures_for_employers_follow_the_medium_qualified_end():
    from werkregie.rules.measures import hiring_measures

    young = {m.key: m for m in hiring_measures(dt.date(2000, 1, 1), 30, dt.date(2022, 3, 1), 4)}["doelgroepvermindering_jongeren"]
    education = {c.key: c for c in young.conditions}["education"]
    assert not young.qualifies and education.met is False and education.values == {"max_isced": 2}
    before = {m.key: m for m in hiring_measures(dt.date(1998, 1, 1), 30, dt.date(2019, 6, 3), 4)}["doelgroepvermindering_jongeren"]
    assert before.qualifies and before.amount_per_quarter == 1000


def test_the_2025_end_of_the_transition_is_marked_uncertain_and_the_2028_reading_is_a_reform():
    p = system().parameters.doelgroepvermindering.oudere_werknemers.overgang_2024_leeftijd
    # the notes for the rules' maintainers (documentation), not the words the pages show (walk of issue 16)
    assert "ÉÉN bron" in p.documentation and "NIET gevonden" in p.documentation and p.metadata["uncertainty"]
    assert "ÉÉN bron" not in p.description and "1 juli 2025" in p.description
    inputs = {"geboortedatum": "1962-05-01", "brutoloon@quarter": 9000, "prestatiebreuk": 1}
    name = "doelgroepvermindering_oudere_werknemers"
    assert calculate("2025-Q2", inputs, [name])[name] == 1500
    enacted = evaluate("2026-Q2", inputs, [name])
    assert enacted.results[name] == 0 and not enacted.in_force[name].in_force
    reformed = evaluate("2026-Q2", inputs, [name], reform="ouderen_overgang_tot_2028")
    assert reformed.results[name] == 1500 and reformed.in_force[name].end == "2028-06-30"
    assert calculate("2028-Q2", inputs, [name], reform="ouderen_overgang_tot_2028")[name] == 1500
    assert calculate("2028-Q3", inputs, [name], reform="ouderen_overgang_tot_2028")[name] == 0
    younger = {**inputs, "geboortedatum": "1962-08-01"}  # 61 on 30 June 2024: never in the transition
    assert calculate("2026-Q2", younger, [name], reform="ouderen_overgang_tot_2028")[name] == 0


def test_intermediate_values_are_variables_with_a_source(capsys, db):
    code, out, _err = run_cli(capsys, "rules", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    for name in ("jobbonus_refertemaandloon", "maatwerk_collectief_begeleidingspremie_vast", "maatwerk_collectief_begeleidingspremie_variabel",
                 "imw_begeleidingspremie_vast", "imw_begeleidingspremie_variabel", "vov_eigen_aandeel_werkgever", "vov_loongrens_maand",
                 "opleidingscheques_eigen_bijdrage", "vov_erkende_uren", "maatwerk_collectief_loonpremie_toegekend"):
        assert not rows[name]["is_input"] and rows[name]["reference"], name
    code, out, _err = run_cli(capsys, "rules", "calc", "--period", "2024-Q3", "--set", "brutoloon@month=2000", "--set", "prestatiebreuk=0.8",
                              "--compute", "jobbonus_refertemaandloon")
    assert code == 0 and json.loads(out) == {"jobbonus_refertemaandloon": 2500.0}
    code, _out, err = run_cli(capsys, "rules", "calc", "--period", "2024", "--set", "brutoloon=24000", "--set", "prestatiebreuk=1",
                              "--compute", "jobbonus_refertemaandloon")
    assert code == 2 and "jobbonus_refertemaandloon: is a value of a quarter" in err


def test_the_explanation_shows_the_reference_wage_of_each_quarter():
    from werkregie.rules.explain import explain_job_bonus

    explanation = explain_job_bonus(2024, 2000, 0.8)
    assert explanation.reference_wage == 2500 and [q.reference_wage for q in explanation.quarters] == [2500] * 4


def test_training_leave_hours_from_credits_exams_and_competences(capsys, db):
    code, out, _err = run_cli(capsys, "rules", "calc", "--period", "2024-2025", "--set", "prestatiebreuk=0.8", "--set", "vov_studiepunten=15",
                              "--set", "vov_examens=1", "--compute", "vov_erkende_uren,vov_maximum_uren,vov_uren")
    assert code == 0 and json.loads(out) == {"vov_erkende_uren": 68.0, "vov_maximum_uren": 100.0, "vov_uren": 68.0}


def test_collective_start_package_through_the_api(client, db):
    body = {"period": "2024-Q1", "inputs": {"referteloon@quarter": 6000, "prestatiebreuk": 1, "maatwerk_collectief_startpakket": 2, "begeleidingsnood": 1},
            "compute": ["maatwerk_collectief_loonpremie", "maatwerk_collectief_begeleidingspremie_vast"]}
    response = client.post("/api/v1/rules/calculate", body, content_type="application/json")
    assert response.status_code == 200 and response.json()["results"] == {"maatwerk_collectief_loonpremie": 3600.0, "maatwerk_collectief_begeleidingspremie_vast": 1200.0}
    response = client.post("/api/v1/rules/calculate", {**body, "inputs": {**body["inputs"], "maatwerk_collectief_startpakket": 3}}, content_type="application/json")
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "maatwerk_collectief_startpakket"


# -- point 3: quarter counts and levels -----------------------------------------------------------------------------------


@pytest.mark.parametrize("quarter_number, percentage", [(5, 0.40), (6, 0.30), (9, 0.30), (10, 0.20), (20, 0.20), (21, 0.0)])
def test_vop_and_imw_percentages_change_on_the_exact_quarter(quarter_number, percentage):
    start = dt.date(2020, 1, 6)
    month = (start.month - 1) + 3 * (quarter_number - 1)
    period = f"{start.year + month // 12}-Q{(month % 12) // 3 + 1}"
    vop = calculate(period, {"vop_startdatum": start.isoformat(), "referteloon@quarter": 3000, "prestatiebreuk": 1}, ["vop"])["vop"]
    assert vop == pytest.approx(3000 * percentage, abs=0.01)
    imw_start = dt.date(2023, 7, 3)
    month = (imw_start.month - 1) + 3 * (quarter_number - 1)
    period = f"{imw_start.year + month // 12}-Q{(month % 12) // 3 + 1}"
    imw = calculate(period, {"imw_startdatum": imw_start.isoformat(), "imw_startpakket": 2, "referteloon@quarter": 3000, "prestatiebreuk": 1},
                    ["imw_loonpremie"])["imw_loonpremie"]
    assert imw == pytest.approx(3000 * percentage, abs=0.01)


@pytest.mark.parametrize("isced, paid", [(4, 125.0), (5, 0.0)])
def test_cheques_stop_at_medium_qualified(isced, paid):
    assert calculate("2024", {"opleidingscheques_gevraagd": 250, "isced_niveau": isced}, ["opleidingscheques_overheidsbijdrage"]) == {
        "opleidingscheques_overheidsbijdrage": paid}
