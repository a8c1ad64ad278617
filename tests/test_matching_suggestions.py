"""Implied competences as suggestions (issue 18 point 4): stored apart by the extraction, confirmed or rejected by the
person or a counsellor (who and when recorded, rejections remembered), each read and write logged; the suitability
check, the refusal check and (since stop 28) the ranking never count a suggestion."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.compliance.refusal import suitability_on_confirmed
from werkregie.core.errors import InvalidInput
from werkregie.matching import suggestion_use_cases as suggestions
from werkregie.matching import use_cases as services
from werkregie.matching.models import PersonExperience, PersonSkill, RejectedSkill, SkillSource
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person, PersonLanguage

from . import factories as f
from .test_matching_platform import CLEANER, NOW, SKILLS, bearer, market  # noqa: F401 - the shared fixture

CV = "Ik werkte vijf jaar als heftruckchauffeur in een magazijn."


def suggested_person(team, uris: list[str]) -> Person:
    """A job seeker (unemployed since June 2025) from another occupation whose only forklift skills are suggestions."""
    p = f.person(municipality_id="44021", team=team)
    f.episode(p, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 6, 1))
    PersonExperience.objects.create(person=p, occupation_uri=CLEANER.uri, years=3)
    PersonLanguage.objects.create(person=p, language="nl", level="native")
    PersonSkill.objects.bulk_create([PersonSkill(person=p, skill_uri=u, source=SkillSource.IMPLIED, added_at=NOW) for u in uris])
    return p


def principal(user) -> Principal:
    return Principal.for_session(user)


def test_suitability_never_counts_a_suggestion_until_confirmed(market):
    p = suggested_person(market["team"], SKILLS[:4])
    counsellor = principal(market["counsellor"])
    ranked = services.vacancy_for_person(counsellor, p.pk, market["near"])
    # stop 28 (walk): ranking no longer uses them either, as the pages promise ("they count once you confirm them");
    # 49 unconfirmed suggestions lifted a score from 55 to 89 on the citizen's and the employer's lists
    assert not {s["uri"] for s in ranked.matched} & set(SKILLS[:4])
    occupation = {c["name"]: c for c in services.suitability_for(counsellor, p.pk, market["near"].pk).criteria}["occupation"]
    assert occupation["outcome"] == "not_met" and "0%" in occupation["reason"]  # fails if a suggestion counts
    refusal = suitability_on_confirmed(p.pk, market["near"].pk, dt.date(2026, 1, 2))
    assert "implied" not in refusal["skill_sources"] and refusal["extracted_left_out"] == 4
    version = Person.objects.get(pk=p.pk).profile_version
    suggestions.decide_suggestions(counsellor, p.pk, confirm_all=True, expected_version=version)
    occupation = {c["name"]: c for c in services.suitability_for(counsellor, p.pk, market["near"].pk).criteria}["occupation"]
    assert occupation["outcome"] == "met"
    assert suitability_on_confirmed(p.pk, market["near"].pk, dt.date(2026, 1, 2))["skill_sources"] == ["declared"]


def test_extraction_stores_implied_skills_as_suggestions_and_never_a_rejected_one(market):
    citizen = f.user(Role.CITIZEN, person=market["weak"])
    client, headers = Client(), bearer(citizen)
    url = f"/api/v1/matching/persons/{market['weak'].pk}/profile/extract"
    found = client.post(url, {"text": CV, "language": "nl"}, content_type="application/json", **headers).json()
    # the suggestions: what the CV implies, and since the walk of issue 16 what it names only by resemblance or meaning
    implied = [r["uri"] for r in found if r["suggested"] and r["new"]]  # the one declared skill stays declared
    assert {r["uri"] for r in found if r["implied"] and r["new"]} <= set(implied)
    assert implied and any(not r["implied"] for r in found)
    sources = dict(PersonSkill.objects.filter(person=market["weak"]).values_list("skill_uri", "source"))
    assert {sources[u] for u in implied} == {SkillSource.IMPLIED}
    profile = client.get(f"/api/v1/matching/persons/{market['weak'].pk}/profile", **headers).json()
    assert {s["uri"] for s in profile["suggestions"]} == set(implied)
    assert not {s["uri"] for s in profile["skills"]} & set(implied)
    listed = client.get(f"/api/v1/matching/persons/{market['weak'].pk}/suggestions", **headers)
    assert listed.status_code == 200 and listed["ETag"] == f'"v{listed.json()["version"]}"'
    assert AccessLogEntry.objects.filter(person_id=market["weak"].pk, what__startswith="matching: voorgestelde", purpose="own_data").exists()
    decided = client.post(f"/api/v1/matching/persons/{market['weak'].pk}/suggestions/decisions", {"reject": [implied[0]], "confirm": [implied[1]]},
                          content_type="application/json", HTTP_IF_MATCH=listed["ETag"], **headers)
    assert decided.status_code == 200, decided.content
    assert decided.json()["rejected"] == [implied[0]] and decided.json()["confirmed"] == [implied[1]]
    confirmed = PersonSkill.objects.get(person=market["weak"], skill_uri=implied[1])
    assert confirmed.source == SkillSource.DECLARED and confirmed.confirmed_by == citizen and confirmed.confirmed_at is not None
    assert RejectedSkill.objects.get(person=market["weak"], skill_uri=implied[0]).rejected_by == citizen
    again = client.post(url, {"text": CV, "language": "nl"}, content_type="application/json", **headers).json()
    assert implied[0] not in {r["uri"] for r in again}
    assert not PersonSkill.objects.filter(person=market["weak"], skill_uri=implied[0]).exists()
    assert AccessLogEntry.objects.filter(person_id=market["weak"].pk, what__contains="bevestigd of afgewezen").exists()


def test_decisions_need_a_version_are_all_or_nothing_and_refused_outside_access(market):
    p = suggested_person(market["team"], SKILLS[:3])
    client, headers = Client(), bearer(market["counsellor"])
    url = f"/api/v1/matching/persons/{p.pk}/suggestions/decisions"
    assert client.post(url, {"confirm_all": True}, content_type="application/json", **headers).status_code == 428
    stale = client.post(url, {"confirm_all": True, "version": 99}, content_type="application/json", **headers)
    assert stale.status_code == 412
    version = Person.objects.get(pk=p.pk).profile_version
    bad = client.post(url, {"confirm": [SKILLS[0], SKILLS[5]], "version": version}, content_type="application/json", **headers)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "confirm[1]"
    assert PersonSkill.objects.filter(person=p, source=SkillSource.IMPLIED).count() == 3
    both = client.post(url, {"confirm": [SKILLS[0]], "reject": [SKILLS[0]], "version": version}, content_type="application/json", **headers)
    assert both.status_code == 422
    done = client.post(url, {"confirm_all": True, "reject": [SKILLS[2]], "version": version}, content_type="application/json", **headers)
    assert done.status_code == 200 and sorted(done.json()["confirmed"]) == sorted(SKILLS[:2]) and done.json()["suggestions"] == []
    assert done.json()["version"] == version + 1
    outsider = suggested_person(None, SKILLS[:1])
    assert client.get(f"/api/v1/matching/persons/{outsider.pk}/suggestions", **headers).status_code == 404
    controller = f.user(Role.CONTROLLER)
    assert client.get(f"/api/v1/matching/persons/{p.pk}/suggestions", **bearer(controller)).status_code == 404


def test_a_put_of_the_skills_keeps_suggestions_and_confirms_one_it_names(market):
    p = suggested_person(market["team"], SKILLS[:2])
    counsellor = principal(market["counsellor"])
    from werkregie.matching import profile_use_cases as profiles

    version = Person.objects.get(pk=p.pk).profile_version
    profiles.update_profile(counsellor, p.pk, {"skills": [{"uri": SKILLS[0], "source": "declared"}]}, expected_version=version)
    rows = dict(PersonSkill.objects.filter(person=p).values_list("skill_uri", "source"))
    assert rows == {SKILLS[0]: "declared", SKILLS[1]: "implied"}
    assert PersonSkill.objects.get(person=p, skill_uri=SKILLS[0]).confirmed_by == market["counsellor"]
    with pytest.raises(InvalidInput):
        profiles.update_profile(counsellor, p.pk, {"skills": [{"uri": SKILLS[2], "source": "implied"}]}, expected_version=version + 1)


def test_the_database_refuses_a_confirmed_suggestion_and_unknown_sources(market):
    p = suggested_person(market["team"], [])
    with pytest.raises(IntegrityError), transaction.atomic():
        PersonSkill.objects.create(person=p, skill_uri=SKILLS[0], source=SkillSource.IMPLIED, added_at=NOW, confirmed_at=NOW)
    with pytest.raises(IntegrityError), transaction.atomic():
        PersonSkill.objects.create(person=p, skill_uri=SKILLS[0], source="guessed", added_at=NOW)


def test_pages_confirm_and_reject_for_the_citizen_and_the_counsellor(market):
    p = suggested_person(market["team"], SKILLS[:3])
    citizen = f.user(Role.CITIZEN, person=p)
    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-vacatures/")
    assert page.status_code == 200 and "Ze tellen pas mee als u ze bevestigt." in page.content.decode()
    version = Person.objects.get(pk=p.pk).profile_version
    done = client.post(f"/personen/{p.pk}/suggesties/", {"confirm": SKILLS[0], "version": version}, follow=True)
    assert done.redirect_chain[-1][0] == "/mijn-vacatures/" and "1 competentie bevestigd" in done.content.decode()
    stale = client.post(f"/personen/{p.pk}/suggesties/", {"reject": SKILLS[1], "version": version}, follow=True)
    assert "Iemand anders" in stale.content.decode() and PersonSkill.objects.filter(person=p, skill_uri=SKILLS[1]).exists()
    assert client.get(f"/personen/{p.pk}/suggesties/").status_code == 405
    other = suggested_person(market["team"], SKILLS[:1])
    assert client.post(f"/personen/{other.pk}/suggesties/", {"confirm_all": "1", "version": 1}).status_code == 404
    counsellor = Client()
    counsellor.force_login(market["counsellor"])
    assert "het cv van de persoon" in counsellor.get(f"/personen/{p.pk}/vacatures/").content.decode()
    version = Person.objects.get(pk=p.pk).profile_version
    done = counsellor.post(f"/personen/{p.pk}/suggesties/", {"all": "1", "version": version}, follow=True)
    assert done.redirect_chain[-1][0] == f"/personen/{p.pk}/vacatures/"
    assert not PersonSkill.objects.filter(person=p, source=SkillSource.IMPLIED).exists()
    assert set(PersonSkill.objects.filter(person=p, confirmed_by=market["counsellor"]).values_list("skill_uri", flat=True)) == set(SKILLS[1:3])
