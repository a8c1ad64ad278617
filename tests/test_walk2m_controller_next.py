"""Browser walk 2m, item 4: the controller's "Eerst aan de beurt" read "Linda Vanhove — Screening te doen, uiterlijk
27/02/2027" (a counsellor's task) while its link opened the case to decide, whose term had passed unflagged. For a
controller the notice names what to do on the case, its deadline and "te laat" when it has passed."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from tests import compliance_support as cs
from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.worklist.enums import TaskKind
from werkregie.worklist.models import Task

pytestmark = pytest.mark.django_db


def test_the_controllers_next_person_names_the_case_its_deadline_and_that_it_is_late(ref):
    from werkregie.compliance import services

    person = cs.jobseeker(first_name="Linda", last_name="Vanhove")
    today = clock.today()
    case = services.open_case(person.pk, "missed_appointment", source=("appointment", 951),
                              facts={"occurred_on": (today - dt.timedelta(days=30)).isoformat(), "summary": "Niet verschenen."})
    late = today - dt.timedelta(days=3)
    Case.objects.filter(pk=case.pk).update(deadline=late, state="to_decide")
    Task.objects.create(key="walk2m-screening", person=person, kind=TaskKind.SCREENING_DUE, due_on=today + dt.timedelta(days=60),
                        title="Screening", created_at=timezone.now())
    client = Client()
    client.force_login(f.user(Role.CONTROLLER))
    page = client.get("/caseload/").content.decode()
    start = page.index("Eerst aan de beurt")
    notice = page[start: page.index("</p>", start)]
    assert f'href="/controle/dossiers/{case.pk}/"' in notice, notice
    assert "Te beslissen" in notice and late.strftime("%d/%m/%Y") in notice and "te laat" in notice, notice
    assert "Screening" not in notice and "uiterlijk" not in notice, notice
