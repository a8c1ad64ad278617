"""The careers demo: the demo citizen's Mijn Loopbaan tells a story (target, recognised skills, an EVC in progress, a
shared link) and a caseload member holds a competence visa after a collective dismissal. Idempotent."""

import pytest

from tests import factories as f
from tests.careers_support import key_folder, setup  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.careers import demo
from werkregie.careers.models import CompetenceVisa, EvcRequest, PassportShare
from werkregie.credentials import use_cases as credentials
from werkregie.matching.demo import _forklift_profile
from werkregie.matching.models import DesiredOccupation, PersonSkill
from werkregie.organisations.models import OrganisationKind

pytestmark = pytest.mark.django_db


def test_the_demo_story(setup):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team, username="bemiddelaar")
    person = f.person(first_name="Tom", last_name="Claeys", counsellor=counsellor, team=team)
    f.user(Role.CITIZEN, username="burger", person=person)
    dismissed = f.person(first_name="Kevin", last_name="Van Damme", counsellor=counsellor, team=team)
    _forklift_profile(person.pk, 6, 30)
    _forklift_profile(dismissed.pk, 7, 40)
    assert demo.seed()["careers"] == 3
    states = sorted(EvcRequest.objects.filter(person=person).values_list("state", flat=True))
    assert states == ["certified", "planned"]
    assert PersonSkill.objects.filter(person=person, source="certified").count() == 3
    assert DesiredOccupation.objects.filter(person=person).count() == 2  # forklift operator and the next step
    kinds = [c.kind for c in credentials.credentials_of(person)]
    # one EVC result for the achievement the procedure certified, with its three recognised skills aligned
    assert kinds.count("evc_result") == 1
    assert [len(c.skills) for c in credentials.credentials_of(person) if c.kind == "evc_result"] == [3]
    assert PassportShare.objects.get(person=person).views == 1
    visa = CompetenceVisa.objects.get(person=dismissed)
    assert visa.dismissal == "collective" and visa.skills.count() == 10
    assert demo.seed()["careers"] == 0  # idempotent
