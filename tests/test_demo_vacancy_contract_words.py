"""Walk of issue 16 (finding 8): the demo's vacancy history said "met een vast contract" in every description while the
contract field said "Tijdelijk contract" or "Interim" (/vacatures/2327/, 2330, 9543). Each description now names the
contract its vacancy has."""

from __future__ import annotations

from collections import Counter

import pytest

from werkregie.careers import demo_market
from werkregie.core import clock
from werkregie.matching.demo_texts import CONTRACTS
from werkregie.vacancies.models import Vacancy

from .test_careers_demo_market import NOW, citizen, fresh_signals  # noqa: F401 - the shared fixtures

pytestmark = pytest.mark.django_db


def test_every_history_vacancy_describes_its_own_contract(citizen):  # noqa: F811
    with clock.travel_to(NOW):
        assert demo_market.seed(citizen.pk)["history"] > 0
    described = list(Vacancy.objects.exclude(description="").values_list("contract", "description"))
    assert described
    wrong = [(contract, text[:80]) for contract, text in described if f"met {CONTRACTS[contract]}." not in text]
    assert not wrong, wrong[:5]
    assert {"fixed_term", "temporary"} <= set(Counter(c for c, _t in described))  # not only permanent ones
