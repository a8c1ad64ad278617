"""EVC for a set of skills (issue 13, point 8: "recognition for an occupation or a set of skills"): the person picks ESCO
skills — from the profile, the essential ones of their occupations, or found by a word — through the page and the API;
unknown URIs and too many skills are refused naming the field; a skill already in an open request is refused; the
assessor records the result per skill as for an occupation; the lists name what was asked ("2 competenties: …")."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils.html import escape

from tests import factories as f
from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.models import EvcRequest
from werkregie.careers.use_cases import common, evc, evc_skills
from werkregie.core import clock
from werkregie.credentials import use_cases as credentials
from werkregie.matching.models import PersonSkill
from werkregie.matching.platform import taxonomy

pytestmark = pytest.mark.django_db

API = "/api/v1/careers"


def _auth(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def test_the_api_takes_a_set_of_skills_and_names_it_in_the_lists(world, client):
    uris = skill_uris(2)
    made = client.post(f"{API}/evc", {"skills": uris, "motivation": "Tien jaar in een magazijn"}, content_type="application/json",
                       **_auth(world.citizen))
    assert made.status_code == 201, made.content
    body = made.json()
    assert body["kind"] == "skills" and body["occupation"] == "" and [s["uri"] for s in body["skills"]] == uris
    names = [common.skill_label(u, "nl") for u in uris]
    assert body["what"] == f"2 competenties: {names[0]}, {names[1]}"
    listed = client.get(f"{API}/evc", **_auth(world.citizen)).json()
    assert [r["what"] for r in listed] == [body["what"]]
    queue = client.get(f"{API}/evc", **_auth(world.counsellor)).json()
    assert [r["what"] for r in queue] == [body["what"]]
    occupation = client.post(f"{API}/evc", {"occupation": world.occupation}, content_type="application/json", **_auth(world.citizen)).json()
    assert occupation["kind"] == "occupation" and occupation["what"] == common.occupation_label(world.occupation, "nl")


@pytest.mark.parametrize("skills, field, words", [
    ([skill_uris(1)[0], "http://data.europa.eu/esco/skill/does-not-exist"], "skills[1]", "http://data.europa.eu/esco/skill/does-not-exist"),
    (["geen uri"], "skills[0]", "geen uri"),
    ([], "occupation", "Kies een beroep of minstens één competentie"),
])
def test_unknown_skills_are_refused_naming_the_field_and_the_value(world, client, skills, field, words):
    answer = client.post(f"{API}/evc", {"skills": skills}, content_type="application/json", **_auth(world.citizen))
    assert answer.status_code == 422, answer.content
    errors = answer.json()["errors"]
    assert [e["field"] for e in errors] == [field] and words in errors[0]["message"]
    assert not EvcRequest.objects.exists()


def test_too_many_skills_are_refused_at_once(world, client):
    many = [s.uri for s in taxonomy().skills[:evc.MAX_SKILLS + 1]]
    answer = client.post(f"{API}/evc", {"skills": many}, content_type="application/json", **_auth(world.citizen))
    assert answer.status_code == 422
    assert [e["field"] for e in answer.json()["errors"]] == ["skills"]
    assert str(evc.MAX_SKILLS + 1) in answer.json()["errors"][0]["message"]
    exactly = client.post(f"{API}/evc", {"skills": many[:evc.MAX_SKILLS]}, content_type="application/json", **_auth(world.citizen))
    assert exactly.status_code == 201 and len(exactly.json()["skills"]) == evc.MAX_SKILLS


def test_a_skill_already_in_an_open_request_is_refused(world):
    citizen = world.p(world.citizen)
    first = evc.request(citizen, skill_uris=skill_uris(2))
    with pytest.raises(evc.InvalidInput) as caught:
        evc.request(citizen, skill_uris=[skill_uris(3)[1], skill_uris(3)[2]])
    assert [e.field for e in caught.value.errors] == ["skills"]
    assert common.skill_label(skill_uris(2)[1]) in caught.value.errors[0].message
    evc.withdraw(citizen, first.pk, "Toch niet nu", first.version)
    assert evc.request(citizen, skill_uris=[skill_uris(3)[1], skill_uris(3)[2]]).skills.count() == 2  # a closed one no longer counts


def test_a_set_of_skills_is_assessed_per_skill_and_certified(world):
    citizen, counsellor = world.p(world.citizen), world.p(world.counsellor)
    uris = skill_uris(3)
    req = evc.request(citizen, skill_uris=uris)
    day = next_working_day()
    req = evc.plan(counsellor, req.pk, day, "VDAB Gent", req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(15), clock.BRUSSELS)):
        results = {uris[0]: {"result": "certified", "level": "advanced", "evidence": "test"},
                   uris[1]: {"result": "certified", "level": "basic", "evidence": "observation"},
                   uris[2]: {"result": "not_yet"}}
        req = evc.record_results(counsellor, req.pk, results, req.version)
        req = evc.certify(counsellor, req.pk, req.version)
        [cred] = [c for c in credentials.credentials_of(world.person) if c.kind == "evc_result"]
        assert credentials.verify(cred.token).valid  # on the day it was issued (it is valid from then)
    assert req.state == "certified"
    assert set(cred.skills) == set(uris[:2])
    # named, not counted (browser walk of issue 13: "EVC: 2 competenties"; tests/test_careers_evc_title.py)
    assert cred.title == f"Erkende competenties (EVC): {common.skill_label(uris[0], 'nl')}, {common.skill_label(uris[1], 'nl')}"
    assert all(common.skill_label(u, "nl") in cred.description for u in uris[:2])  # the recognised ones, each named
    sources = dict(PersonSkill.objects.filter(person=world.person).values_list("skill_uri", "source"))
    assert sources[uris[0]] == sources[uris[1]] == "certified" and sources.get(uris[2]) != "certified"


def test_the_options_offer_the_profile_the_occupations_and_a_search(world, client):
    groups = evc_skills.options(world.p(world.citizen)).groups
    keys = [g.key for g in groups]
    assert keys[0] == "profile" and keys[1] == "occupation-0"
    offered = [s["uri"] for g in groups for s in g.skills]
    assert len(offered) == len(set(offered))  # each skill once
    assert set(common.essential_skills(world.occupation)) <= set(offered)
    forklift = next(s for s in taxonomy().skills if "heftruck" in (s.labels.get("nl") or [""])[0].lower())
    api = client.get(f"{API}/me/evc-skills", {"q": "heftruck"}, **_auth(world.citizen))
    assert api.status_code == 200
    found = next(g for g in api.json() if g["key"] == "found")
    assert forklift.uri in [s["uri"] for s in found["skills"]] and all(s["lang"] in ("nl", "en", "fr") for s in found["skills"])
    assert evc_skills.search("he", "nl") == []  # too short: hundreds of skills
    assert client.get(f"{API}/me/evc-skills", **_auth(world.counsellor)).status_code == 404  # a counsellor has no own profile here


def test_certified_skills_are_not_offered_again(world):
    uri = skill_uris(1)[0]
    PersonSkill.objects.filter(person=world.person, skill_uri=uri).update(source="certified")
    offered = [s["uri"] for g in evc_skills.options(world.p(world.citizen)).groups for s in g.skills]
    assert uri not in offered


def test_the_page_requests_a_set_of_skills_keeping_what_was_ticked_across_a_search(world, client):
    client.force_login(world.citizen)
    page = client.get("/mijn-loopbaan/evc/aanvragen/?soort=competenties")
    assert page.status_code == 200
    html = page.content.decode()
    declared = skill_uris(1)[0]
    assert f'value="{declared}" id="id_skills_0"' in html  # the profile's skill first
    forklift = next(s for s in taxonomy().skills if "heftruck" in (s.labels.get("nl") or [""])[0].lower())
    # "Zoeken" posts back: the ticked skill stays ticked, the found ones are added, nothing is sent yet
    searched = client.post("/mijn-loopbaan/evc/aanvragen/", {"action": "search", "kind": "competenties", "skills": [declared],
                                                             "zoek": "heftruck", "motivation": "Vier jaar"})
    assert searched.status_code == 200 and not EvcRequest.objects.exists()
    html = searched.content.decode()
    assert f'value="{declared}" id="id_skills_0" checked' in html and forklift.uri in html and "Vier jaar" in html
    assert 'data-group="found"' in html
    empty = client.post("/mijn-loopbaan/evc/aanvragen/", {"action": "send", "kind": "competenties"})
    assert empty.status_code == 422 and "Vink minstens één competentie aan." in empty.content.decode()
    sent = client.post("/mijn-loopbaan/evc/aanvragen/", {"action": "send", "kind": "competenties", "skills": [declared, forklift.uri],
                                                         "occupation": world.occupation})
    assert sent.status_code == 302, sent.content.decode()[:2000]
    req = EvcRequest.objects.get()
    assert req.occupation_uri == "" and sorted(req.skills.values_list("skill_uri", flat=True)) == sorted([declared, forklift.uri])
    home = client.get("/mijn-loopbaan/").content.decode()
    assert "2 competenties:" in home and escape(common.skill_label(declared)) in home
    client.force_login(world.counsellor)
    assert "2 competenties:" in client.get("/evc/").content.decode()


def test_the_page_still_requests_an_occupation(world, client):
    client.force_login(world.citizen)
    missing = client.post("/mijn-loopbaan/evc/aanvragen/", {"action": "send", "kind": "beroep"})
    assert missing.status_code == 422 and "Kies een beroep." in missing.content.decode()
    sent = client.post("/mijn-loopbaan/evc/aanvragen/", {"action": "send", "kind": "beroep", "occupation": world.occupation,
                                                         "skills": [skill_uris(1)[0]]})
    assert sent.status_code == 302
    req = EvcRequest.objects.get()
    assert req.occupation_uri == world.occupation  # the ticked skill is not what an occupation request assesses
    assert req.skills.count() == len(common.essential_skills(world.occupation)[:evc.MAX_SKILLS])
