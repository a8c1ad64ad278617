"""The rules of community service and wijk-werken in plain Python: dated parameters, eligibility, hour limits and the
hourly allowance (with hypothesis for the invariants)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.community import engine
from werkregie.core import dated

CS, WW = engine.COMMUNITY_SERVICE, engine.WIJK_WERKEN


@dataclass(frozen=True)
class E:
    kind: str
    start: dt.date
    end: dt.date | None = None


@dataclass(frozen=True)
class X:
    start: dt.date
    end: dt.date | None = None


def test_every_parameter_has_source_unit_and_uncertainty():
    found = dated.catalogue(engine.PARAMETERS)
    assert len(found) == 13  # the 2-year term of community service is a legal term in werkregie/workflows/parameters
    for p in found:
        meta = p.metadata or {}
        assert p.description and meta.get("unit") and meta.get("reference") and meta.get("uncertainty"), p.name
        assert all(ref.get("href", "").startswith("https://") for ref in meta["reference"]), p.name
    legal_act = dated.value(engine.PARAMETERS, "gemeenschapsdienst_max_hours_month", dt.date(2024, 1, 1)).uncertainty
    assert "rechtsgrond" in legal_act and "niet gevonden" in legal_act


def test_values_by_date():
    on = dt.date(2024, 5, 1)
    cs, ww = engine.limits(CS, on), engine.limits(WW, on)
    assert (cs.eligibility_months, cs.min_hours_month, cs.max_hours_month, cs.max_hours_year, cs.max_months) == (24, 32, 64, None, 6)
    assert (ww.max_hours_month, ww.max_hours_year, ww.max_months, ww.min_hours_month) == (60, 630, 12, None)
    assert engine.hourly_rate(CS, on) == Decimal("1.30") and engine.hourly_rate(WW, on) == Decimal("4.10")
    assert dated.value(engine.PARAMETERS, "wijkwerken_cheque_price", on).value == pytest.approx(7.45)
    assert not engine.in_force(CS, dt.date(2022, 12, 31)) and engine.in_force(CS, dt.date(2023, 1, 1))
    assert not engine.in_force(WW, dt.date(2017, 12, 31)) and engine.in_force(WW, dt.date(2018, 1, 1))
    with pytest.raises(ValueError):
        engine.limits(CS, dt.date(2022, 6, 1))


def test_last_day_of_the_maximum_duration():
    assert engine.last_day(CS, dt.date(2026, 1, 1)) == dt.date(2026, 6, 30)
    assert engine.last_day(CS, dt.date(2026, 8, 31)) == dt.date(2027, 2, 27)
    assert engine.last_day(WW, dt.date(2026, 3, 15)) == dt.date(2027, 3, 14)


TODAY = dt.date(2026, 3, 10)


def test_two_years_of_search_without_work_makes_eligible():
    assert engine.eligibility(CS, [E("jobseeker_benefit", dt.date(2024, 3, 10))], [], TODAY).eligible
    just_short = engine.eligibility(CS, [E("jobseeker_benefit", dt.date(2024, 3, 11))], [], TODAY)
    assert not just_short.eligible and just_short.reasons == ("too_short",) and just_short.months_searching == 23
    # a short break (≤ 3 months) does not end the spell; a long one does
    chained = [E("jobseeker_benefit", dt.date(2023, 1, 1), dt.date(2024, 12, 31)), E("jobseeker_no_benefit", dt.date(2025, 3, 1))]
    assert engine.eligibility(CS, chained, [], TODAY).eligible
    broken = [E("jobseeker_benefit", dt.date(2023, 1, 1), dt.date(2024, 6, 30)), E("jobseeker_benefit", dt.date(2025, 1, 1))]
    assert engine.eligibility(CS, broken, [], TODAY).reasons == ("too_short",)


def test_work_sickness_and_exemption_stand_in_the_way():
    long = E("jobseeker_benefit", dt.date(2022, 1, 1))
    assert engine.eligibility(CS, [long, E("sick", dt.date(2026, 3, 1))], [], TODAY).reasons == ("sick",)
    assert engine.eligibility(CS, [long, E("sick", dt.date(2025, 1, 1), dt.date(2025, 6, 1))], [], TODAY).eligible  # healed
    assert engine.eligibility(CS, [long, E("employed", dt.date(2026, 3, 1))], [], TODAY).reasons == ("working",)
    assert engine.eligibility(CS, [long], [X(dt.date(2026, 1, 1))], TODAY).reasons == ("exempted",)
    assert engine.eligibility(CS, [long], [X(dt.date(2025, 1, 1), dt.date(2025, 12, 31))], TODAY).eligible
    assert engine.eligibility(CS, [E("jobseeker_benefit", dt.date(2020, 1, 1), dt.date(2025, 1, 1))], [], TODAY).reasons == ("not_searching",)
    assert engine.eligibility(CS, [long], [], dt.date(2022, 12, 1)).reasons == ("not_in_force",)
    assert engine.eligibility(WW, [E("jobseeker_benefit", dt.date(2026, 3, 1))], [], TODAY).eligible  # no minimum duration known


def h(n) -> Decimal:  # noqa: ANN001
    return Decimal(str(n))


def codes(findings) -> list[str]:  # noqa: ANN001
    return [f.code for f in findings]


START, END = dt.date(2026, 1, 5), dt.date(2026, 7, 4)


def test_monthly_maximum_refused_naming_the_limit():
    others = {dt.date(2026, 2, d): h(8) for d in range(2, 10)}  # 64 hours in February
    found = engine.check_hours(CS, others, {dt.date(2026, 2, 20): h(1)}, start=START, end=END, today=TODAY)
    [refusal] = engine.refusals(found)
    assert refusal.code == "month_over_max" and refusal.limit == 64 and refusal.total == 65
    rest = {d: v for d, v in others.items() if d != dt.date(2026, 2, 9)}  # a correction replaces the day's hours
    assert engine.refusals(engine.check_hours(CS, rest, {dt.date(2026, 2, 9): h(7)}, start=START, end=END, today=TODAY)) == []


def test_minimum_is_a_warning_not_a_refusal():
    found = engine.check_hours(CS, {}, {dt.date(2026, 2, 3): h(4)}, start=START, end=END, today=TODAY)
    assert codes(found) == ["month_under_min"] and engine.refusals(found) == [] and found[0].limit == 32
    assert codes(engine.check_hours(WW, {}, {dt.date(2026, 2, 3): h(4)}, start=START, end=dt.date(2027, 1, 4), today=TODAY)) == []


def test_yearly_cap_of_wijk_werken():
    others = {dt.date(2025, m, d): h(6) for m in range(1, 12) for d in range(1, 11)}  # 60 a month, 660 by November
    year_end = dt.date(2026, 1, 31)
    # 31 hours in November, spread over days within the day's maximum of 10 hours (was 16 + 15 on two days)
    november = {dt.date(2025, 11, 3): h(8), dt.date(2025, 11, 4): h(8), dt.date(2025, 11, 5): h(8), dt.date(2025, 11, 6): h(7)}
    found = engine.check_hours(WW, {k: v for k, v in others.items() if k.month <= 10}, november,
                               start=dt.date(2025, 1, 1), end=year_end, today=TODAY)
    assert codes(engine.refusals(found)) == ["year_over_max"] and found[0].limit == 630 and found[0].total == 631
    new_year = engine.check_hours(WW, others, {dt.date(2026, 1, 5): h(6)}, start=dt.date(2025, 1, 1), end=year_end, today=TODAY)
    assert engine.refusals(new_year) == []


def test_days_outside_the_period_and_impossible_hours():
    def refused(proposed, **kw):  # noqa: ANN001, ANN003, ANN202
        return codes(engine.refusals(engine.check_hours(CS, kw.pop("others", {}), proposed, start=START, end=END, today=TODAY, **kw)))

    assert refused({dt.date(2026, 1, 4): h(4)}) == ["before_start"]
    assert refused({dt.date(2026, 7, 5): h(4)}, ) == ["future_day", "after_max_duration"]
    assert refused({dt.date(2026, 3, 11): h(4)}) == ["future_day"]
    assert refused({dt.date(2026, 2, 2): h(10)}, others={dt.date(2026, 2, 2): h(10)}, other_kinds={dt.date(2026, 2, 2): h(5)}) == ["day_over_max"]
    assert refused({dt.date(2026, 2, 2): h(-1)}) == ["hours_not_positive"]
    assert refused({dt.date(2026, 2, 2): h(0)}) == []  # removing a day


def test_allowance_uses_the_rate_of_each_day():
    days = {dt.date(2026, 2, 2): h(4), dt.date(2026, 2, 20): h(4), dt.date(2026, 3, 2): h("2.5")}

    def rate(kind, day):  # noqa: ANN001, ANN202 - a change of the rate on 15 February
        return h("1.30") if day < dt.date(2026, 2, 15) else h("1.50")

    feb, mar = engine.monthly(CS, days, rate)
    assert (feb.hours, feb.allowance) == (h(8), h("11.20")) and (mar.hours, mar.allowance) == (h("2.5"), h("3.75"))
    assert feb.under_minimum and feb.min_hours == 32 and feb.max_hours == 64
    [ww] = engine.monthly(WW, {dt.date(2026, 2, 2): h(3)})
    assert ww.allowance == h("12.30") and not ww.under_minimum


days_st = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 3, 10))
hours_st = st.decimals(min_value=0, max_value=24, places=2)


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from([CS, WW]), attempts=st.lists(st.tuples(days_st, hours_st), max_size=120))
def test_no_sequence_of_registrations_exceeds_the_limits(kind, attempts):
    """Apply every registration the engine accepts (a day's hours replaced each time): the result never breaks a limit."""
    start = dt.date(2025, 1, 1)
    end = dt.date(2026, 12, 31)
    recorded: dict[dt.date, Decimal] = {}
    for day, hours in attempts:
        others = {d: v for d, v in recorded.items() if d != day}
        if engine.refusals(engine.check_hours(kind, others, {day: hours}, start=start, end=end, today=TODAY)):
            continue
        if hours == 0:
            recorded.pop(day, None)
        else:
            recorded[day] = hours
    for total in engine.monthly(kind, recorded):
        assert total.hours <= total.max_hours
    years: dict[int, Decimal] = {}
    for day, hours in recorded.items():
        assert 0 < hours <= 24
        years[day.year] = years.get(day.year, Decimal(0)) + hours
    if kind == WW:
        assert all(v <= 630 for v in years.values())


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from([CS, WW]), days=st.dictionaries(st.dates(min_value=dt.date(2026, 2, 1), max_value=dt.date(2026, 2, 28)),
                                                           st.decimals(min_value="0.25", max_value=8, places=2), max_size=28))
def test_allowance_is_hours_times_the_rate_in_force(kind, days):
    totals = engine.monthly(kind, days)
    if not days:
        assert totals == []
        return
    [feb] = totals
    rate = engine.hourly_rate(kind, dt.date(2026, 2, 1))
    assert feb.hours == sum(days.values())
    assert feb.allowance == (feb.hours * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)


def test_catalogue_names_every_number_with_its_source():
    rows = {r["key"]: r for r in engine.catalogue(dt.date(2024, 1, 1))}
    assert rows["community_service_after"]["value"] == 24 and rows["community_service_after"]["unit"] == "months"
    assert rows["wijkwerken_max_hours_year"]["value"] == 630 and rows["wijkwerken_max_hours_year"]["reference"]
    assert all(r["value"] is None for r in engine.catalogue(dt.date(2017, 6, 1)))  # before wijk-werken and community service
