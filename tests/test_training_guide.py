"""The training guide in the platform: gaps from the matching, proposals that close every coverable gap without a
dominated course, uncovered gaps reported, bottleneck targets first; the API with its permissions."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests import factories
from tests.training_support import OCCUPATION, essential, provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.matching.models import DesiredOccupation, PersonSkill
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.training import index
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Course
from werkregie.training.use_cases import guide as guide_cases

pytestmark = pytest.mark.django_db


def _soon(days: int = 20) -> str:
    return (clock.today() + dt.timedelta(days=days)).isoformat()


@pytest.fixture
def setting():
    skills = essential()
    person = factories.person(municipality_id="44021")
    PersonSkill.objects.create(person=person, skill_uri=skills[0], source="declared", added_at=clock.now())
    DesiredOccupation.objects.create(person=person, occupation_uri=OCCUPATION)
    citizen = factories.user(Role.CITIZEN, person=person)
    p = provider(municipality_id="44021")
    session = lambda: [{"session_id": "S1", "start": _soon(), "places": 10, "free_places": 5}]  # noqa: E731
    records = [
        record("BROAD", skills=skills[1:4], cost="400.00", hours=80, sessions=session()),
        record("CHEAP-1", skills=skills[1:2], cost="0.00", hours=20, sessions=session()),
        # dominated: the same gap as CHEAP-1, dearer, longer and farther (Oostende)
        record("DEAR-1", skills=skills[1:2], cost="900.00", hours=120, municipality="35013", sessions=session()),
        record("MOD-4", skills=[skills[4]], cost="100.00", hours=16, modality="online", municipality="", sessions=session()),
    ]
    assert import_catalogue(p, records).written
    return {"skills": skills, "person": person, "citizen": citizen, "provider": p}


def test_plan_closes_every_coverable_gap_and_reports_the_rest(setting):
    view = guide_cases.guide(factories.principal(setting["citizen"]), setting["person"].pk, OCCUPATION)
    skills = setting["skills"]
    gap_uris = {g.uri for g in view.gaps}
    assert skills[0] not in gap_uris and set(skills[1:]) == gap_uris
    closed = {g.uri for p in view.proposals for g in p.closes}
    assert set(skills[1:5]) <= closed
    assert {g.uri for g in view.uncovered} == set(skills[5:])
    assert all(p.reason for p in view.proposals) and view.method == "exact"


def test_a_dominated_course_is_never_proposed(setting):
    view = guide_cases.guide(factories.principal(setting["citizen"]), setting["person"].pk, OCCUPATION)
    assert "DEAR-1" not in {p.course.course_id for p in view.proposals}


def test_an_inactive_course_or_one_without_a_free_place_weighs_accordingly(setting):
    Course.objects.filter(course_id="MOD-4").update(active=False)
    index.bump()  # a change outside the import path says so (the guide's catalogue index is per process)
    view = guide_cases.guide(factories.principal(setting["citizen"]), setting["person"].pk, OCCUPATION)
    assert setting["skills"][4] in {g.uri for g in view.uncovered}


def test_targets_put_desired_first_and_mark_bottlenecks(setting):
    targets = guide_cases.targets_for(factories.principal(setting["citizen"]), setting["person"].pk)
    assert targets[0].uri == OCCUPATION and targets[0].desired
    # vrachtwagenchauffeur is on VDAB's published list of 2020 (data/knelpuntberoepen.csv)
    assert targets[0].bottleneck and 2020 in {x.year for x in targets[0].listed}
    assert all(t.bottleneck for t in targets if not t.desired)


def _api(user) -> Client:  # noqa: ANN001
    return Client(HTTP_AUTHORIZATION=f"Bearer {factories.token(user)}")


def test_api_my_guide(setting):
    response = _api(setting["citizen"]).get("/api/v1/me/training-guide", {"occupation": OCCUPATION})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["bottleneck"] and body["method"] == "exact" and body["proposals"] and body["uncovered"]
    assert _api(setting["citizen"]).get("/api/v1/me/training-guide", {"occupation": "http://example.org/x"}).status_code == 422
    assert _api(setting["citizen"]).get("/api/v1/me/training-guide").status_code == 422


def test_api_guide_of_someone_else_is_not_found(setting):
    other = factories.user(Role.CITIZEN, person=factories.person())
    assert _api(other).get(f"/api/v1/training/persons/{setting['person'].pk}/guide", {"occupation": OCCUPATION}).status_code == 404
    counsellor = factories.user(Role.COUNSELLOR)
    assert _api(counsellor).get(f"/api/v1/training/persons/{setting['person'].pk}/guide", {"occupation": OCCUPATION}).status_code == 404
    setting["person"].counsellor = counsellor
    setting["person"].save()
    assert _api(counsellor).get(f"/api/v1/training/persons/{setting['person'].pk}/guide", {"occupation": OCCUPATION}).status_code == 200


def test_api_bulk_put_only_for_the_provider_itself(setting):
    org = factories.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    own = provider(organisation=org)
    partner = factories.user(Role.PARTNER, organisation=org)
    client = _api(partner)
    put = lambda pid, body, q="": client.put(f"/api/v1/training/providers/{pid}/courses{q}", body, content_type="application/json")  # noqa: E731
    response = put(own.pk, [record("P1"), record("P2")])
    assert response.status_code == 200 and response.json()["created"] == 2
    assert put(own.pk, [record("P1"), record("P2")]).json()["unchanged"] == 2
    assert put(setting["provider"].pk, [record("X")]).status_code == 403
    bad = put(own.pk, [record("P1"), record("P3", cost="-1")])
    assert bad.status_code == 422 and bad["Content-Type"] == "application/problem+json"
    assert any(e["field"] == "record 2.cost" for e in bad.json()["errors"]) and not Course.objects.filter(course_id="P3").exists()
    skipped = put(own.pk, [record("P1"), record("P3", cost="-1")], "?skip_invalid=true")
    assert skipped.status_code == 200 and skipped.json()["rejected"] == 1 and skipped.json()["deactivated"] == 1
    assert put(own.pk, {"not": "a list"}).status_code == 422
    other_partner = factories.user(Role.PARTNER)
    assert _api(other_partner).put(f"/api/v1/training/providers/{own.pk}/courses", [record("Z")], content_type="application/json").status_code == 403
    assert _api(setting["citizen"]).put(f"/api/v1/training/providers/{own.pk}/courses", [record("Z")], content_type="application/json").status_code == 403
    assert Client().put(f"/api/v1/training/providers/{own.pk}/courses", [record("Z")], content_type="application/json").status_code == 401


def test_api_catalogue_reads(setting):
    client = _api(setting["citizen"])
    rows = client.get(f"/api/v1/training/providers/{setting['provider'].pk}/courses").json()
    assert {r["course_id"] for r in rows} == {"BROAD", "CHEAP-1", "DEAR-1", "MOD-4"}
    one = client.get(f"/api/v1/training/courses/{rows[0]['id']}").json()
    assert one["sessions"] and one["financing"]
    assert client.get("/api/v1/training/courses/999999").status_code == 404
