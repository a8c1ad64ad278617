"""Issue 13's attack on a demo (HIGH): a VDAB counsellor recorded the results of an EVC assessment assigned to an
accredited partner (POST /api/v1/careers/evc/{id}/results); the partner then certified, and its signature went on
results it had not recorded. Once a request is assigned to an organisation, only that organisation plans and records
the results (API and page); the history says who recorded them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests import factories as f
from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.enums import SkillResult
from werkregie.careers.models import EvcSkill
from werkregie.careers.use_cases import evc
from werkregie.core import clock

pytestmark = pytest.mark.django_db


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def _post(client, path: str, body: dict, user):
    return client.post(path, json.dumps(body), content_type="application/json", **_bearer(user))


def _assigned(world):
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(2))
    return evc.assign(world.p(world.counsellor), req.pk, world.partner_org.pk, req.version)


def _rows(req) -> list[dict]:
    return [{"uri": s.skill_uri, "result": "certified", "level": "expert", "evidence": "portfolio"} for s in req.skills.all()]


def test_the_counsellor_cannot_plan_or_record_an_assessment_assigned_to_a_partner(world, client):
    req = _assigned(world)
    day = next_working_day()
    refused = _post(client, f"/api/v1/careers/evc/{req.pk}/plan", {"day": day.isoformat(), "place": "Gent", "version": req.version},
                    world.counsellor)
    assert refused.status_code == 403 and "EVC-centrum Gent" in refused.json()["detail"]
    req = evc.plan(world.p(world.partner), req.pk, day, "EVC-centrum Gent", req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        refused = _post(client, f"/api/v1/careers/evc/{req.pk}/results", {"results": _rows(req), "version": req.version}, world.counsellor)
        assert refused.status_code == 403, refused.content
        assert set(EvcSkill.objects.filter(request=req).values_list("result", flat=True)) == {SkillResult.PENDING}
        req.refresh_from_db()
        assert req.state == "planned"
        # the partner records them itself, then certifies what it recorded
        recorded = _post(client, f"/api/v1/careers/evc/{req.pk}/results", {"results": _rows(req), "version": req.version}, world.partner)
        assert recorded.status_code == 200, recorded.content


def test_the_page_offers_the_counsellor_no_forms_and_the_history_names_who_recorded(world, client):
    req = _assigned(world)
    day = next_working_day()
    req = evc.plan(world.p(world.partner), req.pk, day, "EVC-centrum Gent", req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        client.force_login(world.counsellor)
        page = client.get(f"/evc/{req.pk}/").content.decode()
        assert "Resultaat bewaren" not in page and 'value="plan"' not in page
        assert "toegewezen aan EVC-centrum Gent" in page
        posted = {"action": "assess", "version": req.version}
        for n, s in enumerate(req.skills.all()):
            posted.update({f"res-result_{n}": "certified", f"res-level_{n}": "expert", f"res-evidence_{n}": "portfolio"})
        client.post(f"/evc/{req.pk}/", posted)
        req.refresh_from_db()
        assert req.state == "planned"
        evc.record_results(world.p(world.partner), req.pk, {s.skill_uri: {"result": "certified", "level": "expert", "evidence": "portfolio"}
                                                             for s in req.skills.all()}, req.version)
        page = client.get(f"/evc/{req.pk}/").content.decode()
    history = page.split('class="history"', 1)[1].split("</ol>", 1)[0]
    recorded = next(line for line in history.split("<li>") if "Resultaat vastleggen" in line)
    assert "door " in recorded and "EVC-centrum Gent" in recorded and world.partner.label in recorded.replace("&#x27;", "'")


def test_an_unassigned_request_is_still_vdabs_to_assess(world, client):
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(1))
    day = next_working_day()
    planned = _post(client, f"/api/v1/careers/evc/{req.pk}/plan", {"day": day.isoformat(), "place": "Gent", "version": req.version},
                    world.counsellor)
    assert planned.status_code == 200, planned.content
