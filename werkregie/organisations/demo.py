"""Demo data of employers; called by `werkregie demo` after the population, accounts, screening and matching exist.
Idempotent. Every demo employer gets a sector (NACE-BEL) and the vacancies of occupations its sector hires (by ISCO
group; a temporary-work agency takes the rest), so that a builder posts builders' jobs and not au pairs. Two employers
get several users with their own role (administrator, recruiter; one request still waiting) and establishment units."""

from __future__ import annotations

from typing import Callable

from django.db import transaction

from werkregie.accounts.models import Role, User
from werkregie.core import clock
from werkregie.core.identifiers import make_kbo

from .models import EmployerMembership, EmployerRole, EstablishmentUnit, MembershipState, Organisation, OrganisationKind
from .sectors import fits
from .validators import make_establishment

EMPLOYERS = [  # (name, NACE-BEL, KBO serial); the first three exist since the foundation's demo
    ("Bouwbedrijf De Schelde NV", "41.201", 4211), ("Zorggroep Leie vzw", "87.101", 4212), ("Logistiek Gent-Haven BV", "52.100", 4213),
    ("Brasserie Gravensteen bv", "56.101", 4301), ("Supermarkten De Kouter nv", "47.111", 4302), ("Datawerf bv", "62.010", 4303),
    ("Scholengroep Leiestreek vzw", "85.310", 4304), ("Voeding Vlaanderen nv", "10.710", 4305), ("Tuinbouw Meetjesland bv", "01.130", 4306),
    ("Schoonmaak Vlaanderen nv", "81.210", 4307), ("Ingenieursbureau Schelde bv", "71.121", 4308), ("Talent Uitzendkantoor nv", "78.200", 4309),
    ("Intergemeentelijke Vereniging Leie", "84.110", 4310), ("Cultuurcentrum Vooruit vzw", "90.041", 4311), ("Kapsalon Lieve bv", "96.021", 4312),
    ("Afvalbedrijf Ivago", "38.110", 4313),
]
AGENCY = "Talent Uitzendkantoor nv"
# (username, first, last, employer, role inside the employer, state); "werkgever" is the demo's employer account
USERS = [
    ("werkgever", "Inge", "Claes", "Bouwbedrijf De Schelde NV", EmployerRole.ADMINISTRATOR, MembershipState.CONFIRMED),
    ("werkgever-rekruteerder", "Pieter", "Van Damme", "Bouwbedrijf De Schelde NV", EmployerRole.RECRUITER, MembershipState.CONFIRMED),
    ("werkgever-aanvraag", "Nora", "El Amrani", "Bouwbedrijf De Schelde NV", EmployerRole.RECRUITER, MembershipState.REQUESTED),
    ("logistiek-beheer", "Koen", "Janssens", "Logistiek Gent-Haven BV", EmployerRole.ADMINISTRATOR, MembershipState.CONFIRMED),
    ("logistiek-rekrutering", "Sara", "Dewulf", "Logistiek Gent-Haven BV", EmployerRole.RECRUITER, MembershipState.CONFIRMED),
]
ESTABLISHMENTS = [  # (employer, serial, name, street, NIS)
    ("Bouwbedrijf De Schelde NV", 1, "Maatschappelijke zetel", "Nieuwevaart 51", "44021"),
    ("Bouwbedrijf De Schelde NV", 2, "Werfdepot Antwerpen", "Noorderlaan 120", "11002"),
    ("Logistiek Gent-Haven BV", 3, "Distributiecentrum Haven", "Skaldenstraat 7", "44021"),
    ("Logistiek Gent-Haven BV", 4, "Cross-dock Zeebrugge", "Kustlaan 2", "31005"),
]


def _who(role_user: User | None):  # noqa: ANN202 - a workflows Who
    from werkregie.workflows.services import Who

    return Who(role_user.pk, Role.ADMIN, role_user.label) if role_user else Who(None, Role.ADMIN, "VDAB (demo)")


def _employers() -> dict[str, Organisation]:
    found = {}
    for name, nace, serial in EMPLOYERS:
        org, _created = Organisation.objects.get_or_create(kind=OrganisationKind.EMPLOYER, name=name, defaults={"kbo_number": make_kbo(serial)})
        if org.nace_code != nace:
            org.nace_code = nace
            org.save(update_fields=["nace_code"])
        found[name] = org
    return found


