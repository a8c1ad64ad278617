"""EVC end to end: the person requests recognition for an occupation, an assessor plans on a working day and records
the result per skill, the assessing organisation certifies (VDAB, or the accredited partner, signing as itself); what the
procedure recognised becomes one evc_result credential with every recognised skill aligned, and certified competences.
Accredited partners assess only what is assigned to them; every step is a declared transition with its log."""

import datetime as dt

import pytest

from tests import factories as f
from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.models import EvcRequest
from werkregie.careers.use_cases import common, evc
from werkregie.core import clock
from werkregie.core.errors import Forbidden, InvalidInput, NotFound
from werkregie.core.workdays import is_working_day
from werkregie.credentials import use_cases as credentials
from werkregie.matching.models import PersonSkill
from werkregie.messaging.models import Message
from werkregie.workflows.services import PLATFORM, StaleVersion, TransitionRefused, history

pytestmark = pytest.mark.django_db


def _results(req, certified=None):
    uris = [s.skill_uri for s in req.skills.all()]
    certified = set(uris[:2] if certified is None else certified)
    return {u: ({"result": "certified", "level": "independent", "evidence": "test"} if u in certified else {"result": "not_yet"}) for u in uris}


def test_evc_end_to_end(world):
    citizen, counsellor = world.p(world.citizen), world.p(world.counsellor)
    req = evc.request(citizen, occupation_uri=world.occupation, motivation="Zes jaar ervaring")
    assert req.state == "requested" and req.skills.count() == len(common.essential_skills(world.occupation)[:evc.MAX_SKILLS])
    assert req.deadline > clock.today() and is_working_day(req.deadline)
    with pytest.raises(InvalidInput):  # one open request per occupation
        evc.request(citizen, occupation_uri=world.occupation)
    day = next_working_day()
    req = evc.plan(counsellor, req.pk, day, "VDAB Gent, Bagattenstraat", req.version)
    assert req.state == "planned" and req.planned_on == day and req.deadline > day
    with pytest.raises(InvalidInput):  # not before the planned assessment (found by the browser walk)
        evc.record_results(counsellor, req.pk, _results(req), req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        req = evc.record_results(counsellor, req.pk, _results(req), req.version)
        assert req.state == "assessed"
        req = evc.certify(counsellor, req.pk, req.version)
        assert req.state == "certified"
        certified = [s for s in req.skills.all() if s.result == "certified"]
        creds = {str(c.uid): c for c in credentials.credentials_of(world.person) if c.kind == "evc_result"}
        # one credential for the achievement the procedure certifies, every recognised skill aligned in it
        assert len(creds) == 1 and {s.credential_id for s in certified} == set(creds)
        [cred] = creds.values()
        assert set(cred.skills) == {s.skill_uri for s in certified} and cred.issuer.is_platform
        assert all(credentials.verify(c.token).valid for c in creds.values())
        sources = dict(PersonSkill.objects.filter(person=world.person).values_list("skill_uri", "source"))
        assert all(sources[s.skill_uri] == "certified" for s in certified)
        keys = set(Message.objects.filter(person_id=world.person.pk).values_list("template_key", flat=True))
        assert {"careers.evc_received", "careers.evc_planned", "careers.evc_certified"} <= keys
        assert [h.to_state for h in history(req)] == ["requested", "planned", "assessed", "certified"]


def test_planning_needs_a_working_day_and_the_current_version(world):
    citizen, counsellor = world.p(world.citizen), world.p(world.counsellor)
    req = evc.request(citizen, skill_uris=skill_uris(2))
    saturday = clock.today() + dt.timedelta(days=(5 - clock.today().weekday()) % 7 or 7)
    with pytest.raises(InvalidInput) as caught:
        evc.plan(counsellor, req.pk, saturday, "Gent", req.version)
    assert caught.value.errors[0].field == "day"
    with pytest.raises(InvalidInput):
        evc.plan(counsellor, req.pk, clock.today() - dt.timedelta(days=3), "Gent", req.version)
    with pytest.raises(StaleVersion):
        evc.plan(counsellor, req.pk, next_working_day(), "Gent", req.version + 5)
    with pytest.raises(TransitionRefused):  # results before planning
        evc.record_results(counsellor, req.pk, _results(req), req.version)


def test_every_skill_needs_a_result_and_a_certified_one_its_level(world):
    counsellor = world.p(world.counsellor)
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(3))
    day = next_working_day()
    req = evc.plan(counsellor, req.pk, day, "Gent", req.version)
    with pytest.raises(InvalidInput):  # not before the planned assessment (found by the browser walk)
        evc.record_results(counsellor, req.pk, _results(req), req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        partial = dict(list(_results(req).items())[:2])
        with pytest.raises(InvalidInput):
            evc.record_results(counsellor, req.pk, partial, req.version)
        no_level = {u: {"result": "certified"} for u in _results(req)}
        with pytest.raises(InvalidInput) as caught:
            evc.record_results(counsellor, req.pk, no_level, req.version)
        assert any(e.field.endswith(".level") for e in caught.value.errors)
        req = evc.record_results(counsellor, req.pk, _results(req, certified=[]), req.version)
        with pytest.raises(InvalidInput):  # nothing recognised: refuse with a reason instead
            evc.certify(counsellor, req.pk, req.version)
        with pytest.raises(InvalidInput):
            evc.refuse(counsellor, req.pk, "", req.version)
        req = evc.refuse(counsellor, req.pk, "Onvoldoende praktijkervaring aangetoond", req.version)
        assert req.state == "refused"
        assert Message.objects.filter(person_id=world.person.pk, template_key="careers.evc_refused").exists()


def test_an_accredited_partner_assesses_what_is_assigned_and_certifies_it_as_issuer(world):
    counsellor, partner = world.p(world.counsellor), world.p(world.partner)
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(2))
    with pytest.raises(NotFound):
        evc.plan(partner, req.pk, next_working_day(), "Gent", req.version)
    assert list(evc.queue(partner)) == []
    req = evc.assign(counsellor, req.pk, world.partner_org.pk, req.version)
    assert [r.pk for r in evc.queue(partner)] == [req.pk]
    with pytest.raises(Forbidden):
        evc.queue(world.p(world.unaccredited))
    with pytest.raises(NotFound):
        evc.detail(world.p(world.unaccredited), req.pk)
    day = next_working_day()
    req = evc.plan(partner, req.pk, day, "EVC-centrum Gent", req.version)
    assert req.assessor_id == world.partner.pk
    with pytest.raises(InvalidInput):  # not before the planned assessment (found by the browser walk)
        evc.record_results(partner, req.pk, _results(req), req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        req = evc.record_results(partner, req.pk, _results(req), req.version)
        with pytest.raises(Forbidden):  # the partner assessed: VDAB does not certify in its place
            evc.certify(counsellor, req.pk, req.version)
        with pytest.raises(InvalidInput):  # the partner signs its own result: it must be a registered issuer
            evc.certify(partner, req.pk, req.version)
        issuer = credentials.register_issuer(name="EVC-centrum Gent", slug="evc-gent", kind="assessor", who=PLATFORM,
                                             organisation=world.partner_org)
        req = evc.certify(partner, req.pk, req.version)
        assert req.state == "certified"
        [cred] = [c for c in credentials.credentials_of(world.person) if c.kind == "evc_result"]
        assert cred.issuer == issuer and credentials.verify(cred.token).valid
        assert credentials.verify(cred.token).issuer_name == "EVC-centrum Gent"
        sources = dict(PersonSkill.objects.filter(person=world.person).values_list("skill_uri", "source"))
        assert all(sources[u] == "certified" for u in cred.skills)


def test_an_unaccredited_organisation_cannot_be_assigned_and_strangers_see_nothing(world):
    counsellor = world.p(world.counsellor)
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(1))
    with pytest.raises(InvalidInput):
        evc.assign(counsellor, req.pk, world.unaccredited.organisation_id, req.version)
    with pytest.raises(NotFound):
        evc.detail(world.p(world.other_counsellor), req.pk)
    other = f.user("citizen", person=f.person())
    with pytest.raises(NotFound):
        evc.detail(world.p(other), req.pk)


