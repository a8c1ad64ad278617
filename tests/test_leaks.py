"""Issue 17, points 1, 2, 3, 4 and 11: no leak through filters, search terms, candidate lists, the suitability check
or registration, and statuses written only by those competent for them. Each test reproduces the attack."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.matching.models import MatchDecision, PersonSkill
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person, StatusEpisode
from werkregie.vacancies.models import Application, ApplicationOrigin, Vacancy

from . import factories as f
from .test_matching_platform import SKILLS, bearer, seeker, vacancy


@pytest.fixture
def shop(db):
    """An employer with two applicants: one on leefloon in Gent, one not (living in Antwerp)."""
    employer = f.organisation(OrganisationKind.EMPLOYER)
    user = f.user(Role.EMPLOYER, employer)
    job = Vacancy.objects.create(employer=employer, title="Magazijnier")
    on_leefloon = f.person(last_name="Leefloon", municipality_id="44021")
    f.episode(on_leefloon, StatusKind.LEEFLOON, municipality="44021")
    other = f.person(last_name="Andere", municipality_id="11002")
    for p in (on_leefloon, other):
        Application.objects.create(vacancy=job, person=p, origin=ApplicationOrigin.APPLIED)
    return {"user": user, "employer": employer, "leefloon": on_leefloon, "other": other, "vacancy": job}


def _oracles(person: Person) -> dict[str, dict]:
    return {
        "status": {"status": "leefloon"},
        "insz": {"q": person.insz},
        "birth_date": {"q": person.birth_date.strftime("%d/%m/%Y")},
        "municipality": {"municipality": "44021"},
    }


@pytest.mark.parametrize("oracle", ["status", "insz", "birth_date", "municipality"])
def test_employer_cannot_filter_the_api_on_hidden_sections(shop, client, oracle):
    params = _oracles(shop["leefloon"])[oracle]
    response = client.get("/api/v1/persons", params, **bearer(shop["user"]))
    assert response.status_code == 403, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["errors"] and body["errors"][0]["field"] in ("q", "status", "municipality")
    assert "Leefloon" not in response.content.decode()
    assert not AccessLogEntry.objects.filter(person_id=shop["leefloon"].pk).exists(), "a refused search reads nobody"


def test_employer_may_still_search_by_name_and_the_counsellor_by_anything(shop, client):
    response = client.get("/api/v1/persons", {"q": "Leefloon"}, **bearer(shop["user"]))
    assert response.status_code == 200 and [p["id"] for p in response.json()["items"]] == [shop["leefloon"].pk]
    assert response.json()["items"][0]["municipality"] is None
    counsellor = f.user(Role.COUNSELLOR)
    Person.objects.filter(pk=shop["leefloon"].pk).update(counsellor=counsellor)
    for name, params in _oracles(shop["leefloon"]).items():
        if name == "insz":  # an INSZ travels in the body, never in a URL (the attack of stop 24)
            found = client.post("/api/v1/persons/search", data=json.dumps(params), content_type="application/json", **bearer(counsellor))
        else:
            found = client.get("/api/v1/persons", params, **bearer(counsellor))
        assert found.status_code == 200 and [p["id"] for p in found.json()["items"]] == [shop["leefloon"].pk], params


@pytest.mark.parametrize("oracle", ["status", "insz", "birth_date", "municipality"])
def test_employer_cannot_filter_the_csv_export(shop, oracle):
    web = Client()
    web.force_login(shop["user"])
    response = web.get("/export/personen.csv", _oracles(shop["leefloon"])[oracle])
    assert response.status_code == 403
    assert shop["leefloon"].last_name not in response.content.decode()
    plain = web.get("/export/personen.csv")
    rows = list(csv.reader(io.StringIO(plain.content.decode("utf-8-sig")), delimiter=";"))
    assert {int(r[0]) for r in rows[1:]} == {shop["leefloon"].pk, shop["other"].pk}
    assert not {"municipality_id", "Gemeente", "insz", "INSZ", "Geboortedatum", "birth_date"} & set(rows[0])


@pytest.mark.parametrize("oracle", ["status", "insz", "birth_date", "municipality"])
def test_employer_candidate_page_refuses_hidden_filters_and_says_so(shop, oracle):
    web = Client()
    web.force_login(shop["user"])
    page = web.get("/werkgever/kandidaten/").content.decode()
    assert 'name="status"' not in page and 'name="municipality"' not in page and "Zoeken op naam" in page
    response = web.get("/werkgever/kandidaten/", _oracles(shop["leefloon"])[oracle])
    html = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in html and "niet zoeken of filteren" in html
    assert f"/personen/{shop['leefloon'].pk}/" not in html and f"/personen/{shop['other'].pk}/" not in html


def test_filter_rule_follows_the_sections_of_every_role(db):
    from werkregie.people import perms

    for role in Role.values:
        principal = f.principal(f.user(role))
        sections = perms.sections_for(principal)
        refused = set(perms.refused_filters(principal, list(perms.FILTER_SECTIONS)))
        assert refused == {name for name, section in perms.FILTER_SECTIONS.items() if section not in sections}, role


# ------------------------------------------------------------------------------------------------ 2. candidate list


@pytest.fixture
def market_with_exclusion(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    employer = f.organisation(OrganisationKind.EMPLOYER)
    job = vacancy(employer, municipality="44021")
    applied = seeker(SKILLS[:4], municipality="44021", team=team, last_name="Sollicitant")
    proposed = seeker(SKILLS[:4], municipality="44021", team=team, last_name="Voorgesteld")
    excluded = seeker(SKILLS[:4], municipality="44021", team=team, last_name="Uitgesloten")
    Application.objects.create(vacancy=job, person=applied, origin=ApplicationOrigin.APPLIED)
    from werkregie.people.models import Consent

    for p in (proposed, excluded):
        # proposed and answered (stop 33: a proposal not yet answered keeps the person pseudonymous to the employer)
        Application.objects.create(vacancy=job, person=p, origin=ApplicationOrigin.PROPOSED, state="interested")
        Consent.objects.create(person=p, purpose="proposal_to_employers", given_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    MatchDecision.objects.create(vacancy=job, person=excluded, kind="exclude", reason="Leefloon; psychische problemen", decided_by=counsellor,
                                 decided_at=dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc))
    return {"counsellor": counsellor, "employer": f.user(Role.EMPLOYER, employer), "vacancy": job, "applied": applied, "proposed": proposed,
            "excluded": excluded}


def test_employer_candidate_list_shows_a_distance_band_never_the_municipality_or_exclusions(market_with_exclusion):
    m = market_with_exclusion
    body = Client().get(f"/api/v1/matching/vacancies/{m['vacancy'].pk}/candidates", **bearer(m["employer"])).json()
    by_id = {c["person_id"]: c for c in body["candidates"]}
    assert set(by_id) == {m["applied"].pk, m["proposed"].pk}
    for c in by_id.values():
        assert c["explanation"]["distance_km"] is None and c["explanation"]["distance_band"]
        assert "distance" not in c["explanation"]["components"]
    assert by_id[m["proposed"].pk]["municipality"] is None, "proposed, not applied: the municipality is not shared"
    assert by_id[m["applied"].pk]["municipality"] == "Gent", "who applied shared their details"
    web = Client()
    web.force_login(m["employer"])
    html = web.get(f"/vacatures/{m['vacancy'].pk}/kandidaten/").content.decode()
    assert "Uitgesloten" not in html and "psychische" not in html and "Leefloon;" not in html
    assert "Afstand: minder dan 10 km" in html and not re.search(r"<span>\d+ km \(geschat", html)


def test_counsellor_still_sees_distance_municipality_and_exclusions(market_with_exclusion):
    m = market_with_exclusion
    body = Client().get(f"/api/v1/matching/vacancies/{m['vacancy'].pk}/candidates", **bearer(m["counsellor"])).json()
    assert all(c["explanation"]["distance_km"] is not None and c["municipality"] for c in body["candidates"])
    web = Client()
    web.force_login(m["counsellor"])
    html = web.get(f"/vacatures/{m['vacancy'].pk}/kandidaten/").content.decode()
    assert "Uitgesloten" in html and "psychische problemen" in html


def test_distance_bands():
    from werkregie.matching.use_cases import distance_band

    assert [distance_band(km) for km in (0, 9.9, 10, 24, 49, 99, 100, 400)] == [
        "minder dan 10 km", "minder dan 10 km", "10 tot 25 km", "10 tot 25 km", "25 tot 50 km", "50 tot 100 km", "meer dan 100 km", "meer dan 100 km"]


# ------------------------------------------------------------------------------------------------ 3. suitability


@pytest.mark.parametrize("limitation", [True, False, None])
def test_controller_sees_verdicts_not_health_or_skill_percentages(db, limitation):
    employer = f.organisation(OrganisationKind.EMPLOYER)
    job = vacancy(employer, monthly_wage=2600)
    person = seeker(SKILLS[:2], work_limitation=limitation)
    controller = f.user(Role.CONTROLLER)
    body = Client().get(f"/api/v1/matching/persons/{person.pk}/suitability/{job.pk}", **bearer(controller)).json()
    text = json.dumps(body, ensure_ascii=False)
    assert "arbeidsbeperking" not in text and "%" not in text and " km" not in text and "rijbewijs B" not in text
    outcomes = {c["name"]: c["outcome"] for c in body["criteria"]}
    assert outcomes["health"] == "check", "the same answer whatever the health fact"
    assert body["score"] is None and body["verdict"] in ("to_check", "not_suitable")
    web = Client()
    web.force_login(controller)
    html = web.get(f"/personen/{person.pk}/passend/", {"vacature": job.pk}).content.decode()
    assert "arbeidsbeperking" not in html and "%" not in html.split("<main", 1)[-1]


def test_counsellor_still_sees_the_facts(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    job = vacancy(f.organisation(OrganisationKind.EMPLOYER), monthly_wage=2600)
    person = seeker(SKILLS[:2], work_limitation=True, team=team)
    body = Client().get(f"/api/v1/matching/persons/{person.pk}/suitability/{job.pk}", **bearer(counsellor)).json()
    assert "arbeidsbeperking" in json.dumps(body, ensure_ascii=False) and body["score"] is not None


# ------------------------------------------------------------------------------------------------ 4. registration

VALID = {"insz": "85.07.30-033.28", "first_name": "Ann", "last_name": "Peeters", "birth_date": "1985-07-30", "sex": "F", "municipality": "44021"}


def _post(client, user, data):
    return client.post("/api/v1/persons", data=json.dumps(data), content_type="application/json", **bearer(user))


def test_registration_of_someone_outside_access_answers_409_without_id(db, client):
    someone = f.person(insz="85073003328", first_name="Ann", last_name="Peeters", birth_date=dt.date(1985, 7, 30))
    partner = f.user(Role.PARTNER, f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.MUTUALITY))
    response = _post(client, partner, VALID)
    assert response.status_code == 409 and response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert set(body) == {"type", "title", "status", "instance", "detail", "errors"}, "no existing_id, no other id"
    assert "koppel" in body["detail"]
    counsellor = f.user(Role.COUNSELLOR)
    Person.objects.filter(pk=someone.pk).update(counsellor=counsellor)
    assert _post(client, counsellor, VALID).json()["existing_id"] == someone.pk, "within access the record is named"


def test_possible_duplicates_lists_only_visible_persons(db, client):
    hidden = f.person(first_name="Ann", last_name="Peeters", birth_date=dt.date(1985, 7, 30))
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    mine = f.person(first_name="Ann", last_name="Peeters", birth_date=dt.date(1985, 7, 30), team=team)
    response = _post(client, counsellor, VALID)
    assert response.status_code == 201
    assert response.json()["possible_duplicates"] == [mine.pk]
    assert hidden.pk not in response.json()["possible_duplicates"]


# ------------------------------------------------------------------------------------------------ 11. statuses


def test_municipality_cannot_write_leefloon_in_another_municipality(db, client):
    gent = f.user(Role.MUNICIPALITY, f.organisation(OrganisationKind.MUNICIPALITY, municipality_id="44021"))
    response = _post(client, gent, {**VALID, "status": {"kind": "leefloon", "start": "2026-01-01", "municipality": "11002"}})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "status.municipality"
    assert not Person.objects.exists() and not StatusEpisode.objects.exists()
    for kind in ("jobseeker_benefit", "sick"):
        refused = _post(client, gent, {**VALID, "status": {"kind": kind, "start": "2026-01-01"}})
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "status.kind", kind
    ok = _post(client, gent, {**VALID, "status": {"kind": "leefloon", "start": "2026-01-01"}})
    assert ok.status_code == 201, ok.content
    episode = StatusEpisode.objects.get()
    assert episode.municipality_id == "44021" and episode.source == f"municipality:org:{gent.organisation_id}"


def test_mutuality_cannot_write_a_benefit_from_1900(db, client):
    mutuality = f.user(Role.PARTNER, f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.MUTUALITY))
    response = _post(client, mutuality, {**VALID, "status": {"kind": "jobseeker_benefit", "start": "1900-01-01"}})
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert fields == {"status.kind", "status.start"}
    assert not StatusEpisode.objects.exists()
    ok = _post(client, mutuality, {**VALID, "status": {"kind": "sick", "start": "2025-03-01"}})
    assert ok.status_code == 201 and StatusEpisode.objects.get().source.startswith("partner:org:")


@pytest.mark.parametrize("start, ok", [("2001-07-29", False), ("2001-07-30", True), ("2026-03-01", True), ("2027-06-01", False)])
def test_status_dates_are_plausible(db, client, start, ok):
    from werkregie.core import clock

    counsellor = f.user(Role.COUNSELLOR)
    with clock.travel_to(dt.datetime(2026, 1, 10, 9, tzinfo=dt.timezone.utc)):
        response = _post(client, counsellor, {**VALID, "status": {"kind": "jobseeker_no_benefit", "start": start}})
    assert (response.status_code == 201) == ok, response.content
    if not ok:
        assert response.json()["errors"][0]["field"] == "status.start"


def test_counsellor_writes_only_vdab_statuses(db, client):
    counsellor = f.user(Role.COUNSELLOR)
    for kind in ("leefloon", "sick", "newcomer"):
        assert _post(client, counsellor, {**VALID, "status": {"kind": kind, "municipality": "44021"}}).status_code == 422, kind
    assert not PersonSkill.objects.exists()
