"""The one transition mechanism's tables, the Belgian working-day calendar and the dated legal terms."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkregie.core.workdays import add_working_days, is_working_day, public_holidays, working_days_between
from werkregie.workflows import deadlines
from werkregie.workflows.tables import Workflow, t


def test_a_table_refuses_undeclared_states_and_duplicates():
    with pytest.raises(ValueError, match="undeclared"):
        Workflow("w", {"a": "A"}, "a", (t("go", "a", "b", {"citizen"}),))
    with pytest.raises(ValueError, match="twice"):
        Workflow("w", {"a": "A", "b": "B"}, "a", (t("go", "a", "b", {"citizen"}), t("go", "a", "a", {"citizen"})))
    with pytest.raises(ValueError, match="terminal"):
        Workflow("w", {"a": "A", "b": "B"}, "a", (t("go", "a", "b", {"citizen"}), t("back", "b", "a", {"citizen"})), frozenset({"b"}))


def test_available_transitions_follow_state_and_role():
    w = Workflow("w", {"a": "A", "b": "B", "c": "C"}, "a", (t("go", "a", "b", {"citizen"}), t("skip", ("a", "b"), "c", {"counsellor"})))
    assert [x.name for x in w.available("a")] == ["go", "skip"]
    assert [x.name for x in w.available("a", "citizen")] == ["go"]
    assert w.find("go", "b") is None and w.find("skip", "b").target == "c"


def test_belgian_public_holidays_2026():
    days = public_holidays(2026)
    assert dt.date(2026, 4, 6) in days  # Easter Monday
    assert dt.date(2026, 5, 14) in days  # Ascension
    assert dt.date(2026, 5, 25) in days  # Whit Monday
    assert dt.date(2026, 7, 21) in days and dt.date(2026, 11, 11) in days
    assert len(days) == 10


def test_three_working_days_skip_weekends_and_holidays():
    assert add_working_days(dt.date(2026, 12, 24), 3) == dt.date(2026, 12, 30)  # Thu → skip Fri 25 (Christmas), weekend
    assert add_working_days(dt.date(2026, 11, 27), 3) == dt.date(2026, 12, 2)  # Friday → Wednesday


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(min_value=0, max_value=40))
def test_working_days_round_trip(start, n):
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    assert n == 0 or is_working_day(end)


def test_legal_terms_are_dated_and_sourced():
    assert deadlines.term_end("screening_after_registration", dt.date(2026, 1, 31)) == dt.date(2026, 3, 31)
    for parameter in deadlines.dated.catalogue(deadlines.PARAMETERS):
        assert parameter.description, parameter.name
        assert parameter.metadata.get("reference"), f"{parameter.name} has no legal source"
        assert parameter.metadata.get("unit"), f"{parameter.name} has no unit"
