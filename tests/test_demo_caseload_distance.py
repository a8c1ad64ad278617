"""Issue 16, last items (1): the demo counsellor's caseload had almost nobody at "korte afstand" (1 short, 12 medium, 16
long of 29 at the re-walk), though the screening model gave her job seekers a mix. The root cause was her own demo
assessments (`demo.services._counsellor_assessments`): answers drawn with a barrier for one in four or five on each of
five questions (competences, motivation, childcare, mobility, social problems), so that two in three proposals moved
one or more steps longer, and every fourth assessment overridden to a longer distance still. Her assessments now take
the screening history's answers (`demo.screening_history.answers_for`: the register's Dutch and digital skills, a
barrier for one in ten on competences and on motivation) and override both ways."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from tests import factories
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.demo import services
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.screening.engine.assessment import Limits, model_category
from werkregie.screening.models import Assessment, Score, ScreeningModel

from .screening_support import install_models

DAY = dt.date(2026, 11, 20)
# the model's chance for her job seekers: a third each short (> 50 %), medium (35–50 %) and long (< 35 %)
CHANCES = [0.72, 0.61, 0.55, 0.8, 0.66, 0.58, 0.45, 0.4, 0.48, 0.37, 0.43, 0.46, 0.2, 0.3, 0.12, 0.25, 0.33, 0.18]


@pytest.fixture
def caseload(ref):
    install_models()
    team = factories.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = factories.user(Role.COUNSELLOR, organisation=team, username="bemiddelaar")
    six, twelve = ScreeningModel.objects.get(active=True, horizon_months=6), ScreeningModel.objects.get(active=True, horizon_months=12)
    people = []
    for i, chance in enumerate(CHANCES):
        p = factories.person(counsellor=counsellor, team=team, digital_skills=("basic", "intermediate", "advanced")[i % 3],
                             birth_date=dt.date(1970 + i, 4, 1))
        factories.episode(p, StatusKind.JOBSEEKER_BENEFIT, dt.date(2025, 3, 1))
        Score.objects.create(person=p, model=six, model_12m=twelve, reference_date=DAY, chance_6m=chance, chance_12m=min(1, chance + 0.1),
                             computed_at=clock.now())
        people.append(p)
    return counsellor, people


def test_her_own_assessments_keep_the_mix_the_model_gives(caseload):
    counsellor, people = caseload
    with clock.travel_to(DAY):
        assert services.demo_assessments(count=len(people)) >= len(people)
    mine = Assessment.objects.filter(counsellor=counsellor)
    assert mine.count() == len(people)
    model = Counter(model_category(c, Limits()) for c in CHANCES)
    found = Counter(mine.values_list("category", flat=True))
    # every distance, and no more than a few moved: a conversation finds a barrier for one in five or so
    assert set(found) == {"short", "medium", "long"}, found
    assert found["short"] >= model["short"] // 2, (found, model)
    assert found["long"] <= model["long"] + len(people) // 4, (found, model)
    # overrides both ways, each one step from the proposal, with its reason
    steps = ("short", "medium", "long")
    moves = [steps.index(a.category) - steps.index(a.proposed_category) for a in mine.filter(overridden=True)]
    assert moves and {-1, 1} <= set(moves) and all(abs(m) == 1 for m in moves), moves
    assert all(len(a.override_reason) >= 10 for a in mine.filter(overridden=True))


def test_an_override_goes_one_step_each_way_where_it_can():
    assert services.override("short", 0)["category"] == services.override("short", 1)["category"] == "medium"
    assert services.override("long", 0)["category"] == services.override("long", 1)["category"] == "medium"
    assert {services.override("medium", t)["category"] for t in (0, 1)} == {"short", "long"}
    assert services.override("medium", 0)["override_reason"] != services.override("medium", 1)["override_reason"]
