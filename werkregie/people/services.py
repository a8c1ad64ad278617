"""Use cases of the talent register: search, consult, register, upsert, duplicates and merges.

Every read of personal data goes through the permission functions in perms.py and writes the access log here,
once, so pages, API and exports cannot forget it.
"""

from __future__ import annotations

import heapq
import operator
import re
from functools import reduce
from dataclasses import dataclass, field
from typing import Any, Mapping

from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet
from django.forms.models import model_to_dict

from werkregie.access.models import AccessLogEntry
from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.fastfetch import rows_where
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.identifiers import compact_insz
from werkregie.geo import services as geo
from werkregie.organisations.models import PartnerType

from . import perms
from .enums import ChannelKind, StatusKind
from .models import Consent, ContactChannel, MergeRecord, PartnerLink, Person, PersonLanguage, StatusEpisode, name_key
from .validation import Lookups, parse_date, validate_person

MAX_PAGE_SIZE = 100
PARTNER_PURPOSE = {
    PartnerType.MUTUALITY: Purpose.SICKNESS_REINTEGRATION,
    PartnerType.INTEGRATION_AGENCY: Purpose.INTEGRATION_TRAJECTORY,
    PartnerType.SCHOOL: Purpose.EDUCATION_TRANSITION,
    PartnerType.TRAINING_PROVIDER: Purpose.TRAINING,
    PartnerType.LANGUAGE_PROVIDER: Purpose.TRAINING,
    PartnerType.REGIONAL_SERVICE: Purpose.INTERREGIONAL_EXCHANGE,
    PartnerType.PRIVATE_PLACEMENT: Purpose.GUIDANCE,
    PartnerType.SOCIAL_ECONOMY: Purpose.GUIDANCE,
}
_INSZ_QUERY = re.compile(r"^[0-9 .\-/]{11,15}$")


@dataclass
class Page:
    items: list
    count: int
    page: int
    page_size: int
    count_capped: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-self.count // self.page_size))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


@dataclass
class PersonView:
    """A person as one principal may see them, for one purpose."""

    person: Person
    sections: frozenset[str]
    purpose: Purpose
    current_statuses: list[StatusEpisode] = field(default_factory=list)


def _resolve_purpose(principal: Principal, requested: str | None, person_id: int | None = None) -> Purpose:
    allowed = perms.purposes_for(principal, person_id)
    if not allowed:
        raise Forbidden("Uw rol geeft geen toegang tot individuele persoonsgegevens.")
    if requested in (None, ""):
        return allowed[0]
    try:
        purpose = Purpose(requested)
    except ValueError:
        raise InvalidInput(f"Onbekend doel '{requested}'.", [FieldError("purpose", f"kies een van: {', '.join(allowed)}")]) from None
    if purpose not in allowed:
        raise Forbidden(f"Het doel '{purpose}' is voor uw rol niet toegestaan; toegestaan: {', '.join(allowed)}.")
    return purpose


ORDER = ("last_name_key", "first_name_key", "id")
COUNT_CAP = 10_000  # listing a caseload or register without search text
SEARCH_COUNT_CAP = 1_000  # with search text: past this the page asks to refine the search
MERGE_ABOVE = 300  # an OR of name alternatives matching more rows than this is read branch by branch


def _name_branches(q: str) -> list[Q]:
    """A name query as alternatives, each served by one index range: the whole text as (compound) last name,
    or split into first and last name in either order ("Jan Van den Broeck", "Van den Broeck Jan")."""
    tokens = name_key(q).split()
    if not tokens:
        return [Q()]
    branches = [Q(last_name_key__startswith=" ".join(tokens))]
    for i in range(1, len(tokens)):
        left, right = " ".join(tokens[:i]), " ".join(tokens[i:])
        branches.append(Q(first_name_key__startswith=left, last_name_key__startswith=right))
        branches.append(Q(last_name_key__startswith=left, first_name_key__startswith=right))
    return branches


def search_branches(q: str) -> list[Q]:
    """What a search text means: an INSZ, a birth date (DD/MM/YYYY) or a name, as one or more alternatives."""
    q = (q or "").strip()
    if not q:
        return [Q()]
    if _INSZ_QUERY.match(q) and len(compact_insz(q)) == 11:
        return [Q(insz=compact_insz(q))]
    birth = parse_date(q) if re.match(r"^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$", q) else None
    if birth:
        return [Q(birth_date=birth)]
    return _name_branches(q)


def _order_key(person: Person) -> tuple:
    return (person.last_name_key, person.first_name_key, person.pk)


