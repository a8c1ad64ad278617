"""The demo passport: issued by the platform and two partner issuers, with an expired and a revoked credential that
fail verification for their own reasons; a second seed adds nothing."""

from __future__ import annotations

from tests import factories as f
from tests.credentials_support import key_folder, keyed  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.credentials import demo
from werkregie.credentials import use_cases as uc
from werkregie.credentials.models import Credential, Issuer
from werkregie.demo.services import seed_organisations


def test_demo_passport(db, keyed):
    seed_organisations()
    citizen = f.user(Role.CITIZEN, username="burger", person=f.person(first_name="Sofie", last_name="Peeters"))
    counsellor = f.user(Role.COUNSELLOR, username="bemiddelaar")
    for _ in range(2):
        f.person(counsellor=counsellor)
    made = demo.seed()
    assert made["credentials"] >= 9
    assert demo.seed() == {"credentials": 0}
    assert set(Issuer.objects.values_list("slug", flat=True)) == {"vdab", "syntra-vlaanderen", "scholengroep-gent"}
    mine = uc.credentials_of(citizen.person)
    outcome = {c.title: uc.verify(c.token) for c in mine if c.revoked_at is None}
    assert len(mine) == 5  # the revoked one and its replacement carry the same title
    assert outcome["Diploma secundair onderwijs – Logistiek"].valid
    assert outcome["Opleiding heftruckchauffeur (VCA Basisveiligheid inbegrepen)"].valid
    expired = {c.name: c.ok for c in outcome["Attest eerste hulp op het werk"].checks}
    assert expired == {"issuer_known": True, "signature": True, "not_expired": False, "not_revoked": True}
    revoked = Credential.objects.get(person=citizen.person, revoked_at__isnull=False)
    assert [c.ok for c in uc.verify(revoked.token).checks] == [True, True, True, False]
    assert all(c.skills for c in mine if c.title != "Attest eerste hulp op het werk")
    assert Credential.objects.exclude(person=citizen.person).count() == 4  # two caseload persons, two each


def test_the_demo_provider_link_with_the_citizen_ends_with_the_course(db, keyed):
    """Walk of stop 32: the demo's training provider kept an open-ended link from a course of years ago and read the
    citizen's whole file (INSZ, benefit status) on it. The link ends with the course; the provider no longer sees him."""
    import datetime as dt

    from django.test import Client

    from werkregie.core import clock
    from werkregie.people.models import PartnerLink

    seed_organisations()
    citizen = f.user(Role.CITIZEN, username="burger", person=f.person(first_name="Joris", last_name="Vanhove", birth_date=dt.date(2000, 8, 12)))
    f.user(Role.COUNSELLOR, username="bemiddelaar")
    demo.seed()
    [link] = PartnerLink.objects.filter(person=citizen.person, purpose="training")
    assert link.end is not None and link.end < clock.today()
    provider = f.user(Role.PARTNER, username="opleider-test", organisation=link.organisation)
    client = Client()
    client.force_login(provider)
    assert client.get(f"/personen/{citizen.person_id}/").status_code in (403, 404)
