import datetime as dt
import json

import pytest
from openapi_spec_validator import validate

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people.models import MergeRecord, PartnerLink, Person, StatusEpisode

from . import factories as f

VALID = {"insz": "85.07.30-033.28", "first_name": "Ann", "last_name": "Peeters", "birth_date": "1985-07-30", "sex": "F",
         "municipality": "44021", "postal_code": "9000", "languages": {"nl": "native", "en": "B2"}, "email": "ann@example.org"}


@pytest.fixture
def counsellor(db):
    return f.user(Role.COUNSELLOR)


def auth(user, scopes=None):
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user, scopes)}"}


def test_openapi_document_is_served_and_valid(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    validate(spec)
    for path in ("/api/v1/persons", "/api/v1/persons/{person_id}", "/api/v1/me", "/api/v1/me/access-log"):
        assert path in spec["paths"]
    assert client.get("/api/v1/docs").status_code == 200


def test_unauthenticated_and_bad_token_get_problem_details(client, db):
    for headers in ({}, {"HTTP_AUTHORIZATION": "Bearer nope"}):
        response = client.get("/api/v1/persons", **headers)
        assert response.status_code == 401
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == 401


def test_bad_input_never_gives_a_500(client, counsellor):
    headers = auth(counsellor)
    cases = [
        client.get("/api/v1/persons/abc", **headers),
        client.get("/api/v1/persons?page=0", **headers),
        client.get("/api/v1/persons?page_size=1000", **headers),
        client.get("/api/v1/persons?status=flying", **headers),
        client.get("/api/v1/persons/99999999999999999999", **headers),
        client.post("/api/v1/persons", data="{broken", content_type="application/json", **headers),
        client.post("/api/v1/persons", data=json.dumps({"insz": 5}), content_type="application/json", **headers),
        client.post("/api/v1/persons", data=json.dumps({**VALID, "insz": "85073003329"}), content_type="application/json", **headers),
        client.get("/api/v1/no-such-thing", **headers),
    ]
    for response in cases:
        assert 400 <= response.status_code < 500, response.content
        assert response["Content-Type"] == "application/problem+json"
        body = response.json()
        assert {"type", "title", "status"} <= body.keys()
    assert not Person.objects.exists()


def test_register_a_person_and_read_it_back(client, counsellor):
    response = client.post("/api/v1/persons", data=json.dumps(VALID), content_type="application/json", **auth(counsellor))
    assert response.status_code == 201, response.content
    person = response.json()["person"]
    assert person["insz"] == "85073003328" and person["birth_date"] == "1985-07-30"
    detail = client.get(f"/api/v1/persons/{person['id']}", **auth(counsellor)).json()
    assert {"id", "insz", "first_name", "last_name", "birth_date"} <= detail.keys()
    assert {"language": "nl", "level": "native"} in detail["languages"]
    assert Person.objects.get(pk=person["id"]).counsellor == counsellor


def test_same_insz_is_a_conflict_naming_the_existing_record(client, counsellor):
    first = client.post("/api/v1/persons", data=json.dumps(VALID), content_type="application/json", **auth(counsellor)).json()
    response = client.post("/api/v1/persons", data=json.dumps(VALID), content_type="application/json", **auth(counsellor))
    assert response.status_code == 409
    assert response.json()["existing_id"] == first["person"]["id"]


def test_same_name_and_birth_date_is_flagged_as_possible_duplicate(client, counsellor):
    client.post("/api/v1/persons", data=json.dumps(VALID), content_type="application/json", **auth(counsellor))
    bis = {**VALID, "insz": "85473012345"}
    bis["insz"] = bis["insz"][:9] + f"{97 - int(bis['insz'][:9]) % 97:02d}"
    response = client.post("/api/v1/persons", data=json.dumps(bis), content_type="application/json", **auth(counsellor))
    assert response.status_code == 201, response.content
    assert len(response.json()["possible_duplicates"]) == 1


def test_invalid_fields_are_named(client, counsellor):
    bad = {**VALID, "insz": "85073003329", "birth_date": "30/02/1985", "municipality": "99999", "languages": {"nl": "Z9"}}
    response = client.post("/api/v1/persons", data=json.dumps(bad), content_type="application/json", **auth(counsellor))
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert {"insz", "birth_date", "municipality", "languages"} <= fields


def test_pagination(client, counsellor):
    for i in range(7):
        f.person(team=counsellor.organisation, last_name=f"Persoon{i}")
    page = client.get("/api/v1/persons?page_size=3&page=3", **auth(counsellor)).json()
    assert page["count"] == 7 and page["pages"] == 3 and len(page["items"]) == 1


def test_search_by_insz_name_and_birth_date(client, counsellor):
    team = counsellor.organisation
    a = f.person(team=team, first_name="Jan", last_name="Van den Broeck")
    f.person(team=team, first_name="Els", last_name="Peeters")
    headers = auth(counsellor)

    def ids(q):
        return {p["id"] for p in client.get("/api/v1/persons", {"q": q}, **headers).json()["items"]}

    # an INSZ is searched with POST (the body), never in a URL (the attack of stop 24): see test_search_insz_not_in_url.py
    found = client.post("/api/v1/persons/search", data=json.dumps({"q": a.insz}), content_type="application/json", **headers)
    assert {p["id"] for p in found.json()["items"]} == {a.pk}
    assert ids("van den broeck") == {a.pk}
    assert ids("Jan Van den") == {a.pk}
    assert ids("broeck jan") == set()
    assert ids("Van den Broeck Jan") == {a.pk}
    assert ids(a.birth_date.strftime("%d/%m/%Y")) == {a.pk}


def test_search_by_insz_in_the_body_answers_and_logs_as_the_get(client, counsellor):
    from werkregie.access.models import AccessLogEntry as AccessLog

    a = f.person(team=counsellor.organisation, first_name="Jan", last_name="Van den Broeck")
    f.person(team=counsellor.organisation)
    body = json.dumps({"q": a.insz, "page_size": 10})
    response = client.post("/api/v1/persons/search", data=body, content_type="application/json", **auth(counsellor))
    assert response.status_code == 200, response.content
    assert [p["id"] for p in response.json()["items"]] == [a.pk]
    posted = list(AccessLog.objects.values_list("person_id", "what"))
    assert posted and {pid for pid, _ in posted} == {a.pk}
    # the same search with the INSZ in the URL is refused and reads nobody (the attack of stop 24)
    assert client.get("/api/v1/persons", {"q": a.insz}, **auth(counsellor)).status_code == 422
    assert sorted(AccessLog.objects.values_list("person_id", "what")) == sorted(posted)
    operation = client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/persons/search"]["post"]
    assert "requestBody" in operation and not operation.get("parameters")  # the query travels in the body only


def test_partner_registration_creates_its_legal_link(client, db):
    mutuality = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.MUTUALITY)
    partner = f.user(Role.PARTNER, mutuality)
    payload = {**VALID, "status": {"kind": "sick", "start": "2026-09-01"}}
    response = client.post("/api/v1/persons", data=json.dumps(payload), content_type="application/json", **auth(partner))
    assert response.status_code == 201, response.content
    pid = response.json()["person"]["id"]
    assert PartnerLink.objects.get(person_id=pid).purpose == "sickness_reintegration"
    assert StatusEpisode.objects.get(person_id=pid).kind == "sick"
    # the mutuality's purpose needs no person file: it sees only its re-integration step (issue 11 walk)
    assert client.get(f"/api/v1/persons/{pid}", **auth(partner)).status_code == 404


