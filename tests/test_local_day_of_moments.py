"""A moment stored in UTC belongs to its Brussels day: between 23:00 and 01:00 UTC `.date()` gave the day before, so
the screening page and the caseload (the sweep, which read the Brussels day) disagreed by one day on the next
screening date near midnight (found when the suite ran at 00:20 in Brussels)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.people.enums import StatusKind
from werkregie.screening import use_cases as screening
from werkregie.screening.models import Assessment
from werkregie.worklist import caseload, sweeps

UTC = dt.timezone.utc


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_the_day_of_a_moment_is_its_day_in_brussels(at):
    assert clock.day_of(at) == at.astimezone(clock.BRUSSELS).date()


def test_late_evening_utc_is_the_next_day_in_brussels():
    assert clock.day_of(dt.datetime(2026, 12, 1, 23, 30, tzinfo=UTC)) == dt.date(2026, 12, 2)
    assert clock.day_of(dt.datetime(2026, 12, 2, 0, 30)) == dt.date(2026, 12, 2)  # naive: already local


def test_screening_page_and_caseload_agree_on_the_date_just_after_midnight_in_brussels(ref):
    with clock.travel_to(dt.datetime(2026, 12, 1, 23, 30, tzinfo=UTC)):  # 00:30 on 2 December in Brussels
        team = f.organisation("vdab_team")
        counsellor = f.user(Role.COUNSELLOR, team)
        person = f.person(counsellor=counsellor, team=team)
        f.episode(person, StatusKind.JOBSEEKER_NO_BENEFIT, clock.today() - dt.timedelta(days=200))
        Assessment.objects.create(person=person, counsellor=counsellor, assessed_at=clock.now() - dt.timedelta(days=10),
                                  competences="sufficient", dutch_level="B2", digital_skills="basic", motivation="high",
                                  proposed_category="medium", proposed_self_reliant=True, category="medium", self_reliant=True)
        sweeps.sweep(clock.today())
        principal = f.principal(counsellor)
        [row] = [r for r in caseload.overview(principal).items if r.person.pk == person.pk]
        assert row.screening_due == screening.person_screening(principal, person.pk).due.date
