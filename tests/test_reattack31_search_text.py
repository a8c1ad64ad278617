"""Re-attack of stop 31: a search text the platform could not read was dropped into "no search" and listed (and logged)
everything — `?q=%FF` (read as U+FFFD) the whole caseload, a null character the whole worklist, every control case and
every vacancy; an ESC character was silently removed; `municipality=%00` answered nobody. Each is refused, naming the
field (core.text.search_text_problem), and nothing is listed or logged."""

from __future__ import annotations

import pytest

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind

from . import factories as f

UNREADABLE = ["\ufffd", "Van\x1bhove", "Verm\u202eeersch", "%", "--"]


@pytest.fixture
def counsellor(db, ref):
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    bart = f.user(Role.COUNSELLOR, team)
    for name in ("Vanhove", "Vermeersch"):
        f.episode(f.person(last_name=name, team=team, counsellor=bart), StatusKind.JOBSEEKER_BENEFIT)
    return bart


def _api(client, user, url, params):
    return client.get(url, params, HTTP_AUTHORIZATION=f"Bearer {f.token(user)}")


@pytest.mark.parametrize("typed", UNREADABLE)
def test_the_person_search_refuses_what_it_cannot_read(client, counsellor, typed):
    before = AccessLogEntry.objects.count()
    answer = _api(client, counsellor, "/api/v1/persons", {"q": typed, "purpose": "guidance"})
    assert answer.status_code == 422, answer.content
    assert [e["field"] for e in answer.json()["errors"]] == ["q"]
    client.force_login(counsellor)
    page = client.post("/caseload/", {"q": typed}, follow=True).content.decode()
    assert 'id="id_q_error"' in page and "Vermeersch" not in page
    assert AccessLogEntry.objects.count() == before


def test_an_unknown_municipality_code_is_said(client, counsellor):
    for code in ("\x00", "99999", "abc"):
        answer = _api(client, counsellor, "/api/v1/persons", {"municipality": code, "purpose": "guidance"})
        assert answer.status_code == 422, (code, answer.content)
        assert [e["field"] for e in answer.json()["errors"]] == ["municipality"]


def test_the_worklist_name_filter_refuses_a_null_character(client, counsellor):
    answer = _api(client, counsellor, "/api/v1/worklist", {"name": "\x00"})
    assert answer.status_code == 422 and any(e["field"] == "name" for e in answer.json()["errors"]), answer.content


def test_the_control_cases_refuse_a_null_character(client, db, ref):
    controller = f.user(Role.CONTROLLER)
    answer = _api(client, controller, "/api/v1/compliance/cases", {"q": "\x00"})
    assert answer.status_code == 422 and [e["field"] for e in answer.json()["errors"]] == ["q"], answer.content


def test_the_public_vacancy_search_refuses_what_it_cannot_read(client, db, ref):
    for typed in ("\x00", "\ufffd", "heftruck\u202e"):
        answer = client.get("/api/v1/vacancies/search", {"q": typed})
        assert answer.status_code == 422, (typed, answer.content)
        assert [e["field"] for e in answer.json()["errors"]] == ["q"]
    assert client.get("/api/v1/vacancies/search", {"q": "heftruck"}).status_code == 200
