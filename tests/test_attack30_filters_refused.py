"""Attack 16, M1 and L5: the exports dropped an invalid filter and exported (and logged) everyone; the caseload page
ignored a filter the role may not use. Now an invalid value is refused with 400 naming the parameter and why, a filter
the role may not use with 403, and nothing is listed, exported or logged."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind

from . import factories as f
from .test_leaks import shop  # noqa: F401 - the fixture

TODAY = dt.date(2026, 11, 30)


def _web(user) -> Client:  # noqa: ANN001
    client = Client()
    client.force_login(user)
    return client


def _refused(response, status: int, *words: str) -> str:  # noqa: ANN001
    body = response.content.decode("utf-8-sig")
    assert response.status_code == status, (response.status_code, body[:300])
    assert "text/csv" not in response["Content-Type"] and "attachment" not in response.get("Content-Disposition", "")
    for word in words:
        assert word in body, word
    return body


@pytest.mark.parametrize("query", [{"status": "bogus"}, {"municipality": "99999"}, {"status": "<img src=x>"}])
def test_employer_export_refuses_a_filter_it_may_not_use_whatever_the_value(shop, query):  # noqa: F811
    before = AccessLogEntry.objects.count()
    body = _refused(_web(shop["user"]).get("/export/personen.csv", query), 403, next(iter(query)))
    assert shop["leefloon"].last_name not in body and shop["other"].last_name not in body and "<img src=x>" not in body
    assert AccessLogEntry.objects.count() == before


@pytest.fixture
def ocmw(db, ref):
    org = f.organisation(OrganisationKind.MUNICIPALITY, municipality_id="44021")
    worker = f.user(Role.MUNICIPALITY, org)
    client = f.person(last_name="Leefloner", municipality_id="44021")
    f.episode(client, StatusKind.LEEFLOON, municipality="44021")
    return {"worker": worker, "client": client}


@pytest.mark.parametrize("query, field", [({"status": "bogus"}, "status"), ({"municipality": "99999"}, "municipality"),
                                          ({"status": "<img src=x>"}, "status")])
def test_municipality_export_refuses_an_invalid_filter_naming_it(ocmw, query, field):
    web = _web(ocmw["worker"])
    assert ocmw["client"].last_name in web.get("/export/personen.csv").content.decode("utf-8-sig")  # the export works
    before = AccessLogEntry.objects.count()
    body = _refused(web.get("/export/personen.csv", query), 400, f"“{field}”")
    assert ocmw["client"].last_name not in body and "<img src=x>" not in body
    assert AccessLogEntry.objects.count() == before
    # a valid filter still exports
    valid = web.get("/export/personen.csv", {"status": StatusKind.LEEFLOON, "municipality": "44021"})
    assert valid.status_code == 200 and ocmw["client"].last_name in valid.content.decode("utf-8-sig")


@pytest.fixture
def control(db, ref):
    person = f.person(first_name="Tom", last_name="Gecontroleerd")
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 1, 1))
    return {"controller": f.user(Role.CONTROLLER), "person": person}


@pytest.mark.parametrize("query, status, field", [
    ({"sorteer": "xyz"}, 400, "“sorteer”"), ({"status": "<img>"}, 400, "“status”"), ({"termijn": "xyz"}, 400, "“termijn”"),
    ({"richting": "xyz"}, 400, "“richting”"), ({"afstand": "xyz"}, 403, "afstand"), ({"afstand": "short"}, 403, "afstand"),
])
def test_caseload_export_refuses_invalid_and_forbidden_filters(control, query, status, field):
    web = _web(control["controller"])
    with clock.travel_to(TODAY):
        assert "Gecontroleerd" in web.get("/caseload/export.csv").content.decode("utf-8-sig")  # the export works
        before = AccessLogEntry.objects.count()
        body = _refused(web.get("/caseload/export.csv", query), status, field)
    assert "Gecontroleerd" not in body and "<img>" not in body
    assert AccessLogEntry.objects.count() == before


def test_caseload_page_refuses_a_filter_the_role_may_not_use(control):
    web = _web(control["controller"])
    with clock.travel_to(TODAY):
        plain = web.get("/caseload/").content.decode()
        assert f"/personen/{control['person'].pk}/" in plain and 'name="afstand"' not in plain  # not offered
        before = AccessLogEntry.objects.count()
        for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
            response = web.get("/caseload/", {"afstand": "short"}, **headers)
            html = response.content.decode()
            assert response.status_code == 403 and f"/personen/{control['person'].pk}/" not in html
        full = web.get("/caseload/", {"afstand": "short"}).content.decode()
    assert 'role="alert"' in full and "Uw rol mag niet filteren op afstand" in full
    assert AccessLogEntry.objects.count() == before


def test_a_counsellor_may_still_filter_on_distance_and_is_told_an_invalid_one(control):
    counsellor = f.user(Role.COUNSELLOR)
    control["person"].counsellor = counsellor
    control["person"].save()
    web = _web(counsellor)
    with clock.travel_to(TODAY):
        assert web.get("/caseload/export.csv", {"afstand": "none"}).status_code == 200
        _refused(web.get("/caseload/export.csv", {"afstand": "xyz"}), 400, "“afstand”")


def test_compliance_case_list_refuses_an_invalid_filter(control):
    from werkregie.compliance import services

    with clock.travel_to(TODAY):
        services.open_case(control["person"].pk, "missed_appointment", source=("appointment", 901),
                           facts={"occurred_on": "2026-10-01", "summary": "Niet verschenen."})
        web = _web(control["controller"])
        assert "Gecontroleerd" in web.get("/controle/dossiers/").content.decode()
        before = AccessLogEntry.objects.count()
        for query in ({"state": "bogus"}, {"infringement": "<b>x</b>"}):
            response = web.get("/controle/dossiers/", query)
            html = response.content.decode()
            assert response.status_code == 400 and "Gecontroleerd" not in html and "<b>x</b>" not in html
            assert "error-summary" in html
    assert AccessLogEntry.objects.count() == before



@pytest.mark.parametrize("sort", ["naam", "controle", "status", "screening", "afspraken"])
def test_the_page_and_the_export_accept_the_same_sort_keys(control, sort):
    web = _web(control["controller"])
    with clock.travel_to(TODAY):
        page = web.get("/caseload/", {"sorteer": sort})
        export = web.get("/caseload/export.csv", {"sorteer": sort})
    assert page.status_code == 200 and f"/personen/{control['person'].pk}/" in page.content.decode()
    assert export.status_code == 200 and "Gecontroleerd" in export.content.decode("utf-8-sig")


def test_a_sort_on_the_next_task_is_refused_alike_on_the_page_and_the_export(control):
    # re-walk of issue 16: the controller's export answered 400 "ongeldige waarde" for sorteer=actie, the page a choice
    # not offered; the next task is screening's, which a controller does not see: 403 naming it on both
    web = _web(control["controller"])
    with clock.travel_to(TODAY):
        before = AccessLogEntry.objects.count()
        page = web.get("/caseload/", {"sorteer": "actie"})
        _refused(web.get("/caseload/export.csv", {"sorteer": "actie"}), 403, "sorteren op actie")
    assert page.status_code == 403 and "Uw rol mag niet sorteren op actie" in page.content.decode()
    assert f"/personen/{control['person'].pk}/" not in page.content.decode()
    assert AccessLogEntry.objects.count() == before
