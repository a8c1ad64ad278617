"""Issue 12 attack, employer API gaps: an employer lists its own vacancies in every state (GET /vacancies/mine), reads
the state, version and ETag of its own vacancy, reads the public view of another employer's published vacancy (404
only for what is not published), and edits a draft or published vacancy through the intake's checks and the version."""

from __future__ import annotations

from django.test import Client

from werkregie.vacancies.models import Vacancy

from .test_matching_platform import bearer
from .test_vacancies_intake import _vacancy, employer, post  # noqa: F401 (fixture)


def get(user, url):  # noqa: ANN001, ANN201
    return Client().get(url, **bearer(user))


def put(user, url, body, **headers):  # noqa: ANN001, ANN201
    return Client().put(url, body, content_type="application/json", **bearer(user), **headers)


def _made(user, **overrides) -> int:  # noqa: ANN001
    made = post(user, "/api/v1/vacancies", _vacancy(**overrides))
    assert made.status_code == 201, made.content
    return made.json()["id"]


def test_an_employer_lists_its_own_vacancies_in_every_state(employer):  # noqa: F811
    draft = _made(employer["boss"], title="Magazijnier")
    published = _made(employer["boss"], publish=True)
    theirs = _made(employer["other"], publish=True)
    listed = get(employer["boss"], "/api/v1/vacancies/mine")
    assert listed.status_code == 200, listed.content
    body = listed.json()
    assert body["count"] == 2 and {r["id"] for r in body["items"]} == {draft, published} and theirs not in {r["id"] for r in body["items"]}
    assert {r["state"] for r in body["items"]} == {"draft", "published"} and all(r["version"] >= 1 for r in body["items"])
    drafts = get(employer["boss"], "/api/v1/vacancies/mine?state=draft").json()
    assert [r["id"] for r in drafts["items"]] == [draft]
    paged = get(employer["boss"], "/api/v1/vacancies/mine?page_size=1&page=2").json()
    assert paged["count"] == 2 and len(paged["items"]) == 1
    assert get(employer["citizen"], "/api/v1/vacancies/mine").status_code == 403


def test_the_owner_reads_state_version_and_etag_others_the_public_view(employer):  # noqa: F811
    published = _made(employer["boss"], publish=True)
    draft = _made(employer["boss"])
    own = get(employer["boss"], f"/api/v1/vacancies/{published}")
    assert own.status_code == 200 and own.json()["state"] == "published"
    version = own.json()["version"]
    assert version == Vacancy.objects.get(pk=published).version and own["ETag"] == f'"v{version}"'
    public = get(employer["other"], f"/api/v1/vacancies/{published}")
    assert public.status_code == 200, public.content
    assert public.json()["state"] is None and public.json()["version"] is None and "ETag" not in public
    assert get(employer["other"], f"/api/v1/vacancies/{draft}").status_code == 404
    assert get(employer["other"], f"/api/v1/vacancies/{published}/applications").status_code == 404
    moved = post(employer["boss"], f"/api/v1/vacancies/{published}/lifecycle", {"transition": "close", "version": version})
    assert moved.status_code == 200
    assert get(employer["other"], f"/api/v1/vacancies/{published}").status_code == 404


def test_editing_goes_through_the_intake_checks_and_the_version(employer):  # noqa: F811
    draft = _made(employer["boss"])
    version = get(employer["boss"], f"/api/v1/vacancies/{draft}").json()["version"]
    edited = put(employer["boss"], f"/api/v1/vacancies/{draft}", _vacancy(title="Heftruckchauffeur (nacht)", version=version))
    assert edited.status_code == 200, edited.content
    assert edited.json()["version"] == version + 1 and Vacancy.objects.get(pk=draft).title == "Heftruckchauffeur (nacht)"
    assert put(employer["boss"], f"/api/v1/vacancies/{draft}", _vacancy(version=version)).status_code == 409
    assert put(employer["boss"], f"/api/v1/vacancies/{draft}", _vacancy()).status_code == 428
    by_header = put(employer["boss"], f"/api/v1/vacancies/{draft}", _vacancy(hours_per_week=30), HTTP_IF_MATCH=f'"v{version + 1}"')
    assert by_header.status_code == 200, by_header.content
    assert put(employer["other"], f"/api/v1/vacancies/{draft}", _vacancy(version=version + 2)).status_code == 404
    bad = put(employer["boss"], f"/api/v1/vacancies/{draft}", _vacancy(municipality="99999", version=version + 2))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "municipality"

    published = _made(employer["boss"], publish=True)
    v = Vacancy.objects.get(pk=published).version
    words = put(employer["boss"], f"/api/v1/vacancies/{published}", _vacancy(description="Еnkel mannen.", version=v))
    assert words.status_code == 422 and words.json()["errors"][0]["field"] == "description"
    high = put(employer["boss"], f"/api/v1/vacancies/{published}", _vacancy(language_needs=[{"language": "nl", "level": "C2"}], version=v))
    assert high.status_code == 422 and high.json()["errors"][0]["field"] == "language_justification"
    assert Vacancy.objects.get(pk=published).version == v
    closed = post(employer["boss"], f"/api/v1/vacancies/{published}/lifecycle", {"transition": "close", "version": v})
    assert closed.status_code == 200
    assert put(employer["boss"], f"/api/v1/vacancies/{published}", _vacancy(version=closed.json()["version"])).status_code == 409
    assert put(employer["citizen"], f"/api/v1/vacancies/{published}", _vacancy(version=1)).status_code == 403