def test_the_person_withdraws_with_a_reason(world):
    citizen = world.p(world.citizen)
    req = evc.request(citizen, occupation_uri=world.occupation)
    with pytest.raises(InvalidInput):
        evc.withdraw(citizen, req.pk, "", req.version)
    req = evc.withdraw(citizen, req.pk, "Ik heb een job gevonden", req.version)
    assert req.state == "withdrawn" and req.deadline is None
    assert evc.request(citizen, occupation_uri=world.occupation).state == "requested"  # a new one may follow


def test_bad_requests(world):
    citizen = world.p(world.citizen)
    for kwargs, field in (({}, "occupation"), ({"occupation_uri": "http://x"}, "occupation"),
                          ({"skill_uris": ["http://data.europa.eu/esco/skill/none"]}, "skills[0]")):
        with pytest.raises(InvalidInput) as caught:
            evc.request(citizen, **kwargs)
        assert field in [e.field for e in caught.value.errors]
    with pytest.raises(NotFound):
        evc.request(world.p(world.counsellor), occupation_uri=world.occupation)
    assert not EvcRequest.objects.exists()


def test_evc_pages(world, client):
    client.force_login(world.citizen)
    form = client.get("/mijn-loopbaan/evc/aanvragen/")
    assert form.status_code == 200
    assert client.post("/mijn-loopbaan/evc/aanvragen/", {"occupation": world.occupation, "motivation": "Ervaring"}).status_code == 302
    req = EvcRequest.objects.get()
    assert client.get(f"/evc/{req.pk}/").status_code == 200
    client.force_login(world.counsellor)
    queue = client.get("/evc/")
    assert "Peeters, Sofie" in queue.content.decode()
    weekend = clock.today() + dt.timedelta(days=(5 - clock.today().weekday()) % 7 or 7)
    bad = client.post(f"/evc/{req.pk}/", {"action": "plan", "version": req.version, "plan-day": weekend.isoformat(), "plan-place": "Gent"})
    assert bad.status_code == 422 and "werkdag" in bad.content.decode()
    ok = client.post(f"/evc/{req.pk}/", {"action": "plan", "version": req.version, "plan-day": next_working_day().isoformat(), "plan-place": "Gent"})
    assert ok.status_code == 302
    req.refresh_from_db()
    data = {"action": "assess", "version": req.version}
    for i, _s in enumerate(req.skills.all()):
        data.update({f"res-result_{i}": "certified" if i == 0 else "not_yet", f"res-level_{i}": "basic" if i == 0 else "", f"res-evidence_{i}": "test" if i == 0 else ""})
    assert client.post(f"/evc/{req.pk}/", data).status_code == 422  # not before the planned day (found by the browser walk)
    with clock.travel_to(dt.datetime.combine(req.planned_on, dt.time(16), clock.BRUSSELS)):
        assert client.post(f"/evc/{req.pk}/", data).status_code == 302
        req.refresh_from_db()
        assert client.post(f"/evc/{req.pk}/", {"action": "certify", "version": req.version}).status_code == 302
    req.refresh_from_db()
    assert req.state == "certified"
    client.force_login(world.other_counsellor)
    assert client.get(f"/evc/{req.pk}/").status_code == 404


