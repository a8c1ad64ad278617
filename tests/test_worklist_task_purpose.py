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
