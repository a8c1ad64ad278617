"""Attack of issue 16 (stop 37): the municipality's referral stored its note before checking it — a NUL, a right-to-left
override and 2,567 characters were saved (cut to 2,000 without a word; on PostgreSQL the NUL would be a 500) — and a
double click made two referrals. The note is checked first and nothing is stored when it is refused; a second referral
while VDAB still has the first open is refused, naming the first's date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.municipalities import use_cases
from werkregie.municipalities.models import Referral
from werkregie.worklist import services as worklist
from werkregie.worklist.models import Task

TODAY = dt.date(2025, 6, 30)


@pytest.fixture
def client_of_gent(ref):
    p = factories.person(municipality_id="44021")
    factories.episode(p, "jobseeker_benefit", dt.date(2025, 1, 6))
    factories.episode(p, "leefloon", dt.date(2025, 2, 1), municipality="44021")
    return p, factories.principal(factories.user(Role.MUNICIPALITY))


@pytest.mark.parametrize("note", ["Wil\x00 werken", "Wil \u202eneknew", "x" * 2567])
def test_a_bad_note_is_refused_and_nothing_is_stored(client_of_gent, note):
    person, principal = client_of_gent
    with clock.travel_to(TODAY), pytest.raises(InvalidInput) as refused:
        use_cases.refer(principal, person.pk, note)
    assert refused.value.errors[0].field == "note" and refused.value.errors[0].message
    assert not Referral.objects.filter(person=person).exists() and not Task.objects.filter(person=person).exists()


def test_a_second_referral_while_the_first_is_open_is_refused(client_of_gent, client):
    person, principal = client_of_gent
    with clock.travel_to(TODAY):
        first = use_cases.refer(principal, person.pk, "Wil graag werken, heeft rijbewijs B.")
        with pytest.raises(InvalidInput) as again:
            use_cases.refer(principal, person.pk, "Wil graag werken, heeft rijbewijs B.")
        assert "30/06/2025" in again.value.errors[0].message
        client.force_login(principal.user)
        page = client.post(f"/gemeente/leefloon/{person.pk}/doorverwijzen/", {"note": "Nog eens"})
        assert page.status_code == 422 and "al doorverwezen op 30/06/2025" in page.content.decode()
        assert Referral.objects.filter(person=person).count() == 1
        worklist.close_task(first.task_key, "gescreend")
        use_cases.refer(principal, person.pk, "Opnieuw: na de screening terug zonder werk.")  # once VDAB acted: a new referral
    assert Referral.objects.filter(person=person).count() == 2
