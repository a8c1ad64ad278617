"""Issue 15, point 16: policy simulation. A reform (named, or parameters changed) beside the enacted job bonus over a
population (synthetic, or a CSV in the batch format): cost, people affected, winners and losers by wage band, age,
sex and municipality; page with charts and CSV export, API and command line, analysts and administrators only."""

from __future__ import annotations

import csv
import html
import io
import json

import numpy as np
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.accounts.models import Role
from werkregie.rules.calc import RuleInputError, calculate, calculate_population, parse_period
from werkregie.rules.simulation import (
    EMPLOYMENT_RATE,
    SimPopulation,
    SyntheticSpec,
    as_csv,
    from_csv,
    municipality_names,
    parse_changes,
    reform_system,
    simulate,
    synthetic,
)

from . import factories as f

LIMITS_UP = parse_changes("jobbonus.ondergrens += 100\njobbonus.bovengrens += 100")


def _population(monthly: list[float], fraction: list[float] | None = None) -> SimPopulation:
    wages = np.array(monthly, dtype=float)
    fractions = np.array(fraction or [1.0] * len(monthly), dtype=float)
    count = len(monthly)
    return SimPopulation({"brutoloon": np.round(wages * fractions * 12, 2), "prestatiebreuk": fractions}, wages, np.full(count, 40),
                         np.array(["M"] * count), np.array(["44021"] * count), True)


def test_parameter_changes_apply_in_every_month_of_the_year():
    system = reform_system(None, LIMITS_UP, parse_period("2024"))
    enacted = reform_system("jobbonus_verlengd", [], parse_period("2024")).baseline
    for month in ("2024-01-01", "2024-07-01", "2024-12-01"):
        assert system.parameters(month).jobbonus.ondergrens == enacted.parameters(month).jobbonus.ondergrens + 100
        assert system.parameters(month).jobbonus.bovengrens == pytest.approx(enacted.parameters(month).jobbonus.bovengrens + 100)
    assert enacted.parameters("2024-07-01").jobbonus.ondergrens == 2100  # the enacted rules are not touched


def test_changes_are_checked():
    with pytest.raises(RuleInputError, match="'jobbonus.nope' is not a parameter"):
        parse_changes("jobbonus.nope += 1")
    with pytest.raises(RuleInputError, match="is not PARAMETER"):
        parse_changes("jobbonus.ondergrens plus 100")
    with pytest.raises(RuleInputError, match="a group or a scale"):
        parse_changes("doelgroepvermindering.jongeren += 1")
    assert [str(c) for c in parse_changes(["jobbonus.maximum *= 1,1", "", "jobbonus.ondergrens = 2000"])] == [
        "jobbonus.maximum *= 1.1", "jobbonus.ondergrens = 2000"]
    with pytest.raises(RuleInputError, match="choose a reform or change at least one parameter"):
        simulate(_population([2000]), "2024")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=2100_00, max_value=3300_00), min_size=1, max_size=20))
def test_raising_both_limits_by_100_is_the_enacted_bonus_100_lower(cents):
    """Independent of the engine: the job bonus depends on S - ondergrens, so raising both limits by 100 gives a
    full-time worker what the enacted rules give for S - 100. The simulation's totals and counts must agree."""
    wages = [c / 100 for c in cents]
    result = simulate(_population(wages), "2024", changes=LIMITS_UP)
    enacted = [calculate("2024", {"brutoloon": round(w * 12, 2), "prestatiebreuk": 1}, ["jobbonus"])["jobbonus"] for w in wages]
    shifted = [calculate("2024", {"brutoloon": round((w - 100) * 12, 2), "prestatiebreuk": 1}, ["jobbonus"])["jobbonus"] for w in wages]
    assert result.baseline_total == pytest.approx(sum(enacted), abs=0.02 * len(wages))
    assert result.reform_total == pytest.approx(sum(shifted), abs=0.02 * len(wages))
    assert result.winners == sum(1 for a, b in zip(enacted, shifted, strict=True) if round(b - a, 2) > 0)
    assert result.losers == 0


def test_breakdowns_add_up_to_the_totals():
    population = synthetic(SyntheticSpec(persons=20_000, seed=7), 2024)
    result = simulate(population, "2024", changes=LIMITS_UP)
    assert result.cost > 0 and result.winners > 0 and result.affected == result.winners + result.losers
    for rows in result.breakdowns.values():
        assert sum(r.persons for r in rows) == result.persons
        assert sum(r.winners for r in rows) == result.winners
        assert sum(r.cost for r in rows) == pytest.approx(result.cost, abs=0.05)
    wage = {r.key: r for r in result.breakdowns["wage"]}
    assert wage["<1800"].cost == 0 and wage[">=4000"].cost == 0  # outside the job bonus band in both
    assert wage["2100-2499"].winners > 0


