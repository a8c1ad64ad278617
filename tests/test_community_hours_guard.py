"""Attack of stop 26 on community-service hours: the week was written without a version (a second coordinator's stale
form overwrote the first one's days), 24 hours of work on one day were accepted, and so were hours before the activity
itself began."""

from __future__ import annotations

import datetime as dt

from django.test import Client

from werkregie.community import engine
from werkregie.community import use_cases as uc
from werkregie.community.models import Activity, Assignment, Attendance
from werkregie.core import clock

from . import community_support as cs
from . import factories as f
from .test_community_api import bearer, w  # noqa: F401 - the shared fixture

URL = "/gemeente/gemeenschapsdienst/toewijzingen/{}/"


def _version(pk: int) -> int:
    return Assignment.objects.get(pk=pk).version


def test_the_week_page_refuses_hours_without_the_version_and_a_stale_one(w):  # noqa: F811
    mine = w["mine"].pk
    first, second = Client(), Client()
    first.force_login(w["municipality"])
    second.force_login(w["municipality"])
    seen = _version(mine)
    with clock.travel_to(cs.TODAY):
        missing = first.post(URL.format(mine), {"form": "week", "week": "2026-02-02", "d20260203": "4"})
        assert missing.status_code == 422 and "welke versie u bewerkte" in missing.content.decode()
        assert not Attendance.objects.exists()
        saved = first.post(URL.format(mine), {"form": "week", "week": "2026-02-02", "d20260203": "4", "version": seen})
        assert saved.status_code == 302 and _version(mine) == seen + 1
        stale = second.post(URL.format(mine), {"form": "week", "week": "2026-02-02", "d20260203": "6", "d20260204": "3", "version": seen})
        assert stale.status_code == 409 and "Iemand anders heeft dit intussen gewijzigd" in stale.content.decode()
    assert list(Attendance.objects.values_list("day", "hours")) == [(dt.date(2026, 2, 3), 4)]


def test_the_api_checks_the_version_when_given_and_returns_the_new_one(w):  # noqa: F811
    mine, headers = w["mine"].pk, bearer(w["municipality"])
    url = f"/api/v1/community/assignments/{mine}/attendance"
    seen = _version(mine)
    with clock.travel_to(cs.TODAY):
        ok = Client().put(url, {"hours": {"2026-02-03": 4}, "version": seen}, content_type="application/json", **headers)
        assert ok.status_code == 200 and ok.json()["version"] == seen + 1
        stale = Client().put(url, {"hours": {"2026-02-03": 6}, "version": seen}, content_type="application/json", **headers)
        assert stale.status_code == 409 and stale["content-type"] == "application/problem+json"
        by_header = Client().put(url, {"hours": {"2026-02-04": 2}}, content_type="application/json", HTTP_IF_MATCH=f'"v{seen}"', **headers)
        assert by_header.status_code == 409
    assert list(Attendance.objects.values_list("hours", flat=True)) == [4]


def test_a_day_has_at_most_the_dated_maximum_of_hours(w):  # noqa: F811
    mine, headers = w["mine"].pk, bearer(w["municipality"])
    url = f"/api/v1/community/assignments/{mine}/attendance"
    limit = engine.limits(engine.COMMUNITY_SERVICE, cs.TODAY).max_hours_day
    assert limit == 10
    with clock.travel_to(cs.TODAY):
        whole_day = Client().put(url, {"hours": {"2026-02-03": 24}, "version": _version(mine)}, content_type="application/json", **headers)
        assert whole_day.status_code == 422 and "meer dan de 10 uur van een dag" in whole_day.json()["detail"]
        assert whole_day.json()["errors"][0]["field"] == "hours.2026-02-03"
        assert Client().put(url, {"hours": {"2026-02-03": "10.5"}, "version": _version(mine)}, content_type="application/json", **headers).status_code == 422
        assert not Attendance.objects.exists()
        assert Client().put(url, {"hours": {"2026-02-03": 10}, "version": _version(mine)}, content_type="application/json", **headers).status_code == 200


def test_no_hours_and_no_start_before_the_activity_begins(w):  # noqa: F811
    headers = bearer(w["municipality"])
    with clock.travel_to(cs.TODAY):
        later = cs.activity(w["gent"], title="Sorteren in de kringwinkel", start=dt.date(2026, 3, 2))
        proposed = uc.propose(f.principal(w["counsellor"]), w["long2"].pk, later.pk)
        Assignment.objects.filter(pk=proposed.pk).update(proposed_on=dt.date(2026, 2, 20))
        uc.transition(f.principal(w["counsellor"]), proposed.pk, "accept")
        early = Client().post(f"/api/v1/community/assignments/{proposed.pk}/transitions",
                              {"name": "start", "on": "2026-02-23", "version": _version(proposed.pk)}, content_type="application/json", **headers)
        assert early.status_code == 422 and "niet voor het begin van de activiteit (02/03/2026)" in str(early.json()["errors"])
        started = Client().post(f"/api/v1/community/assignments/{proposed.pk}/transitions",
                                {"name": "start", "on": "2026-03-02", "version": _version(proposed.pk)}, content_type="application/json", **headers)
        assert started.status_code == 200, started.content
        # an assignment recorded as started before its activity (on paper, before this check existed)
        Assignment.objects.filter(pk=proposed.pk).update(started_on=dt.date(2026, 2, 23))
        url = f"/api/v1/community/assignments/{proposed.pk}/attendance"
        before = Client().put(url, {"hours": {"2026-02-24": 3}, "version": _version(proposed.pk)}, content_type="application/json", **headers)
        assert before.status_code == 422 and before.json()["errors"][0]["field"] == "hours.2026-02-24"
        assert Client().put(url, {"hours": {"2026-03-03": 3}, "version": _version(proposed.pk)}, content_type="application/json", **headers).status_code == 200
    assert Activity.objects.get(pk=later.pk).start == dt.date(2026, 3, 2)
    assert list(Attendance.objects.filter(assignment_id=proposed.pk).values_list("day", flat=True)) == [dt.date(2026, 3, 3)]


def test_a_month_task_follows_hours_registered_late(w):  # noqa: F811
    """Walk of stop 26: the counsellor's task "16 uur in 11/2026 (minimum 32)" stayed after 56 hours were registered."""
    from werkregie.community.sweeps import sweep
    from werkregie.worklist.models import Task

    mine, principal = w["mine"], f.principal(w["municipality"])
    april = dt.date(2026, 4, 10)  # March is a whole month of the assignment (started 02/02) and over
    with clock.travel_to(april):
        uc.record_hours(principal, mine.pk, {"2026-03-03": "8", "2026-03-05": "8"})
        sweep(april)
        task = Task.objects.get(key=f"community:{mine.pk}:2026-03:under_minimum")
        assert task.status == "open"
        uc.record_hours(principal, mine.pk, {"2026-03-10": "4"})
        task.refresh_from_db()
        assert task.status == "open" and "20" in task.title
        uc.record_hours(principal, mine.pk, {"2026-03-12": "8", "2026-03-17": "8"})
    task.refresh_from_db()
    assert task.status == "cancelled"
