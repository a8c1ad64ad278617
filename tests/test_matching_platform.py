"""Matching in the platform: profiles, vacancies for a person, candidate lists with rings and decisions, suitability,
skill gaps, bad input, and who may see what (every role), each read logged."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.matching.engine.taxonomy import load
from werkregie.matching.models import DesiredOccupation, MatchDecision, MatchingPreferences, PersonExperience, PersonSkill
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.people.models import PersonLanguage
from werkregie.vacancies.models import Application, ApplicationOrigin, Vacancy, VacancySkill

from . import factories as f
from .test_permissions import ROLES, world  # noqa: F401 - the shared access fixture

TAXONOMY = load()
FORKLIFT = next(o for o in TAXONOMY.occupations if o.label("en") == "forklift operator")
CLEANER = next(o for o in TAXONOMY.occupations if o.label("en") == "building cleaner")
SKILLS = [TAXONOMY.skills[i].uri for i in FORKLIFT.essential]
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def seeker(skills: list[str], municipality: str = "44021", **overrides):
    p = f.person(municipality_id=municipality, **overrides)
    f.episode(p, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 6, 1))
    for uri in skills:
        PersonSkill.objects.create(person=p, skill_uri=uri, source="declared", added_at=NOW)
    PersonExperience.objects.create(person=p, occupation_uri=FORKLIFT.uri, years=3)
    PersonLanguage.objects.create(person=p, language="nl", level="native")
    return p


def vacancy(employer, municipality: str | None = "44021", skills: list[str] = SKILLS[:4], **overrides) -> Vacancy:
    v = Vacancy.objects.create(employer=employer, title=overrides.pop("title", "Heftruckchauffeur"), municipality_id=municipality,
                               occupation_uri=overrides.pop("occupation_uri", FORKLIFT.uri), language_needs=[{"language": "nl", "level": "B1"}], **overrides)
    for uri in skills:
        VacancySkill.objects.create(vacancy=v, skill_uri=uri, essential=True)
    return v


@pytest.fixture
def market(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    employer = f.organisation(OrganisationKind.EMPLOYER)
    strong = seeker(SKILLS[:4], team=team)
    weak = seeker(SKILLS[:1], team=team)
    elsewhere = seeker(SKILLS[:4])  # not in the counsellor's team
    near = vacancy(employer)
    far = vacancy(employer, municipality="11002", title="Heftruckchauffeur Antwerpen")
    cleaning = vacancy(employer, skills=[TAXONOMY.skills[i].uri for i in CLEANER.essential[:3]], occupation_uri=CLEANER.uri, title="Schoonmaker")
    return {"team": team, "counsellor": counsellor, "employer": employer, "strong": strong, "weak": weak, "elsewhere": elsewhere,
            "near": near, "far": far, "cleaning": cleaning}


def test_vacancies_for_a_person_are_explained_and_logged(market):
    client = Client()
    response = client.get(f"/api/v1/matching/persons/{market['strong'].pk}/vacancies", **bearer(market["counsellor"]))
    assert response.status_code == 200, response.content
    results = response.json()
    assert [r["vacancy_id"] for r in results][:1] == [market["near"].pk]  # the far one is beyond the default 40 km
    assert market["far"].pk not in [r["vacancy_id"] for r in results]
    best = results[0]["explanation"]
    assert best["ring"] == 1 and best["ring_name"] == "Vlaanderen" and best["distance_km"] == 0
    assert {s["uri"] for s in best["matched"]} == set(SKILLS[:4]) and best["missing"] == []
    assert best["occupation"] == "Hetzelfde beroep" and best["score"] == pytest.approx(100.0)
    log = AccessLogEntry.objects.filter(person_id=market["strong"].pk, what__startswith="matching: vacatures")
    assert log.count() == 1 and log.get().purpose == "guidance"


def test_preferences_change_the_reach(market):
    MatchingPreferences.objects.create(person=market["strong"], max_commute_km=80)
    client = Client()
    results = client.get(f"/api/v1/matching/persons/{market['strong'].pk}/vacancies", **bearer(market["counsellor"])).json()
    far = next(r for r in results if r["vacancy_id"] == market["far"].pk)
    assert 50 < far["explanation"]["distance_km"] < 80


def test_candidates_only_among_visible_persons_each_logged(market):
    client = Client()
    response = client.get(f"/api/v1/matching/vacancies/{market['near'].pk}/candidates", **bearer(market["counsellor"]))
    assert response.status_code == 200, response.content
    body = response.json()
    ids = [c["person_id"] for c in body["candidates"]]
    assert ids == [market["strong"].pk, market["weak"].pk]  # best first; the person outside the team is not shown
    assert body["rings_searched"] == [1, 2, 3, 4]  # too few good candidates in Flanders: every ring searched
    assert body["candidates"][1]["explanation"]["missing"]
    for pid in ids:
        assert AccessLogEntry.objects.filter(person_id=pid, what__contains="kandidatenlijst").exists()
    assert not AccessLogEntry.objects.filter(person_id=market["elsewhere"].pk).exists()


def test_exclude_and_pin_with_reasons(market):
    client, headers = Client(), bearer(market["counsellor"])
    url = f"/api/v1/matching/vacancies/{market['near'].pk}/decisions"
    bad = client.post(url, {"person_id": market["strong"].pk, "decision": "exclude", "reason": ""}, content_type="application/json", **headers)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "reason" and not MatchDecision.objects.exists()
    ok = client.post(url, {"person_id": market["strong"].pk, "decision": "exclude", "reason": "Werkt er al"}, content_type="application/json", **headers)
    assert ok.status_code == 200 and ok.json()["decision"] == "exclude"
    ids = [c["person_id"] for c in client.get(f"/api/v1/matching/vacancies/{market['near'].pk}/candidates", **headers).json()["candidates"]]
    assert market["strong"].pk not in ids
    client.post(url, {"person_id": market["strong"].pk, "decision": "clear"}, content_type="application/json", **headers)
    client.post(url, {"person_id": market["weak"].pk, "decision": "pin", "reason": "Sterke motivatie"}, content_type="application/json", **headers)
    first = client.get(f"/api/v1/matching/vacancies/{market['near'].pk}/candidates", **headers).json()["candidates"][0]
    assert first["person_id"] == market["weak"].pk and first["explanation"]["pinned"]
    outsider = client.post(url, {"person_id": market["elsewhere"].pk, "decision": "pin", "reason": "Waarom niet"}, content_type="application/json", **headers)
    assert outsider.status_code == 404


def test_employer_ranks_only_its_own_applicants(market):
    employer_user = f.user(Role.EMPLOYER, market["employer"])
    Application.objects.create(vacancy=market["near"], person=market["weak"], origin=ApplicationOrigin.APPLIED)
    employed = f.person()  # applies while in work: no job-seeker episode, still ranked for the employer
    Application.objects.create(vacancy=market["near"], person=employed, origin=ApplicationOrigin.APPLIED)
    client = Client()
    url = f"/api/v1/matching/vacancies/{market['near'].pk}/candidates"
    body = client.get(f"{url}?include_weaker=true", **bearer(employer_user)).json()
    assert [c["person_id"] for c in body["candidates"]] == [market["weak"].pk, employed.pk]
    assert AccessLogEntry.objects.get(person_id=market["weak"].pk, what__contains="kandidatenlijst").purpose == "recruitment"
    # by default only those scoring the shown score (matching/shown.py): the employed applicant has no profile to match
    assert [c["person_id"] for c in client.get(url, **bearer(employer_user)).json()["candidates"]] == [market["weak"].pk]
    other = f.user(Role.EMPLOYER)
    assert client.get(f"/api/v1/matching/vacancies/{market['near'].pk}/candidates", **bearer(other)).status_code == 404


def test_vacancy_without_location_is_a_clear_error(market):
    nowhere = vacancy(market["employer"], municipality=None)
    response = Client().get(f"/api/v1/matching/vacancies/{nowhere.pk}/candidates", **bearer(market["counsellor"]))
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "municipality"


@pytest.mark.xfail(strict=True, reason="Encodes the leak of issue 17 point 3: 'suitable' for the controller tells that the person has no "
                   "recognised work limitation (a hidden health fact); the controller now sees the health criterion as 'to check', "
                   "so the verdict is never 'suitable' for that role. See tests/test_leaks.py.")
def test_suitability_for_the_controller_with_reasons(market):
    controller = f.user(Role.CONTROLLER)
    client = Client()
    response = client.get(f"/api/v1/matching/persons/{market['strong'].pk}/suitability/{market['near'].pk}", **bearer(controller))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["verdict"] == "to_check"  # the vacancy states no wage
    outcomes = {c["name"]: c["outcome"] for c in body["criteria"]}
    assert outcomes["occupation"] == "met" and outcomes["wage"] == "check" and outcomes["travel"] == "met"
    Vacancy.objects.filter(pk=market["near"].pk).update(monthly_wage=2600)
    assert client.get(f"/api/v1/matching/persons/{market['strong'].pk}/suitability/{market['near'].pk}", **bearer(controller)).json()["verdict"] == "suitable"
    assert AccessLogEntry.objects.filter(person_id=market["strong"].pk, purpose="availability_control").count() == 2


def test_skill_gaps_follow_vacancy_demand(market):
    client = Client()
    response = client.get(f"/api/v1/matching/persons/{market['weak'].pk}/skill-gaps", {"occupation": FORKLIFT.uri}, **bearer(market["counsellor"]))
    assert response.status_code == 200, response.content
    gaps = response.json()
    assert {g["uri"] for g in gaps} == set(SKILLS) - {SKILLS[0]}
    assert [g["open_vacancies"] for g in gaps] == sorted((g["open_vacancies"] for g in gaps), reverse=True)
    assert gaps[0]["open_vacancies"] == 2 and gaps[0]["uri"] in SKILLS[1:4]
    bad = client.get(f"/api/v1/matching/persons/{market['weak'].pk}/skill-gaps", {"occupation": "nonsense"}, **bearer(market["counsellor"]))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "occupation"


def test_profile_update_is_all_or_nothing(market):
    client, headers = Client(), bearer(market["counsellor"])
    url = f"/api/v1/matching/persons/{market['weak'].pk}/profile"
    before = client.get(url, **headers).json()
    bad = client.put(url, {"skills": [{"uri": SKILLS[1], "source": "declared"}, {"uri": "http://x"}], "preferences": {"max_commute_km": 0}},
                     content_type="application/json", HTTP_IF_MATCH=f'"v{before["version"]}"', **headers)
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["errors"]} == {"skills[1].uri", "preferences.max_commute_km"}
    assert client.get(url, **headers).json() == before
    good = client.put(url, {"skills": [{"uri": SKILLS[1], "source": "certified"}], "desired_occupations": [CLEANER.uri],
                            "preferences": {"max_commute_km": 25, "hours_min": 19, "hours_max": 30}}, content_type="application/json",
                      HTTP_IF_MATCH=f'"v{before["version"]}"', **headers)
    assert good.status_code == 200, good.content
    assert [s["uri"] for s in good.json()["skills"]] == [SKILLS[1]]
    assert DesiredOccupation.objects.get(person=market["weak"]).occupation_uri == CLEANER.uri


def test_citizen_sees_own_vacancies_and_cannot_certify(db, market):
    citizen = f.user(Role.CITIZEN, person=market["strong"])
    client = Client()
    mine = client.get("/api/v1/matching/me/vacancies", **bearer(citizen))
    assert mine.status_code == 200 and mine.json()[0]["vacancy_id"] == market["near"].pk
    assert AccessLogEntry.objects.filter(person_id=market["strong"].pk, purpose="own_data").exists()
    certify = client.put(f"/api/v1/matching/persons/{market['strong'].pk}/profile", {"skills": [{"uri": SKILLS[0], "source": "certified"}]},
                         content_type="application/json", HTTP_IF_MATCH=f'"v{type(citizen.person).objects.get(pk=citizen.person_id).profile_version}"',
                         **bearer(citizen))
    assert certify.status_code == 422 and certify.json()["errors"][0]["field"] == "skills[0].source"
    other = client.get(f"/api/v1/matching/persons/{market['weak'].pk}/vacancies", **bearer(citizen))
    assert other.status_code == 404


def test_text_endpoints_need_no_login_and_refuse_bad_input(db):
    client = Client()
    titles = client.post("/api/v1/matching/titles", {"text": "heftruckchauffeur", "language": "nl"}, content_type="application/json")
    assert titles.status_code == 200 and titles.json()[0]["uri"] == FORKLIFT.uri
    skills = client.post("/api/v1/matching/skills", {"text": "Ik kan een heftruck besturen.", "language": "nl"}, content_type="application/json")
    assert skills.status_code == 200
    assert client.post("/api/v1/matching/titles", {"text": "x", "language": "de"}, content_type="application/json").status_code == 422
    assert client.post("/api/v1/matching/titles", {"text": "", "language": "nl"}, content_type="application/json").json() == []


MATCH_ALLOWED = {Role.CITIZEN: {"citizen"}, Role.COUNSELLOR: {"case_direct", "case_team"}, Role.ADMIN: "all"}
SUITABILITY_ALLOWED = {Role.COUNSELLOR: {"case_direct", "case_team"}, Role.CONTROLLER: {"benefit"}, Role.ADMIN: "all"}


@pytest.mark.parametrize("role", ROLES)
def test_matching_access_for_every_role(world, role):  # noqa: F811 - the fixture
    employer = f.organisation(OrganisationKind.EMPLOYER)
    v = vacancy(employer)
    client, headers = Client(), bearer(world["users"][role])
    for name, person in world["persons"].items():
        allowed = MATCH_ALLOWED.get(role, set())
        expected = 200 if allowed == "all" or name in allowed else 404
        assert client.get(f"/api/v1/matching/persons/{person.pk}/vacancies", **headers).status_code == expected, (role, name)
        assert client.get(f"/api/v1/matching/persons/{person.pk}/profile", **headers).status_code == expected, (role, name)
        allowed = SUITABILITY_ALLOWED.get(role, set())
        expected = 200 if allowed == "all" or name in allowed else 404
        assert client.get(f"/api/v1/matching/persons/{person.pk}/suitability/{v.pk}", **headers).status_code == expected, (role, name)
    candidates = client.get(f"/api/v1/matching/vacancies/{v.pk}/candidates", **headers)
    assert candidates.status_code == (200 if role in {Role.COUNSELLOR, Role.ADMIN} else 404), role


def test_nightly_batch_lists_top_vacancies_for_every_job_seeker(market, tmp_path):
    import argparse
    import json

    from werkregie.cli import cmd_match_nightly

    output = tmp_path / "nightly.jsonl"
    assert cmd_match_nightly(argparse.Namespace(top=5, output=str(output))) == 0
    lines = {row["person_id"]: row["vacancies"] for row in map(json.loads, output.read_text().splitlines())}
    assert set(lines) == {market["strong"].pk, market["weak"].pk, market["elsewhere"].pk}
    assert lines[market["strong"].pk][0]["id"] == market["near"].pk and lines[market["strong"].pk][0]["score"] == pytest.approx(100.0)
