"""Issue 15, point 15: "Loont werken?" — the federal parameters (YAML tests from rules.md §6b), the comparison, its
API, command line and page."""

from __future__ import annotations

import datetime
import json
import re

import pytest
import yaml
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core.tools.test_runner import run_tests

from werkregie.rules import PARAMETERS, TESTS, system
from werkregie.rules.calc import RuleInputError, calculate
from werkregie.rules.work_pays import WorkPaysInput, as_dict, compare

FEDERAL = PARAMETERS / "federal"


def offer(**changes) -> WorkPaysInput:
    base = dict(start=datetime.date(2024, 4, 1), gross_monthly=2300.0, hours_per_week=38.0, full_time_hours=38.0,
                distance_km=15.0, benefit_monthly=1500.0, cost_per_km=0.15)
    return WorkPaysInput(**{**base, **changes})


def test_federal_yaml_tests_from_the_sources_pass():
    assert run_tests(system(), str(TESTS / "federal.yaml"), {"verbose": False}) == 0


def test_every_federal_parameter_is_marked_federal_dated_and_sourced():
    leaves = [p for p in FEDERAL.rglob("*.yaml") if p.name != "index.yaml"]
    assert len(leaves) == 13
    for path in leaves:
        data = yaml.safe_load(path.read_text())
        assert data["description"].startswith("FEDERAAL"), path
        assert data["metadata"]["federal"] is True and data["metadata"]["reference"], path
        assert all(isinstance(day, datetime.date) for day in data["values"]), path
    assert "FEDERAAL" in yaml.safe_load((FEDERAL / "index.yaml").read_text())["description"]


def test_the_sourced_values():
    p = system().parameters("2024-01-01").federal
    assert p.persoonlijke_bijdrage == pytest.approx(0.1307)
    w = p.werkbonus
    assert (w.grens_1, w.grens_2, w.grens_3) == pytest.approx((2013.64, 2571.45, 3082.66))
    assert (w.bedienden.maximum, w.bedienden.helling_1, w.bedienden.basis_2, w.bedienden.helling_2) == pytest.approx((262.16, 0.2579, 247.31, 0.2313))
    assert (w.arbeiders.maximum, w.arbeiders.helling_1, w.arbeiders.basis_2, w.arbeiders.helling_2) == pytest.approx((283.13, 0.2786, 267.09, 0.2498))


def test_a_month_in_work_step_by_step():
    result = compare(offer())
    first = result.months[0]
    assert (first.contribution, first.werkbonus, first.net_before_tax) == (300.61, 188.31, 2187.70)
    assert first.travel_cost == 97.5  # 15 km x 2 x 5 days x 52/12 weeks x 0.15
    assert first.in_work == 2090.2 and first.difference == 590.2
    assert [m.month for m in result.months][::11] == [datetime.date(2024, 4, 1), datetime.date(2025, 3, 1)]
    assert result.net_source == "before_tax" and any("withholding tax is not deducted" in n for n in result.notes)


def test_the_job_bonus_of_the_first_year_is_the_rules_own():
    result = compare(offer(start=datetime.date(2024, 1, 1), gross_monthly=2000.0))
    (line,) = result.job_bonus
    expected = calculate("2024", {"brutoloon@month": 2000, "prestatiebreuk": 1}, ["jobbonus"])["jobbonus"]
    assert (line.year, line.months, line.amount, line.payment_year) == (2024, 12, expected, 2025)
    assert result.difference == pytest.approx(result.total_in_work + expected - result.total_benefit)


def test_a_job_bonus_year_without_values_is_not_counted_and_said():
    result = compare(offer(start=datetime.date(2024, 10, 1)))
    assert [(j.year, j.months) for j in result.job_bonus] == [(2024, 3), (2025, 9)]
    assert result.job_bonus[1].amount is None and any("job bonus 2025" in n for n in result.notes)


def test_given_net_wage_and_given_withholding_tax():
    assert compare(offer(net_monthly=1850.0)).months[0].net_wage == 1850.0
    with_tax = compare(offer(withholding_monthly=250.0))
    assert with_tax.net_source == "withholding" and with_tax.months[0].net_wage == 1937.70


def test_part_time_and_blue_collar():
    half = compare(offer(hours_per_week=19.0, gross_monthly=1150.0)).months[0]
    assert half.werkbonus == 94.16  # S = 2,300: 188.31 x 0.5
    blue = compare(offer(gross_monthly=2000.0, blue_collar=True)).months[0]
    assert (blue.contribution, blue.werkbonus) == (282.31, 242.35)  # on 108 %: 2,160


@pytest.mark.parametrize("changes,field", [({"start": datetime.date(2023, 6, 1)}, "start"), ({"hours_per_week": 40.0}, "hours_per_week"),
                                          ({"benefit_monthly": -1.0}, "benefit_monthly"), ({"full_time_hours": 0.0}, "full_time_hours")])
def test_bad_input_names_the_field(changes, field):
    with pytest.raises(RuleInputError) as exc:
        compare(offer(**changes))
    assert field in exc.value.fields


