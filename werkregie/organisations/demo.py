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
# Where an employer posts: the provinces of its establishments (NIS), East Flanders for the Gent-area firms not listed,
# everywhere (None) for the Flanders-wide ones and the agency (walk of issue 16: a builder of Gent posted ~330 vacancies
# in towns all over Flanders). A vacancy elsewhere goes to the agency when it places the occupation, else it moves to
# the employer's home (its place is the synthetic market's draw, not the employer's).
EAST_FLANDERS = ("40000",)
HOME_PROVINCES = {"Bouwbedrijf De Schelde NV": ("40000", "10000"), "Logistiek Gent-Haven BV": ("40000", "30000"),
                  "Voeding Vlaanderen nv": None, "Schoonmaak Vlaanderen nv": None, AGENCY: None}
# at most this many open vacancies for one employer of the demo (not the agency): a regional firm posts tens, not hundreds
MOST_OPEN = 60
# (username, first, last, employer, role inside the employer, state); "werkgever" is the demo's employer account
USERS = [
    ("werkgever", "Inge", "Claes", "Bouwbedrijf De Schelde NV", EmployerRole.ADMINISTRATOR, MembershipState.CONFIRMED),
    ("werkgever-rekruteerder", "Pieter", "Van Damme", "Bouwbedrijf De Schelde NV", EmployerRole.RECRUITER, MembershipState.CONFIRMED),
    ("werkgever-aanvraag", "Nora", "El Amrani", "Bouwbedrijf De Schelde NV", EmployerRole.RECRUITER, MembershipState.REQUESTED),
    ("logistiek-beheer", "Koen", "Janssens", "Logistiek Gent-Haven BV", EmployerRole.ADMINISTRATOR, MembershipState.CONFIRMED),
    ("logistiek-rekrutering", "Sara", "Dewulf", "Logistiek Gent-Haven BV", EmployerRole.RECRUITER, MembershipState.CONFIRMED),
]
# employer users of the demo who also get a password (and token), printed with the demo's accounts, so that their role
# inside the employer can be walked (walk of issue 12, r3: the recruiter had only the government login); the others log
# in through OIDC, as real employer users do
PASSWORD_LOGIN = ("werkgever-rekruteerder",)
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


def hired_by_demo_employers(isco: str, label_en: str = "") -> bool:
    """Whether one of the demo's employers (the agency included) hires this occupation: the matching demo draws only
    such vacancies, so that none is left to an employer that would never post it (a general, a central bank governor)."""
    return any(fits(nace, isco, label_en) for _name, nace, _serial in EMPLOYERS)


def posts_in(name: str, province: str | None) -> bool:
    """Whether a demo employer posts vacancies in this province (its establishments' provinces, HOME_PROVINCES)."""
    home = HOME_PROVINCES.get(name, EAST_FLANDERS)
    return home is None or province in home


def _home_places() -> dict[str, list[str]]:
    """Province NIS → its municipalities, the most populous first (where an employer moved home posts)."""
    from werkregie.geo.models import Municipality

    places: dict[str, list[str]] = {}
    for nis, province in Municipality.objects.exclude(province_nis="").order_by("-population", "nis_code").values_list("nis_code", "province_nis"):
        places.setdefault(province, []).append(nis)
    return places


def _vacancies_by_sector(employers: dict[str, Organisation], keep: set[int]) -> int:
    """Give each vacancy an employer whose division hires its occupation and who posts in its province (spread by the
    vacancy's number), at most MOST_OPEN open ones each; the agency takes the others it places; what is left goes to an
    employer of the sector and moves to that employer's home. A vacancy that no demo employer hires is dropped."""
    from werkregie.geo.models import Municipality
    from werkregie.matching.platform import taxonomy
    from werkregie.vacancies.models import Vacancy, VacancyState

    tax = taxonomy()
    agency = employers[AGENCY]
    own = [(name, org) for name, org in employers.items() if name != AGENCY]
    province_of = dict(Municipality.objects.values_list("nis_code", "province_nis"))
    homes = _home_places()
    by_occupation: dict[int, list[tuple[str, Organisation]]] = {}
    posted = dict.fromkeys((org.pk for _n, org in own), 0)
    for employer_id in Vacancy.objects.filter(pk__in=keep, open=True).values_list("employer_id", flat=True):
        posted[employer_id] = posted.get(employer_id, 0) + 1
    moved, unhired = 0, []
    rows = Vacancy.objects.exclude(pk__in=keep).values_list("pk", "occupation_uri", "employer_id", "municipality_id", "open").order_by("pk")
    for pk, uri, employer_id, nis, is_open in rows:
        index = tax.occupation_index.get(uri)
        if index is None:
            continue
        occupation = tax.occupations[index]
        isco, label_en = occupation.isco, occupation.label("en")
        if index not in by_occupation:
            by_occupation[index] = [(name, org) for name, org in own if fits(org.nace_code, isco, label_en)]
        hirers = by_occupation[index]
        province = province_of.get(nis)
        near = [org.pk for name, org in hirers if posts_in(name, province) and (not is_open or posted[org.pk] < MOST_OPEN)]
        place = nis
        if near:
            chosen = near[pk % len(near)]
        elif fits(agency.nace_code, isco, label_en):
            chosen = agency.pk
        elif hirers:
            name, org = hirers[pk % len(hirers)]
            chosen, members = org.pk, homes.get((HOME_PROVINCES.get(name, EAST_FLANDERS) or (province,))[0], [nis])
            place = members[pk % min(len(members), 15)]
            if is_open and posted[org.pk] >= MOST_OPEN:  # more than the firm would have open at once: filled already
                Vacancy.objects.filter(pk=pk).update(employer_id=chosen, municipality_id=place, state=VacancyState.FILLED, open=False,
                                                     state_since=clock.now())
                moved += 1
                continue
        else:
            unhired.append(pk)
            continue
        if chosen in posted and is_open:
            posted[chosen] += 1
        if (chosen, place) != (employer_id, nis):
            Vacancy.objects.filter(pk=pk).update(employer_id=chosen, municipality_id=place)
            moved += 1
    # no demo employer would post it (a builder's au pair, a temp agency's ship captain: walk of issue 16): the demo
    # drops it, unless someone already applied or was proposed (their history stays)
    dropped, _kinds = Vacancy.objects.filter(pk__in=unhired, applications__isnull=True).delete() if unhired else (0, {})
    return moved + dropped


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


def with_employer_accounts(accounts: list[dict]) -> list[dict]:
    """The demo's accounts (demo.services.create_demo_accounts) with each employer account's role inside the employer
    and, after them, the PASSWORD_LOGIN users with a fresh password and API token (role employer; run after seed())."""
    import secrets

    from werkregie.accounts.models import ApiToken

    roles = dict(EmployerMembership.objects.filter(state=MembershipState.CONFIRMED, user__role=Role.EMPLOYER)
                 .values_list("user__username", "role"))
    out = [a | {"employer_role": roles[a["username"]]} if a["username"] in roles else a for a in accounts]
    for user in User.objects.filter(username__in=PASSWORD_LOGIN, role=Role.EMPLOYER).order_by("username"):
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save(update_fields=["password"])
        user.api_tokens.all().delete()
        _token, raw = ApiToken.issue(user, "demo")
        out.append({"role": str(Role.EMPLOYER), "username": user.username, "password": password, "token": raw,
                    "employer_role": roles.get(user.username, "")})
    return out


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
    if result["vacancies_moved"]:
        from werkregie.matching.signals import bump

        bump()  # vacancies moved to their employer's home: the match index reads their new places
    if progress:
        progress(sum(result.values()))
    return result