def _merged_page(base: QuerySet, branches: list[Q], offset: int, size: int) -> list[Person]:
    """Rows offset…offset+size of the union of the branches in name order. Each branch is read as an ordered index
    range with a limit and the streams are merged here, so the database never sorts thousands of matches."""
    need = offset + size
    streams = [list(base.filter(branch).order_by(*ORDER)[:need]) for branch in branches]
    merged, seen = [], set()
    for person in heapq.merge(*streams, key=_order_key):
        if person.pk not in seen:
            seen.add(person.pk)
            merged.append(person)
    return merged[offset: offset + size]


def _capped_count(base: QuerySet, branches: list[Q], cap: int) -> int:
    """Matches up to cap + 1. Alternatives are counted as a UNION of limited branches where the database allows it,
    so each uses its own index range instead of one OR over all of them."""
    if len(branches) == 1 or not connection.features.supports_slicing_ordering_in_compound:
        return base.filter(reduce(operator.or_, branches)).order_by()[: cap + 1].count()
    parts = [base.filter(branch).order_by().values("pk")[: cap + 1] for branch in branches]
    return parts[0].union(*parts[1:]).count()


def search_persons(
    principal: Principal, q: str = "", status: str = "", municipality: str = "", page: int = 1, page_size: int = 50,
    purpose: str | None = None,
) -> Page:
    """Search the persons this principal may see; every person listed is logged as read.
    Counts stop at a cap (the page then says "more than"): nobody pages through ten thousand names."""
    if not perms.can_search(principal):
        raise Forbidden("Uw rol mag niet zoeken in het talentregister.")
    if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidInput("Ongeldige paginering.", [FieldError("page_size", f"tussen 1 en {MAX_PAGE_SIZE}; page vanaf 1")])
    chosen = _resolve_purpose(principal, purpose)
    base = perms.visible_persons(principal)
    if status:
        if status not in StatusKind.values:
            raise InvalidInput(f"Onbekende status '{status}'.", [FieldError("status", ", ".join(StatusKind.values))])
        today = clock.today()
        current = StatusEpisode.objects.filter(kind=status, start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))
        base = base.filter(pk__in=current.values("person_id"))
    if municipality:
        base = base.filter(municipality_id=municipality)
    branches = search_branches(q)
    offset = (page - 1) * page_size
    cap = SEARCH_COUNT_CAP if q.strip() else COUNT_CAP
    count = _capped_count(base, branches, cap)
    capped, count = count > cap, min(count, cap)
    if len(branches) > 1 and count > MERGE_ABOVE:
        items = _merged_page(base, branches, offset, page_size)
    else:  # one index range, or few enough matches to sort: one query
        items = list(base.filter(reduce(operator.or_, branches)).order_by(*ORDER)[offset: offset + page_size])
    for person in items:
        person.municipality = geo.municipality(person.municipality_id)
    record_access(principal.actor(), [p.pk for p in items], "zoekresultaat: naam, INSZ, geboortedatum, gemeente", chosen, principal.channel)
    return Page(items=items, count=count, page=page, page_size=page_size, count_capped=capped)


SECTION_RELATIONS = {
    "profile": ("languages", PersonLanguage),
    "contact": ("contact_channels", ContactChannel),
    "consents": ("consents", Consent),
    "statuses": ("episodes", StatusEpisode),
}


def _load_sections(person: Person, sections: frozenset[str]) -> None:
    """Fetch only the related rows the principal may see, straight into the relations' caches (what
    prefetch_related does, without its per-call machinery: this is the API's hottest path)."""
    cache = person.__dict__.setdefault("_prefetched_objects_cache", {})
    for section in sections:
        if section in SECTION_RELATIONS:
            name, model = SECTION_RELATIONS[section]
            cache[name] = rows_where(model, "person_id", person.pk)
    for episode in cache.get("episodes", []):
        if episode.municipality_id:
            episode.municipality = geo.municipality(episode.municipality_id)


def get_person(principal: Principal, person_id: int, purpose: str | None = None) -> PersonView:
    """One person's record as far as the principal may see it. Unknown and not-allowed look the same (404)."""
    sections = perms.sections_for(principal)
    in_range = 0 < person_id < 2**63  # a 64-bit key; anything else cannot exist
    person = next(iter(rows_where(Person, "id", person_id)), None) if in_range else None
    if person is None or not perms.can_view_loaded(principal, person):
        raise NotFound("Geen persoon met dit nummer binnen uw toegang.")
    person.municipality = geo.municipality(person.municipality_id)
    chosen = _resolve_purpose(principal, purpose, person_id)
    _load_sections(person, sections)
    record_access(principal.actor(), [person.pk], "persoonsgegevens: " + ", ".join(sorted(sections)), chosen, principal.channel)
    today = clock.today()
    current = [e for e in person.episodes.all() if e.start <= today and (e.end is None or e.end >= today)] if "statuses" in sections else []
    return PersonView(person=person, sections=sections, purpose=chosen, current_statuses=current)


