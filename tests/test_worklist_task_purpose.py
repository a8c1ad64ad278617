"""Issue 16, second walk, point 5: a "Re-integratie te bekijken" task opened from the worklist (Openen or "Volgende
taak") landed on the trajectory logged as "Begeleiding naar werk" while the purpose "Re-integratie na ziekte" exists.
The task's kind carries its purpose to the page; the counsellor can choose it for a person in re-integration."""

import datetime as dt

from django.test import Client

from tests import factories
from tests.trajectories_support import caseload, partner_org
from werkregie.access.models import AccessLogEntry
from werkregie.access.purposes import Purpose
from werkregie.core import clock
from werkregie.people import perms
from werkregie.trajectories import use_cases as uc
from werkregie.workflows.services import PLATFORM
from werkregie.worklist.models import Task

DAY = dt.date(2026, 3, 2)


def test_a_reintegration_task_opens_the_trajectory_for_the_reintegration_purpose(ref):
    with clock.travel_to(DAY):
        counsellor, person, _citizen = caseload()
        mutuality = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        trajectory = uc.start_sickness_route(PLATFORM, person.pk, mutuality_id=mutuality.pk, sick_since=dt.date(2026, 2, 1))
        task = Task.objects.get(key=f"trajectory:{trajectory.pk}:reintegration_review")
        assert Purpose.SICKNESS_REINTEGRATION in perms.purposes_for(factories.principal(counsellor), person.pk)
        client = Client()
        client.force_login(counsellor)
        opened = client.get("/werklijst/volgende/")
        assert opened.status_code == 302 and "doel=sickness_reintegration" in opened["Location"], opened["Location"]
        page = client.get(opened["Location"])
        assert page.status_code == 200
        entry = AccessLogEntry.objects.filter(person_id=person.pk, actor_id=counsellor.pk).order_by("-seq").first()
        assert entry.purpose == Purpose.SICKNESS_REINTEGRATION
        listed = client.get("/werklijst/").content.decode()
        assert f"{task.url}?doel=sickness_reintegration" in listed


def test_a_reintegration_task_before_any_trajectory_opens_for_the_reintegration_purpose(ref):
    """Second walk, HIGH 1: the sweep makes the task for the sick with a mutuality link before any trajectory exists;
    the purpose was offered only with an open sickness trajectory, so three of four tasks ended on "Geen toegang"."""
    from werkregie.people.enums import StatusKind
    from werkregie.trajectories import sweeps
    from werkregie.worklist.enums import TaskKind, TaskStatus

    with clock.travel_to(DAY):
        counsellor, person, _citizen = caseload()
        factories.episode(person, StatusKind.SICK, dt.date(2026, 1, 10))
        partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        sweeps._sickness_routes(DAY, {})
        task = Task.objects.get(person=person, kind=TaskKind.REINTEGRATION_REVIEW)
        principal = factories.principal(counsellor)
        assert Purpose.SICKNESS_REINTEGRATION in perms.purposes_for(principal, person.pk)
        client = Client()
        client.force_login(counsellor)
        listed = client.get("/werklijst/?soort=reintegration_review").content.decode()
        link = f"{task.url}?doel=sickness_reintegration"
        assert link in listed
        assert client.get(link).status_code == 200
        assert client.get(f"/personen/{person.pk}/?doel=sickness_reintegration").status_code == 200  # a demo task's url
        entry = AccessLogEntry.objects.filter(person_id=person.pk, actor_id=counsellor.pk).order_by("-seq").first()
        assert entry.purpose == Purpose.SICKNESS_REINTEGRATION
        # done: the purpose goes with the task, and the done task's link no longer asks for it
        Task.objects.filter(pk=task.pk).update(status=TaskStatus.DONE)
        assert Purpose.SICKNESS_REINTEGRATION not in perms.purposes_for(principal, person.pk)
        task.refresh_from_db()
        from werkregie.worklist.use_cases import task_link
        assert "doel=" not in task_link(task)