def test_the_synthetic_population_follows_its_sources():
    population = synthetic(SyntheticSpec(persons=100_000, seed=1), 2024)
    names = municipality_names()
    assert population.size == 100_000
    assert population.age.min() >= 20 and population.age.max() <= 64
    men = EMPLOYMENT_RATE["M"] / (EMPLOYMENT_RATE["M"] + EMPLOYMENT_RATE["F"])
    assert abs((population.sex == "M").mean() - men) < 0.01
    assert all(nis.startswith(("1", "23", "24", "3", "4", "7")) for nis in set(population.municipality))  # Flemish provinces only
    antwerp = (population.municipality == "11002").mean()
    assert 0.06 < antwerp < 0.09 and names["11002"] == "Antwerpen"  # about 7.5 % of Flanders' 20-64 year olds
    assert [a.key for a in population.assumptions] == ["municipality_age", "sex", "wage", "fraction"]
    assert "niet gekalibreerd" in population.assumptions[2].text
    with pytest.raises(RuleInputError, match="persons"):
        synthetic(SyntheticSpec(persons=3_000_001), 2024)


def test_a_year_the_enacted_rules_do_not_cover_has_a_zero_baseline():
    result = simulate(_population([2000, 2600]), "2025", reform="jobbonus_verlengd")
    assert result.baseline_total == 0 and result.reform_total > 0 and result.notes


def _csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


ROWS = [{"id": f"p{i}", "brutoloon": str(12 * (2150 + 10 * i)), "prestatiebreuk": "1", "leeftijd": str(30 + i % 3), "geslacht": "V" if i % 2 else "M",
         "gemeente": "44021" if i < 30 else "11002"} for i in range(32)]


def test_an_uploaded_population_hides_small_groups(tmp_path):
    path = tmp_path / "population.csv"
    path.write_bytes(_csv(ROWS))
    result = simulate(from_csv(path, "jobbonus", 2024), "2024", changes=LIMITS_UP)
    municipality = {r.key: r for r in result.breakdowns["municipality"]}
    assert municipality["11002"].persons == 2 and municipality["11002"].hidden and municipality["44021"].hidden  # complementary
    text = as_csv(result)
    assert ";Antwerpen;;;;;;" in text and "totaal;alle personen;32;" in text
    per_person = calculate_population("2024", {"brutoloon": np.array([float(r["brutoloon"]) for r in ROWS]),
                                               "prestatiebreuk": np.ones(len(ROWS))}, ["jobbonus"])["jobbonus"]
    assert result.baseline_total == pytest.approx(float(per_person.sum()), abs=0.5)


@pytest.fixture
def analyst(db):
    client = Client()
    client.force_login(f.user(Role.ANALYST))
    return client


def test_page_simulates_shows_charts_and_exports(analyst):
    assert analyst.get("/beleidssimulatie/").status_code == 200
    body = {"year": "2024", "reform": "", "changes": "jobbonus.ondergrens += 100\njobbonus.bovengrens += 100", "source": "synthetic",
            "persons": "5000", "wage_median": "3.200", "wage_sigma": "0,35", "seed": "2026"}
    started = analyst.post("/beleidssimulatie/", body)
    assert started.status_code == 303 and "?taak=" in started["Location"]  # a task of the task runner (inline under tests)
    response = analyst.get(started["Location"])
    page = html.unescape(response.content.decode())
    expected = simulate(synthetic(SyntheticSpec(persons=5000, seed=2026), 2024), "2024", changes=LIMITS_UP)
    assert response.status_code == 200
    assert f"{expected.cost:,.0f}".replace(",", ".") in page and page.count('<svg viewBox="0 0 200 14"') >= 9 and "niet gekalibreerd" in page
    assert 'data-group="wage:2100-2499"' in page and "Antwerpen" in page
    export = analyst.get(started["Location"] + "&export=csv")
    assert export["Content-Type"].startswith("text/csv") and b"loonband" in export.content
    wrong = analyst.post("/beleidssimulatie/", {**body, "changes": "jobbonus.nope += 1"})
    assert wrong.status_code == 422 and "jobbonus.nope" in html.unescape(wrong.content.decode())


def test_page_takes_an_uploaded_file(analyst):
    upload = SimpleUploadedFile("population.csv", _csv(ROWS), content_type="text/csv")
    started = analyst.post("/beleidssimulatie/", {"year": "2024", "changes": "jobbonus.ondergrens += 100", "source": "upload", "persons": "1",
                                                  "wage_median": "3200", "wage_sigma": "0,35", "seed": "1", "file": upload})
    response = analyst.get(started["Location"])
    page = html.unescape(response.content.decode())
    assert response.status_code == 200 and "verborgen: te weinig personen" in page and "Opgeladen bestand" in page
    missing = analyst.post("/beleidssimulatie/", {"year": "2024", "changes": "jobbonus.ondergrens += 100", "source": "upload", "persons": "1",
                                                  "wage_median": "3200", "wage_sigma": "0,35", "seed": "1"})
    assert missing.status_code == 422 and "Kies een CSV-bestand." in html.unescape(missing.content.decode())


