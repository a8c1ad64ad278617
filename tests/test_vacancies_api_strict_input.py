"""Issue 12 (r3, points 3 and 4): input that is not what the schema says is refused with a 422 naming the field, never
read otherwise or silently dropped: the feed's `since` that is not a date and time (`-1` was read as seconds since
1970 and gave the whole feed), and a vacancy's unknown fields or another employer's `employer_id` (the vacancy was
stored under the caller's employer without a word), on POST and PUT."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.vacancies.models import Vacancy

from .test_matching_platform import bearer
from .test_vacancies_intake import _vacancy, employer, post  # noqa: F401 (fixture)


@pytest.mark.parametrize("since", ["-1", "0", "1700000000", "1e9", "2026"])
def test_a_since_that_is_no_date_and_time_is_refused_naming_since(db, since):
    response = Client().get("/api/v1/vacancies/feed", {"since": since})
    assert response.status_code == 422, response.content
    assert [e["field"] for e in response.json()["errors"]] == ["since"]


def test_a_date_and_time_still_reads(db):
    for since in ("2026-11-01T00:00:00+01:00", "2026-11-01"):
        assert Client().get("/api/v1/vacancies/feed", {"since": since}).status_code == 200, since


def _fields(response) -> list[str]:  # noqa: ANN001
    return [e["field"] for e in response.json()["errors"]]


def test_another_employers_id_and_unknown_fields_are_refused_on_post(employer):  # noqa: F811
    foreign = post(employer["boss"], "/api/v1/vacancies", _vacancy(employer_id=employer["other"].organisation_id))
    assert foreign.status_code == 422 and _fields(foreign) == ["employer_id"], foreign.content
    unknown = post(employer["boss"], "/api/v1/vacancies", _vacancy(salary=9000))
    assert unknown.status_code == 422 and _fields(unknown) == ["salary"], unknown.content
    nested = post(employer["boss"], "/api/v1/vacancies", _vacancy(skills=[{"uri": "x", "certified": True}]))
    assert nested.status_code == 422 and "skills.0.certified" in _fields(nested), nested.content
    assert Vacancy.objects.count() == 0
    own = post(employer["boss"], "/api/v1/vacancies", _vacancy(employer_id=employer["org"].pk))  # its own: as if absent
    assert own.status_code == 201, own.content


def test_another_employers_id_and_unknown_fields_are_refused_on_put(employer):  # noqa: F811
    made = post(employer["boss"], "/api/v1/vacancies", _vacancy())
    assert made.status_code == 201, made.content
    vacancy = Vacancy.objects.get(pk=made.json()["id"])

    def put(body: dict):  # noqa: ANN202
        return Client().put(f"/api/v1/vacancies/{vacancy.pk}", body, content_type="application/json", **bearer(employer["boss"]))

    foreign = put(_vacancy(employer_id=employer["other"].organisation_id, version=vacancy.version))
    assert foreign.status_code == 422 and _fields(foreign) == ["employer_id"], foreign.content
    unknown = put(_vacancy(state="published", version=vacancy.version))
    assert unknown.status_code == 422 and _fields(unknown) == ["state"], unknown.content
    vacancy.refresh_from_db()
    assert vacancy.employer_id == employer["org"].pk and vacancy.state == "draft"
