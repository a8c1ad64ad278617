import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkregie.core.identifiers import insz_birth_date, insz_problem, kbo_problem, make_insz, make_kbo


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2026, 12, 31)), st.integers(min_value=1, max_value=997))
def test_generated_national_numbers_are_valid_and_carry_the_birth_date(birth, serial):
    insz = make_insz(birth, serial)
    assert insz_problem(insz) is None
    assert insz_birth_date(insz) == birth


@given(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2026, 12, 31)), st.integers(min_value=1, max_value=997), st.integers(min_value=1, max_value=96))
def test_a_wrong_check_digit_is_refused_with_its_reason(birth, serial, delta):
    insz = make_insz(birth, serial)
    wrong = insz[:9] + f"{(int(insz[9:]) + delta) % 97 or 97:02d}"
    other_century = [97 - int(prefix + insz[:9]) % 97 for prefix in ("", "2")]
    if int(wrong[9:]) in other_century:  # the same digits are then valid for someone born a century apart
        return
    assert "controlegetal" in insz_problem(wrong)


def test_post_2000_rule():
    born_2005 = make_insz(dt.date(2005, 3, 14), 123)
    assert insz_problem(born_2005) is None
    assert insz_birth_date(born_2005) == dt.date(2005, 3, 14)
    # the same first nine digits with the pre-2000 check number denote someone born in 1905
    base = born_2005[:9]
    old_rule = f"{base}{97 - int(base) % 97:02d}"
    assert old_rule != born_2005
    assert insz_birth_date(old_rule) == dt.date(1905, 3, 14)


@pytest.mark.parametrize("value, reason", [
    ("", "leeg"), ("8507300332", "11 cijfers"), ("85.07.30-033.2A", "cijfers"), ("85133003328", "geboortedatum"),
])
def test_insz_messages_say_why(value, reason):
    assert reason in insz_problem(value)


def test_bis_numbers():
    # BIS: month + 40 when the sex is known, + 20 when not
    birth = dt.date(1990, 5, 17)
    base = f"90{5 + 40:02d}17123"
    bis = f"{base}{97 - int(base) % 97:02d}"
    assert insz_problem(bis) is None
    assert insz_birth_date(bis) == birth
    assert insz_problem("85073003328") is None


def test_formatted_input_is_accepted():
    assert insz_problem("85.07.30-033.28") is None


@given(st.integers(min_value=1, max_value=9_999_999))
def test_generated_kbo_numbers_are_valid(serial):
    assert kbo_problem(make_kbo(serial)) is None


def test_kbo_errors():
    assert kbo_problem("0403.170.701") is None
    assert "controlegetal" in kbo_problem("0403170702")
    assert "0 of 1" in kbo_problem("2403170701")
    assert "10 cijfers" in kbo_problem("12345")
