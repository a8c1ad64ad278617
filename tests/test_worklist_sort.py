"""Walk of stop 26: the worklist could only be read by due date. Its column headings now sort it by person, kind or
due date (as the caseload does), and "the next task" follows the order shown."""

from __future__ import annotations

import datetime as dt

from django.test import Client

from werkregie.core import clock
from werkregie.worklist import services
from werkregie.worklist import use_cases as worklist
from werkregie.worklist.enums import TaskKind

from . import factories as f
from .worklist_support import caseload

D = dt.date
TODAY = D(2026, 11, 27)


def _world():  # noqa: ANN202
    counsellor, _team, people = caseload(3)
    for person, name in zip(people, ("Wouters", "Aerts", "Maes"), strict=True):
        person.last_name = name
        person.save()
    wouters, aerts, maes = people
    services.upsert_task("t:w", person_id=wouters.pk, kind=TaskKind.AGREEMENT_TO_MAKE, due_on=D(2026, 11, 20), title="Afspraken",
                         url=f"/personen/{wouters.pk}/traject/")
    services.upsert_task("t:a", person_id=aerts.pk, kind=TaskKind.SCREENING_DUE, due_on=D(2026, 12, 20), title="Screening",
                         url=f"/personen/{aerts.pk}/screening/")
    services.upsert_task("t:m", person_id=maes.pk, kind=TaskKind.SCREENING_DUE, due_on=D(2026, 12, 1), title="Screening",
                         url=f"/personen/{maes.pk}/screening/")
    return counsellor, wouters, aerts, maes


def test_the_worklist_sorts_by_person_kind_or_due_date(db, ref):
    counsellor, *_ = _world()
    principal = f.principal(counsellor)
    with clock.travel_to(TODAY):
        def keys(**filters) -> list[str]:
            return [r.task.key for r in worklist.tasks(principal, worklist.filters_from(filters)).page.items]

        assert keys() == ["t:w", "t:m", "t:a"]
        assert keys(sort="name") == ["t:a", "t:m", "t:w"]
        assert keys(sort="kind") == ["t:w", "t:m", "t:a"]  # grouped by kind (agreements to make, then screenings), each by due date


def test_the_page_sorts_by_a_heading_and_the_next_task_follows_that_order(db, ref):
    counsellor, wouters, aerts, maes = _world()
    client = Client()
    client.force_login(counsellor)
    with clock.travel_to(TODAY):
        page = client.get("/werklijst/?sorteer=naam").content.decode()
        assert page.index("Aerts") < page.index("Maes") < page.index("Wouters")
        assert 'aria-sort="ascending"><a href="?sorteer=naam">' in page
        assert f'href="/personen/{wouters.pk}/traject/">Wouters' in page  # the name opens the task, as "Openen" does
        first = services.upsert_task("t:a", person_id=aerts.pk, kind=TaskKind.SCREENING_DUE, due_on=D(2026, 12, 20), title="Screening",
                                     url=f"/personen/{aerts.pk}/screening/")[0]
        after = client.get(f"/werklijst/volgende/?na={first.pk}&sorteer=naam")
        assert after["Location"] == f"/personen/{maes.pk}/screening/"  # by name: Aerts, then Maes (by due date it would be none)
        by_due = client.get(f"/werklijst/volgende/?na={first.pk}")
        assert by_due["Location"].startswith("/werklijst/")  # the last one by due date
