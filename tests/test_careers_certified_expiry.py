"""Issue 13: a certified competence whose credential expires stayed certified, since expiry writes nothing and no job
looked. The nightly deadline sweep (a daily schedule on the task runner) now has a careers contributor that
un-certifies it; run twice, the second run writes nothing."""

from __future__ import annotations

import datetime as dt

from tests import factories as f
from tests.credentials_support import key_folder, keyed  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.careers.use_cases import loopbaan
from werkregie.core import clock
from werkregie.credentials import use_cases as uc
from werkregie.matching.models import PersonSkill
from werkregie.matching.platform import taxonomy
from werkregie.messaging import runner
from werkregie.workflows.services import Who
from werkregie.worklist import sweep

SYSTEM = Who(None, "system", "test")


def _sources(person) -> dict[str, str]:  # noqa: ANN001
    return dict(PersonSkill.objects.filter(person=person).values_list("skill_uri", "source"))


def test_the_sweep_is_on_the_daily_schedule_and_names_careers(db):
    from django_q.models import Schedule

    runner.ensure_schedules()
    schedule = Schedule.objects.get(name="deadline sweep (daily)")
    assert schedule.func == runner.SWEEP and schedule.schedule_type == Schedule.DAILY
    assert "careers" in [c.name for c in sweep.discover()]


def test_an_expired_certification_leaves_the_profile_after_the_nightly_sweep(db, keyed):
    tax = taxonomy()
    lapsing, lasting = tax.skills[11].uri, tax.skills[111].uri
    person = f.person()
    me = Principal.for_session(f.user(Role.CITIZEN, person=person, username="burger"))
    uc.issue(person=person, kind="certified_competence", title="Heftruck (5 jaar geldig)", skills=[lapsing], who=SYSTEM,
             valid_until=clock.today() + dt.timedelta(days=10))
    uc.issue(person=person, kind="competence_visa", title="Competentievisum", skills=[lasting], who=SYSTEM)
    assert _sources(person) == {lapsing: "certified", lasting: "certified"}

    assert sweep.run(clock.today(), only=["careers"], stop_on_error=True)["contributors"]["careers"]["skills_uncertified"] == 0
    assert _sources(person)[lapsing] == "certified"  # not expired yet: the sweep leaves it

    with clock.travel_to(clock.now() + dt.timedelta(days=11)):
        first = sweep.run(clock.today(), only=["careers"], stop_on_error=True)["contributors"]["careers"]
        second = sweep.run(clock.today(), only=["careers"], stop_on_error=True)["contributors"]["careers"]
        assert first["skills_uncertified"] == 1 and second["skills_uncertified"] == 0  # idempotent
        # the expired proof alone had put the skill in the profile: it leaves it, never turned into a self-claim ("Zelf
        # opgegeven") the person did not make (changed by design after the attack on issue 13; a skill the person had
        # declared before goes back to declared: tests/test_attack13c_uncertified_source.py)
        assert _sources(person) == {lasting: "certified"}
        shown = {source: [s["uri"] for s in items] for source, _label, items in loopbaan.overview(me).skill_groups}
    assert shown["certified"] == [lasting] and lapsing not in [u for uris in shown.values() for u in uris]  # no longer shown as certified
