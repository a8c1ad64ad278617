"""The attack of stop 30 on the demo, each finding as a test: page numbers past any result (a 500 on the caseload, the
employer's candidates and the municipality's clients), a name shown without a log entry (the community-service
exemption page, the purpose question), the KPI report's redirect copying input unencoded, and the official KPI listed
in the catalogue but refused by the drill-down without saying why."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role

HUGE = ("9223372036854775807", "99999999999999999999")


@pytest.mark.django_db
@pytest.mark.parametrize("role, path", [(Role.COUNSELLOR, "/caseload/"), (Role.CONTROLLER, "/caseload/"), (Role.ADMIN, "/caseload/"),
                                        (Role.EMPLOYER, "/werkgever/kandidaten/"), (Role.MUNICIPALITY, "/gemeente/clienten/")])
def test_a_page_number_past_any_result_is_no_500(ref, role, path):
    client = Client()
    client.force_login(f.user(role))
    for page in HUGE:
        for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
            assert client.get(path, {"pagina": page}, **headers).status_code < 500, (path, page, headers)


@pytest.mark.django_db
def test_the_exemption_page_logs_the_name_it_shows(ref):
    counsellor = f.user(Role.COUNSELLOR)
    person = f.person(counsellor=counsellor, team=counsellor.organisation)
    f.episode(person, "jobseeker_benefit", dt.date(2025, 1, 6))
    client = Client()
    client.force_login(counsellor)
    response = client.get(f"/gemeente/gemeenschapsdienst/vrijstelling/{person.pk}/")
    if response.status_code == 404:
        pytest.skip("this person may not be exempted by this counsellor")
    assert person.last_name in response.content.decode()
    assert AccessLogEntry.objects.filter(person_id=person.pk, actor_id=counsellor.pk, what__startswith="gemeenschapsdienst: vrijstelling").exists()


@pytest.mark.django_db
def test_the_report_redirect_encodes_what_was_typed(ref):
    client = Client()
    client.force_login(f.user(Role.ANALYST))
    response = client.get("/kerncijfers/gemeente/rapport.pdf", {"gemeente": "44021&gemeente=11002#x", "kwartaal": "2030-K1"})
    if response.status_code in (301, 302):
        assert "&gemeente=11002" not in response["Location"] and "#" not in response["Location"]
    else:
        assert response.status_code < 500


@pytest.mark.django_db
def test_the_official_kpi_is_refused_by_the_drilldown_with_the_reason(ref, client):
    client.force_login(f.user(Role.ANALYST))
    response = client.get("/api/v1/kpis/figures", {"kpi": "employment_rate_20_64"})
    assert response.status_code == 422 and "/api/v1/kpis/official" in response.content.decode()
    assert client.get("/api/v1/kpis/figures", {"kpi": "nope"}).status_code == 422


# the employer's person page without support amounts: tests/test_hiring_measures.py (the same finding, one test)
