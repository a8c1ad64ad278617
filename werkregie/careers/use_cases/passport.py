"""The person's credentials as careers needs them, through werkregie.credentials' use cases only (issuing, listing,
verifying): careers never signs or parses a credential itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from werkregie.people.models import Person

from . import common


@dataclass(frozen=True)
class Item:
    id: str  # the credential's uid: what a share names
    kind: str
    kind_label: str
    title: str
    issuer: str
    issued_at: dt.datetime
    valid_until: dt.datetime | None
    token: str
    skills: tuple[str, ...] = ()
    revoked: bool = False

    @property
    def skill_labels(self) -> list[str]:
        return [common.skill_label(uri) for uri in self.skills]

    @property
    def skill_entries(self) -> list[dict]:
        """The skills with their label's language, for {% skill_label %} (marked where not in the reader's language)."""
        from werkregie.matching.labels import skill

        return [skill(uri, common.language()) for uri in self.skills]

    @property
    def filename(self) -> str:
        return f"credential-{self.id}.jwt"


@dataclass(frozen=True)
class Checked:
    item: Item
    valid: bool
    reasons: list[str] = field(default_factory=list)
    said: dict = field(default_factory=dict)  # what the verified credential says in words (credentials.vc.statements)


def _api():  # noqa: ANN202 - the credentials domain's use cases
    from werkregie.credentials import use_cases

    return use_cases


def _uris(skills: object) -> tuple[str, ...]:
    out = []
    for s in skills or []:
        uri = s.get("uri") if isinstance(s, dict) else s
        if isinstance(uri, str):
            out.append(uri)
    return tuple(out)


def _item(c) -> Item:  # noqa: ANN001 - a credentials.Credential
    return Item(str(c.uid), c.kind, str(c.get_kind_display()), c.title, c.issuer.name if c.issuer_id else "", c.issued_at, c.valid_until,
                c.token, _uris(c.skills), c.revoked_at is not None)


def of_person(person: Person) -> list[Item]:
    return [_item(c) for c in _api().credentials_of(person)]


def check(item: Item) -> Checked:
    """Verify the credential as handed out (signature, issuer, expiry, revocation) with the credentials domain."""
    from werkregie.credentials.vc import statements

    result = _api().verify(item.token)
    said = statements(result.credential) if result.valid and isinstance(result.credential, dict) else {}
    return Checked(item, bool(result.valid), [str(c.reason) for c in result.checks if not c.ok], said)


def issue(*, person: Person, kind: str, title: str, skills: list[str], who, issuer=None, description: str = "",  # noqa: ANN001
          valid_until: dt.datetime | None = None, evidence: dict | None = None) -> str:
    """Issue one credential; returns its uid."""
    made = _api().issue(person=person, kind=kind, title=title, skills=skills, who=who, issuer=issuer, description=description,
                        valid_until=valid_until, evidence=evidence)
    return str(made.uid)
