"""Issue 12 walk, onboarding: a VDAB administrator (beheerder, account manager) could find the pending first
administrators of employers only on each employer's own page. A list page in their menu shows every pending request
with confirm and refuse; an employer that a refused self-registration created does not stay behind as a usable one."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core.identifiers import make_kbo
from werkregie.organisations.models import EmployerMembership, Organisation, OrganisationKind
from werkregie.web.nav import menu_for

from . import factories as f

URL = "/werkgevers/aanvragen/"


def _ask(user, kbo: str, name: str) -> EmployerMembership:
    client = Client()
    client.force_login(user)
    response = client.post("/werkgever/toegang/", {"kbo_number": kbo, "role": "administrator", "name": name})
    assert response.status_code == 302, response.content
    return EmployerMembership.objects.get(user=user)


@pytest.fixture
def admin_client(db):
    admin = f.user(Role.ADMIN, f.organisation(OrganisationKind.VDAB_TEAM))
    client = Client()
    client.force_login(admin)
    return admin, client


def test_the_admin_finds_pending_first_administrators_in_the_menu_and_confirms_one(admin_client):
    admin, client = admin_client
    assert any(entry.url_name == "employer_requests" for entry, _url in menu_for(admin))
    asker = f.user(Role.CITIZEN, first_name="Lotte", last_name="Peeters")
    membership = _ask(asker, make_kbo(4242), "Bakkerij Lotte bv")
    html = client.get(URL).content.decode()
    assert "Bakkerij Lotte bv" in html and "Lotte Peeters" in html and "Bevestigen" in html and "Weigeren" in html
    done = client.post(URL, {"membership": membership.pk, "transition": "confirm", "version": membership.version}, follow=True)
    assert "De aanvraag is bevestigd." in done.content.decode()
    asker.refresh_from_db()
    assert asker.role == Role.EMPLOYER and asker.organisation.name == "Bakkerij Lotte bv"
    assert "Bakkerij Lotte bv" not in client.get(URL).content.decode()  # no longer pending


def test_only_an_admin_opens_the_list(db):
    for role in (Role.EMPLOYER, Role.COUNSELLOR, Role.CITIZEN):
        client = Client()
        client.force_login(f.user(role, f.organisation(OrganisationKind.EMPLOYER) if role == Role.EMPLOYER else None))
        assert client.get(URL).status_code in (302, 403, 404)


def test_a_refused_self_registration_leaves_no_usable_employer(admin_client):
    admin, client = admin_client
    kbo = make_kbo(4343)
    membership = _ask(f.user(Role.CITIZEN), kbo, "Schijnfirma bv")
    org = Organisation.objects.get(kbo_number=kbo)
    assert org.self_registered and org.refused_at is None
    refused = client.post(URL, {"membership": membership.pk, "transition": "refuse", "version": membership.version, "reason": "Onbekende onderneming"},
                          follow=True)
    assert "De aanvraag is geweigerd." in refused.content.decode()
    org.refresh_from_db()
    assert org.refused_at is not None
    assert client.get(f"/werkgevers/{org.pk}/").status_code == 404  # not a usable employer, not even for VDAB
    assert client.get("/vacatures/nieuw/", {"employer_id": org.pk}).status_code in (200, 404)
    from werkregie.accounts.principal import Principal
    from werkregie.core.errors import NotFound
    from werkregie.vacancies import intake

    with pytest.raises(NotFound):
        intake._employer_id(Principal.for_session(admin), org.pk)
    # someone asks again: VDAB decides again, the employer is not duplicated
    again = _ask(f.user(Role.CITIZEN), kbo, "")
    org.refresh_from_db()
    assert org.refused_at is None and Organisation.objects.filter(kbo_number=kbo).count() == 1
    assert again.organisation_id == org.pk and "Schijnfirma bv" in client.get(URL).content.decode()


def test_refusing_one_of_several_requests_keeps_the_employer(admin_client):
    _admin, client = admin_client
    kbo = make_kbo(4444)
    first = _ask(f.user(Role.CITIZEN), kbo, "Twee Vragers bv")
    _ask(f.user(Role.CITIZEN), kbo, "")
    client.post(URL, {"membership": first.pk, "transition": "refuse", "version": first.version, "reason": "Niet gekend"})
    assert Organisation.objects.get(kbo_number=kbo).refused_at is None  # another request still waits