def net(gross: float, fraction: float = 1.0, blue: bool = False) -> float:
    return calculate("2024-03", {"brutoloon": gross, "prestatiebreuk": fraction, "arbeider": blue},
                     ["federaal_netto_voor_bedrijfsvoorheffing"])["federaal_netto_voor_bedrijfsvoorheffing"]


cents = st.integers(min_value=0, max_value=600_000).map(lambda c: c / 100)


@settings(max_examples=60, deadline=None)
@given(a=cents, b=cents, fraction=st.sampled_from([1.0, 0.8, 0.5]), blue=st.booleans())
def test_net_is_monotone_in_the_gross_wage_on_each_side_of_the_werkbonus_end(a, b, fraction, blue):
    """The rules make net pay rise with the gross wage, except at the one cent where the werkbonus stops (S above
    3,082.66: the last 0.05 of reduction falls away), which the sources make a small cliff."""
    low, high = sorted((a, b))
    limit = 3082.66 * fraction / (1.08 if blue else 1.0)
    if low <= limit < high:
        return
    assert net(low, fraction, blue) <= net(high, fraction, blue) + 0.01  # OpenFisca keeps single precision: a cent


def test_the_boundaries_are_exact():
    assert net(3082.66) == pytest.approx(3082.66 - 402.90 + 0.05, abs=0.005)
    assert net(3082.67) == pytest.approx(3082.67 - 402.90, abs=0.005)
    assert calculate("2024-03", {"brutoloon": 2013.64, "prestatiebreuk": 1, "arbeider": False}, ["federaal_werkbonus"])["federaal_werkbonus"] == 262.16
    assert calculate("2024-03", {"brutoloon": 1006.82, "prestatiebreuk": 0.5, "arbeider": False}, ["federaal_werkbonus"])["federaal_werkbonus"] == 131.08


@settings(max_examples=15, deadline=None)
@given(gross=st.integers(min_value=80_000, max_value=500_000).map(lambda c: c / 100), benefit=st.integers(0, 2500))
def test_the_first_year_adds_up(gross, benefit):
    result = compare(offer(gross_monthly=gross, benefit_monthly=float(benefit)))
    assert len(result.months) == 12
    assert result.total_in_work == pytest.approx(sum(m.net_before_tax - m.travel_cost for m in result.months), abs=0.01)
    assert all(m.werkbonus <= m.contribution for m in result.months)


def test_api_with_belgian_amounts(client, db):
    body = {"start": "04/2024", "gross_monthly": "2.300,00", "hours_per_week": 38, "full_time_hours": "38", "distance_km": 15,
            "benefit_monthly": "1.500", "cost_per_km": "0,15"}
    response = client.post("/api/v1/rules/work-pays", data=body, content_type="application/json")
    assert response.status_code == 200
    data = response.json()
    assert data == json.loads(json.dumps(as_dict(compare(offer()))))
    assert data["months"][0]["federal_werkbonus"] == 188.31


@pytest.mark.parametrize("changes,field", [({"gross_monthly": "twee"}, "gross_monthly"), ({"start": "2020-01"}, "start"), ({"start": "lente"}, "start")])
def test_api_bad_input_is_a_problem_naming_the_field(client, db, changes, field):
    body = {"start": "04/2024", "gross_monthly": 2300, "hours_per_week": 38, "full_time_hours": 38, "distance_km": 15, "benefit_monthly": 1500}
    response = client.post("/api/v1/rules/work-pays", data={**body, **changes}, content_type="application/json")
    assert response.status_code == 422 and response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == field


