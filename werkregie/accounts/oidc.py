"""OpenID Connect login through the Flemish government's ACM/IDM.

The national-number claim (configurable, `rrn` by default) links the login to a person in the talent register.
Nobody is created without such a person: an unknown national number gets no account.
"""

from __future__ import annotations

from django.conf import settings
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from werkregie.core.identifiers import compact_insz, insz_problem
from werkregie.core.text import has_invisible, nfc

from .models import Role, User


def _name(claimed: object, registered: str) -> str:
    """The name the identity provider gives, NFC-normalised, unless it holds invisible characters (core/text.py)."""
    value = nfc(str(claimed or "")).strip()[:150]
    return value if value and not has_invisible(value) else registered


class NationalNumberOIDCBackend(OIDCAuthenticationBackend):
    def _insz(self, claims: dict) -> str | None:
        value = compact_insz(claims.get(settings.OIDC_NATIONAL_NUMBER_CLAIM, ""))
        return value if value and insz_problem(value) is None else None

    def verify_claims(self, claims: dict) -> bool:
        return self._insz(claims) is not None

    def filter_users_by_claims(self, claims: dict):  # noqa: ANN201 - Django queryset
        insz = self._insz(claims)
        if not insz:
            return User.objects.none()
        return User.objects.filter(role=Role.CITIZEN, person__insz=insz)

    def create_user(self, claims: dict) -> User | None:
        from werkregie.people.models import Person

        insz = self._insz(claims)
        person = Person.objects.filter(insz=insz, merged_into__isnull=True).first() if insz else None
        if person is None:
            return None
        user = User.objects.create_user(
            username=f"acm-{claims.get('sub', insz)}"[:150], first_name=_name(claims.get("given_name"), person.first_name),
            last_name=_name(claims.get("family_name"), person.last_name), role=Role.CITIZEN, person=person,
            oidc_subject=claims.get("sub", ""),
        )
        user.set_unusable_password()
        user.save(update_fields=["password"])
        return user

    def update_user(self, user: User, claims: dict) -> User:
        return user