def test_evc_api(world, client):
    citizen = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.citizen)}"}
    staff = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.counsellor)}"}
    made = client.post("/api/v1/careers/evc", {"skills": skill_uris(2)}, content_type="application/json", **citizen)
    assert made.status_code == 201, made.content
    rid = made.json()["id"]
    assert [r["id"] for r in client.get("/api/v1/careers/evc", **staff).json()] == [rid]
    assert [r["id"] for r in client.get("/api/v1/careers/evc", **citizen).json()] == [rid]
    no_version = client.post(f"/api/v1/careers/evc/{rid}/plan", {"day": next_working_day().isoformat(), "place": "Gent"},
                             content_type="application/json", **staff)
    assert no_version.status_code == 428
    planned = client.post(f"/api/v1/careers/evc/{rid}/plan", {"day": next_working_day().isoformat(), "place": "Gent", "version": 1},
                          content_type="application/json", **staff)
    assert planned.status_code == 200 and planned.json()["state"] == "planned"
    results = [{"uri": u, "result": "certified", "level": "expert", "evidence": "portfolio"} for u in skill_uris(2)]
    early = client.post(f"/api/v1/careers/evc/{rid}/results", {"results": results, "version": 2}, content_type="application/json", **staff)
    assert early.status_code == 422  # not before the planned day (found by the browser walk)
    with clock.travel_to(dt.datetime.combine(next_working_day(), dt.time(16), clock.BRUSSELS)):
        assessed = client.post(f"/api/v1/careers/evc/{rid}/results", {"results": results, "version": 2}, content_type="application/json", **staff)
    assert assessed.status_code == 200, assessed.content
    done = client.post(f"/api/v1/careers/evc/{rid}/certify", {"version": 3}, content_type="application/json", **staff)
    assert done.status_code == 200 and all(s["credential_id"] for s in done.json()["skills"])
    again = client.post(f"/api/v1/careers/evc/{rid}/certify", {"version": 4}, content_type="application/json", **staff)
    assert again.status_code == 409 and again["Content-Type"] == "application/problem+json"
    assert client.post(f"/api/v1/careers/evc/{rid}/certify", {"version": 4}, content_type="application/json", **citizen).status_code == 403
    admin = {"HTTP_AUTHORIZATION": f"Bearer {f.token(f.user('admin'))}"}
    accredited = client.post("/api/v1/careers/evc-accreditations", {"organisation_id": world.unaccredited.organisation_id, "valid_from": "2026-01-01"},
                             content_type="application/json", **admin)
    assert accredited.status_code == 201
    assert client.post("/api/v1/careers/evc-accreditations", {"organisation_id": 1, "valid_from": "2026-01-01"}, content_type="application/json",
                       **staff).status_code == 403
