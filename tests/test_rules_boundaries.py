"""Issue 15, point 3: every threshold of every rule is exact at its boundary (wages to the cent, work fractions to a
millionth, ages to the day), whatever the single precision of OpenFisca's float storage. Each property puts a case AT
the boundary and one step on the other side, with the values of the dated parameters of that period."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.rules import system
from werkregie.rules.calc import calculate

SETTINGS = settings(max_examples=25, deadline=None)


def quarter_of(year: int, q: int) -> tuple[str, dt.date, dt.date]:
    first = dt.date(year, 3 * q - 2, 1)
    last = (dt.date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1)) - dt.timedelta(days=1)
    return f"{year}-Q{q}", first, last


def years_before(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year - years)  # quarter ends are never 29 February


def params(day: dt.date):  # noqa: ANN201
    return system().parameters(day.isoformat())


def one(period: str, inputs: dict, name: str) -> float:
    return calculate(period, inputs, [name])[name]


# -- persons without recent lasting work experience (from Q4 2023) ----------------------------------------------------

quarters_zw = st.sampled_from([(y, q) for y in (2023, 2024, 2025, 2026) for q in (1, 2, 3, 4) if (y, q) >= (2023, 4)])
ZW = "doelgroepvermindering_zonder_werkervaring"


def zw_inputs(first: dt.date, last: dt.date, **extra) -> dict:
    return {"geboortedatum": years_before(last, 40).isoformat(), "aanwervingsdatum": first.isoformat(), "werkloosheidsduur_bij_aanwerving": 30,
            "brutoloon@quarter": 6000, "prestatiebreuk": 1, **extra}


@SETTINGS
@given(quarters_zw)
def test_without_experience_wage_limit_is_strict(yq):
    period, first, last = quarter_of(*yq)
    p = params(first).doelgroepvermindering.zonder_werkervaring
    assert one(period, zw_inputs(first, last, **{"brutoloon@quarter": p.loongrens - 0.01}), ZW) == p.bedrag
    assert one(period, zw_inputs(first, last, **{"brutoloon@quarter": p.loongrens}), ZW) == 0


@SETTINGS
@given(quarters_zw, st.sampled_from(["full", "minimum"]))
def test_without_experience_work_fraction_thresholds(yq, which):
    period, first, last = quarter_of(*yq)
    p = params(first).doelgroepvermindering.zonder_werkervaring
    at = p.prestatiebreuk_volledig if which == "full" else p.prestatiebreuk_minimum
    below = round(at - 0.0001, 4)
    assert one(period, zw_inputs(first, last, prestatiebreuk=at), ZW) == pytest.approx(p.bedrag * (1 if which == "full" else at), abs=0.011)
    assert one(period, zw_inputs(first, last, prestatiebreuk=below), ZW) == pytest.approx(0 if which == "minimum" else p.bedrag * below, abs=0.011)


@SETTINGS
@given(quarters_zw)
def test_without_experience_ages_and_months_registered(yq):
    period, first, last = quarter_of(*yq)
    p = params(first).doelgroepvermindering.zonder_werkervaring
    low, high = int(p.leeftijd_minimum), int(p.leeftijd_maximum)
    at_low = years_before(last, low)
    assert one(period, zw_inputs(first, last, geboortedatum=at_low.isoformat()), ZW) == p.bedrag  # exactly the minimum age
    assert one(period, zw_inputs(first, last, geboortedatum=(at_low + dt.timedelta(days=1)).isoformat()), ZW) == 0
    at_high = years_before(last, high)
    assert one(period, zw_inputs(first, last, geboortedatum=at_high.isoformat()), ZW) == 0  # "younger than" the maximum
    assert one(period, zw_inputs(first, last, geboortedatum=(at_high + dt.timedelta(days=1)).isoformat()), ZW) == p.bedrag
    months = int(p.werkloosheidsduur)
    assert one(period, zw_inputs(first, last, werkloosheidsduur_bij_aanwerving=months), ZW) == p.bedrag
    assert one(period, zw_inputs(first, last, werkloosheidsduur_bij_aanwerving=months - 1), ZW) == 0


# -- older retained workers (2016-07 to 2024-06 for the age bands) ------------------------------------------------------

quarters_old = st.sampled_from([(y, q) for y in range(2016, 2025) for q in (1, 2, 3, 4) if (2016, 3) <= (y, q) <= (2024, 2)])
OLD = "doelgroepvermindering_oudere_werknemers"


@SETTINGS
@given(quarters_old, st.booleans())
def test_older_workers_wage_ceiling_per_quarter_is_strict(yq, temp):
    period, first, last = quarter_of(*yq)
    p = params(first).doelgroepvermindering.oudere_werknemers
    a = params(first).doelgroepvermindering.ouderen_loongrens_afwijking
    higher_quarter = a.kwartaal_uitzendkracht if temp else a.kwartaal
    limit = a.bedrag if higher_quarter == yq[1] else p.loongrens
    base = {"geboortedatum": years_before(last, 63).isoformat(), "uitzendkracht": temp, "prestatiebreuk": 1}
    assert one(period, {**base, "brutoloon@quarter": limit - 0.01}, OLD) == p.bedrag_hoog
    assert one(period, {**base, "brutoloon@quarter": limit}, OLD) == 0


@SETTINGS
@given(quarters_old)
def test_older_workers_age_bands_start_on_the_birthday(yq):
    period, first, last = quarter_of(*yq)
    p = params(first).doelgroepvermindering.oudere_werknemers
    base = {"brutoloon@quarter": 9000, "prestatiebreuk": 1}
    exactly_high = years_before(last, int(p.leeftijd_hoog))
    assert one(period, {**base, "geboortedatum": exactly_high.isoformat()}, OLD) == p.bedrag_hoog
    day_younger = exactly_high + dt.timedelta(days=1)
    low_age = 55 if day_younger.year <= p.overgang_2020_geboortejaar else p.leeftijd_laag
    expected = p.bedrag_laag if p.leeftijd_hoog - 1 >= low_age else 0
    assert one(period, {**base, "geboortedatum": day_younger.isoformat()}, OLD) == expected


@SETTINGS
@given(quarters_old)
def test_older_workers_80_percent_is_full(yq):
    period, first, last = quarter_of(*yq)
    p = params(first).doelgroepvermindering.oudere_werknemers
    base = {"brutoloon@quarter": 9000, "geboortedatum": years_before(last, 63).isoformat()}
    assert one(period, {**base, "prestatiebreuk": p.prestatiebreuk_volledig}, OLD) == p.bedrag_hoog
    assert one(period, {**base, "prestatiebreuk": 0.7999}, OLD) == pytest.approx(p.bedrag_hoog * 0.7999, abs=0.011)


# -- young workers (hires 2016-07 to 2024-06) ---------------------------------------------------------------------------

YOUNG = "doelgroepvermindering_jongeren"


@SETTINGS
@given(st.sampled_from([(y, q) for y in range(2017, 2025) for q in (1, 2, 3, 4) if (y, q) <= (2024, 2)]))
def test_young_workers_limits(yq):
    period, first, last = quarter_of(*yq)
    p = params(first).doelgroepvermindering.jongeren
    base = {"aanwervingsdatum": first.isoformat(), "isced_niveau": 2, "loopbaanportfolio": True, "prestatiebreuk": 1,
            "geboortedatum": years_before(last, 20).isoformat()}
    below = one(period, {**base, "brutoloon@quarter": p.loongrens_eerste_jaar - 0.01}, YOUNG)
    assert below > 0 and one(period, {**base, "brutoloon@quarter": p.loongrens_eerste_jaar}, YOUNG) == 0
    wage = {"brutoloon@quarter": 6000}
    at_25 = years_before(last, int(p.leeftijd_maximum))
    assert one(period, {**base, **wage, "geboortedatum": at_25.isoformat()}, YOUNG) == 0  # younger than 25
    assert one(period, {**base, **wage, "geboortedatum": (at_25 + dt.timedelta(days=1)).isoformat()}, YOUNG) > 0
    assert one(period, {**base, **wage, "prestatiebreuk": p.minimale_prestatiebreuk}, YOUNG) > 0  # at least half time
    assert one(period, {**base, **wage, "prestatiebreuk": p.minimale_prestatiebreuk - 0.0001}, YOUNG) == 0


@pytest.mark.parametrize("hired, expected", [("2019-12-31", 1000.0), ("2020-01-01", 0.0)])
def test_medium_qualified_young_workers_last_hiring_day(hired, expected):
    inputs = {"aanwervingsdatum": hired, "isced_niveau": 4, "loopbaanportfolio": True, "prestatiebreuk": 1, "geboortedatum": "2000-01-01",
              "brutoloon@quarter": 6000}
    assert one("2020-Q2", inputs, YOUNG) == expected


# -- hiring an older job seeker -----------------------------------------------------------------------------------------

HIRE_OLD = "doelgroepvermindering_oudere_aanwerving"


@SETTINGS
@given(st.sampled_from([(y, q) for y in range(2019, 2025) for q in (1, 2, 3, 4) if (y, q) <= (2024, 2)]), st.booleans())
def test_older_job_seeker_ceiling_and_minimum_age(yq, temp):
    period, first, last = quarter_of(*yq)
    p = params(first).doelgroepvermindering.oudere_aanwerving
    a = params(first).doelgroepvermindering.ouderen_loongrens_afwijking
    limit = a.bedrag if (a.kwartaal_uitzendkracht if temp else a.kwartaal) == yq[1] else p.loongrens
    base = {"aanwervingsdatum": first.isoformat(), "niet_werkende_werkzoekende_bij_aanwerving": True, "prestatiebreuk": 1, "uitzendkracht": temp,
            "geboortedatum": years_before(last, int(p.leeftijd_minimum)).isoformat()}
    assert one(period, {**base, "brutoloon@quarter": limit - 0.01}, HIRE_OLD) == pytest.approx(p.vrijstelling * (limit - 0.01), abs=0.01)
    assert one(period, {**base, "brutoloon@quarter": limit}, HIRE_OLD) == 0
    younger = (years_before(last, int(p.leeftijd_minimum)) + dt.timedelta(days=1)).isoformat()
    assert one(period, {**base, "brutoloon@quarter": 9000, "geboortedatum": younger}, HIRE_OLD) == 0


# -- the hiring incentive: 30% and 80% over 3 and over 12 months ---------------------------------------------------------

INCENTIVE = "aanwervingsincentive_langdurig_werkzoekenden"


@SETTINGS
@given(st.dates(min_value=dt.date(2017, 7, 1), max_value=dt.date(2023, 9, 30)), st.sampled_from([0.3, 0.8]), st.sampled_from([3, 12]))
def test_hiring_incentive_thresholds_hold_exactly(hired, threshold, after):
    p = params(hired).aanwervingsincentive
    inputs = {"geboortedatum": "1985-06-01", "aanwervingsdatum": hired.isoformat(), "werkloosheidsduur_bij_aanwerving": 30}
    period = f"month:{hired:%Y-%m}:{after + 1}"  # from the hiring month to the payment month: the work fractions hold throughout
    premium = p.premie_3_maanden if after == 3 else p.premie_3_maanden + p.premie_12_maanden
    share_at = 1.0 if threshold == 0.8 else p.deel_deeltijds
    share_below = p.deel_deeltijds if threshold == 0.8 else 0.0
    at = one(period, {**inputs, "prestatiebreuk": threshold}, INCENTIVE)
    below = one(period, {**inputs, "prestatiebreuk": round(threshold - 0.0001, 4)}, INCENTIVE)
    assert at == pytest.approx(premium * share_at) and below == pytest.approx(premium * share_below)


# -- the job bonus: the reference wage at the lower and upper limits ------------------------------------------------------


@SETTINGS
@given(st.sampled_from([2021, 2022, 2023, 2024]), st.sampled_from([1.0, 0.8, 0.5]))
def test_job_bonus_limits_on_the_cent(year, fraction):
    p = params(dt.date(year, 1, 1)).jobbonus
    inputs = {"prestatiebreuk": fraction}
    period = f"{year}-Q1"

    def fte(wage: float) -> float:
        return one(period, {**inputs, "brutoloon@month": round(wage * fraction, 2)}, "jobbonus_refertemaandloon")

    assert fte(p.ondergrens) == pytest.approx(p.ondergrens, abs=0.01)
    yearly = {"prestatiebreuk": fraction}
    full_at_lower = one(str(year), {**yearly, "brutoloon@month": p.ondergrens * fraction}, "jobbonus_basis")
    assert full_at_lower == pytest.approx(p.maximum * fraction, abs=0.01)
    upper = p.bovengrens if year != 2022 else 2699.99  # 2022: the first half-year's limit is the lower one
    at_upper = one(str(year), {**yearly, "brutoloon@month": upper * fraction}, "jobbonus_basis")
    over_upper = one(str(year), {**yearly, "brutoloon@month": (upper + 0.01) * fraction}, "jobbonus_basis")
    assert at_upper > 0 and at_upper == pytest.approx(p.minimum_voltijds * fraction, abs=0.5 if year != 2022 else 200)
    if year != 2022:
        assert over_upper == 0


# -- training leave: at least half time -----------------------------------------------------------------------------------


@SETTINGS
@given(st.integers(min_value=2019, max_value=2025))
def test_training_leave_half_time_is_enough(start_year):
    period = f"{start_year}-{start_year + 1}"
    half = calculate(period, {"prestatiebreuk": 0.5, "vov_opleidingsuren": 500}, ["vov_uren"])["vov_uren"]
    under = calculate(period, {"prestatiebreuk": 0.4999, "vov_opleidingsuren": 500}, ["vov_uren"])["vov_uren"]
    assert half == 62.5 and under == 0


# -- collective maatwerk: only the percentages of a package ---------------------------------------------------------------


@pytest.mark.parametrize("percentage, valid", [(0.4, True), (0.45, True), (0.75, True), (0.3999, False), (0.425, False), (0.7, True)])
def test_collective_wage_premium_percentages_are_exact(percentage, valid):
    inputs = {"referteloon@quarter": 6000, "prestatiebreuk": 1, "maatwerk_collectief_loonpremie_percentage": percentage}
    amount = calculate("2024-Q1", inputs, ["maatwerk_collectief_loonpremie"])["maatwerk_collectief_loonpremie"]
    assert (amount == pytest.approx(6000 * percentage, abs=0.01)) if valid else amount == 0
