"""Skills certified by a valid credential are certified competences of the person everywhere (walk of issue 13, H1):
the demo citizen's "Gecertificeerde competenties magazijnmedewerker" was on the passport while Mijn Loopbaan showed none
of its skills as certified, the guide listed them as missing and the EVC form offered them again."""

from __future__ import annotations

import datetime as dt

from tests import factories as f
from tests.credentials_support import key_folder, keyed  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.careers.use_cases import evc_skills
from werkregie.core import clock
from werkregie.credentials import use_cases as uc
from werkregie.credentials.models import Credential
from werkregie.matching.models import PersonSkill
from werkregie.matching.platform import taxonomy
from werkregie.workflows.services import Who

SYSTEM = Who(None, "system", "test")


def _skills(n: int) -> list[str]:
    tax = taxonomy()
    return [tax.skills[i].uri for i in (11, 111, 1111, 2222)[:n]]


def _sources(person) -> dict[str, str]:  # noqa: ANN001
    return dict(PersonSkill.objects.filter(person=person).values_list("skill_uri", "source"))


def test_a_certifying_credential_makes_its_skills_certified_and_a_revocation_undoes_what_nothing_else_certifies(db, keyed):
    person = f.person()
    a, b, c = _skills(3)
    PersonSkill.objects.create(person=person, skill_uri=a, source="declared", added_at=clock.now())
    version = person.profile_version
    first = uc.issue(person=person, kind="certified_competence", title="Gecertificeerde competenties", skills=[a, b], who=SYSTEM)
    assert _sources(person) == {a: "certified", b: "certified"}
    person.refresh_from_db()
    assert person.profile_version == version + 1
    uc.issue(person=person, kind="certified_competence", title="Tweede attest", skills=[b, c], who=SYSTEM)
    uc.revoke(first, SYSTEM, "Vervangen")
    # b is still certified by the second credential; a is not any more, but the person declared it
    assert _sources(person) == {a: "declared", b: "certified", c: "certified"}


def test_a_training_completion_or_an_expired_credential_certifies_nothing(db, keyed):
    person = f.person()
    a, b = _skills(2)
    uc.issue(person=person, kind="training_completion", title="Opleiding", skills=[a], who=SYSTEM)
    assert _sources(person) == {}
    with clock.travel_to(clock.now() - dt.timedelta(days=400)):
        uc.issue(person=person, kind="certified_competence", title="Oud attest", skills=[b], who=SYSTEM,
                 valid_until=clock.today() + dt.timedelta(days=30))
    from werkregie.careers import certified

    assert certified.valid_skills(person.pk) == set()  # expired since
    certified.sync_person(person.pk)
    assert PersonSkill.objects.filter(person=person, source="certified").count() <= 1  # written when it was valid, never added again


def test_credentials_issued_before_the_rule_are_brought_in_line_by_the_migration(db, keyed):
    import importlib

    from django.apps import apps

    person = f.person()
    a, b = _skills(2)
    made = uc.issue(person=person, kind="certified_competence", title="Attest", skills=[a, b], who=SYSTEM)
    uc.issue(person=f.person(), kind="certified_competence", title="Ingetrokken", skills=[a], who=SYSTEM)
    PersonSkill.objects.all().delete()  # as before the rule
    Credential.objects.exclude(pk=made.pk).update(revoked_at=clock.now(), revoked_reason="test")
    importlib.import_module("werkregie.careers.migrations.0004_certified_from_credentials").forwards(apps, None)
    assert _sources(person) == {a: "certified", b: "certified"}
    assert PersonSkill.objects.exclude(person=person).count() == 0  # the revoked one certified nothing


def test_the_demo_citizens_certified_warehouse_skills_are_certified_in_the_guide_the_page_and_the_evc_form(db, keyed):
    from werkregie.credentials import demo
    from werkregie.demo.services import seed_organisations
    from werkregie.matching import use_cases as matching

    seed_organisations()
    citizen = f.user(Role.CITIZEN, username="burger", person=f.person(first_name="Marc", last_name="Stevens"))
    f.user(Role.COUNSELLOR, username="bemiddelaar")
    demo.seed()
    person = citizen.person
    valid = Credential.objects.get(person=person, title="Gecertificeerde competenties magazijnmedewerker", revoked_at__isnull=True)
    assert valid.skills
    certified = {u for u, s in _sources(person).items() if s == "certified"}
    assert set(valid.skills) <= certified
    me = Principal.for_session(citizen)
    tax = taxonomy()
    manager = next(o.uri for o in tax.occupations if o.label("en") == "warehouse manager")
    gaps = {g.uri for g in matching.skill_gaps_for(me, person.pk, manager)}
    assert not gaps & set(valid.skills)
    from werkregie.matching.models import DesiredOccupation

    DesiredOccupation.objects.create(person=person, occupation_uri=manager)
    offered = {s["uri"] for g in evc_skills.options(me).groups for s in g.skills}
    assert offered and not offered & set(valid.skills)