def my_person(principal: Principal) -> PersonView:
    if not principal.user.person_id:
        raise NotFound("Aan deze account is geen persoon gekoppeld.")
    return get_person(principal, principal.user.person_id, Purpose.OWN_DATA)


def access_log_for_me(principal: Principal, page: int = 1, page_size: int = 50) -> Page:
    """'Wie heeft mijn gegevens geraadpleegd': reads of the citizen's data by others, newest first."""
    if not principal.user.person_id:
        raise NotFound("Aan deze account is geen persoon gekoppeld.")
    ids = [principal.user.person_id, *Person.all_objects.filter(merged_into_id=principal.user.person_id).values_list("pk", flat=True)]
    qs = AccessLogEntry.objects.filter(person_id__in=ids).exclude(actor_id=principal.user.pk).order_by("-seq")
    offset = (page - 1) * page_size
    return Page(items=list(qs[offset: offset + page_size]), count=qs.count(), page=page, page_size=page_size)


def _apply_related(person: Person, clean: Mapping[str, Any]) -> bool:
    """Bring languages and contact channels in line with `clean`; True when anything changed."""
    changed = False
    existing = {pl.language: pl for pl in person.languages.all()}
    for code, level in clean.get("languages", {}).items():
        if code not in existing:
            PersonLanguage.objects.create(person=person, language=code, level=level)
            changed = True
        elif existing[code].level != level:
            existing[code].level = level
            existing[code].save(update_fields=["level"])
            changed = True
    for kind, key in ((ChannelKind.EMAIL, "email"), (ChannelKind.SMS, "phone")):
        value = clean.get(key)
        if value and not person.contact_channels.filter(kind=kind, value=value).exists():
            ContactChannel.objects.create(person=person, kind=kind, value=value, preferred=not person.contact_channels.exists())
            changed = True
    return changed


PERSON_FIELDS = ("first_name", "last_name", "birth_date", "sex", "nationality", "municipality_id", "postal_code", "street",
                 "education_level", "driving_licences", "digital_skills")


def upsert_person(clean: Mapping[str, Any]) -> tuple[Person, str]:
    """Create or update by INSZ from validated data; returns the person and 'created', 'updated' or 'unchanged'."""
    person = Person.all_objects.filter(insz=clean["insz"]).first()
    if person is None:
        person = Person(insz=clean["insz"], registered_on=clean["registered_on"], **{f: clean[f] for f in PERSON_FIELDS})
        person.save()
        _apply_related(person, clean)
        return person, "created"
    changed = [f for f in PERSON_FIELDS if getattr(person, f) != clean[f]]
    for f in changed:
        setattr(person, f, clean[f])
    if changed:
        person.save()
    related = _apply_related(person, clean)
    return person, "updated" if changed or related else "unchanged"


def possible_duplicates(person: Person) -> list[Person]:
    """Other persons with the same name and birth date (a BIS number later replaced by a national number…)."""
    return list(
        Person.objects.filter(last_name_key=person.last_name_key, first_name_key=person.first_name_key, birth_date=person.birth_date)
        .exclude(pk=person.pk)
    )


