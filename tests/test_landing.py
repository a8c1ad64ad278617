"""Every account lands after login on a page it may open (the demo walk: the EVC centre's partner, accredited but with
no person linked, landed on the caseload, a 403, and so did /)."""

import datetime as dt

import pytest
from django.test import Client

from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role
from werkregie.careers.models import EvcAccreditation
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people.models import PartnerLink

from . import factories as f

pytestmark = pytest.mark.django_db


def _lands(user) -> tuple[str, int]:
    client = Client()
    assert client.post("/login/", {"username": user.username, "password": "correct-horse-battery"}).status_code == 302
    response = client.get("/", follow=True)
    assert response.redirect_chain, "/ sends every signed-in account somewhere"
    return response.redirect_chain[-1][0], response.status_code


@pytest.mark.parametrize("role", [r for r in Role.values if r != Role.PARTNER])
def test_every_role_lands_on_a_page_it_may_see(role):
    extra = {"person": f.person()} if role == Role.CITIZEN else {}
    url, status = _lands(f.user(role, **extra))
    assert status == 200, (role, url)


@pytest.mark.parametrize("linked", [False, True])
@pytest.mark.parametrize("accredited", [False, True])
@pytest.mark.parametrize("partner_type", PartnerType.values)
def test_every_partner_lands_on_a_page_it_may_see(partner_type, accredited, linked):
    org = f.organisation(OrganisationKind.PARTNER, partner_type=partner_type)
    if accredited:
        EvcAccreditation.objects.create(organisation=org, valid_from=dt.date(2020, 1, 1))
    if linked:
        PartnerLink.objects.create(person=f.person(), organisation=org, purpose=Purpose.GUIDANCE, start=dt.date(2020, 1, 1))
    url, status = _lands(f.user(Role.PARTNER, organisation=org))
    assert status == 200, (partner_type, accredited, linked, url)
    if partner_type == PartnerType.SECTOR_ORGANISATION:  # stop 36: it reads aggregates only, never a person, linked or not
        assert url == "/vacatures/sectoren/"
    elif linked:
        assert url == "/caseload/"  # a partner with persons in its trajectories keeps its overview as landing page


def test_the_evc_centre_lands_on_its_evc_queue_and_has_no_persons_item():
    org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER, name="EVC-centrum")
    EvcAccreditation.objects.create(organisation=org, valid_from=dt.date(2020, 1, 1))
    user = f.user(Role.PARTNER, organisation=org)
    assert _lands(user) == ("/evc/", 200)
    client = Client()
    client.force_login(user)
    page = client.get("/evc/").content.decode()
    assert 'href="/caseload/"' not in page  # the menu offers no page that answers 403


def test_the_administrator_lands_on_the_administration_and_finds_the_register_from_there():
    """Walk of issue 16: the administrator landed on the register; what an administrator comes for is the administration
    of users, roles and organisations (the Django admin in the platform's style). Its "Website bekijken" leads to the
    register, not to "/", which would land there again."""
    admin = f.user(Role.ADMIN, is_staff=True, is_superuser=True)
    assert _lands(admin) == ("/admin/", 200)
    client = Client()
    client.force_login(admin)
    index = client.get("/admin/").content.decode()
    assert 'href="/caseload/">Website bekijken</a>' in index
    assert client.get("/caseload/").status_code == 200


def test_an_administrator_without_access_to_the_administration_lands_on_the_register_and_has_no_beheer_item():
    admin = f.user(Role.ADMIN)  # not staff: /admin/ answers the platform's 403
    assert _lands(admin) == ("/caseload/", 200)
    client = Client()
    client.force_login(admin)
    assert 'href="/admin/"' not in client.get("/caseload/").content.decode()
