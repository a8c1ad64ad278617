"""Regressions for what the browser walk and the attack found on the careers side this session (issue 13, 14, 17)."""

from __future__ import annotations

import datetime as dt
import json

from tests import factories as f
from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.credentials import use_cases as uc
from werkregie.people.models import PartnerLink


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def _issue(client, world, user, **extra):
    body = {"person_id": world.person.pk, "kind": "training_completion", "title": "VCA Basis", "skills": skills()[:2]}
    body.update(extra)
    return client.post("/api/v1/credentials/issue", json.dumps(body), content_type="application/json", **_bearer(user))


def test_an_issuers_status_list_is_not_a_valid_credential(world, client):
    """Attack: the signed status list (public) verified as a valid VDAB credential."""
    made = _issue(client, world, world.partner).json()
    status_url = uc.verify(made["jwt"]).credential["credentialStatus"]["statusListCredential"]
    listed = client.get("/" + status_url.split("/", 3)[3])
    assert listed.status_code == 200
    token = listed.content.decode().strip()
    outcome = client.post("/api/v1/credentials/verify", json.dumps({"credential": token}), content_type="application/json").json()
    assert outcome["valid"] is False and "statuslijst" in outcome["checks"][0]["reason"]


def test_no_free_diploma_or_visa_through_the_issuing_api(world, client):
    """Walk: a counsellor and a training provider each issued a "Forged diploma" without skills, shown as valid."""
    assert _issue(client, world, world.partner, kind="diploma", title="Forged diploma", skills=[]).status_code == 422
    assert _issue(client, world, world.counsellor, kind="diploma", title="Forged diploma", skills=[]).status_code == 422
    assert _issue(client, world, world.counsellor, kind="competence_visa", title="Visum").status_code == 422
    assert _issue(client, world, world.counsellor, kind="certified_competence", title="Lassen", skills=[]).status_code == 422
    assert _issue(client, world, world.counsellor, kind="certified_competence", title="Lassen").status_code == 201


def test_an_issuing_partner_no_longer_reads_a_credential_once_its_link_ended(world, client):
    made = _issue(client, world, world.partner).json()
    assert client.get(f"/api/v1/credentials/{made['id']}", **_bearer(world.partner)).status_code == 200
    PartnerLink.objects.filter(person=world.person).update(end=dt.date(2025, 6, 30))
    assert client.get(f"/api/v1/credentials/{made['id']}", **_bearer(world.partner)).status_code == 404


def test_public_lookup_pages_are_rate_limited_without_login(db, client, settings):
    """Attack: /paspoort/<token>/ and /verifieer/ had no limit while their API twins did."""
    settings.WERKREGIE_ANON_RATE = "3/m"
    statuses = [client.get("/paspoort/" + "x" * 43 + "/").status_code for _ in range(5)]
    assert statuses[:3] == [404, 404, 404] and statuses[-1] == 429
    refused = client.get("/verifieer/")
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1


def test_sharing_days_must_be_a_number_not_true(client, db):
    citizen = f.user(Role.CITIZEN, person=f.person())
    response = client.post("/api/v1/careers/me/shares", json.dumps({"label": "x", "credential_ids": [], "days": True}),
                           content_type="application/json", **_bearer(citizen))
    assert response.status_code == 422


def test_the_evc_queue_is_in_the_menu_only_for_who_may_open_it(db, client):
    """Re-check after the walk: the training provider's staff (not an accredited EVC assessor) saw "EVC-aanvragen" → 403;
    a mutuality saw it and the course catalogue too."""
    from werkregie.organisations.models import OrganisationKind, PartnerType

    provider = f.user(Role.PARTNER, organisation=f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER))
    mutuality = f.user(Role.PARTNER, organisation=f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.MUTUALITY))
    counsellor = f.user(Role.COUNSELLOR)
    for user, evc, catalogue in ((provider, False, True), (mutuality, False, False), (counsellor, True, False)):
        client.force_login(user)
        html = client.get("/", follow=True).content.decode()
        assert ('href="/evc/"' in html) is evc, (user.username, "evc")
        assert ('href="/opleidingen/aanbieders/"' in html) is catalogue, (user.username, "catalogue")


def test_the_rate_limit_is_counted_once_for_every_worker_process(db, settings):
    """Re-check after the walk: each gunicorn worker counted its own 30 a minute (a per-process memory cache)."""
    import os
    import subprocess
    import sys

    from django.core.cache import cache

    cache.set("werkregie-shared-probe", 7)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "werkregie.settings", "WERKREGIE_DATA_DIR": str(settings.DATA_DIR)}
    seen = subprocess.run([sys.executable, "-c", "import django; django.setup(); from django.core.cache import cache; "
                           "print(cache.get('werkregie-shared-probe'))"], env=env, capture_output=True, text=True, timeout=120)
    assert seen.stdout.strip().splitlines()[-1] == "7", seen.stderr[-2000:]
