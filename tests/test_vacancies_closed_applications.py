"""Issue 12 (r3, point 1): a vacancy that leaves "published" (closed, filled, expired) ends every running application
through the declared transition "end" (to not retained, by the platform, with the reason), each candidate told in the
inbox; a hired application stays hired; and while the vacancy is not published only the ending moves go (409 naming
why), on the API and on the employer's page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.messaging.models import Message
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import Application, Vacancy
from werkregie.vacancies.sweeps import sweep
from werkregie.workflows.models import TransitionLog

from . import factories as f
from .test_matching_platform import SKILLS, bearer, seeker, vacancy


def post(user, url: str, body: dict):  # noqa: ANN001, ANN201
    return Client().post(url, body, content_type="application/json", **bearer(user))


def _move(user, application: Application, name: str):  # noqa: ANN001, ANN201
    application.refresh_from_db()
    return post(user, f"/api/v1/vacancies/applications/{application.pk}/transitions", {"transition": name, "version": application.version})


def _lifecycle(user, job: Vacancy, name: str):  # noqa: ANN001, ANN201
    job.refresh_from_db()
    return post(user, f"/api/v1/vacancies/{job.pk}/lifecycle", {"transition": name, "version": job.version})


@pytest.fixture
def world(db, settings):
    settings.TASKS_SYNC = True
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    boss = f.user(Role.EMPLOYER, employer)
    job = vacancy(employer)
    people = []
    for _ in range(2):
        person = seeker(SKILLS[:2])
        citizen = f.user(Role.CITIZEN, person=person)
        applied = post(citizen, f"/api/v1/vacancies/{job.pk}/apply", {})
        assert applied.status_code == 201, applied.content
        people.append((person, citizen, Application.objects.get(pk=applied.json()["id"])))
    return {"boss": boss, "job": job, "people": people}


def _inbox(person) -> list[Message]:  # noqa: ANN001
    return list(Message.objects.filter(person=person, template_key="vacancies.application_state").order_by("created_at", "pk"))


def test_closing_ends_the_running_applications_and_tells_each_candidate(world):
    boss, job = world["boss"], world["job"]
    (first, _c1, a1), (second, _c2, a2) = world["people"]
    assert _move(boss, a1, "invite").status_code == 200
    closed = _lifecycle(boss, job, "close")
    assert closed.status_code == 200 and closed.json()["state"] == "closed"
    for person, application in ((first, a1), (second, a2)):
        application.refresh_from_db()
        assert application.state == "rejected"
        log = TransitionLog.objects.filter(workflow="application", object_id=application.pk).order_by("-pk").first()
        assert (log.transition, log.actor_role, log.reason) == ("end", "system", "Vacature afgesloten")
        assert "afgesloten" in _inbox(person)[-1].body
    # the employer can no longer offer or hire: refused with 409, naming why
    offered = _move(boss, a1, "offer")
    assert offered.status_code == 409, offered.content
    a1.refresh_from_db()
    assert a1.state == "rejected"
    listed = Client().get(f"/api/v1/vacancies/{job.pk}/applications", **bearer(boss)).json()
    assert all(row["transitions"] == [] for row in listed)


def test_moves_on_a_not_published_vacancy_are_refused_except_ending(world):
    """An application still running on a vacancy that is no longer published (made before this fix): only the ending
    moves go; the page offers no other."""
    boss, job = world["boss"], world["job"]
    (_p1, _c1, a1), (_p2, citizen, a2) = world["people"]
    Vacancy.objects.filter(pk=job.pk).update(state="closed", open=False)  # as rows closed before this fix stand
    refused = _move(boss, a1, "invite")
    assert refused.status_code == 409 and "niet meer gepubliceerd" in refused.json()["detail"], refused.content
    listed = {row["id"]: row["transitions"] for row in Client().get(f"/api/v1/vacancies/{job.pk}/applications", **bearer(boss)).json()}
    assert listed[a1.pk] == ["reject"]
    client = Client()
    client.force_login(boss)
    page = client.get(f"/vacatures/{job.pk}/sollicitaties/").content.decode()
    assert 'value="invite"' not in page and 'value="offer"' not in page
    assert _move(citizen, a2, "withdraw").status_code == 200  # the candidate still withdraws


def test_filling_keeps_the_hired_application(world):
    boss, job = world["boss"], world["job"]
    (_p1, _c1, hired), (second, _c2, other) = world["people"]
    for name in ("offer", "hire"):
        assert _move(boss, hired, name).status_code == 200
    assert _lifecycle(boss, job, "fill").status_code == 200
    hired.refresh_from_db()
    other.refresh_from_db()
    assert (hired.state, other.state) == ("hired", "rejected")
    assert "ingevuld" in _inbox(second)[-1].body


def test_expiry_ends_the_running_applications(world):
    job = world["job"]
    (person, _c1, application), _ = world["people"]
    Vacancy.objects.filter(pk=job.pk).update(state_since=clock.now() - dt.timedelta(days=400))  # published long ago
    assert sweep(clock.today())["expired"] == 1
    application.refresh_from_db()
    assert application.state == "rejected"
    assert "verlopen" in _inbox(person)[-1].body
