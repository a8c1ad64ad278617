"""The guide computes the person's financing rights for the proposed plan with the rules package: opleidingscheques per
calendar year (employees up to ISCED 4, half paid by the government, a yearly maximum less what was already bought) and
Vlaams opleidingsverlof per school year (pro rata the work fraction, none under half time), with the dated parameters
and their sources; what the register does not know is said as an assumption."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import factories
from tests.training_support import OCCUPATION, essential, provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.matching.models import DesiredOccupation
from werkregie.people.enums import StatusKind
from werkregie.training import rights
from werkregie.training.importer import import_catalogue
from werkregie.training.use_cases import guide as guide_cases

TODAY = dt.date(2026, 3, 2)


def _facts(**overrides) -> rights.Facts:
    values = {"employed": True, "on_benefit": False, "isced": 3, "work_fraction": Decimal("1"), "work_fraction_given": False,
              "account_balance": Decimal("0"), "hours_balance": Decimal("0"), "vouchers_bought": Decimal("0")}
    values.update(overrides)
    return rights.Facts(**values)


def _course(pk: int = 1, cost: str = "400", hours: int = 60, start: dt.date = dt.date(2026, 4, 1), cheques: bool = True, vov: bool = True):
    return rights.PlanCourse(pk, Decimal(cost), hours, start, cheques, vov)


def _by(result: rights.Rights, code: str) -> list[rights.Right]:
    return [r for r in result.rights if r.code == code]


def test_cheques_for_an_employee_up_to_secondary_school_half_paid_up_to_the_yearly_maximum():
    [cheques] = _by(rights.compute([_course(cost="400")], _facts(), TODAY), "cheques")
    assert cheques.applies and cheques.period == "2026"
    assert (cheques.amount, cheques.own_share) == (Decimal("125.00"), Decimal("125.00"))  # 250 maximum, half each
    assert {s.key for s in cheques.sources} == set(rights.CHEQUE_PARAMETERS)
    assert all(ref.get("href", "").startswith("https://") for s in cheques.sources for ref in s.references)


def test_cheques_already_bought_this_year_lower_what_is_left():
    [cheques] = _by(rights.compute([_course(cost="400")], _facts(vouchers_bought=Decimal("200")), TODAY), "cheques")
    assert (cheques.amount, cheques.own_share) == (Decimal("25.00"), Decimal("25.00"))
    # a course starting next year counts against next year's maximum
    [next_year] = _by(rights.compute([_course(cost="400", start=dt.date(2027, 2, 1))], _facts(vouchers_bought=Decimal("200")), TODAY), "cheques")
    assert next_year.period == "2027" and next_year.amount == Decimal("125.00")


@pytest.mark.parametrize("facts, applies", [
    (_facts(isced=6), False),  # a bachelor: only through a personal development plan
    (_facts(isced=4), True),
    (_facts(employed=False), False),
    (_facts(on_benefit=True), False),
    (_facts(isced=None), False),
])
def test_who_has_a_right_to_cheques(facts, applies):
    [cheques] = _by(rights.compute([_course()], facts, TODAY), "cheques")
    assert cheques.applies is applies and cheques.explanation
    if not applies:
        assert cheques.amount == 0


@pytest.mark.parametrize("fraction, hours", [(Decimal("1"), Decimal("60")), (Decimal("0.8"), Decimal("60")), (Decimal("0.4"), Decimal("0"))])
def test_training_leave_pro_rata_the_work_fraction(fraction, hours):
    [vov] = _by(rights.compute([_course(hours=60)], _facts(work_fraction=fraction, work_fraction_given=True), TODAY), "vov")
    assert vov.hours == hours and vov.applies is (hours > 0)
    assert vov.period == "2025-2026"


def test_training_leave_is_capped_per_school_year_and_counted_per_school_year():
    long = [_course(1, hours=100, start=dt.date(2026, 4, 1)), _course(2, hours=100, start=dt.date(2026, 5, 1)),
            _course(3, hours=90, start=dt.date(2026, 10, 1))]
    vov = {r.period: r for r in _by(rights.compute(long, _facts(work_fraction=Decimal("0.5"), work_fraction_given=True), TODAY), "vov")}
    assert vov["2025-2026"].hours == Decimal("62.5")  # 125 hours at half time
    assert vov["2026-2027"].hours == Decimal("62.5")
    assert _by(rights.compute(long, _facts(employed=False), TODAY), "vov")[0].hours == 0


def test_courses_without_the_financing_open_no_right_and_the_assumptions_are_said():
    result = rights.compute([_course(cheques=False, vov=False)], _facts(), TODAY)
    assert not _by(result, "cheques") and not _by(result, "vov")
    assert result.to_pay == Decimal("400.00")
    assert any("voltijds" in a for a in result.assumptions) and any("ontwikkelingsplan" in a for a in result.assumptions)


@settings(max_examples=60, deadline=None)
@given(cost=st.integers(0, 3000), bought=st.integers(0, 250), isced=st.integers(0, 8), employed=st.booleans(), balance=st.integers(0, 1000))
def test_cheques_never_exceed_the_yearly_maximum_and_nothing_is_paid_twice(cost, bought, isced, employed, balance):
    facts = _facts(isced=isced, employed=employed, vouchers_bought=Decimal(bought), account_balance=Decimal(balance))
    result = rights.compute([_course(cost=str(cost))], facts, TODAY)
    [cheques] = _by(result, "cheques")
    assert cheques.amount + cheques.own_share <= Decimal(250 - bought)
    assert cheques.amount == cheques.own_share
    assert cheques.applies is (employed and isced <= 4)
    [account] = _by(result, "learning_account")
    assert account.amount == min(Decimal(cost), Decimal(balance))
    assert Decimal("0") <= result.to_pay <= Decimal(cost)


# --- in the guide: the register's facts, the API and the page -------------------------------------------------------


@pytest.fixture
def employee(db):
    skills = essential()
    person = factories.person(municipality_id="44021", education_level=3)
    factories.episode(person, StatusKind.EMPLOYED, dt.date(2024, 1, 1))
    DesiredOccupation.objects.create(person=person, occupation_uri=OCCUPATION)
    citizen = factories.user(Role.CITIZEN, person=person)
    start = (clock.today() + dt.timedelta(days=20)).isoformat()
    assert import_catalogue(provider(), [record("ALL", skills=skills[1:5], cost="600.00", hours=80, financing=["opleidingscheques", "vov"],
                                                sessions=[{"session_id": "S1", "start": start, "places": 10, "free_places": 5}])]).written
    return person, citizen


def test_the_guide_computes_the_rights_of_the_person_from_the_register(employee):
    person, citizen = employee
    view = guide_cases.guide(factories.principal(citizen), person.pk, OCCUPATION)
    cheques = _by(view.rights, "cheques")
    vov = _by(view.rights, "vov")
    assert cheques and cheques[0].applies and cheques[0].amount == Decimal("125.00")
    assert vov and vov[0].hours == Decimal("80")
    half = guide_cases.guide(factories.principal(citizen), person.pk, OCCUPATION, work_fraction="0.5")
    assert _by(half.rights, "vov")[0].hours == Decimal("62.5")


def test_the_guide_api_returns_the_rights_with_their_sources_and_refuses_a_bad_work_fraction(employee):
    _person, citizen = employee
    client = Client()
    client.force_login(citizen)
    response = client.get("/api/v1/me/training-guide", {"occupation": OCCUPATION, "work_fraction": "0.8"})
    assert response.status_code == 200, response.content
    found = {r["code"]: r for r in response.json()["rights"]["rights"]}
    assert found["cheques"]["applies"] and found["cheques"]["sources"][0]["parameter"] == "opleiding.cheques_maximum"
    assert Decimal(found["vov"]["hours"]) == Decimal("80")
    bad = client.get("/api/v1/me/training-guide", {"occupation": OCCUPATION, "work_fraction": "2"})
    assert bad.status_code == 422 and bad["Content-Type"].startswith("application/problem+json")


def test_the_guide_page_shows_the_rights(employee):
    _person, citizen = employee
    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION, "werkregime": "0.5"}).content.decode()
    assert "Uw rechten voor dit plan" in page and 'data-right="cheques"' in page and 'data-right="vov"' in page
    assert "Maximum opleidingscheques per jaar" in page and "62,5 van de 80 lesuren" in page


def test_the_guide_names_the_rules_in_dutch_with_belgian_numbers(employee):
    """The demo walk: the folded sources listed raw keys ("opleiding.cheques_maximum = 250") and the badge read "uw
    gewenst beroep"."""
    _person, citizen = employee
    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION}).content.decode()
    assert "uw gewenste beroep" in page and "uw gewenst beroep" not in page
    assert "Maximum opleidingscheques per jaar: €\u00a0250 (" in page
    assert "Eigen bijdrage van de werknemer in de chequewaarde: 50\u00a0% (" in page
    assert "Vlaams opleidingsverlof per schooljaar (voltijds): 125 uur (" in page
    assert "Minimale prestatiebreuk voor Vlaams opleidingsverlof: 50\u00a0% (" in page
    assert "opleiding." not in page  # no parameter key left on the page