@transaction.atomic
def register_person(principal: Principal, data: Mapping[str, Any]) -> tuple[Person, list[Person]]:
    """Register a new person. Same INSZ → Conflict naming the existing record; same name and birth date → registered,
    with the possible duplicates returned for review."""
    if not perms.can_register(principal):
        raise Forbidden("Uw rol mag geen personen inschrijven.")
    clean, errors = validate_person(data)
    status = data.get("status") or None
    if status:
        kind = status.get("kind")
        if kind not in StatusKind.values:
            errors.append(FieldError("status.kind", f"een van: {', '.join(StatusKind.values)}"))
        start = parse_date(status.get("start")) or clock.today()
    if errors:
        raise InvalidInput("De gegevens van de persoon zijn niet geldig.", errors)
    existing = Person.all_objects.filter(insz=clean["insz"]).first()
    if existing:
        raise Conflict("Er staat al een persoon met dit INSZ-nummer in het register.", [FieldError("insz", "bestaat al")], existing.pk)
    person, _state = upsert_person(clean)
    user = principal.user
    if principal.role == Role.COUNSELLOR:
        person.counsellor, person.team_id = user, user.organisation_id
        person.save(update_fields=["counsellor", "team"])
    if principal.role == Role.PARTNER and user.organisation_id:
        PartnerLink.objects.create(person=person, organisation_id=user.organisation_id, purpose=PARTNER_PURPOSE.get(user.organisation.partner_type, Purpose.GUIDANCE), start=clock.today())
    if status:
        municipality = status.get("municipality") or (user.organisation.municipality_id if principal.role == Role.MUNICIPALITY else None)
        if kind == StatusKind.LEEFLOON and not municipality:
            raise InvalidInput("Een leefloonepisode heeft een gemeente nodig.", [FieldError("status.municipality", "verplicht bij leefloon")])
        StatusEpisode.objects.create(person=person, kind=kind, start=start, municipality_id=municipality, source=principal.role)
    record_access(principal.actor(), [person.pk], "inschrijving in het talentregister", Purpose.REGISTRATION, principal.channel)
    return person, possible_duplicates(person)


def duplicate_groups(limit: int = 100) -> list[list[Person]]:
    """Groups of active persons sharing name and birth date (same INSZ cannot occur: it is unique)."""
    keys = (
        Person.objects.values("last_name_key", "first_name_key", "birth_date").annotate(n=Count("id")).filter(n__gt=1)
        .order_by("last_name_key", "first_name_key")[:limit]
    )
    groups = []
    for key in keys:
        groups.append(list(Person.objects.filter(**{k: key[k] for k in ("last_name_key", "first_name_key", "birth_date")}).order_by("id")))
    return groups


@transaction.atomic
def merge_persons(principal: Principal, survivor_id: int, duplicate_id: int, reason: str) -> MergeRecord:
    """Move every history of the duplicate to the survivor; keep the duplicate's row, marked as merged."""
    if not perms.can_merge(principal):
        raise Forbidden("Uw rol mag geen personen samenvoegen.")
    if survivor_id == duplicate_id:
        raise InvalidInput("Een persoon kan niet met zichzelf worden samengevoegd.", [FieldError("duplicate", "zelfde persoon")])
    visible = perms.visible_persons(principal)
    if principal.role != Role.ADMIN and not (visible.filter(pk=survivor_id).exists() and visible.filter(pk=duplicate_id).exists()):
        raise NotFound("Beide personen moeten binnen uw toegang vallen.")
    survivor = Person.objects.select_for_update().filter(pk=survivor_id).first()
    duplicate = Person.objects.select_for_update().filter(pk=duplicate_id).first()
    if survivor is None or duplicate is None:
        raise NotFound("Persoon niet gevonden of al samengevoegd.")
    snapshot = {k: str(v) for k, v in model_to_dict(duplicate).items()}
    StatusEpisode.objects.filter(person=duplicate).update(person=survivor)
    Consent.objects.filter(person=duplicate).update(person=survivor)
    PartnerLink.objects.filter(person=duplicate).update(person=survivor)
    have = set(survivor.languages.values_list("language", flat=True))
    PersonLanguage.objects.filter(person=duplicate).exclude(language__in=have).update(person=survivor)
    have_channels = set(survivor.contact_channels.values_list("kind", "value"))
    for channel in ContactChannel.objects.filter(person=duplicate):
        if (channel.kind, channel.value) not in have_channels:
            channel.person = survivor
            channel.preferred = False
            channel.save(update_fields=["person", "preferred"])
    from werkregie.vacancies.models import Application

    taken = set(Application.objects.filter(person=survivor).values_list("vacancy_id", flat=True))
    Application.objects.filter(person=duplicate).exclude(vacancy_id__in=taken).update(person=survivor)
    Person.all_objects.filter(merged_into=duplicate).update(merged_into=survivor)
    duplicate.merged_into = survivor
    duplicate.save(update_fields=["merged_into", "updated_at"])
    if survivor.registered_on > duplicate.registered_on:
        survivor.registered_on = duplicate.registered_on
        survivor.save(update_fields=["registered_on", "updated_at"])
    return MergeRecord.objects.create(
        survivor=survivor, merged=duplicate, merged_at=clock.now(), merged_by=principal.user.label, reason=reason[:200], snapshot=snapshot
    )


def visible_persons_count(principal: Principal) -> int:
    return perms.visible_persons(principal).count()


def persons_queryset_for_export(principal: Principal) -> QuerySet[Person]:
    return perms.visible_persons(principal)
