"""Attack of stop 37 (LOW): a page number that is not one ("abc", "0", "-1") was read as the first page, and the
citizen's access-log page ignored a filter value it does not offer, showing the whole log as if unfiltered. Both are
refused now with a 400 that says what and where, and nothing is listed."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation

from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.kpis.views import points_below
from werkregie.organisations.models import OrganisationKind

from . import factories as f


def _web(user) -> Client:  # noqa: ANN001
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def team(db):
    org = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    bart = f.user(Role.COUNSELLOR, org, first_name="Bart", last_name="De Smet")
    mine = f.person(first_name="Sofie", last_name="Peeters", team=org, counsellor=bart)
    sofie = f.user(Role.CITIZEN, person=mine)
    record_access(f.principal(bart).actor(), [mine.pk], "persoonsgegevens: identity", "guidance", "web")
    return {"bart": bart, "mine": mine, "sofie": sofie, "controller": f.user(Role.CONTROLLER)}


@pytest.mark.parametrize("value", ["abc", "0", "-1", "1.5", "٣"])
def test_a_page_number_that_is_not_one_is_refused_and_nothing_is_listed(team, value):
    pages = [(team["bart"], "/caseload/"), (team["bart"], f"/personen/{team['mine'].pk}/berichten/"),
             (team["sofie"], "/mijn-berichten/"), (team["sofie"], "/mijn-gegevens/raadplegingen/"),
             (team["controller"], "/controle/dossiers/")]
    for user, path in pages:
        response = _web(user).get(path, {"pagina": value})
        body = response.content.decode()
        assert response.status_code == 400, (path, response.status_code)
        assert f"Pagina “{value}” bestaat niet" in body, path
        assert "Peeters" not in body, path


def test_a_page_number_that_is_one_still_lists(team):
    assert "Peeters" in _web(team["bart"]).get("/caseload/", {"pagina": "1"}).content.decode()
    assert _web(team["bart"]).get("/caseload/", {"pagina": "99999999999999"}).status_code == 200  # past the end: empty


@pytest.mark.parametrize("query, field", [({"rol": "hacker"}, "rol"), ({"doel": "curiosity"}, "doel"),
                                          ({"soort": "x"}, "soort"), ({"periode": "1000"}, "periode")])
def test_the_citizens_access_log_refuses_a_filter_value_it_does_not_offer(team, query, field):
    web = _web(team["sofie"])
    assert "Bart De Smet" in web.get("/mijn-gegevens/raadplegingen/").content.decode()  # the log lists
    response = web.get("/mijn-gegevens/raadplegingen/", query)
    body = response.content.decode()
    assert response.status_code == 400
    assert "Bart De Smet" not in body  # nothing listed as if unfiltered
    assert f'href="#id_{field}"' in body  # the error summary links to the field in error
    assert "Alle raadplegingen tonen" in body


def test_the_gap_to_the_target_is_worded_by_its_number():
    assert points_below(2.54) == "2,5 procentpunten" and points_below(1.0) == "1,0 procentpunt"
    with translation.override("fr"):
        assert points_below(0.96) == "1,0 point de pourcentage" and points_below(3.2) == "3,2 points de pourcentage"
    with translation.override("en"):
        assert points_below(1.5) == "1,5 percentage points" and points_below(1.0) == "1,0 percentage point"
