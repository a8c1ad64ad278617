"""Issue 12 (r3, point 9): the demo's recruiter ("werkgever-rekruteerder") gets a password and token printed with the
demo's accounts, with the role inside the employer, so that the recruiter's role can be walked; the other employer
users keep logging in through the government login (OIDC) only."""

from __future__ import annotations

from django.test import Client

from werkregie.accounts.models import Role, User
from werkregie.organisations import demo
from werkregie.organisations.models import OrganisationKind

from . import factories as f


def test_the_recruiter_gets_a_printed_password_the_others_keep_oidc(db):
    f.organisation(OrganisationKind.EMPLOYER, name="Bouwbedrijf De Schelde NV", nace_code="41.201")
    demo.seed()
    accounts = demo.with_employer_accounts([{"role": "employer", "username": "werkgever", "password": "x", "token": "y"}])
    by_name = {a["username"]: a for a in accounts}
    assert by_name["werkgever"]["employer_role"] == "administrator"
    recruiter = by_name["werkgever-rekruteerder"]
    assert recruiter["role"] == Role.EMPLOYER and recruiter["employer_role"] == "recruiter" and recruiter["token"]
    user = User.objects.get(username="werkgever-rekruteerder")
    assert user.role == Role.EMPLOYER and user.check_password(recruiter["password"])
    assert Client().get("/api/v1/vacancies/mine", HTTP_AUTHORIZATION=f"Bearer {recruiter['token']}").status_code == 200
    assert not User.objects.get(username="logistiek-rekrutering").has_usable_password()
    assert "logistiek-rekrutering" not in by_name