def hired_by_demo_employers(isco: str) -> bool:
    """Whether one of the demo's employers (the agency included) hires this occupation: the matching demo draws only
    such vacancies, so that none is left to an employer that would never post it (a general, a central bank governor)."""
    return any(fits(nace, isco) for _name, nace, _serial in EMPLOYERS)


def _vacancies_by_sector(employers: dict[str, Organisation], keep: set[int]) -> int:
    """Give each vacancy an employer whose division hires its occupation (spread by the vacancy's number); the agency
    takes those no other demo employer hires. A vacancy that no demo employer hires stays where it is."""
    from werkregie.matching.platform import taxonomy
    from werkregie.vacancies.models import Vacancy

    tax = taxonomy()
    own = [org for name, org in employers.items() if name != AGENCY]
    by_isco: dict[str, list[int]] = {}
    moved = 0
    for pk, uri, employer_id in Vacancy.objects.exclude(pk__in=keep).values_list("pk", "occupation_uri", "employer_id").order_by("pk"):
        index = tax.occupation_index.get(uri)
        if index is None:
            continue
        isco = tax.occupations[index].isco
        if isco not in by_isco:
            by_isco[isco] = [org.pk for org in own if fits(org.nace_code, isco)] or (
                [employers[AGENCY].pk] if fits(employers[AGENCY].nace_code, isco) else [])
        choices = by_isco[isco]
        if choices and employer_id not in choices:
            Vacancy.objects.filter(pk=pk).update(employer_id=choices[pk % len(choices)])
            moved += 1
    return moved


def _users(employers: dict[str, Organisation]) -> int:
    from werkregie.workflows import services as wf

    from .workflows import EMPLOYER_ADMIN

    admin = User.objects.filter(role=Role.ADMIN, username="beheerder").first()
    made = 0
    for username, first, last, employer, role, state in USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, first_name=first, last_name=last, role=Role.CITIZEN)
            user.set_unusable_password()  # they log in through the government login (OIDC)
            user.save()
        if EmployerMembership.objects.filter(user=user).exists():
            continue
        org = employers[employer]
        membership = wf.create(EmployerMembership, wf.Who(user.pk, user.role, user.label), user=user, organisation=org, role=role,
                               requested_at=clock.now(), note="")
        made += 1
        if state == MembershipState.CONFIRMED:
            boss = EmployerMembership.objects.filter(organisation=org, role=EmployerRole.ADMINISTRATOR, state=MembershipState.CONFIRMED).first()
            who = wf.Who(boss.user_id, EMPLOYER_ADMIN, boss.user.label) if boss else _who(admin)
            wf.transition(membership, "confirm", who)
            user.role, user.organisation = Role.EMPLOYER, org
            user.save(update_fields=["role", "organisation"])
    return made


def _establishments(employers: dict[str, Organisation]) -> int:
    from werkregie.geo.models import PostalCode

    made = 0
    for employer, serial, name, street, nis in ESTABLISHMENTS:
        postal = PostalCode.objects.filter(municipality_id=nis).order_by("code").values_list("code", flat=True).first()
        if postal is None:
            continue
        _unit, created = EstablishmentUnit.objects.get_or_create(number=make_establishment(4_211_000 + serial), defaults={
            "organisation": employers[employer], "name": name, "street": street, "postal_code": postal, "municipality_id": nis})
        made += created
    return made


@transaction.atomic
def seed(progress: Callable[[int], None] | None = None) -> dict:
    from werkregie.vacancies.models import Vacancy

    employers = _employers()
    demo_employer = User.objects.filter(username="werkgever").values_list("organisation_id", flat=True).first()
    # the demo employer's vacancies that already have applications stay where they are (their history is the demo's)
    keep = set(Vacancy.objects.filter(employer_id=demo_employer, applications__isnull=False).values_list("pk", flat=True))
    result = {"employers": len(employers), "vacancies_moved": _vacancies_by_sector(employers, keep), "memberships": _users(employers),
              "establishments": _establishments(employers)}
    # the matching demo makes its vacancies in bulk (no save()): give them the public search's text
    from werkregie.vacancies.search import reindex

    result["vacancies_indexed"] = reindex(Vacancy.objects.filter(search_text=""))
    if progress:
        progress(sum(result.values()))
    return result
