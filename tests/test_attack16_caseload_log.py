"""Attack on issue 16's pages (this session): the caseload logged a one-person result as a consultation of the record
("raadpleegde uw dossier"), and the attacker saw its list logged twice for one page load. One request: one entry per
person actually shown, marked as a line in a list."""

from __future__ import annotations

import pytest

from werkregie.access.models import AccessLogEntry, Shown
from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind

from . import factories as f


@pytest.fixture
def caseload(db, ref):
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    bart = f.user(Role.COUNSELLOR, team, first_name="Bart", last_name="De Smet")
    people = [f.person(first_name="Ann", last_name="Vermeersch", team=team, counsellor=bart)]
    people += [f.person(first_name=f"Jef{i}", last_name="Aerts", team=team, counsellor=bart) for i in range(3)]
    return bart, people


@pytest.mark.django_db
@pytest.mark.parametrize("htmx", [False, True])
def test_one_caseload_page_logs_each_shown_person_once_as_a_list_line(client, caseload, htmx):
    bart, people = caseload
    client.force_login(bart)
    before = AccessLogEntry.objects.count()
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    assert client.get("/caseload/", **headers).status_code == 200
    entries = list(AccessLogEntry.objects.order_by("pk")[before:])
    assert sorted(e.person_id for e in entries) == sorted(p.pk for p in people)
    assert {e.shown for e in entries} == {Shown.LIST}


@pytest.mark.django_db
def test_a_search_that_finds_one_person_is_a_list_line_not_the_record(client, caseload):
    bart, people = caseload
    client.force_login(bart)
    before = AccessLogEntry.objects.count()
    response = client.post("/caseload/", {"q": "Vermeersch"}, follow=True)
    assert response.status_code == 200 and "Vermeersch" in response.content.decode()
    entries = list(AccessLogEntry.objects.order_by("pk")[before:])
    assert [e.person_id for e in entries if e.person_id == people[0].pk] and {e.shown for e in entries} == {Shown.LIST}
    assert {e.person_id for e in entries} == {people[0].pk}  # the search's one line, not the unfiltered list as well


def test_suitability_reasons_write_amounts_hours_and_times_the_belgian_way():
    """Attack of issue 16: the controller's suitability check read "Loon € 2820.00 per maand … (€ 2070.48)"."""
    from werkregie.matching.engine import suitability

    vacancy = type("V", (), {"hours": 19.5})()
    wage = suitability._wage(vacancy, 2820.0, 2070.48 * 38 / 19.5).render()
    assert "€ 2.820,00" in wage and "€ 2.070,48" in wage and "2820.00" not in wage
    person = type("P", (), {"hours_min": 19.5, "hours_max": 38.0})()
    assert "19,5 u per week" in suitability._hours(person, vacancy).render()
