"""Who is asking: a user in a role, with the scopes of their session or token."""

from __future__ import annotations

from dataclasses import dataclass

from werkregie.access.services import Actor

from .models import ROLE_SCOPES, Role, User


@dataclass(frozen=True)
class Principal:
    user: User
    scopes: frozenset[str]
    channel: str = "web"

    @classmethod
    def for_session(cls, user: User) -> "Principal":
        return cls(user=user, scopes=frozenset(ROLE_SCOPES.get(user.role, [])), channel="web")

    @property
    def role(self) -> str:
        return self.user.role

    def has_scope(self, scope: str) -> bool:
        return scope in self.scopes

    @property
    def is_admin(self) -> bool:
        return self.user.role == Role.ADMIN

    def actor(self) -> Actor:
        org = self.user.organisation.name if self.user.organisation_id else ""
        # the name only: role and organisation are stored apart, as a code and a name, and translated when shown
        return Actor(user_id=self.user.pk, label=self.user.get_full_name() or self.user.username, role=self.user.role, organisation_name=org)
