"""Issue 17, point 7: reads that were not logged are logged, and the log says what was actually shown."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.cli import main
from werkregie.core import clock
from werkregie.matching.models import DecisionKind, MatchDecision
from werkregie.matching.use_cases import candidates_for_vacancy
from werkregie.people.enums import StatusKind

from . import factories as f
from .test_matching_platform import CLEANER, SKILLS, bearer, market  # noqa: F401 - the shared matching fixture
from .test_permissions import world  # noqa: F401 - the shared access fixture


def _entries(person_id: int, prefix: str):
    return AccessLogEntry.objects.filter(person_id=person_id, what__startswith=prefix)


def test_the_profile_returned_by_put_is_logged(market):
    url = f"/api/v1/matching/persons/{market['strong'].pk}/profile"
    version = type(market["strong"]).objects.get(pk=market["strong"].pk).profile_version  # If-Match is required (issue 17)
    response = Client().put(url, {"desired_occupations": [CLEANER.uri]}, content_type="application/json", HTTP_IF_MATCH=f'"v{version}"',
                            **bearer(market["counsellor"]))
    assert response.status_code == 200, response.content
    assert response.json()["skills"]  # the whole profile came back ...
    entry = _entries(market["strong"].pk, "matching: profiel").get()  # ... and is logged, saying what it holds
    assert entry.purpose == "guidance" and entry.channel == "api" and entry.actor_id == market["counsellor"].pk
    assert "competenties" in entry.what and "talen" in entry.what and entry.shown == "record"


def test_the_exclusion_list_shown_to_a_counsellor_is_logged(market):
    MatchDecision.objects.create(vacancy=market["near"], person=market["weak"], kind=DecisionKind.EXCLUDE, reason="Werkt er al",
                                 decided_by=market["counsellor"], decided_at=clock.now())
    view = candidates_for_vacancy(f.principal(market["counsellor"]), market["near"].pk)
    assert [d.person_id for d in view.excluded] == [market["weak"].pk]
    entry = _entries(market["weak"].pk, "matching: uitgesloten").get()
    assert entry.shown == "list" and "reden" in entry.what and entry.purpose == "guidance"


def test_the_candidate_page_logs_the_exclusions_it_shows(market):
    MatchDecision.objects.create(vacancy=market["near"], person=market["weak"], kind=DecisionKind.EXCLUDE, reason="Werkt er al",
                                 decided_by=market["counsellor"], decided_at=clock.now())
    client = Client()
    client.force_login(market["counsellor"])
    page = client.get(f"/vacatures/{market['near'].pk}/kandidaten/")
    assert page.status_code == 200 and "Werkt er al" in page.content.decode()
    assert _entries(market["weak"].pk, "matching: uitgesloten").filter(channel="web").exists()


def test_the_screening_preview_is_logged(ref):
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    p = f.person(team=team, counsellor=counsellor)
    f.episode(p, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 6, 1))
    client = Client()
    client.force_login(counsellor)
    response = client.post(f"/personen/{p.pk}/screening/voorstel/", {"dutch_level": "B1"})
    assert response.status_code == 200
    entry = _entries(p.pk, "screening: voorstel").get()
    assert entry.actor_id == counsellor.pk and entry.purpose == "screening" and entry.channel == "web"


def test_people_duplicates_needs_an_actor_and_logs_each_person_listed(world, capsys):
    admin = world["users"][Role.ADMIN]
    twins = [f.person(first_name="Jan", last_name="Dubbel", birth_date=dt.date(1990, 1, 1)) for _ in range(2)]
    with pytest.raises(SystemExit):  # no --user: refused by the parser
        main(["people", "duplicates"])
    capsys.readouterr()
    assert main(["people", "duplicates", "--user", admin.username]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {p["id"] for group in listed for p in group} >= {t.pk for t in twins}
    for twin in twins:
        entry = _entries(twin.pk, "dubbels").get()
        assert entry.channel == "cli" and entry.actor_id == admin.pk and entry.shown == "list" and "INSZ" in entry.what


def test_people_duplicates_refuses_a_role_that_may_not_merge(world, capsys):
    assert main(["people", "duplicates", "--user", world["users"][Role.EMPLOYER].username]) == 1
    assert "samenvoegen" in capsys.readouterr().err
    assert not AccessLogEntry.objects.filter(what__startswith="dubbels").exists()


def test_an_employers_search_logs_the_names_it_showed(world):
    employer = world["users"][Role.EMPLOYER]
    response = Client().get("/api/v1/persons", HTTP_AUTHORIZATION=f"Bearer {f.token(employer)}")
    assert response.status_code == 200, response.content
    shown = response.json()["items"]
    assert shown and all(item.get("insz") is None and item.get("birth_date") is None and item.get("municipality") is None for item in shown)
    entries = AccessLogEntry.objects.filter(actor_id=employer.pk, what__startswith="zoekresultaat")
    assert entries.count() == len(shown)
    assert {e.what for e in entries} == {"zoekresultaat: naam"}
