"""Issue 12 attack: the sector view's small-cell suppression was undone by subtraction (Flanders 81, provinces
[28, 11, 16, 20, hidden] → Limburg 6). The supply is now one table suppressed by core.suppression over Flanders =
Σ provinces (+ job seekers without a Flemish province), whichever province is asked, in the API, page and CSV alike."""

from __future__ import annotations

import itertools

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.accounts.models import Role
from werkregie.core.suppression import threshold
from werkregie.geo.models import Municipality
from werkregie.vacancies.sectors import ELSEWHERE, FLANDERS, suppressed_supply

from . import factories as f
from .test_matching_platform import SKILLS, bearer, seeker

PROVINCES = ["10000", "20001", "30000", "40000", "70000"]


def _recoverable(shown: dict[str, int | None]) -> list[str]:
    """Every subtraction an attacker can make: a hidden cell is recovered when it is the only unknown of
    Flanders = Σ provinces (taking, at the attacker's advantage, nobody to live outside the provinces)."""
    hidden = [k for k, v in shown.items() if v is None]
    return hidden if len(hidden) == 1 else []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=5, max_size=5), st.integers(0, 12))
def test_no_hidden_province_is_the_only_unknown(provinces, elsewhere):
    counts = [("s", p, n) for p, n in zip(PROVINCES, provinces)] + [("s", "21004", elsewhere)]  # Brussels: elsewhere
    cells, hidden = suppressed_supply(counts, ["s"], PROVINCES, None)
    assert cells[("s", FLANDERS)] == sum(provinces) + elsewhere and cells[("s", ELSEWHERE)] == elsewhere
    assert all(("s", p) in hidden for p, n in zip(PROVINCES, provinces) if 0 < n < threshold())
    members = [FLANDERS, ELSEWHERE, *PROVINCES]
    assert sum(("s", m) in hidden for m in members) != 1
    if elsewhere == 0:  # the attacker's best case: Flanders is exactly the sum of the five provinces
        shown = {m: None if ("s", m) in hidden else cells[("s", m)] for m in (FLANDERS, *PROVINCES)}
        assert _recoverable(shown) == []


def _one_municipality(province: str) -> str:
    return Municipality.objects.filter(province_nis=province).order_by("nis_code").values_list("nis_code", flat=True)[0]


@pytest.mark.django_db
def test_the_attack_subtracts_every_way_and_recovers_nothing():
    for province, n in zip(PROVINCES, [14, 11, 12, 13, 6]):  # Limburg below the threshold
        where = _one_municipality(province)
        for _ in range(n):
            seeker(SKILLS[:1], municipality=where)
    analyst = f.user(Role.ANALYST)
    seen = {}
    for province in ["", *PROVINCES]:
        response = Client().get("/api/v1/vacancies/sectors", {"province": province}, **bearer(analyst))
        assert response.status_code == 200, response.content
        seen[province or FLANDERS] = {r["uri"]: r["supply"] for r in response.json()["skills"]}[SKILLS[0]]
    assert seen[FLANDERS] == 56 and seen["70000"] is None
    assert _recoverable(seen) == []
    # every subset of published provinces subtracted from Flanders leaves at least two cells unknown
    for size in range(len(PROVINCES) + 1):
        for subset in itertools.combinations([p for p in PROVINCES if seen[p] is not None], size):
            rest = [p for p in PROVINCES if p not in subset]
            assert len(rest) != 1 or seen[rest[0]] is not None
    client = Client()
    client.force_login(analyst)
    csv_text = client.get("/vacatures/sectoren/", {"provincie": "20001", "formaat": "csv"}).content.decode("utf-8-sig")
    line = next(x for x in csv_text.splitlines() if SKILLS[0] in x)
    assert line.split(";")[5] == "niet getoond"  # the complement is hidden in the CSV too, not only in the API (and not called "<10": it may be more)
