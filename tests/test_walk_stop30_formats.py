"""Walk of stop 30: phone numbers shown the way Belgians write them, whatever way they were typed ("+32470123456"
beside "+32 491 94 38 34" on one page). Hypothesis: any spacing or punctuation of one number gives one way of showing
it; a number that is not Belgian, or not a number, is shown as typed."""

from hypothesis import given
from hypothesis import strategies as st

from werkregie.formats.templatetags.belgian import be_phone


def test_mobile_and_fixed_lines_in_their_groups():
    assert be_phone("+32470123456") == "+32 470 12 34 56"
    assert be_phone("0032 470 12.34.56") == "+32 470 12 34 56"
    assert be_phone("0470/12.34.56") == "0470 12 34 56"
    assert be_phone("+3292345678") == "+32 9 234 56 78"  # Gent: a zone of one digit
    assert be_phone("050 12 34 56") == "050 12 34 56"  # Brugge: two
    for typed in ("+31612345678", "jan@example.org", "", None, "+32 12"):
        assert be_phone(typed) == ("" if typed is None else typed)


@given(national=st.from_regex(r"4[5-9][0-9]{7}", fullmatch=True), seps=st.lists(st.sampled_from(["", " ", ".", "/", "-"]), min_size=9, max_size=9))
def test_any_way_of_typing_a_mobile_number_shows_the_same(national, seps):
    typed = "+32" + "".join(sep + digit for sep, digit in zip(seps, national))
    assert be_phone(typed) == be_phone("+32" + national) == f"+32 {national[:3]} {national[3:5]} {national[5:7]} {national[7:]}"


def test_the_municipality_filter_names_places_in_the_pages_language(ref):
    """Walk of stop 30: the French caseload's filter said "Gent" where the vacancies say "Gand"."""
    from django.utils import translation

    from tests import factories as f
    from werkregie.accounts.models import Role
    from werkregie.accounts.principal import Principal
    from werkregie.core.text import search_key
    from werkregie.web.helpers import municipality_choices

    principal = Principal.for_session(f.user(Role.COUNSELLOR))
    with translation.override("fr"):
        names = dict(municipality_choices(principal))
    with translation.override("nl"):
        dutch = dict(municipality_choices(principal))
    assert names["44021"] == "Gand" and dutch["44021"] == "Gent" and names["11002"] == "Anvers"
    labels = [label for code, label in municipality_choices(principal) if code]
    assert labels == sorted(labels, key=search_key)  # as a phone book: without accents, hyphens or case
