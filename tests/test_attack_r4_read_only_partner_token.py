"""Attack round 4, L2: partner writes ignored the token's scope. An accredited EVC partner's read-only token
(persons:read) planned the assessment, recorded its results and certified; it now does none of these, through the API
as through the use cases. (Completing a training with a read-only token: tests/test_attack_r4_training_moved_session.py.)"""

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f
from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.accounts.models import Scope
from werkregie.accounts.principal import Principal
from werkregie.careers.use_cases import evc
from werkregie.core import clock
from werkregie.core.errors import DomainError

pytestmark = pytest.mark.django_db


def _read_only(user) -> Principal:  # noqa: ANN001
    return Principal(user=user, scopes=frozenset([Scope.PERSONS_READ]), channel="api")


def test_a_read_only_partner_token_neither_plans_nor_records_nor_certifies(world):
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(2))
    req = evc.assign(world.p(world.counsellor), req.pk, world.partner_org.pk, req.version)
    day = next_working_day()
    api = Client(HTTP_AUTHORIZATION=f"Bearer {f.token(world.partner, [Scope.PERSONS_READ])}")
    answer = api.post(f"/api/v1/careers/evc/{req.pk}/plan", {"day": day.isoformat(), "place": "EVC-centrum", "version": req.version},
                      content_type="application/json")
    assert answer.status_code in (403, 404), answer.content
    with pytest.raises(DomainError):
        evc.plan(_read_only(world.partner), req.pk, day, "EVC-centrum", req.version)
    req = evc.plan(world.p(world.partner), req.pk, day, "EVC-centrum", req.version)  # the full scope may
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        results = {s.skill_uri: {"result": "certified", "level": "advanced", "evidence": "test"} for s in req.skills.all()}
        with pytest.raises(DomainError):
            evc.record_results(_read_only(world.partner), req.pk, results, req.version)
        req = evc.record_results(world.p(world.partner), req.pk, results, req.version)
        with pytest.raises(DomainError):
            evc.certify(_read_only(world.partner), req.pk, req.version)
        answer = api.post(f"/api/v1/careers/evc/{req.pk}/certify", {"version": req.version}, content_type="application/json")
        assert answer.status_code in (403, 404), answer.content
        req.refresh_from_db()
        assert req.state != "certified"
