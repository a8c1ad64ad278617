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


def test_the_accredited_evc_centre_has_a_login_that_walks_its_role(setup):
    """`evc-centrum` (werkregie/demo/services.py) belongs to the accredited centre: the EVC in progress is assigned to it
    and planned by it, and the centre is a registered credential issuer whose keys its own login manages."""
    from django.test import Client

    from werkregie.credentials.models import Issuer

    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team, username="bemiddelaar")
    person = f.person(first_name="Tom", last_name="Claeys", counsellor=counsellor, team=team)
    f.user(Role.CITIZEN, username="burger", person=person)
    _forklift_profile(person.pk, 6, 30)
    centre = f.organisation(OrganisationKind.PARTNER, name=demo.EVC_CENTRE, partner_type="training_provider")
    assessor = f.user(Role.PARTNER, centre, username="evc-centrum")
    demo.seed()
    planned = EvcRequest.objects.get(person=person, state="planned")
    assert planned.assessor_organisation_id == centre.pk
    issuer = Issuer.objects.get(organisation=centre)
    client = Client(HTTP_AUTHORIZATION=f"Bearer {f.token(assessor)}")
    queue = client.get("/api/v1/careers/evc")
    assert queue.status_code == 200 and planned.pk in [r["id"] for r in queue.json()]
    events = client.get(f"/api/v1/credentials/issuers/{issuer.slug}/keys/events")
    assert events.status_code == 200 and [e["action"] for e in events.json()] == ["added"]
