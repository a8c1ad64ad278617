"""Name search: the merged index-range branches give exactly what one OR query would, page by page."""

import operator
from functools import reduce

import pytest

from werkregie.accounts.models import Role
from werkregie.people import use_cases as services
from werkregie.people.models import Person
from werkregie.people.use_cases import search

from . import factories as f

NAMES = [("Jan", "Van den Broeck"), ("Van", "Dam"), ("Dirk", "Van Damme"), ("Jan", "Peeters"), ("Peeters", "Jan"),
         ("Els", "De Smet"), ("De", "Smet"), ("Smet", "De"), ("Jana", "Van Dijck"), ("Jan", "Vandenberghe"),
         ("Youssef", "El Amrani"), ("El", "Amrani"), ("Amrani", "El"), ("Ann", "Van de Velde"), ("Van de", "Velde")]


@pytest.fixture
def admin(ref):
    for i in range(3):
        for first, last in NAMES:
            f.person(first_name=first, last_name=last)
    return f.principal(f.user(Role.ADMIN))


@pytest.mark.parametrize("q", ["van d", "jan", "jan van", "de smet", "el amrani", "van de velde", "smet de", "peeters jan", "zz"])
@pytest.mark.parametrize("page_size", [1, 2, 5, 50])
@pytest.mark.parametrize("merge_above", [0, 300], ids=["merged-branches", "one-query"])
def test_branches_page_like_one_or_query(admin, q, page_size, merge_above, monkeypatch):
    monkeypatch.setattr(search, "MERGE_ABOVE", merge_above)
    expected = list(
        Person.objects.filter(reduce(operator.or_, services.search_branches(q))).order_by(*services.ORDER).values_list("pk", flat=True)
    )
    got, page = [], 1
    while True:
        result = services.search_persons(admin, q, page=page, page_size=page_size)
        got += [p.pk for p in result.items]
        assert result.count == len(expected)
        if not result.has_next:
            break
        page += 1
    assert got == expected


def test_count_is_capped(admin, monkeypatch):
    monkeypatch.setattr(search, "COUNT_CAP", 10)
    monkeypatch.setattr(search, "SEARCH_COUNT_CAP", 3)
    result = services.search_persons(admin, "", page_size=5)
    assert result.count == 10 and result.count_capped
    result = services.search_persons(admin, "van", page_size=2)
    assert result.count == 3 and result.count_capped
