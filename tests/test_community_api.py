"""The community API and pages for every role: who may see and do what (all eight roles on every page and endpoint),
problem details for bad input, optimistic locking over HTTP, and the OpenAPI description."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.community import use_cases as uc
from werkregie.community.models import Assignment
from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind

from . import community_support as cs
from . import factories as f

ROLES = [Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST, Role.ADMIN]
PLANNERS = {Role.COUNSELLOR, Role.MUNICIPALITY, Role.ADMIN}


@pytest.fixture
def w(db):
    with clock.travel_to(cs.TODAY):
        world = cs.world()
        world["users"] = {
            Role.CITIZEN: f.user(Role.CITIZEN, person=world["long1"]), Role.COUNSELLOR: world["counsellor"],
            Role.CONTROLLER: f.user(Role.CONTROLLER), Role.EMPLOYER: f.user(Role.EMPLOYER), Role.MUNICIPALITY: world["municipality"],
            Role.PARTNER: f.user(Role.PARTNER), Role.ANALYST: f.user(Role.ANALYST), Role.ADMIN: world["admin"],
        }
    with clock.travel_to(dt.date(2026, 2, 2)):
        mine = uc.propose(f.principal(world["counsellor"]), world["long1"].pk, world["library"].pk)
        uc.transition(f.principal(world["counsellor"]), mine.pk, "accept")
        world["mine"] = uc.transition(f.principal(world["municipality"]), mine.pk, "start")
    with clock.travel_to(cs.TODAY):
        world["elsewhere"] = uc.propose(f.principal(world["admin"]), world["outside"].pk, world["park"].pk)
        yield world


def bearer(user) -> dict:  # noqa: ANN001
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


ACTIVITY = {"kind": "community_service", "title": "Sorteren in de kringwinkel", "host_name": "Kringwinkel Gent vzw", "host_kind": "non_profit",
            "address": "Dok Noord 2", "municipality": cs.GENT, "hours_per_week": 8, "capacity": 2, "start": "2026-04-01"}


@pytest.mark.parametrize("role", ROLES)
def test_api_access_for_every_role(w, role):
    client, headers = Client(), bearer(w["users"][role])
    planner = role in PLANNERS
    with clock.travel_to(cs.TODAY):
        listing = client.get("/api/v1/community/activities", **headers)
        assert listing.status_code == (200 if planner else 403), role
        if planner:
            expected = {w["library"].pk} if role == Role.MUNICIPALITY else {w["library"].pk, w["park"].pk}
            assert {a["id"] for a in listing.json()} == expected
        assert client.get(f"/api/v1/community/activities/{w['library'].pk}", **headers).status_code == (200 if planner else 404)
        created = client.post("/api/v1/community/activities", ACTIVITY, content_type="application/json", **headers)
        assert created.status_code == (201 if role in {Role.MUNICIPALITY, Role.ADMIN} else 403), (role, created.content)
        changed = client.put(f"/api/v1/community/activities/{w['library'].pk}", {"version": w["library"].version, "capacity": 4},
                             content_type="application/json", **headers)
        assert changed.status_code == {Role.MUNICIPALITY: 200, Role.ADMIN: 200, Role.COUNSELLOR: 403}.get(role, 404), (role, changed.content)
        assert client.get("/api/v1/community/eligible", **headers).status_code == (200 if planner else 403)
        mine = client.get(f"/api/v1/community/assignments/{w['mine'].pk}", **headers)
        assert mine.status_code == (200 if planner else 404), role
        elsewhere = client.get(f"/api/v1/community/assignments/{w['elsewhere'].pk}", **headers)
        assert elsewhere.status_code == (200 if role == Role.ADMIN else 404), role
        listed = client.get("/api/v1/community/assignments", **headers)
        assert listed.status_code == (200 if planner else 403)
        if planner:
            expected = {w["mine"].pk, w["elsewhere"].pk} if role == Role.ADMIN else {w["mine"].pk}
            assert {a["id"] for a in listed.json()} == expected, role
        assert client.get("/api/v1/community/hours?month=2026-02", **headers).status_code == (200 if planner else 403)
        hours = client.put(f"/api/v1/community/assignments/{w['mine'].pk}/attendance", {"hours": {"2026-02-03": 4}, "version": _version(w["mine"])},
                           content_type="application/json", **headers)
        assert hours.status_code == {Role.MUNICIPALITY: 200, Role.ADMIN: 200, Role.COUNSELLOR: 403}.get(role, 404), (role, hours.content)
        exempt = client.post(f"/api/v1/community/persons/{w['long2'].pk}/exemptions", {"reason": "care", "note": "Zorgt voor een ziek kind"},
                             content_type="application/json", **headers)
        assert exempt.status_code == (201 if role in {Role.COUNSELLOR, Role.ADMIN} else 404), role
        proposal = client.post("/api/v1/community/assignments", {"person_id": w["long2"].pk, "activity_id": w["library"].pk},
                               content_type="application/json", **headers)
        # long2 is exempted by the counsellor or admin just before; the others may not see long2 at all
        assert proposal.status_code == (422 if role in {Role.COUNSELLOR, Role.ADMIN} else 404), role
        step = client.post(f"/api/v1/community/assignments/{w['elsewhere'].pk}/transitions", {"name": "accept", "version": _version(w["elsewhere"])},
                           content_type="application/json", **headers)
        assert step.status_code == (200 if role == Role.ADMIN else 404), role
    assert client.get("/api/v1/community/parameters").status_code == 200


def test_citizen_sees_nothing_of_the_planning_even_their_own(w):
    headers = bearer(w["users"][Role.CITIZEN])
    assert Client().get(f"/api/v1/community/assignments/{w['mine'].pk}", **headers).status_code == 404


def test_detail_hours_allowance_and_logging(w):
    client, headers = Client(), bearer(w["municipality"])
    with clock.travel_to(cs.TODAY):
        put = client.put(f"/api/v1/community/assignments/{w['mine'].pk}/attendance", {"hours": {"2026-02-03": "8", "2026-02-04": 7.5},
                                                                                   "version": _version(w["mine"])},
                         content_type="application/json", **headers)
        assert put.status_code == 200 and put.json()["warnings"] == ["15,50 uur in 02/2026: minder dan het maandminimum van 32 uur"]
        over = client.put(f"/api/v1/community/assignments/{w['mine'].pk}/attendance",
                          {"hours": {f"2026-02-{d:02d}": 8 for d in range(5, 13)}, "version": _version(w["mine"])}, content_type="application/json", **headers)
        assert over.status_code == 422 and over["content-type"] == "application/problem+json"
        assert "maandmaximum van 64 uur" in over.json()["detail"] and over.json()["errors"][0]["field"] == "hours.2026-02-12"
        detail = client.get(f"/api/v1/community/assignments/{w['mine'].pk}", **headers).json()
    assert detail["state"] == "active" and detail["ends_by"] == "2026-08-01" and detail["total_hours"] == 15.5
    assert detail["months"] == [{"month": "2026-02", "hours": 15.5, "allowance": 20.15, "min_hours": 32.0, "max_hours": 64.0, "under_minimum": True}]
    assert detail["can_record_attendance"] and set(detail["transitions"]) == {"complete", "stop"}
    assert AccessLogEntry.objects.filter(person_id=w["long1"].pk, actor_role="municipality", channel="api").exists()


def _version(assignment) -> int:
    """The current version: edits must send it (issue 17, optimistic concurrency required)."""
    return type(assignment).objects.get(pk=assignment.pk).version


def test_bad_input_is_a_problem_never_a_500(w):
    client, headers = Client(), bearer(w["municipality"])
    with clock.travel_to(cs.TODAY):
        bad = client.post("/api/v1/community/activities", {**ACTIVITY, "capacity": 0, "kind": "x"}, content_type="application/json", **headers)
        assert bad.status_code == 422 and {e["field"] for e in bad.json()["errors"]} >= {"capacity", "kind"}
        bad_end = client.post("/api/v1/community/activities", {**ACTIVITY, "end": "2026-01-01"}, content_type="application/json", **headers)
        assert bad_end.status_code == 422 and bad_end.json()["errors"][0]["field"] == "end"
        assert client.get("/api/v1/community/hours?month=2026-13", **headers).status_code == 422
        assert client.get("/api/v1/community/hours?month=feb", **headers).status_code == 422
        assert client.put(f"/api/v1/community/assignments/{w['mine'].pk}/attendance", {"hours": {"2026-02-03": 25}, "version": _version(w["mine"])},
                          content_type="application/json", **headers).status_code == 422
        assert client.post(f"/api/v1/community/assignments/{w['mine'].pk}/transitions", {"name": "fly"}, content_type="application/json",
                           **headers).status_code == 422
        wrong = client.post(f"/api/v1/community/assignments/{w['mine'].pk}/transitions", {"name": "accept", "version": _version(w["mine"])},
                            content_type="application/json", **headers)
        assert wrong.status_code == 409


def test_optimistic_locking_over_http(w):
    client, headers = Client(), bearer(w["municipality"])
    url = f"/api/v1/community/activities/{w['library'].pk}"
    with clock.travel_to(cs.TODAY):
        first = client.put(url, {"version": 1, "capacity": 4}, content_type="application/json", **headers)
        assert first.status_code == 200 and first.json()["version"] == 2 and first.json()["capacity"] == 4
        second = client.put(url, {"version": 1, "capacity": 9}, content_type="application/json", **headers)
        assert second.status_code == 409 and "versie 2" in second.json()["detail"]
        stale = client.post(f"/api/v1/community/assignments/{w['mine'].pk}/transitions", {"name": "stop", "reason": "Geen opdagen", "version": 1},
                            content_type="application/json", **headers)
        assert stale.status_code == 409
    assert Assignment.objects.get(pk=w["mine"].pk).state == "active"


def test_openapi_describes_the_endpoints(db):
    schema = Client().get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/v1/community/activities", "/api/v1/community/eligible", "/api/v1/community/assignments",
                 "/api/v1/community/assignments/{assignment_id}/attendance", "/api/v1/community/hours", "/api/v1/community/parameters"):
        assert path in paths, path


PAGES_ALLOWED = {
    "planning": PLANNERS, "new": {Role.MUNICIPALITY, Role.ADMIN}, "activity": PLANNERS, "eligible": PLANNERS,
    "exemption": {Role.COUNSELLOR, Role.ADMIN}, "assignment": PLANNERS, "hours": PLANNERS,
}


@pytest.mark.parametrize("role", ROLES)
def test_pages_for_every_role(w, role):
    client = Client()
    client.force_login(w["users"][role])
    urls = {
        "planning": "/gemeente/gemeenschapsdienst/", "new": "/gemeente/gemeenschapsdienst/activiteiten/nieuw/",
        "activity": f"/gemeente/gemeenschapsdienst/activiteiten/{w['library'].pk}/", "eligible": "/gemeente/gemeenschapsdienst/in-aanmerking/",
        "exemption": f"/gemeente/gemeenschapsdienst/vrijstelling/{w['long2'].pk}/",
        "assignment": f"/gemeente/gemeenschapsdienst/toewijzingen/{w['mine'].pk}/", "hours": "/gemeente/gemeenschapsdienst/uren/?maand=2026-02",
    }
    with clock.travel_to(cs.TODAY):
        for name, url in urls.items():
            status = client.get(url).status_code
            assert status == (200 if role in PAGES_ALLOWED[name] else 403), (role, name, status)
        if role in PLANNERS:
            assert client.get(f"/gemeente/gemeenschapsdienst/toewijzingen/{w['elsewhere'].pk}/").status_code == (200 if role == Role.ADMIN else 404)
        if role == Role.MUNICIPALITY:
            assert client.get(f"/gemeente/gemeenschapsdienst/activiteiten/{w['park'].pk}/").status_code == 404
            assert client.post(f"/gemeente/gemeenschapsdienst/toewijzingen/{w['mine'].pk}/", {"form": "week", "week": "2026-02-02"}).status_code == 302


def test_pages_planning_flow_for_the_municipality(w):
    client = Client()
    client.force_login(w["municipality"])
    with clock.travel_to(cs.TODAY):
        page = client.get("/gemeente/gemeenschapsdienst/")
        assert page.status_code == 200 and "Hulp in de schoolbibliotheek" in page.content.decode() and str(w["long1"]) in page.content.decode()
        new = client.post("/gemeente/gemeenschapsdienst/activiteiten/nieuw/", {**ACTIVITY, "kind": "wijk_werken", "start": "01/04/2026"})
        assert new.status_code == 302
        bad = client.post("/gemeente/gemeenschapsdienst/activiteiten/nieuw/", {**ACTIVITY, "start": "31/02/2026", "capacity": "0"})
        assert bad.status_code == 422 and "error-summary" in bad.content.decode()
        edit = f"/gemeente/gemeenschapsdienst/activiteiten/{w['library'].pk}/"
        form = {**ACTIVITY, "start": "01/01/2026", "hours_per_week": "8", "version": "1"}
        assert client.post(edit, form).status_code == 302
        stale = client.post(edit, {**form, "capacity": "5"})
        assert stale.status_code == 409 and "versie 2" in stale.content.decode()
        url = f"/gemeente/gemeenschapsdienst/toewijzingen/{w['mine'].pk}/"
        week = {"form": "week", "week": "2026-02-02", "d20260202": "8", "d20260203": "8", "d20260204": "8", "d20260205": "8",
                "version": _version(w["mine"])}
        assert client.post(url, week).status_code == 302
        too_much = client.post(url, {"form": "week", "week": "2026-02-09", **{f"d202602{d:02d}": "8" for d in range(9, 14)},
                                     "version": _version(w["mine"])})
        assert too_much.status_code == 422 and "maandmaximum van 64 uur" in too_much.content.decode()
        detail = client.get(url + "?week=2026-02-02").content.decode()
        assert 'value="8"' in detail and "41,60" in detail  # 32 h × € 1,30
        refused = client.post(url, {"form": "transition", "name": "stop", "version": _version(w["mine"]), "reason": ""})
        assert refused.status_code == 422
        stopped = client.post(url, {"form": "transition", "name": "stop", "version": _version(w["mine"]), "reason": "Komt niet meer opdagen"})
        assert stopped.status_code == 302
    assert Assignment.objects.get(pk=w["mine"].pk).state == "stopped"


def test_counsellor_proposes_from_the_eligible_page(w):
    client = Client()
    client.force_login(w["counsellor"])
    with clock.travel_to(cs.TODAY):
        page = client.get("/gemeente/gemeenschapsdienst/in-aanmerking/").content.decode()
        assert "Bosmans" in page and "Claes" not in page and "Goossens" not in page
        posted = client.post("/gemeente/gemeenschapsdienst/in-aanmerking/", {"person_id": w["long2"].pk, "activity_id": w["library"].pk})
        assert posted.status_code == 302
        again = client.post("/gemeente/gemeenschapsdienst/in-aanmerking/", {"person_id": w["long2"].pk, "activity_id": w["library"].pk})
        assert again.status_code == 422
        outside = client.post("/gemeente/gemeenschapsdienst/in-aanmerking/", {"person_id": w["outside"].pk, "activity_id": w["library"].pk})
        assert outside.status_code == 404
        exemption = client.post(f"/gemeente/gemeenschapsdienst/vrijstelling/{w['short'].pk}/", {"reason": "care", "note": "", "start": "10/03/2026"})
        assert exemption.status_code == 422
    assert Assignment.objects.filter(person=w["long2"], state="proposed").exists()
    other = f.organisation(OrganisationKind.VDAB_TEAM)
    assert other.pk  # another team's counsellor sees none of it
    stranger = Client()
    stranger.force_login(f.user(Role.COUNSELLOR, other))
    assert stranger.get(f"/gemeente/gemeenschapsdienst/toewijzingen/{w['mine'].pk}/").status_code == 404


@pytest.mark.parametrize("language, title, money", [("nl", "Uren en vergoeding in 02/2026", "€ 10,40"), ("fr", "Heures et indemnité en 02/2026", "€ 10,40"),  # Belgian formats in every language
                                                     ("en", "Hours and allowance in 02/2026", "€ 10,40")])
def test_pages_in_three_languages(w, language, title, money):
    with clock.travel_to(cs.TODAY):
        uc.record_hours(f.principal(w["municipality"]), w["mine"].pk, {"2026-02-03": "8"})
        client = Client(HTTP_ACCEPT_LANGUAGE=language)
        client.force_login(w["municipality"])
        html = client.get("/gemeente/gemeenschapsdienst/uren/?maand=2026-02").content.decode()
    assert title in html and money in html and f'lang="{language}"' in html


def test_command_line_parameters_and_hours(w, capsys):
    import json

    from werkregie.cli import build_parser

    args = build_parser().parse_args(["community", "parameters", "--on", "2026-02-01"])
    assert args.func(args) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["key"]: r["value"] for r in rows}["gemeenschapsdienst_hourly_allowance"] == 1.3
    with clock.travel_to(cs.TODAY):
        uc.record_hours(f.principal(w["municipality"]), w["mine"].pk, {"2026-02-03": "8"})
        args = build_parser().parse_args(["community", "hours", "--month", "2026-02", "--user", w["municipality"].username])
        assert args.func(args) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["hours"] == "8.00" and row["allowance_eur"] == "10.40" and row["under_minimum"]
    assert AccessLogEntry.objects.filter(person_id=w["long1"].pk, channel="cli").exists()
    with pytest.raises(SystemExit):
        build_parser().parse_args(["community", "hours", "--month", "2026-13", "--user", "x"])
    args = build_parser().parse_args(["community", "hours", "--month", "2026-02", "--user", w["users"][Role.ANALYST].username])
    assert args.func(args) == 2


@pytest.mark.parametrize("role", ROLES)
def test_own_assignments_only_for_the_citizen(w, role):
    client, headers = Client(), bearer(w["users"][role])
    with clock.travel_to(cs.TODAY):
        uc.record_hours(f.principal(w["municipality"]), w["mine"].pk, {"2026-02-03": "8"})
        mine = client.get("/api/v1/community/me", **headers)
        assert mine.status_code == (200 if role == Role.CITIZEN else 404), role
        if role != Role.CITIZEN:
            return
        [own] = mine.json()
        assert own["id"] == w["mine"].pk and own["months"][0]["allowance"] == 10.4 and own["host"] == "Basisschool De Regenboog"
        assert AccessLogEntry.objects.filter(person_id=w["long1"].pk, actor_role="citizen", purpose="own_data").exists()
        assert client.post(f"/api/v1/community/me/assignments/{w['elsewhere'].pk}/accept", {"version": _version(w["elsewhere"])}, content_type="application/json",
                           **headers).status_code == 404  # someone else's
        assert client.post(f"/api/v1/community/me/assignments/{w['mine'].pk}/accept", {"version": _version(w["mine"])}, content_type="application/json",
                           **headers).status_code == 409  # already active
        b = uc.propose(f.principal(w["counsellor"]), w["long2"].pk, w["library"].pk)
        other = f.user(Role.CITIZEN, person=w["long2"])
        accepted = client.post(f"/api/v1/community/me/assignments/{b.pk}/accept", {"version": 1}, content_type="application/json", **bearer(other))
        assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"
