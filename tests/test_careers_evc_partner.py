"""An EVC assigned to an accredited partner: the partner sees the certify button on the EVC page and certifies, the
result is signed by the partner as issuer; VDAB's counsellor no longer gets the button for it."""

import datetime as dt

import pytest

from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.use_cases import common, evc
from werkregie.core import clock
from werkregie.credentials import use_cases as credentials
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def test_the_partner_certifies_on_the_page_and_signs_the_result(world, client):
    counsellor, partner = world.p(world.counsellor), world.p(world.partner)
    issuer = credentials.register_issuer(name="EVC-centrum Gent", slug="evc-gent-page", kind="training_provider", who=PLATFORM,
                                         organisation=world.partner_org)
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(3))
    req = evc.assign(counsellor, req.pk, world.partner_org.pk, req.version)
    day = next_working_day()
    req = evc.plan(partner, req.pk, day, "EVC-centrum Gent", req.version)
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        uris = [s.skill_uri for s in req.skills.all()]
        results = {u: {"result": "certified", "level": "advanced", "evidence": "test"} for u in uris[:2]}
        results[uris[2]] = {"result": "not_yet"}
        req = evc.record_results(partner, req.pk, results, req.version)
        client.force_login(world.counsellor)
        assert "Erkenning toekennen" not in client.get(f"/evc/{req.pk}/").content.decode()
        client.force_login(world.partner)
        page = client.get(f"/evc/{req.pk}/").content.decode()
        assert "Erkenning toekennen" in page
        assert client.post(f"/evc/{req.pk}/", {"action": "certify", "version": req.version}).status_code == 302
        req.refresh_from_db()
        assert req.state == "certified"
        [made] = [c for c in credentials.credentials_of(world.person) if c.kind == "evc_result"]
        assert made.issuer == issuer and set(made.skills) == set(uris[:2])  # a training provider accredited for EVC signs its result
        # named, not counted (browser walk of issue 13: "EVC: 2 competenties"; tests/test_careers_evc_title.py)
        assert made.title == f"Erkende competenties (EVC): {common.skill_label(uris[0], 'nl')}, {common.skill_label(uris[1], 'nl')}"
        assert credentials.verify(made.token).valid