@pytest.mark.django_db
def test_only_analysts_and_administrators():
    for role in (Role.CITIZEN, Role.COUNSELLOR, Role.EMPLOYER):
        client = Client()
        client.force_login(f.user(role))
        assert client.get("/beleidssimulatie/").status_code == 403
        api = client.post("/api/v1/rules/simulation", {"year": 2024, "changes": ["jobbonus.ondergrens += 100"]}, content_type="application/json")
        assert api.status_code == 403
    assert Client().post("/api/v1/rules/simulation", {"year": 2024}, content_type="application/json").status_code == 401


def test_api(analyst):
    body = {"year": 2024, "changes": ["jobbonus.ondergrens += 100", "jobbonus.bovengrens += 100"], "population": {"persons": 3000, "seed": 5}}
    response = analyst.post("/api/v1/rules/simulation", body, content_type="application/json")
    assert response.status_code == 200
    data = response.json()
    expected = simulate(synthetic(SyntheticSpec(persons=3000, seed=5), 2024), "2024", changes=LIMITS_UP)
    assert data["cost"] == expected.cost and data["winners"] == expected.winners and set(data["breakdowns"]) == {"wage", "age", "sex", "municipality"}
    bad = analyst.post("/api/v1/rules/simulation", {**body, "changes": ["jobbonus.nope += 1"]}, content_type="application/json")
    assert bad.status_code == 422 and bad["Content-Type"].startswith("application/problem+json")
    too_many = analyst.post("/api/v1/rules/simulation", {**body, "population": {"persons": 3_000_001}}, content_type="application/json")
    assert too_many.status_code == 422


def test_command_line(capsys, tmp_path):
    from werkregie.cli import main

    path = tmp_path / "population.csv"
    path.write_bytes(_csv(ROWS))
    out_csv = tmp_path / "out.csv"
    assert main(["rules", "simulate", "--year", "2024", "--change", "jobbonus.ondergrens += 100", "--input", str(path), "--csv", str(out_csv)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["persons"] == 32 and data["synthetic"] is False and out_csv.read_text().startswith("indeling;groep")
    assert main(["rules", "simulate", "--year", "2024", "--change", "x.y = 1"]) == 2
    assert "'x.y' is not a parameter" in capsys.readouterr().err


def test_a_named_reform_of_another_rule_over_an_uploaded_population(tmp_path):
    """The older workers' transition to 2028 (reforms/) over employers' workers in 2026: only those 62 or older on
    30 June 2024 gain, each the quarterly amount of the enacted rules in 2025, four quarters."""
    rows = [{"id": "a", "geboortedatum": "1961-03-01", "brutoloon@quarter": "9000", "prestatiebreuk": "1"},
            {"id": "b", "geboortedatum": "1970-03-01", "brutoloon@quarter": "9000", "prestatiebreuk": "1"}]
    path = tmp_path / "older.csv"
    path.write_bytes(_csv(rows))
    variable = "doelgroepvermindering_oudere_werknemers"
    result = simulate(from_csv(path, variable, 2026), "2026", variable, reform="ouderen_overgang_tot_2028")
    quarter = calculate("2025-Q1", {"geboortedatum": "1961-03-01", "brutoloon@quarter": 9000, "prestatiebreuk": 1}, [variable])[variable]
    assert quarter > 0 and result.baseline_total == 0 and result.reform_total == pytest.approx(4 * quarter)
    assert result.winners == 1 and [(r.label, r.winners) for r in result.breakdowns["age"]] == [("55–64 jaar", 0), ("≥ 65 jaar", 1)]
    with pytest.raises(RuleInputError, match="synthetic population holds wages and work fractions only"):
        simulate(_population([2000]), "2024", variable, reform="ouderen_overgang_tot_2028")
    with pytest.raises(RuleInputError, match="is not an amount the rules compute"):
        simulate(_population([2000]), "2024", "brutoloon", changes=LIMITS_UP)


def test_a_long_header_is_refused_at_once_not_compared_with_itself(tmp_path):
    """Found by the attack: the duplicate-column check compared every header with every other (24,000 columns, 205 kB:
    10 s of a worker; 2 MB: a quarter of an hour). Now one pass, and at most calc.MAX_COLUMNS columns."""
    import time

    from werkregie.rules import calc

    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(200_000)) + "\n" + ",".join("1" for _ in range(200_000)) + "\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(calc.RuleInputError) as err:
        calc.read_population(path)
    assert time.perf_counter() - started < 2 and "at most" in str(err.value)
    twice = tmp_path / "twice.csv"
    twice.write_text("brutoloon,brutoloon\n1,2\n", encoding="utf-8")
    with pytest.raises(calc.RuleInputError, match="brutoloon: the column appears more than once"):
        calc.read_population(twice)
