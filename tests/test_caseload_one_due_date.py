"""Issue 16, second walk, point 4: the caseload's "Termijn: Te laat" left out the most overdue person ("Eerst aan de
beurt", 75 days late on re-integration): the filter counted the screening and agreement dates only. One due date (the
earliest of the screening, the agreements and every open task) now serves the filter, the order and the next person."""

import datetime as dt

from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.worklist import caseload, services
from werkregie.worklist.enums import TaskKind


def test_the_overdue_filter_the_order_and_the_next_person_use_the_same_date(ref):
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    today = clock.today()
    sick = f.person(first_name="Rita", last_name="Reintegratie", counsellor=counsellor, team=team)
    agreed = f.person(first_name="Arne", last_name="Afspraak", counsellor=counsellor, team=team)
    calm = f.person(first_name="Cas", last_name="Rustig", counsellor=counsellor, team=team)
    services.upsert_task(f"reintegration:{sick.pk}:t", person_id=sick.pk, kind=TaskKind.REINTEGRATION_REVIEW,
                         due_on=today - dt.timedelta(days=75), title="Re-integratie te bekijken", url=f"/personen/{sick.pk}/traject/")
    services.upsert_task(f"agreement:{agreed.pk}:t", person_id=agreed.pk, kind=TaskKind.AGREEMENT_TO_MAKE,
                         due_on=today - dt.timedelta(days=3), title="Bindende afspraken maken", url=f"/personen/{agreed.pk}/")
    principal = f.principal(counsellor)

    late = caseload.overview(principal, due="overdue").items
    assert [r.person.pk for r in late] == [sick.pk, agreed.pk], "the most overdue person is in 'Te laat', first"
    ordered = caseload.overview(principal, sort="actie").items
    assert ordered[0].person.pk == sick.pk and ordered[0].overdue and ordered[0].due == today - dt.timedelta(days=75)
    assert ordered[0].due_task == TaskKind.REINTEGRATION_REVIEW
    assert calm.pk in [r.person.pk for r in caseload.overview(principal, due="none").items]
    assert sick.pk not in [r.person.pk for r in caseload.overview(principal, due="none").items]
