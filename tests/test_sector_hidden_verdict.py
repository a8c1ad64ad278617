"""Attack of stop 36: the sector view wrote "minder dan 10" and "tekort" for a cell hidden by complementary suppression
that held 11 job seekers (11 vacancies, 11 job seekers: by the page's own rule "in evenwicht"). A hidden cell may hold
any number; it is "niet getoond", and its verdict "niet te bepalen", in the API, the page and the CSV alike."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind

from . import factories as f
from .test_matching_platform import SKILLS, bearer, seeker, vacancy
from .test_vacancies_sector_subtraction import PROVINCES, _one_municipality

pytestmark = pytest.mark.django_db


def test_a_complement_of_eleven_is_not_called_fewer_than_ten_nor_a_shortage():
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Bouw Gent nv", nace_code="41.201")
    complement = "20001"  # Vlaams-Brabant: 11 job seekers, the smallest published part beside Limburg's 6
    for province, n in zip(PROVINCES, [14, 11, 12, 13, 6]):
        where = _one_municipality(province)
        for _ in range(n):
            seeker(SKILLS[:1], municipality=where)
    for _ in range(11):
        vacancy(employer, municipality=_one_municipality(complement), skills=SKILLS[:1])
    analyst = f.user(Role.ANALYST)
    row = next(r for r in Client().get("/api/v1/vacancies/sectors", {"province": complement}, **bearer(analyst)).json()["skills"]
               if r["uri"] == SKILLS[0])
    assert row["demand"] == 11 and row["supply"] is None  # hidden: it would give Limburg's 6 by subtraction
    assert row["verdict"] == "unknown"
    client = Client()
    client.force_login(analyst)
    html = client.get("/vacatures/sectoren/", {"provincie": complement}).content.decode()
    assert ">minder dan 10<" not in html and ">niet getoond<" in html  # the cell (the intro explains the rule)
    line = next(x for x in client.get("/vacatures/sectoren/", {"provincie": complement, "formaat": "csv"}).content.decode("utf-8-sig").splitlines()
                if SKILLS[0] in x)
    assert line.split(";")[5:] == ["niet getoond", "niet te bepalen"]
