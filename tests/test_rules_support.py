"""VOP, maatwerk and the ended hiring measures: properties the law implies (hypothesis) and the range checks."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.rules.calc import RuleInputError, calculate

QUARTERS = [f"{y}-{m:02d}" for y in range(2019, 2027) for m in (1, 4, 7, 10)]
fractions = st.sampled_from([0.2, 0.5, 0.8, 1.0])
wages = st.floats(min_value=0, max_value=30000, allow_nan=False)


def quarter(month: str, inputs: dict, names: list[str]) -> dict:
    return calculate(f"month:{month}:3", inputs, names)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(QUARTERS[:18]), wages, wages, fractions, st.booleans())
def test_vop_is_never_negative_and_non_decreasing_in_the_reference_wage(month, a, b, fraction, fixed):
    low, high = sorted((a, b))
    base = {"vop_startdatum": "2019-01-07", "prestatiebreuk": fraction, "vop_bepaalde_duur": fixed}
    vop_low = quarter(month, {**base, "referteloon": low}, ["vop"])["vop"]
    vop_high = quarter(month, {**base, "referteloon": high}, ["vop"])["vop"]
    assert 0 <= vop_low <= vop_high + 0.01
    capped = quarter(month, {**base, "referteloon": high}, ["begrensd_referteloon"])["begrensd_referteloon"]
    assert vop_high <= 0.40 * capped + 0.01  # never more than the highest regular percentage of the capped wage


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(QUARTERS[:18]), st.floats(min_value=100, max_value=20000))
def test_under_the_cap_the_vop_scales_linearly_with_the_wage(month, wage):
    base = {"vop_startdatum": "2019-01-07", "prestatiebreuk": 1}
    single = quarter(month, {**base, "referteloon": wage / 2}, ["vop"])["vop"]
    double = quarter(month, {**base, "referteloon": wage}, ["vop"])["vop"]
    capped = quarter(month, {**base, "referteloon": wage}, ["begrensd_referteloon"])["begrensd_referteloon"]
    if capped >= wage - 0.01:
        assert double == pytest.approx(2 * single, abs=0.02)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(QUARTERS), st.sampled_from([0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75]), wages, st.integers(1, 3))
def test_collective_maatwerk_is_the_package_percentage_of_the_capped_wage(month, percentage, wage, need):
    inputs = {"referteloon": wage, "prestatiebreuk": 1, "maatwerk_collectief_loonpremie_percentage": percentage, "begeleidingsnood": need}
    result = quarter(month, inputs, ["maatwerk_collectief_loonpremie", "begrensd_referteloon", "maatwerk_collectief_begeleidingspremie"])
    assert result["maatwerk_collectief_loonpremie"] == pytest.approx(percentage * result["begrensd_referteloon"], abs=0.02)
    assert result["maatwerk_collectief_begeleidingspremie"] == {1: 1630, 2: 1930, 3: 2480}[need]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(QUARTERS), st.integers(1, 3), st.sampled_from([0.2, 0.4, 0.5, 0.6, 0.8]))
def test_the_variable_support_premium_is_pro_rata_the_work_fraction(month, need, fraction):
    base = {"referteloon": 9000, "maatwerk_collectief_loonpremie_percentage": 0.5, "begeleidingsnood": need}
    full = quarter(month, {**base, "prestatiebreuk": 1}, ["maatwerk_collectief_begeleidingspremie"])["maatwerk_collectief_begeleidingspremie"]
    part = quarter(month, {**base, "prestatiebreuk": fraction}, ["maatwerk_collectief_begeleidingspremie"])["maatwerk_collectief_begeleidingspremie"]
    variable = full - 1200
    assert part == pytest.approx(1200 + variable * fraction, abs=0.02)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(QUARTERS[18:]), st.integers(1, 4), wages, st.integers(0, 3))
def test_imw_never_exceeds_its_package_and_is_never_negative(month, package, wage, need):
    inputs = {"imw_startdatum": "2023-07-03", "imw_startpakket": package, "referteloon": wage, "prestatiebreuk": 1, "begeleidingsnood": need}
    result = quarter(month, inputs, ["imw_loonpremie", "imw_begeleidingspremie", "begrensd_referteloon"])
    assert 0 <= result["imw_loonpremie"] <= 0.55 * result["begrensd_referteloon"] + 0.01
    assert 0 <= result["imw_begeleidingspremie"] <= 1200 + 1280
    if need == 0:
        assert result["imw_begeleidingspremie"] == 0


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2016, 7, 1), max_value=dt.date(2024, 12, 31)), st.floats(min_value=0, max_value=80000), fractions)
def test_older_job_seeker_hiring_reduction_is_bounded(hired, yearly_wage, fraction):
    inputs = {"geboortedatum": "1960-02-01", "aanwervingsdatum": hired.isoformat(), "niet_werkende_werkzoekende_bij_aanwerving": True,
              "brutoloon": yearly_wage, "prestatiebreuk": fraction}
    total = calculate(str(hired.year), inputs, ["doelgroepvermindering_oudere_aanwerving"])["doelgroepvermindering_oudere_aanwerving"]
    assert 0 <= total <= max(4 * 1500, 0.25 * yearly_wage) + 0.01
    if hired > dt.date(2024, 6, 30):
        assert total == 0


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(2017, 7, 1), max_value=dt.date(2023, 9, 30)), fractions)
def test_hiring_incentive_pays_at_most_4250_and_only_the_shares_of_the_law(hired, fraction):
    inputs = {"geboortedatum": "1980-02-01", "aanwervingsdatum": hired.isoformat(), "werkloosheidsduur_bij_aanwerving": 30, "prestatiebreuk": fraction}
    name = "aanwervingsincentive_langdurig_werkzoekenden"
    paid = calculate(f"year:{hired.year}:2", inputs, [name])[name]  # both payments fall within two calendar years
    share = 1.0 if fraction >= 0.8 else 0.6 if fraction >= 0.3 else 0.0
    assert paid == pytest.approx(4250 * share, abs=0.01)


@pytest.mark.parametrize("inputs, message", [
    ({"referteloon": -5}, "referteloon: -5 is below the minimum 0"),
    ({"begeleidingsnood": 4}, "begeleidingsnood: 4 is above the maximum 3"),
    ({"imw_startpakket": 7}, "imw_startpakket: 7 is above the maximum 4"),
    ({"maatwerk_collectief_loonpremie_percentage": 0.9}, "maatwerk_collectief_loonpremie_percentage: 0.9 is above the maximum 0.75"),
    ({"vop_verhoogd_percentage": 0.8}, "vop_verhoogd_percentage: 0.8 is above the maximum 0.6"),
    ({"vov_uurloon": "veel"}, "vov_uurloon: 'veel' is not a number"),
])
def test_bad_inputs_name_the_field(inputs, message):
    with pytest.raises(RuleInputError, match=message):
        calculate("month:2024-01:3", inputs, ["vop"])


def test_the_reform_extends_the_job_bonus_and_leaves_the_enacted_rules_alone():
    inputs = {"brutoloon": 24000, "prestatiebreuk": 1}
    with pytest.raises(RuleInputError, match="no value of parameter"):
        calculate("2025", inputs, ["jobbonus"])
    assert calculate("2025", inputs, ["jobbonus"], reform="jobbonus_verlengd") == calculate("2024", inputs, ["jobbonus"])
    with pytest.raises(RuleInputError, match="reform: unknown reform 'x'"):
        calculate("2024", inputs, ["jobbonus"], reform="x")


def test_api_computes_with_a_reform(client, db):
    body = {"period": "2025", "inputs": {"brutoloon": 24000, "prestatiebreuk": 1}, "compute": ["jobbonus"], "reform": "jobbonus_verlengd"}
    response = client.post("/api/v1/rules/calculate", body, content_type="application/json")
    assert response.status_code == 200 and response.json()["results"]["jobbonus"] > 0
    response = client.post("/api/v1/rules/calculate", {**body, "reform": "nope"}, content_type="application/json")
    assert response.status_code == 422 and "reform" in response.json()["detail"]


def test_every_parameter_has_a_source_and_a_description():
    """Each value is sourced: a reference on the parameter itself or on the node (index.yaml) that holds it."""
    from openfisca_core.parameters import ParameterNode

    from werkregie.rules import system

    unsourced, undescribed = [], []

    def walk(node, inherited: bool) -> None:  # noqa: ANN001
        sourced = bool((node.metadata or {}).get("reference")) or inherited
        if isinstance(node, ParameterNode):
            for child in node.children.values():
                walk(child, sourced)
            return
        if not sourced:
            unsourced.append(node.name)
        if not node.description:
            undescribed.append(node.name)

    walk(system().parameters, False)
    assert unsourced == [] and undescribed == []


def test_every_formula_variable_has_a_reference_or_is_derived():
    from werkregie.rules.calc import variables

    computed = [v for v in variables() if not v.is_input]
    assert len(computed) >= 20
    assert [v.name for v in computed if not v.reference and v.name not in {"vov_uren", "vov_behouden_loon"}] == []
