"""The caseload's "last contact" is the day in Brussels. A cast to date took the database's UTC day, one day early for a
talk between midnight and 01:00 (02:00 in summer): the whole suite failed when it ran at that hour."""

import datetime as dt

import pytest

from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.people.enums import StatusKind
from werkregie.screening.models import Assessment
from werkregie.worklist import caseload


@pytest.mark.parametrize("moment", [dt.datetime(2026, 12, 1, 0, 30), dt.datetime(2026, 7, 1, 1, 30), dt.datetime(2026, 7, 1, 12, 0)])
def test_last_contact_is_the_day_in_brussels(ref, moment):
    at = moment.replace(tzinfo=clock.BRUSSELS)
    with clock.travel_to(at):
        team = f.organisation("vdab_team")
        counsellor = f.user(Role.COUNSELLOR, team)
        person = f.person(first_name="Bert", last_name="Binnenkort", counsellor=counsellor, team=team)
        f.episode(person, StatusKind.JOBSEEKER_NO_BENEFIT, at.date() - dt.timedelta(days=20))
        Assessment.objects.create(person=person, counsellor=counsellor, assessed_at=clock.now(), competences="sufficient", dutch_level="B2",
                                  digital_skills="basic", motivation="high", proposed_category="medium", proposed_self_reliant=False,
                                  category="medium", self_reliant=False)
        row = caseload.overview(f.principal(counsellor)).items[0]
    assert row.last_contact == at.date()
