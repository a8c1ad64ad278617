"""Small factories for tests: valid by default, every field overridable."""

from __future__ import annotations

import datetime as dt
import itertools

from werkregie.accounts.models import ApiToken, Role, User
from werkregie.accounts.principal import Principal
from werkregie.core.identifiers import make_insz, make_kbo
from werkregie.organisations.models import Organisation, OrganisationKind, PartnerType
from werkregie.people.models import Person, StatusEpisode

_serial = itertools.count(1)


def person(**overrides) -> Person:
    n = next(_serial)
    # born 1980–2000 whatever the number of persons a test process made before (a long run once reached births after
    # 2025: a person of -2 years); 7,301 and 400 share no factor, so (birth, serial) stays unique for 2.9 million persons
    birth = overrides.pop("birth_date", dt.date(1980, 1, 1) + dt.timedelta(days=n % 7_301))
    values = dict(
        insz=make_insz(birth, 2 * (n % 400) + 1), first_name=f"Voornaam{n}", last_name=f"Familienaam{n}", birth_date=birth,
        sex="M", nationality="BE", municipality_id="44021", postal_code="9000", registered_on=dt.date(2026, 1, 5),
    )
    values.update(overrides)
    return Person.objects.create(**values)


def episode(p: Person, kind: str, start: dt.date = dt.date(2025, 1, 1), end: dt.date | None = None, municipality: str | None = None) -> StatusEpisode:
    return StatusEpisode.objects.create(person=p, kind=kind, start=start, end=end, municipality_id=municipality)


def organisation(kind: str, **overrides) -> Organisation:
    n = next(_serial)
    values = {"kind": kind, "name": f"{kind} {n}"}
    if kind == OrganisationKind.EMPLOYER:
        values["kbo_number"] = make_kbo(900000 + n)
    if kind == OrganisationKind.PARTNER:
        values["partner_type"] = PartnerType.MUTUALITY
    if kind == OrganisationKind.MUNICIPALITY:
        values["municipality_id"] = "44021"
    values.update(overrides)
    if values.get("partner_type") == PartnerType.SECTOR_ORGANISATION:
        values.setdefault("sectors", "F")  # a sector organisation represents at least one sector (a database constraint)
    return Organisation.objects.create(**values)


ORG_FOR_ROLE = {
    Role.COUNSELLOR: OrganisationKind.VDAB_TEAM, Role.EMPLOYER: OrganisationKind.EMPLOYER,
    Role.MUNICIPALITY: OrganisationKind.MUNICIPALITY, Role.PARTNER: OrganisationKind.PARTNER,
}


def user(role: str, organisation: Organisation | None = None, password: str = "correct-horse-battery", **overrides) -> User:
    n = next(_serial)
    if organisation is None and role in ORG_FOR_ROLE:
        organisation = globals()["organisation"](ORG_FOR_ROLE[role])
    u = User(username=overrides.pop("username", f"{role}{n}"), role=role, organisation=organisation, **overrides)
    u.set_password(password)
    u.save()
    return u


def principal(u: User) -> Principal:
    return Principal.for_session(u)


def token(u: User, scopes: list[str] | None = None) -> str:
    return ApiToken.issue(u, "test", scopes)[1]
