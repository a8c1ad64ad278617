"""Walk of issue 16 (point 11, "without waiting"): the admin's person list (/caseload/, "Talentregister") took 16–17 s
on every load: its default order, "what needs action first", computed the due dates of every person in the register
(20,000 in the demo, 6.7 M in production) and sorted them all before the first page. A role that lists the whole
register now lists it by name (the name index, one page); the counsellor's caseload keeps "actie", and the admin's
"Volgende taak" order is unchanged when asked for."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.worklist import caseload, services
from werkregie.worklist.enums import TaskKind


def _world():
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    today = clock.today()
    late = f.person(first_name="Zeno", last_name="Zwart", counsellor=counsellor, team=team)
    soon = f.person(first_name="Mira", last_name="Maes", counsellor=counsellor, team=team)
    calm = f.person(first_name="Anna", last_name="Aerts", counsellor=counsellor, team=team)
    services.upsert_task(f"agreement:{late.pk}:t", person_id=late.pk, kind=TaskKind.AGREEMENT_TO_MAKE,
                         due_on=today - dt.timedelta(days=9), title="Bindende afspraken maken", url=f"/personen/{late.pk}/")
    services.upsert_task(f"agreement:{soon.pk}:t", person_id=soon.pk, kind=TaskKind.AGREEMENT_TO_MAKE,
                         due_on=today + dt.timedelta(days=4), title="Bindende afspraken maken", url=f"/personen/{soon.pk}/")
    return counsellor, late, soon, calm


def _person_list(queries) -> str:  # noqa: ANN001
    """The query that reads the page of persons (not the count, not the access log)."""
    found = [q["sql"] for q in queries if q["sql"].startswith('SELECT "people_person"."id"') and " LIMIT " in q["sql"]]
    assert len(found) == 1, found
    return found[0]


def test_the_admin_lists_the_register_by_name_without_ranking_every_person(ref):
    counsellor, late, soon, calm = _world()
    admin = f.principal(f.user(Role.ADMIN))
    assert caseload.default_sort(admin) == "naam"
    with CaptureQueriesContext(connection) as queries:
        page = caseload.overview(admin)
    order = _person_list(queries.captured_queries).rsplit("ORDER BY", 1)[1]
    assert "worklist_" not in order and "SELECT" not in order, f"the default order ranks persons on their due dates: {order}"
    names = [(r.person.last_name_key, r.person.first_name_key) for r in page.items]
    assert names == sorted(names) and [r.person.pk for r in page.items][:3] == [calm.pk, soon.pk, late.pk]
    # asked for, "what needs action first" is the same order as before
    ordered = [r.person.pk for r in caseload.overview(admin, sort="actie").items]
    assert ordered[:2] == [late.pk, soon.pk]
    # the counsellor's caseload still starts with what needs action first
    assert caseload.default_sort(f.principal(counsellor)) == "actie"
    assert [r.person.pk for r in caseload.overview(f.principal(counsellor)).items][:2] == [late.pk, soon.pk]


def test_the_admin_page_offers_the_name_order_first(client, ref):
    _world()
    client.force_login(f.user(Role.ADMIN))
    page = client.get("/caseload/")
    assert page.status_code == 200
    assert page.context["form"].fields["sorteer"].choices[0][0] == "naam"
    assert page.context["next_row"] is None  # "Eerst aan de beurt" belongs to "what needs action first"
    asked = client.get("/caseload/?sorteer=actie")
    assert asked.status_code == 200 and asked.context["next_row"] is not None


def test_the_action_order_computes_each_due_date_once_per_side(ref):
    """Asked for, the admin's "Volgende taak" order over the whole register took 6–8 s on the demo (20,000 persons): the
    one due date was the NULL-safe earliest of five subqueries (schedule, screening task, agreement tasks, every open
    task), each written out three times. The agreements' and the screening task's dates are among the open tasks: the
    earliest of the stored schedule and the first open task is the same date (0.2–0.5 s on the demo, the same pages)."""
    counsellor, late, soon, calm = _world()
    admin = f.principal(f.user(Role.ADMIN))
    with CaptureQueriesContext(connection) as queries:
        page = caseload.overview(admin, sort="actie")
    sql = _person_list(queries.captured_queries)
    assert sql.count('FROM "worklist_task"') <= 8, sql.count('FROM "worklist_task"')
    assert [r.person.pk for r in page.items][:2] == [late.pk, soon.pk]


def test_the_distance_order_goes_from_short_to_long(ref):
    """Walk of issue 16 (stop 37): "Afstand" ascending listed long, medium, short: the category's code in alphabetical
    order. Ascending is now nearest to work first, the unscreened last."""
    from werkregie.screening.models import Assessment

    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    by_category = {}
    for category in ("long", "short", "not_deployable", "medium"):
        p = f.person(first_name="A", last_name=category, counsellor=counsellor, team=team)
        Assessment.objects.create(person=p, counsellor=counsellor, assessed_at=clock.now(), competences="sufficient", dutch_level="B2",
                                  digital_skills="basic", motivation="high", proposed_category=category, proposed_self_reliant=False,
                                  category=category, self_reliant=False)
        by_category[category] = p.pk
    unscreened = f.person(first_name="A", last_name="none", counsellor=counsellor, team=team).pk
    order = [r.person.pk for r in caseload.overview(f.principal(counsellor), sort="afstand").items]
    assert order == [by_category[c] for c in ("short", "medium", "long", "not_deployable")] + [unscreened]
    backwards = [r.person.pk for r in caseload.overview(f.principal(counsellor), sort="afstand", descending=True).items]
    assert backwards == [by_category[c] for c in ("not_deployable", "long", "medium", "short")] + [unscreened]
