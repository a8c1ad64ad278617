"""The compliance demo: cases at every step for persons the demo controller sees; idempotent."""

from collections import Counter

from werkregie.accounts.models import Role
from werkregie.compliance import demo
from werkregie.compliance.models import Case
from werkregie.organisations.models import OrganisationKind
from werkregie.people.models import Person

from . import compliance_support as cs
from . import factories as f


def test_demo_cases_at_every_step_for_visible_persons(db):
    f.user(Role.CONTROLLER, username="controleur")
    # a team and its counsellor guide them: a missed-appointment case comes only from a real appointment the counsellor
    # convoked them to (walk 11b, N-M2), so persons nobody guides get none
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, organisation=team, username="bemiddelaar")
    persons = [cs.jobseeker(team=team, counsellor=counsellor) for _ in range(24)]
    f.user(Role.CITIZEN, username="burger", person=persons[0])
    f.person()  # no benefit: never gets a case
    made = demo.seed()["cases"]
    assert made == Case.objects.count() > 20
    states = Counter(Case.objects.values_list("state", flat=True))
    assert {"opened", "hearing_planned", "to_decide", "notified", "appealed", "closed"} <= set(states), states
    assert Case.objects.filter(person=persons[0], state="hearing_planned").exists(), "the demo citizen has a case to answer"
    assert set(Case.objects.values_list("person_id", flat=True)) <= {p.pk for p in persons}
    assert Case.objects.filter(decision="suspension", proposed_decision="suspension", proposed_weeks=4).exists(), "a repetition escalates"
    assert Case.objects.exclude(deviation_reason="").exists()
    assert demo.seed() == {"cases": 0} and Case.objects.count() == made
    assert Person.objects.count() == 25
