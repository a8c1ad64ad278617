"""Issue 17, point 18: schemathesis against the whole API with tokens of several roles — zero 5xx, auth never ignored.
A short run (WERKREGIE_FUZZ_EXAMPLES, default 2 per operation and role); bench/security_fuzz.py runs a longer one."""

import json
import os

import pytest

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind

from . import factories as f
from .fuzz_support import fuzz


@pytest.fixture
def tokens(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    citizen_person = f.person(team=team)
    for _ in range(3):
        f.person(team=team)
    users = {
        "admin": f.user(Role.ADMIN, is_staff=True),
        "counsellor": f.user(Role.COUNSELLOR, team),
        "employer": f.user(Role.EMPLOYER),
        "citizen": f.user(Role.CITIZEN, person=citizen_person),
    }
    return {role: f.token(user) for role, user in users.items()}


def test_the_whole_api_under_fuzzing(tokens):
    report = fuzz(tokens, int(os.environ.get("WERKREGIE_FUZZ_EXAMPLES", "2")))
    if os.environ.get("WERKREGIE_FUZZ_REPORT"):
        with open(os.environ["WERKREGIE_FUZZ_REPORT"], "w", encoding="utf-8") as handle:
            json.dump(report.as_dict(), handle, indent=2)
    assert report.operations >= 100
    assert not report.server_errors, "\n".join(report.server_errors[:30])
    assert not report.auth_ignored, "\n".join(report.auth_ignored)
