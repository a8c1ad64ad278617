"""`werkregie careers evc list|accredit`: the assessor's list (each person listed is logged) and an administrator's
accreditation of a partner as EVC assessor."""

import json

import pytest

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.access.models import AccessLogEntry
from werkregie.careers.models import EvcAccreditation
from werkregie.careers.use_cases import evc
from werkregie.cli import main

pytestmark = pytest.mark.django_db


def test_list_and_accredit(world, capsys):
    req = evc.request(world.p(world.citizen), skill_uris=skill_uris(2))
    assert main(["careers", "evc", "list", "--user", world.counsellor.username, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [req.pk] and rows[0]["state"] == "requested"
    assert AccessLogEntry.objects.filter(person_id=world.person.pk, channel="cli", purpose="competence_recognition").exists()
    assert main(["careers", "evc", "list", "--user", world.unaccredited.username]) == 1
    admin = f.user("admin")
    assert main(["careers", "evc", "accredit", str(world.unaccredited.organisation_id), "--from", "2026-01-01", "--user", admin.username]) == 0
    assert EvcAccreditation.objects.filter(organisation_id=world.unaccredited.organisation_id).exists()
    assert main(["careers", "evc", "accredit", str(world.unaccredited.organisation_id), "--from", "2026-01-01", "--user",
                 world.counsellor.username]) == 1
