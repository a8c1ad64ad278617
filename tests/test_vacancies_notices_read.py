"""Issue 12 attack: GET /api/v1/vacancies/notices marked every notice read — a GET with the login cookie changed state.
Reading (API and page) now changes nothing; marking read is a POST, CSRF-protected when it comes with the cookie."""

from __future__ import annotations

from django.middleware.csrf import get_token
from django.test import Client, RequestFactory

from werkregie.vacancies.models import EmployerNotice

from .test_vacancies_round2 import api, applied, world  # noqa: F401 (fixture)


def _unread() -> int:
    return EmployerNotice.objects.filter(read_at__isnull=True).count()


def test_reading_marks_nothing_and_marking_read_is_a_csrf_protected_post(world):  # noqa: F811
    applied(world)
    assert _unread() == 1
    cookie = Client(enforce_csrf_checks=True)
    cookie.force_login(world["boss"])
    for _ in range(2):
        assert cookie.get("/api/v1/vacancies/notices").json()[0]["unread"]
        assert cookie.get("/vacatures/berichten/").status_code == 200
    assert _unread() == 1
    assert cookie.post("/api/v1/vacancies/notices/read", {}, content_type="application/json").status_code == 403  # no CSRF token
    assert cookie.post("/vacatures/berichten/").status_code == 403
    assert _unread() == 1
    page = cookie.get("/vacatures/berichten/").content.decode()
    assert "Alles als gelezen markeren" in page
    token = cookie.cookies["csrftoken"].value if "csrftoken" in cookie.cookies else get_token(RequestFactory().get("/"))
    cookie.cookies["csrftoken"] = token
    marked = cookie.post("/vacatures/berichten/", {"csrfmiddlewaretoken": token})
    assert marked.status_code == 302 and _unread() == 0
    assert "Alles als gelezen markeren" not in cookie.get("/vacatures/berichten/").content.decode()
    assert api(world["other_boss"], "post", "/api/v1/vacancies/notices/read", {}).json() == {"marked": 0}
    assert api(world["citizen"], "post", "/api/v1/vacancies/notices/read", {}).status_code == 403


def test_marking_read_by_api_with_a_token_or_ids(world):  # noqa: F811
    application = applied(world)
    [notice] = EmployerNotice.objects.filter(application=application)
    assert api(world["boss"], "post", "/api/v1/vacancies/notices/read", {"ids": [notice.pk + 1000]}).json() == {"marked": 0}
    assert api(world["boss"], "post", "/api/v1/vacancies/notices/read", {"ids": [notice.pk]}).json() == {"marked": 1}
    assert _unread() == 0
