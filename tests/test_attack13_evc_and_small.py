"""Issue 13's attack, the smaller findings: EVC results with the same skill twice and contradictory outcomes (the last
won), an EVC request labelled "Erkend" while its outcome said "Deels erkend: 5 van 8", the credentials check's 429 in
English, and a catalogue course id "a/b"."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests import factories as f
from tests.careers_support import key_folder, next_working_day, setup, world  # noqa: F401 - fixtures
from tests.training_support import provider, record
from werkregie.careers.enums import SkillResult
from werkregie.careers.models import EvcSkill
from werkregie.careers.use_cases import evc
from werkregie.core import clock
from werkregie.matching.platform import taxonomy
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training.models import Course

pytestmark = pytest.mark.django_db


def _planned(world):
    counsellor = world.p(world.counsellor)
    req = evc.request(world.p(world.citizen), occupation_uri=world.occupation)
    day = next_working_day()
    return evc.plan(counsellor, req.pk, day, "VDAB Gent", req.version), day


def test_evc_results_naming_a_skill_twice_are_refused_whole(world, client):
    req, day = _planned(world)
    uris = [s.skill_uri for s in req.skills.all()]
    rows = [{"uri": u, "result": "certified", "level": "independent", "evidence": "test"} for u in uris]
    rows.append({"uri": uris[0], "result": "not_yet"})  # the same skill again, the opposite result
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        refused = client.post(f"/api/v1/careers/evc/{req.pk}/results", json.dumps({"results": rows, "version": req.version}),
                              content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(world.counsellor)}")
    assert refused.status_code == 422, refused.content
    body = refused.json()
    name = taxonomy().skills[taxonomy().skill_index[uris[0]]].label("nl")
    assert body["detail"].startswith("Competentie twee keer opgegeven") and name in body["detail"]
    assert [e["message"] for e in body["errors"]] == [f"Competentie twee keer opgegeven: {name}."]
    req.refresh_from_db()
    assert req.state == "planned" and set(EvcSkill.objects.filter(request=req).values_list("result", flat=True)) == {SkillResult.PENDING}


def test_someone_who_may_not_assess_gets_no_answer_about_the_rows(world, client):
    """The duplicate check ran before the permission check: a stranger learnt that the request exists (422, not 404)."""
    from werkregie.accounts.models import Role

    req, day = _planned(world)
    uri = req.skills.first().skill_uri
    rows = [{"uri": uri, "result": "not_yet"}, {"uri": uri, "result": "not_yet"}]
    stranger = f.user(Role.PARTNER, f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER))
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        answer = client.post(f"/api/v1/careers/evc/{req.pk}/results", json.dumps({"results": rows, "version": req.version}),
                             content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(stranger)}")
    assert answer.status_code in (403, 404), answer.content


@pytest.mark.parametrize(("certified", "words"), [(2, "Deels erkend: 2 van {n} competenties"), (None, "Volledig erkend")])
def test_a_certified_requests_state_label_is_its_outcome(world, client, certified, words):
    req, day = _planned(world)
    uris = [s.skill_uri for s in req.skills.all()]
    certified = len(uris) if certified is None else certified
    results = {u: ({"result": "certified", "level": "independent", "evidence": "test"} if i < certified else {"result": "not_yet"})
               for i, u in enumerate(uris)}
    counsellor = world.p(world.counsellor)
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        req = evc.record_results(counsellor, req.pk, results, req.version)
        req = evc.certify(counsellor, req.pk, req.version)
    body = client.get(f"/api/v1/careers/evc/{req.pk}", HTTP_AUTHORIZATION=f"Bearer {f.token(world.counsellor)}").json()
    assert body["state"] == "certified" and body["state_label"] == body["outcome"]["label"] == words.format(n=len(uris))


@pytest.mark.parametrize(("language", "words"), [("nl", "Te veel aanvragen zonder aanmelding"), ("fr", "Trop de demandes sans connexion"),
                                                  ("en", "Too many requests without logging in")])
def test_the_credentials_checks_429_speaks_the_requests_language(client, settings, language, words):
    settings.WERKREGIE_ANON_RATE = "1/m"
    body = json.dumps({"credential": "eyJhbGciOiJFZERTQSJ9.eyJ2YyI6ImJlbGdpZSJ9.c2lnbmF0dXJl"})
    client.post("/api/v1/credentials/verify", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE=language)
    refused = client.post("/api/v1/credentials/verify", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE=language)
    assert refused.status_code == 429 and refused.json()["detail"].startswith(words), refused.json()


@pytest.mark.parametrize("course_id", ["a/b", "../x", "C 1", "C1?x=y", "Ç1"])
def test_a_course_id_outside_the_safe_characters_is_refused_naming_record_and_field(client, course_id):
    org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    mine = provider(organisation=org)
    refused = client.put(f"/api/v1/training/providers/{mine.pk}/courses", json.dumps([record("C1"), record(course_id)]),
                         content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(f.user('partner', organisation=org))}")
    assert refused.status_code == 422, refused.content
    assert [e["field"] for e in refused.json()["errors"]] == ["record 2.course_id"]
    assert not Course.objects.filter(provider=mine).exists()


def test_a_course_id_of_the_safe_characters_is_kept(client):
    org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    mine = provider(organisation=org)
    done = client.put(f"/api/v1/training/providers/{mine.pk}/courses", json.dumps([record("CVO_gent-2026.01")]),
                      content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(f.user('partner', organisation=org))}")
    assert done.status_code == 200, done.content
    assert Course.objects.filter(provider=mine, course_id="CVO_gent-2026.01").exists()