def test_cli(capsys):
    from werkregie.cli import main

    assert main(["rules", "work-pays", "--start", "04/2024", "--gross", "2.300", "--hours", "38", "--distance", "15",
                 "--benefit", "1.500", "--cost-per-km", "0,15"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["months"][0]["net_in_work"] == 2090.2 and "withholding tax is not deducted" in err
    assert main(["rules", "work-pays", "--start", "04/2024", "--gross", "x", "--hours", "38", "--distance", "15", "--benefit", "0"]) == 2
    assert "gross_monthly" in capsys.readouterr().err


PAGE = {"start": "04/2024", "gross_monthly": "2.300", "hours_per_week": "38", "full_time_hours": "38", "distance_km": "15",
        "days_per_week": "5", "cost_per_km": "0,15", "benefit_monthly": "1.500"}


def test_page_compares_month_by_month(db):
    response = Client().post("/loont-werken/", PAGE)
    html = response.content.decode()
    assert response.status_code == 200 and "<h1>Loont werken?</h1>" in html
    # no net wage given: the wage is before withholding tax, and the verdict says so instead of "meer over"
    assert "Vóór bedrijfsvoorheffing brengt dit werk in het eerste jaar € 7.499,90 meer op dan uw netto-uitkering" in html
    assert "houdt u met dit werk € 7.499,90 meer over" not in html
    assert "€ 2.187,70" in html and "− € 300,61" in html and "+ € 188,31" in html and "04/2024" in html
    assert "de bedrijfsvoorheffing is niet afgetrokken" in html  # the page says what is not encoded
    assert "Refertejaar 2024 (9 maanden gewerkt): € 417,50, uitbetaald in 2025." in html
    assert "Refertejaar 2025 (3 maanden gewerkt): de bedragen van de jobbonus voor dit jaar zijn nog niet bekend" in html
    assert 'href="/mijn-jobbonus/"' in html and "FEDERAAL" in html


def test_page_refuses_bad_input(db):
    response = Client().post("/loont-werken/", {**PAGE, "gross_monthly": "twee", "start": "01/2020"})
    html = response.content.decode()
    assert response.status_code == 422 and "In het eerste jaar" not in html and "Typ een bedrag zoals 2500" in html
    html = Client().post("/loont-werken/", {**PAGE, "start": "01/2020"}).content.decode()
    assert "de federale bedragen zijn verzameld vanaf 1 juli 2023" in html


def test_page_without_input_shows_the_form_only(db):
    response = Client().get("/loont-werken/")
    assert response.status_code == 200 and "In het eerste jaar" not in response.content.decode()


def test_the_menu_names_it_loont_werken():
    from werkregie.web.nav import MENU

    labels = {i.url_name: str(i.label) for i in MENU}
    assert labels["work_pays"] == "Loont werken?" and "job_bonus" not in labels


def test_page_in_french(db):
    html = Client(HTTP_ACCEPT_LANGUAGE="fr").post("/loont-werken/", PAGE).content.decode()
    assert "Travailler, ça paie\u202f?" in html and "€ 7.499,90" in html and "FÉDÉRAL" in html


def test_the_blue_collar_column_is_the_white_collar_column_on_108_percent():
    """The check of the 108 % basis against the only source here (§6b of ../shared/reference/rules.md): its blue-collar
    werkbonus amounts are the white-collar ones times the blue-collar wage basis, with the same limits of S."""
    from werkregie.rules import system

    p = system().parameters("2024-01-01").federal
    basis = p.arbeiders_loonbasis
    assert basis == pytest.approx(1.08)
    for key, tolerance in (("maximum", 0.01), ("basis_2", 0.01), ("helling_1", 0.0001), ("helling_2", 0.0001)):
        assert getattr(p.werkbonus.arbeiders, key) == pytest.approx(getattr(p.werkbonus.bedienden, key) * basis, abs=tolerance), key


def test_net_against_net_only_with_the_net_wage(db):
    """Issue 15 point 15, second pass: the verdict compared the wage before withholding tax with the net benefit and
    called it "meer over". With the offer's net wage typed it is net against net; without it, it says "vóór
    bedrijfsvoorheffing"."""
    html = Client().post("/loont-werken/", {**PAGE, "net_monthly": "1.900"}).content.decode()
    expected = round(12 * (1900 - round(15 * 2 * 5 * 52 / 12 * 0.15, 2)) + 417.50 - 12 * 1500, 2)
    assert f"Netto tegen netto: in het eerste jaar houdt u met dit werk € {expected:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") in html
    less = Client().post("/loont-werken/", {**PAGE, "benefit_monthly": "2.500"}).content.decode()
    assert "Zelfs vóór bedrijfsvoorheffing brengt dit werk in het eerste jaar" in less and "netto is het verschil nog groter" in less


def test_the_persons_amounts_never_travel_in_a_url(db):
    """The benefit (and net wage, withholding tax) are personal: the form posts them; a GET query with them computes
    nothing and does not echo them; the facts of an offer may prefill the form from a link."""
    client = Client()
    page = client.get("/loont-werken/", {"gross_monthly": "2.300", "benefit_monthly": "1.234,56", "net_monthly": "1.777"}).content.decode()
    assert 'method="post"' in page and 'value="1.234,56"' not in page and 'value="1.777"' not in page and "In het eerste jaar" not in page
    assert 'value="2.300"' in page  # the offer's wage from the vacancy's link
    computed = client.post("/loont-werken/", PAGE).content.decode()
    links = re.findall(r'(?:href|action|hx-get)="([^"]*)"', computed)
    assert "€ 7.499,90" in computed and links and not any("1.500" in link or "benefit" in link for link in links)


def test_an_unknown_job_bonus_is_said_not_shown_as_zero(db):
    """The browser walk found "€ 0,00 jobbonus" for a start in 2026: the amounts of 2026 and 2027 are not known yet."""
    response = Client().post("/loont-werken/", {**PAGE, "start": "12/2026"})
    text = response.content.decode()
    assert response.status_code == 200
    assert "€ 0,00 jobbonus" not in text and "plus € 0,00" not in text
    assert "Jobbonus: bedragen voor 2026, 2027 nog niet bekend, dus niet meegeteld." in text
    assert "met de Vlaamse jobbonus erbij." not in text
    assert "De Vlaamse jobbonus telt mee voor de jaren waarvan de bedragen al bekend zijn" in text
    one = Client().post("/loont-werken/", PAGE).content.decode()  # 2024 known, 2025 not
    assert "plus € 417,50 jobbonus" in one and "Jobbonus: bedrag voor 2025 nog niet bekend, dus niet meegeteld." in one
