"""The caseload's "Screening uiterlijk" is the next screening date the person's screening page shows (walk of issue 16:
the column read the open worklist tasks only, and stayed empty, on the page and in the CSV, for everyone whose
screening falls after the worklist's lead), sortable and kept current by the sweep and after an assessment."""

import datetime as dt

from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.people.enums import StatusKind
from werkregie.screening import use_cases as screening
from werkregie.screening.models import Assessment
from werkregie.worklist import caseload, sweeps
from werkregie.worklist.models import ScreeningSchedule


def _assessed(person, counsellor, days_ago: int) -> None:
    Assessment.objects.create(person=person, counsellor=counsellor, assessed_at=clock.now() - dt.timedelta(days=days_ago),
                              competences="sufficient", dutch_level="B2", digital_skills="basic", motivation="high",
                              proposed_category="medium", proposed_self_reliant=True, category="medium", self_reliant=True)


def _setting():
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    today = clock.today()
    late = f.person(first_name="Lotte", last_name="Later", counsellor=counsellor, team=team)
    soon = f.person(first_name="Simon", last_name="Sneller", counsellor=counsellor, team=team)
    idle = f.person(first_name="Ivo", last_name="Inactief", counsellor=counsellor, team=team)  # no job seeker: no screening
    for p in (late, soon):
        f.episode(p, StatusKind.JOBSEEKER_NO_BENEFIT, today - dt.timedelta(days=200))
    _assessed(late, counsellor, 10)
    _assessed(soon, counsellor, 120)
    return counsellor, late, soon, idle


def test_the_column_shows_the_screening_pages_date_for_every_job_seeker_and_sorts(ref):
    counsellor, late, soon, idle = _setting()
    sweeps.sweep(clock.today())
    principal = f.principal(counsellor)
    rows = {r.person.pk: r for r in caseload.overview(principal).items}
    for p in (late, soon):
        expected = screening.person_screening(principal, p.pk).due.date
        assert rows[p.pk].screening_due == expected, p
    assert rows[late.pk].screening_due > clock.today() + dt.timedelta(days=60)  # beyond the worklist's lead: no task
    assert rows[idle.pk].screening_due is None
    order = [r.person.pk for r in caseload.overview(principal, sort="screening").items]
    assert order == [soon.pk, late.pk, idle.pk]
    assert [r.person.pk for r in caseload.overview(principal, sort="screening", descending=True).items][:2] == [late.pk, soon.pk]


def test_a_new_assessment_moves_the_date_and_a_departed_job_seeker_loses_it(ref):
    counsellor, late, soon, _idle = _setting()
    sweeps.sweep(clock.today())
    before = ScreeningSchedule.objects.get(person=soon).due_on
    _assessed(soon, counsellor, 0)
    sweeps.refresh_persons([soon.pk])
    after = ScreeningSchedule.objects.get(person=soon).due_on
    assert after > before and after == screening.person_screening(f.principal(counsellor), soon.pk).due.date
    from werkregie.people.models import StatusEpisode

    StatusEpisode.objects.filter(person=late).update(end=clock.today() - dt.timedelta(days=1))
    sweeps.sweep(clock.today())
    assert not ScreeningSchedule.objects.filter(person=late).exists()


def test_the_csv_export_has_the_date(client, ref):

    counsellor, late, _soon, _idle = _setting()
    counsellor.set_password("pw-1234567890")
    counsellor.save()
    sweeps.sweep(clock.today())
    client.force_login(counsellor)
    body = client.get("/caseload/export.csv").content.decode("utf-8-sig")
    day = ScreeningSchedule.objects.get(person=late).due_on.strftime("%d/%m/%Y")
    assert "Screening uiterlijk" in body and day in [line for line in body.splitlines() if "Later" in line][0]
