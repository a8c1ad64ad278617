"""The attack of stop 24: an administrator opened a person's sanction case in the Django admin (name, infringement,
facts, decision) and the access log had no entry; the person's "Wie heeft mijn gegevens geraadpleegd" never showed it.
The admin's pages that show a person's data log each read: the change page as a read of the record, the list as a
read of each person listed, with the purpose 'administration'."""

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role

from . import compliance_support as cs
from . import factories as f


@pytest.fixture
def admin_client(db):
    client = Client()
    admin = f.user(Role.ADMIN, is_staff=True, is_superuser=True)
    client.force_login(admin)
    return client, admin


def _entries(admin, person_id: int) -> list[AccessLogEntry]:
    return list(AccessLogEntry.objects.filter(actor_id=admin.pk, person_id=person_id).order_by("seq"))


def test_the_admin_change_page_of_a_case_is_logged_as_a_read_of_the_record(admin_client):
    client, admin = admin_client
    person = cs.jobseeker()
    case = cs.open_case(person)
    response = client.get(f"/admin/compliance/case/{case.pk}/change/")
    assert response.status_code == 200
    [entry] = _entries(admin, person.pk)
    assert entry.purpose == "administration" and entry.shown == "record" and entry.what.startswith("beheer: ")
    assert entry.channel == "web" and entry.actor_role == Role.ADMIN


def test_the_admin_list_of_cases_logs_each_person_listed(admin_client):
    client, admin = admin_client
    people = [cs.jobseeker(), cs.jobseeker()]
    for person in people:
        cs.open_case(person)
    assert client.get("/admin/compliance/case/").status_code == 200
    for person in people:
        [entry] = _entries(admin, person.pk)
        assert entry.shown == "list" and entry.what.startswith("beheer: lijst")


def test_the_admin_user_page_of_a_citizen_account_is_logged_for_the_person(admin_client):
    client, admin = admin_client
    person = f.person()
    citizen = f.user(Role.CITIZEN, person=person)
    assert client.get(f"/admin/accounts/user/{citizen.pk}/change/").status_code == 200
    assert [e.shown for e in _entries(admin, person.pk)] == ["record"]
    staff = f.user(Role.COUNSELLOR)  # an account without a person: nothing about a person was shown
    before = AccessLogEntry.objects.count()
    assert client.get(f"/admin/accounts/user/{staff.pk}/change/").status_code == 200
    assert AccessLogEntry.objects.count() == before
