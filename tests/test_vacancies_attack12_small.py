"""Issue 12, attack (smaller findings): a citizen's question to the counsellor is checked for control and
bidirectional characters as the employer's feedback note is; a vacancy's wage is at least € 100 a month (or empty) and
its hours at least 1, at intake as at import; titles on one line without control characters at intake too; the API's
413 and out-of-range page problems are in the reader's language, Dutch first, naming the field."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.worklist.models import Task

from .test_vacancies import logged_in, world  # noqa: F401 - the fixture
from .test_vacancies_intake import _vacancy, employer, post  # noqa: F401 - the fixture


@pytest.mark.parametrize("question", ["Is dit in \u202eploegen?", "Is dit in ploegen?\x07"])
def test_a_question_with_control_characters_is_refused_on_the_vacancy_page(world, question):  # noqa: F811
    response = logged_in(world["citizen"]).post(f"/vacatures/{world['job'].pk}/", {"form": "question", "question": question})
    assert response.status_code == 422
    assert "stuurtekens" in response.content.decode()
    assert not Task.objects.filter(key=f"vacancy-question:{world['job'].pk}:{world['person'].pk}").exists()


@pytest.mark.parametrize(("change", "field"), [
    ({"monthly_wage": "0.01"}, "monthly_wage"), ({"monthly_wage": 99}, "monthly_wage"), ({"hours_per_week": "0.5"}, "hours_per_week"),
    ({"title": "Lasser\x00"}, "title"), ({"title": "Lasser\x07"}, "title"), ({"title": "Lasser \u202eresal"}, "title"),
    ({"title": "Lasser\nTIG"}, "title"), ({"description": "Goed \u202ewerk"}, "description"),
])
def test_intake_refuses_what_the_import_refuses(employer, change, field):  # noqa: F811
    refused = post(employer["boss"], "/api/v1/vacancies", _vacancy(**change))
    assert refused.status_code == 422 and field in {e["field"] for e in refused.json()["errors"]}


def test_intake_takes_a_wage_of_100_and_one_hour(employer):  # noqa: F811
    assert post(employer["boss"], "/api/v1/vacancies", _vacancy(monthly_wage=100, hours_per_week=1)).status_code == 201
    assert post(employer["boss"], "/api/v1/vacancies", _vacancy(monthly_wage=None)).status_code == 201


def test_a_too_large_body_is_refused_in_dutch_first(db, settings):
    settings.WERKREGIE_MAX_BODY_BYTES = 2000
    body = {"records": [{"title": "x" * 3000}]}
    dutch = Client().post("/api/v1/vacancies/import", body, content_type="application/json")
    assert dutch.status_code == 413 and dutch.json()["detail"] == "De aanvraag is groter dan 2000 bytes."


def test_a_page_beyond_any_result_is_a_dutch_problem_naming_the_field(db):
    answer = Client().get("/api/v1/vacancies/search", {"page": "99999999999999999999"})
    body = answer.json()
    assert answer.status_code == 400 and body["errors"][0]["field"] == "page"
    assert body["detail"].startswith("page: Een paginanummer van 1 tot") and "must be" not in body["detail"]