def test_merge_keeps_every_history(client, db):
    admin = f.user(Role.ADMIN)
    # a real duplicate: same name (normalised) and birth date, a BIS number later replaced by a national number
    a, b = f.person(first_name="Ann", last_name="Maes", birth_date=dt.date(1985, 3, 4)), f.person(first_name="ANN", last_name="Maës", birth_date=dt.date(1985, 3, 4))
    f.episode(a, "jobseeker_benefit")
    f.episode(b, "sick")
    response = client.post(f"/api/v1/persons/{a.pk}/merge", data=json.dumps({"duplicate_id": b.pk, "reason": "BIS replaced by NN"}),
                           content_type="application/json", **auth(admin))
    assert response.status_code == 200, response.content
    kinds = {s["kind"] for s in response.json()["statuses"]}
    assert kinds == {"jobseeker_benefit", "sick"}
    b.refresh_from_db()
    assert b.merged_into_id == a.pk
    assert MergeRecord.objects.get().snapshot["insz"] == b.insz
    assert client.get(f"/api/v1/persons/{b.pk}", **auth(admin)).status_code == 404


def test_merge_refuses_two_different_persons(client, db):
    admin = f.user(Role.ADMIN)
    a = f.person(first_name="Ann", last_name="Maes", birth_date=dt.date(1985, 3, 4))
    b = f.person(first_name="Ann", last_name="Maes", birth_date=dt.date(1985, 3, 5))
    c = f.person(first_name="Piet", last_name="Peeters", birth_date=dt.date(1970, 1, 2))
    f.episode(b, "sick")
    for other, differs in ((b, ["geboortedatum"]), (c, ["familienaam", "voornaam", "geboortedatum"])):
        response = client.post(f"/api/v1/persons/{a.pk}/merge", data=json.dumps({"duplicate_id": other.pk, "reason": "dubbel"}),
                               content_type="application/json", **auth(admin))
        assert response.status_code == 422, response.content
        problem = response.json()
        assert "geen dubbels" in problem["detail"] and all(word in problem["detail"] for word in ["INSZ", *differs])
        other.refresh_from_db()
        assert other.merged_into_id is None
    assert not MergeRecord.objects.exists()
    assert StatusEpisode.objects.get().person_id == b.pk


def test_api_docs_work_offline(client, db):
    html = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200
