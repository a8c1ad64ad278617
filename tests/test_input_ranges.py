"""Dates and years out of any sensible range (found by an attacker on the demo): a 422 problem naming the field, or the
form's error on a page — never a 500 and never stored. One parser for the whole platform (werkregie.core.dates); and a
merge whose histories collide (the same active consent, the same partner link) is done, not a 500."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests import factories
from werkregie.accounts.models import ApiToken, Role
from werkregie.core import clock, dates
from werkregie.core.errors import InvalidInput
from werkregie.municipalities.models import CooperationAgreement, MunicipalStep
from werkregie.organisations.models import OrganisationKind
from werkregie.people.models import Consent, MergeRecord, PartnerLink, Person
from werkregie.vacancies import jobposting
from werkregie.vacancies.exchange import ImportRefused, import_records

TODAY = dt.date(2026, 11, 30)
FAR = ("0001-01-01", "9999-12-31", "1999-12-31")


def bearer(user) -> dict:  # noqa: ANN001
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user, 't')[1]}"}


def assert_problem(response, field: str) -> None:  # noqa: ANN001
    assert response.status_code == 422, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/problem+json")
    assert field in {e["field"] for e in response.json()["errors"]}, response.json()


def test_the_shared_parser_checks_the_calendar_and_the_range():
    with clock.travel_to(TODAY):
        assert dates.parse_day_in_range("30/11/2026", "on") == TODAY
        assert dates.parse_day_in_range("2027-11-30", "on") == dt.date(2027, 11, 30)
        for bad in ("2026-02-30", "31/02/2025", "0001-01-01", "9999-12-31", "1999-12-31", "2027-12-01", "", "morgen"):
            with pytest.raises(InvalidInput) as refused:
                dates.parse_day_in_range(bad, "on")
            assert refused.value.errors[0].field == "on"
        assert dates.parse_day_in_range("2031-11-30", "start", years_ahead=dates.PLANNED_YEARS) == dt.date(2031, 11, 30)
        with pytest.raises(InvalidInput):
            dates.parse_day_in_range("2031-12-01", "start", years_ahead=dates.PLANNED_YEARS)
        assert dates.years_after(dt.date(2028, 2, 29), 1) == dt.date(2029, 2, 28)


@pytest.mark.django_db
def test_kpi_reference_dates_out_of_range_are_problems_not_500(ref, client):
    analyst = factories.user(Role.ANALYST)
    headers = bearer(analyst)
    with clock.travel_to(TODAY):
        for on in FAR:
            for kpi in ("jobseekers_in", "work_6m", "time_to_fill", "jobseekers"):
                assert_problem(client.get("/api/v1/kpis/figures", {"kpi": kpi, "on": on}, **headers), "on")
            assert_problem(client.get("/api/v1/kpis/management", {"on": on}, **headers), "on")
            assert_problem(client.get("/api/v1/kpis/municipalities/44021/comparison", {"on": on}, **headers), "on")
        client.force_login(analyst)
        for url in ("/kerncijfers/management/", "/kerncijfers/gemeente/", "/kerncijfers/"):
            page = client.get(url, {"peildatum": "0001-01-01"})
            assert page.status_code == 400 and "2000" in page.content.decode(), (url, page.status_code)
        for quarter in ("0000-Q1", "0001-K1", "9999-K4", "1999-K4"):
            report = client.get("/kerncijfers/gemeente/rapport.pdf", {"gemeente": "44021", "kwartaal": quarter})
            assert report.status_code == 302, (quarter, report.status_code)
            shown = client.get(report["Location"]).content.decode()
            assert "Jaar buiten het toegelaten bereik" in shown, quarter


@pytest.fixture
def agreement(ref):
    return CooperationAgreement.objects.create(title="Activering Gent", partner_name="OCMW Gent", start=dt.date(2025, 1, 1), end=dt.date(2026, 12, 31),
                                               created_at=clock.now())


@pytest.mark.django_db
@pytest.mark.parametrize("year", [99999, -1, 0, 2024, 2028])
def test_a_reward_year_outside_the_parameters_is_a_problem_naming_the_years(agreement, client, year):
    with clock.travel_to(TODAY):
        response = client.get(f"/api/v1/municipalities/agreements/{agreement.pk}/reward", {"year": year}, **bearer(factories.user(Role.ANALYST)))
        assert_problem(response, "year")
        assert "2025" in response.json()["errors"][0]["message"] and "2027" in response.json()["errors"][0]["message"]
        assert client.get(f"/api/v1/municipalities/agreements/{agreement.pk}/reward", {"year": 2026},
                          **bearer(factories.user(Role.ANALYST))).status_code == 200
    client.force_login(factories.user(Role.ADMIN))
    with clock.travel_to(dt.date(2024, 6, 1)):  # a year the parameters do not cover: the page shows no reward, no 500
        assert client.get(f"/gemeente/samenwerking/{agreement.pk}/").status_code == 200


@pytest.mark.django_db
def test_impossible_step_and_agreement_dates_are_refused(ref, client):
    person = factories.person(municipality_id="44021")
    factories.episode(person, "leefloon", dt.date(2025, 2, 1), municipality="44021")
    worker = factories.user(Role.MUNICIPALITY)
    headers = bearer(worker)
    url = f"/api/v1/municipalities/clients/{person.pk}/steps"
    with clock.travel_to(TODAY):
        for start, end in (("9999-12-31", "9999-12-31"), ("0001-01-01", None), ("2026-01-01", "2032-01-01")):
            response = client.post(url, {"kind": "intake", "start": start, "end": end}, content_type="application/json", **headers)
            assert_problem(response, "start" if start != "2026-01-01" else "end")
        assert client.post(url, {"kind": "intake", "start": "2026-12-01", "end": "2031-11-30"}, content_type="application/json", **headers).status_code == 200
        assert MunicipalStep.objects.count() == 1
        for start, end in (("9999-12-31", "9999-12-31"), ("0001-01-01", "2026-12-31"), ("2026-01-01", "2040-12-31")):
            made = client.post("/api/v1/municipalities/agreements", {"title": "t", "partner_name": "p", "municipalities": ["44021"], "start": start, "end": end},
                               content_type="application/json", **headers)
            assert_problem(made, "start" if start != "2026-01-01" else "end")
        assert not CooperationAgreement.objects.exists()
        client.force_login(worker)
        page = client.post(f"/gemeente/leefloon/{person.pk}/stappen/", {"kind": "gpmi", "start": "31/12/9999", "end": ""})
        assert page.status_code == 422 and 'class="error-summary"' in page.content.decode()


@pytest.mark.django_db
def test_the_vacancy_import_names_an_impossible_date(db):
    employer = factories.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    from .test_matching_platform import vacancy

    with clock.travel_to(TODAY):
        # the record is made on the test's day: made on the real day, its datePosted lay after TODAY (a time bomb)
        record = jobposting.job_posting(vacancy(employer, monthly_wage=2650, description="Laden en lossen."))
        good = json.dumps(record | {"datePosted": "2026-02-28", "validThrough": "2027-03-31"})
        for field, value in (("datePosted", "2026-02-30"), ("datePosted", "9999-12-31"), ("validThrough", "2026-13-01"), ("validThrough", "0001-01-01")):
            with pytest.raises(ImportRefused) as refused:
                import_records([good, json.dumps(record | {field: value})], "forem")
            assert {(e.line, e.field) for e in refused.value.report.errors} == {(2, field)}, (field, value)
        assert import_records([good], "forem").created == 1


@pytest.mark.django_db
def test_merging_persons_whose_consents_and_links_collide(client, db):
    admin = factories.user(Role.ADMIN)
    partner = factories.organisation(OrganisationKind.PARTNER)
    a = factories.person()
    # a real duplicate (a merge of two different people is refused: tests/test_api.py::test_merge_refuses_two_different_persons)
    b = factories.person(first_name=a.first_name, last_name=a.last_name, birth_date=a.birth_date)
    for p in (a, b):
        Consent.objects.create(person=p, purpose="research", given_at=clock.now())
        PartnerLink.objects.create(person=p, organisation=partner, purpose="sickness_reintegration", start=dt.date(2025, 1, 1))
    Consent.objects.create(person=b, purpose="digital_communication", given_at=clock.now())
    url = f"/api/v1/persons/{a.pk}/merge"
    response = client.post(url, {"duplicate_id": b.pk, "reason": "abcde"}, content_type="application/json", **bearer(admin))
    assert response.status_code == 200, response.content[:300]
    assert Person.all_objects.get(pk=b.pk).merged_into_id == a.pk and MergeRecord.objects.count() == 1
    assert sorted(a.consents.filter(withdrawn_at__isnull=True).values_list("purpose", flat=True)) == ["digital_communication", "research"]
    assert a.partner_links.count() == 1
    # again, the same or a missing duplicate: a clear answer
    again = client.post(url, {"duplicate_id": b.pk, "reason": "abcde"}, content_type="application/json", **bearer(admin))
    assert again.status_code == 404 and again["Content-Type"].startswith("application/problem+json")
    assert client.post(url, {"duplicate_id": a.pk, "reason": "abcde"}, content_type="application/json", **bearer(admin)).status_code == 422
    assert client.post(url, {"duplicate_id": 987654, "reason": "abcde"}, content_type="application/json", **bearer(admin)).status_code == 404


@pytest.mark.parametrize("text", ["31/02/2025", "2025-02-30", "29/02/2023", "00/01/2025"])
def test_a_date_that_does_not_exist_is_called_so(text):
    """Attack of issue 16 (stop 37): "31/02/2025" as a municipality step's date was answered "gebruik DD/MM/JJJJ", which
    it is; the answer now says the date does not exist."""
    with pytest.raises(InvalidInput) as refused:
        dates.parse_day(text, "start")
    # the format's hint stays first, as for every wrong date (tests/test_kpis_export_dates.py), then the reason; in the
    # words of the walk of stop 43 ("Begindatum: geef een datum als DD/MM/JJJJ, bv. 01/07/2026")
    example = f"{clock.today():%d/%m/%Y}"
    assert refused.value.errors[0].message == f"geef een datum als DD/MM/JJJJ, bv. {example} ({text} bestaat niet)"
    with pytest.raises(InvalidInput) as shapeless:
        dates.parse_day("morgen", "start")
    assert shapeless.value.errors[0].message == f"geef een datum als DD/MM/JJJJ, bv. {example}"
