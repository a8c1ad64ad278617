"""Issue 17 point 17 (follow-up): every write row of tests/permission_matrix.py is decided per role (+ or -, never ~), and
the decisions are checked against what the routes do:

- a role marked '-' is refused (401/403, or 404: it cannot see the object) and nothing is created;
- a role marked '+' is never refused as such (401/403): it reaches the row's lookup or validation;
- where a route moves a declared workflow, the roles marked '+' are among the roles its transition table allows (a
  route may narrow the table — the citizen's own routes — but never widen it).

The requests carry a valid body and the version (required since issue 17), so the answer is about the role."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.workflows.tables import REGISTRY

from . import factories as f
from . import permission_matrix as matrix
from .trust_requests import ACTING_AS, CREATE_BODIES, READS_BY_POST, VERSIONED, send, writes  # writes(): without the apps other work builds now

# route → (workflow, the transitions it can make)
WORKFLOW_ROUTES = {
    "POST /api/v1/vacancies/applications/{application_id}/transitions": ("application", None),
    "POST /api/v1/vacancies/{vacancy_id}/lifecycle": ("vacancy", None),
    "POST /api/v1/employers/memberships/{membership_id}/transitions": ("employer_membership", None),
    "POST /api/v1/community/assignments/{assignment_id}/transitions": ("community_assignment", None),
    "POST /api/v1/community/me/assignments/{assignment_id}/accept": ("community_assignment", {"accept"}),
    "POST /api/v1/compliance/cases/{case_id}/hearing": ("compliance_case", {"plan_hearing"}),
    "POST /api/v1/compliance/cases/{case_id}/hearing/move": ("compliance_case", {"move_hearing"}),
    "POST /api/v1/compliance/cases/{case_id}/hearing-report": ("compliance_case", {"record_hearing"}),
    "POST /api/v1/compliance/cases/{case_id}/decision": ("compliance_case", {"decide"}),
    "POST /api/v1/compliance/cases/{case_id}/appeal": ("compliance_case", {"appeal"}),
    "POST /api/v1/compliance/cases/{case_id}/appeal-outcome": ("compliance_case", {"decide_appeal"}),
    "POST /api/v1/compliance/cases/{case_id}/drop": ("compliance_case", {"drop"}),
    "POST /api/v1/compliance/cases/{case_id}/close": ("compliance_case", {"close"}),
    "POST /api/v1/compliance/me/cases/{case_id}/response": ("compliance_case", {"respond"}),
    "POST /api/v1/compliance/me/cases/{case_id}/appeal": ("compliance_case", {"appeal"}),
    "POST /api/v1/appointments/{appointment_id}/booking": ("appointment", {"book", "move"}),
    "POST /api/v1/appointments/booking/{token}": ("appointment", {"book", "move"}),
    "POST /api/v1/appointments/{appointment_id}/convocation": ("appointment", {"convoke"}),
    "POST /api/v1/appointments/{appointment_id}/attendance": ("appointment", {"attend", "excuse", "no_show"}),
    "POST /api/v1/appointments/{appointment_id}/excuse/review": ("appointment", {"accept_excuse", "refer"}),
    "POST /api/v1/appointments/{appointment_id}/cancellation": ("appointment", {"cancel"}),
    "POST /api/v1/appointments/{appointment_id}/unbooking": ("appointment", {"unbook"}),
    "POST /api/v1/trajectories/{trajectory_id}/suspend": ("trajectory", {"suspend"}),
    "POST /api/v1/trajectories/{trajectory_id}/resume": ("trajectory", {"resume", "reopen"}),
    "POST /api/v1/trajectories/{trajectory_id}/close": ("trajectory", {"close"}),
    "POST /api/v1/trajectories/agreements/{agreement_id}/propose": ("agreement", {"propose"}),
    "POST /api/v1/trajectories/agreements/{agreement_id}/accept-on-paper": ("agreement", {"accept_on_paper"}),
    "POST /api/v1/trajectories/me/agreements/{agreement_id}/accept": ("agreement", {"accept"}),
    "POST /api/v1/trajectories/steps/{step_id}/review": ("agreement_step", {"approve", "reject"}),
    "POST /api/v1/trajectories/me/steps/{step_id}/evidence": ("agreement_step", {"submit"}),
    "PATCH /api/v1/trajectories/partner/steps/{step_id}": ("agreement_step", {"submit", "approve"}),
}
ROLE_ALIASES = {"employer_admin": Role.EMPLOYER}  # the employer's own administrator is an employer user
# '-' roles that are answered on the form instead of refused as such (nothing is created)
REFUSED_ON_THE_FORM = {"POST /api/v1/employers/requests": "an account that already belongs to an organisation is told so (422, field kbo_number)"}


def _decided_writes() -> list[str]:
    return sorted(writes())


def _row(key: str) -> dict[str, str]:
    return dict(zip(matrix.ROLE_COLUMNS, matrix.API[key].split()))


def test_every_write_row_is_decided_per_role():
    undecided = {k: matrix.API.get(k) for k in _decided_writes() if "~" in matrix.API.get(k, "~")}
    assert undecided == {}, "write rows still '~' (decide + or - per role from the perms module):\n" + "\n".join(undecided)


def test_workflow_routes_allow_no_role_the_transition_table_refuses():
    problems = []
    for key, (name, transitions) in WORKFLOW_ROUTES.items():
        table = REGISTRY[name]
        allowed = set()
        for t in table.transitions:
            if transitions is None or t.name in transitions:
                allowed |= {ROLE_ALIASES.get(str(r), str(r)) for r in t.roles}
        plus = {role for role, symbol in _row(key).items() if symbol == "+"}
        if plus - allowed:
            problems.append(f"{key}: the matrix allows {sorted(plus - allowed)}, the {name!r} table does not")
    assert not problems, "\n".join(problems)


@pytest.fixture
def clients(db):
    out = {}
    for role in matrix.ROLE_COLUMNS:
        user = f.user(role, person=f.person()) if role == Role.CITIZEN else f.user(role)
        client = Client()
        client.defaults["HTTP_AUTHORIZATION"] = "Bearer " + f.token(user)
        out[role] = client
    return out


def test_each_role_is_answered_as_its_row_says(clients):
    problems = []
    for key in _decided_writes():
        body = VERSIONED.get(key, CREATE_BODIES.get(key))
        if body is None or key in matrix.PUBLIC_API:
            continue
        for role, symbol in _row(key).items():
            client = clients[role]
            if role in ACTING_AS.get(key, {}):  # the role acts through an organisation of one kind here
                client = Client(HTTP_AUTHORIZATION="Bearer " + f.token(f.user(role, f.organisation(f.ORG_FOR_ROLE[role], **ACTING_AS[key][role]))))
            status = send(client, key, body, {"If-Match": '"v1"'}).status_code
            if symbol == "-" and status not in (401, 403, 404) and not (status == 422 and key in REFUSED_ON_THE_FORM):
                problems.append(f"{key}: {role!r} is '-' but got {status}")
            if symbol == "+" and status in (401, 403):
                problems.append(f"{key}: {role!r} is '+' but was refused as such ({status})")
    assert not problems, "\n".join(problems)


def test_a_read_by_post_is_decided_as_its_get():
    assert {key: matrix.API.get(key) for key in READS_BY_POST} == {key: matrix.API[get] for key, get in READS_BY_POST.items()}


def test_every_decided_write_has_a_request_here():
    missing = [k for k in _decided_writes() if k not in VERSIONED and k not in CREATE_BODIES and k not in matrix.PUBLIC_API]
    assert missing == []
