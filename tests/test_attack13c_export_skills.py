"""Issue 13's attack on a demo (MEDIUM): the own-data export (POST /api/v1/me/export) left out the result per skill of an
EVC request (EvcSkill: result, level, evidence, the assessor's note) and of a competence visa (VisaSkill). They are now
exported as rows under their request and visa, like an application's feedback, in the JSON and the readable PDF."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest

from tests import factories as f
from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from tests.test_kpis_report import pdf_text
from werkregie.careers.use_cases import common, evc, visa
from werkregie.core import clock
from werkregie.privacy import collect, pdf

pytestmark = pytest.mark.django_db


def _assessed(world):
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(2))
    day = next_working_day()
    counsellor = world.p(world.counsellor)
    req = evc.plan(counsellor, req.pk, day, "VDAB Gent", req.version)
    first, second = skill_uris(2)
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        req = evc.record_results(counsellor, req.pk, {
            first: {"result": "certified", "level": "expert", "evidence": "portfolio", "note": "Sterk portfolio met foto's"},
            second: {"result": "not_yet", "note": "Nog te weinig praktijk"}}, req.version)
        evc.certify(counsellor, req.pk, req.version)
    visa.issue(counsellor, world.person.pk, dismissal="collective", former_employer="Bekaert Zwevegem",
               dismissal_date=clock.today() - dt.timedelta(days=20), skills=[
                   {"uri": skill_uris(3)[2], "level": "advanced", "evidence": "observation", "note": "Op de werkvloer gezien"}])
    return req


def test_the_export_holds_each_skills_evc_and_visa_result(world, client, django_capture_on_commit_callbacks):
    req = _assessed(world)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.citizen)}"}
    made = client.post("/api/v1/me/export", content_type="application/json", **auth)
    assert made.status_code == 202 and made.json()["state"] == "ready", made.content
    with django_capture_on_commit_callbacks(execute=True):
        got = client.get(f"/api/v1/me/export/{made.json()['id']}/download", **auth)
    data = json.loads(zipfile.ZipFile(io.BytesIO(got.content)).read("mijn-gegevens.json"))
    careers = next(s for s in data["sections"] if s["key"] == "careers")["models"]
    rows = {r["skill_uri"]: r for r in careers["careers.EvcSkill"]["rows"]}
    first, second, third = skill_uris(3)
    assert set(rows) == {first, second} and all(r["request_id"] == req.pk for r in rows.values())
    assert (rows[first]["result"], rows[first]["level"], rows[first]["evidence"], rows[first]["note"]) == (
        "certified", "expert", "portfolio", "Sterk portfolio met foto's")
    assert rows[second]["result_label"] == "Nog niet erkend" and rows[second]["note"] == "Nog te weinig praktijk"
    [visa_row] = careers["careers.VisaSkill"]["rows"]
    assert (visa_row["skill_uri"], visa_row["level"], visa_row["note"]) == (third, "advanced", "Op de werkvloer gezien")


def test_the_readable_pdf_names_the_skill_its_result_and_the_note(world):
    _assessed(world)
    text = pdf_text(pdf.render(collect.collect(world.person), "Sofie Peeters", "01/12/2026"))
    assert "Sterk portfolio met foto" in text and "Nog te weinig praktijk" in text and "Op de werkvloer gezien" in text
    assert common.skill_label(skill_uris(1)[0], "nl")[:20] in text and "(resultaat)" in text
