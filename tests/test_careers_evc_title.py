"""Browser walk of issue 13: the proof of an EVC for a set of skills was titled "EVC: 2 competenties" — on Mijn Loopbaan,
in the credential's achievement and in the Europass (ELM) export alike, saying nothing of what was recognised. Now the
title names the recognised skills ("Erkende competenties (EVC): a, b, c en 2 andere"), within the title's 200
characters."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from django.utils.html import escape

from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.use_cases import common, evc
from werkregie.core import clock
from werkregie.credentials import use_cases as credentials

pytestmark = pytest.mark.django_db


def test_the_title_names_at_most_three_skills_then_how_many_more():
    assert evc.skills_title(["heftrucks besturen"]) == "Erkende competenties (EVC): heftrucks besturen"
    assert evc.skills_title(["a", "b"]) == "Erkende competenties (EVC): a, b"
    assert evc.skills_title(["a", "b", "c"]) == "Erkende competenties (EVC): a, b, c"
    assert evc.skills_title(["a", "b", "c", "d", "e"]) == "Erkende competenties (EVC): a, b, c en 2 andere"
    assert evc.skills_title(["a", "b", "c", "d"]) == "Erkende competenties (EVC): a, b, c en 1 andere"


def test_long_labels_leave_out_names_rather_than_cut_one_and_the_title_keeps_to_its_length():
    long = ["x" * 70, "y" * 70, "z" * 70]
    title = evc.skills_title(long)
    assert title == f"Erkende competenties (EVC): {'x' * 70}, {'y' * 70} en 1 andere" and len(title) <= evc.TITLE_MAX
    huge = evc.skills_title(["w" * 400])
    assert len(huge) == evc.TITLE_MAX and huge.endswith("…") and huge.startswith("Erkende competenties (EVC): www")


def _claims(token: str) -> dict:
    body = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def test_the_proof_names_the_recognised_skills_on_the_page_in_the_credential_and_in_the_export(world, client):
    citizen, counsellor = world.p(world.citizen), world.p(world.counsellor)
    uris = skill_uris(5)
    req = evc.request(citizen, skill_uris=uris)
    day = next_working_day()
    req = evc.plan(counsellor, req.pk, day, "VDAB Gent", req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(15), clock.BRUSSELS)):
        results = {u: {"result": "certified", "level": "advanced", "evidence": "test"} for u in uris[:4]}
        results[uris[4]] = {"result": "not_yet"}
        req = evc.record_results(counsellor, req.pk, results, req.version)
        req = evc.certify(counsellor, req.pk, req.version)
    [cred] = [c for c in credentials.credentials_of(world.person) if c.kind == "evc_result"]
    names = [common.skill_label(u, "nl") for u in uris[:3]]
    expected = f"Erkende competenties (EVC): {', '.join(names)} en 1 andere"  # the four recognised, not the one that was not
    assert cred.title == expected
    assert _claims(cred.token)["credentialSubject"]["achievement"]["name"] == expected
    client.force_login(world.citizen)
    assert escape(expected) in client.get("/mijn-loopbaan/").content.decode()
    exported = json.loads(client.get(f"/credentials/{cred.pk}/elm.jsonld").content)
    assert expected in json.dumps(exported, ensure_ascii=False)
    assert "EVC: 4 competenties" not in json.dumps(exported, ensure_ascii=False)
