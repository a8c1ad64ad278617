"""Searching and exporting the register: name, INSZ or birth date, within the principal's access."""

from __future__ import annotations

import heapq
import operator
import re
from functools import reduce

from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.db import connection
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput
from werkregie.core.identifiers import compact_insz
from werkregie.core.text import search_text_problem
from werkregie.geo import services as geo

from .. import perms
from ..enums import StatusKind
from ..models import Person, StatusEpisode, name_key
from ..validation import parse_date
from .common import MAX_PAGE_SIZE, Page, resolve_purpose

_INSZ_QUERY = re.compile(r"^[0-9 .\-/]{11,15}$")
ORDER = ("last_name_key", "first_name_key", "id")
COUNT_CAP = 10_000  # listing a caseload or register without search text
SEARCH_COUNT_CAP = 1_000  # with search text: past this the page asks to refine the search
MERGE_ABOVE = 300  # an OR of name alternatives matching more rows than this is read branch by branch
_DATE_SHAPED = re.compile(r"^\d{1,4}[/-]\d{1,2}[/-]\d{1,4}$")
_DATE_FORMATS = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{1,2}-\d{1,2})$")  # what parse_date reads


def check_search_text(q: str) -> None:
    """Refuse a search text that cannot mean what it says, naming `q` (422): a null character (the same validator as
    Django's text fields, so the pages and the API refuse it alike) and a text shaped as a date that is no date
    (31/02/2025, 00/00/0000), which would otherwise be read as a name and silently find nobody (attack of issue 16)."""
    try:
        ProhibitNullCharactersValidator()(q or "")
    except ValidationError as exc:
        message = str(exc.messages[0])
        raise InvalidInput(message, [FieldError("q", message)]) from None
    if problem := search_text_problem(q or ""):
        raise InvalidInput(problem, [FieldError("q", problem)])
    text = (q or "").strip()
    if not _DATE_SHAPED.match(text) or parse_date(text):
        return
    if _DATE_FORMATS.match(text):
        message = _("%(text)s is geen bestaande datum") % {"text": text}
    else:
        message = _("%(text)s is geen datum in de vorm DD/MM/JJJJ") % {"text": text}
    raise InvalidInput(message, [FieldError("q", message)])


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


def search_kind(q: str) -> str:
    """What a search text asks about: '' (nothing), 'insz', 'birth_date' or 'name'."""
    q = (q or "").strip()
    if not q:
        return ""
    if _INSZ_QUERY.match(q) and len(compact_insz(q)) == 11:
        return "insz"
    if _DATE_SHAPED.match(q) and parse_date(q):
        return "birth_date"
    return "name"


def search_branches(q: str) -> list[Q]:
    """What a search text means: an INSZ, a birth date (DD/MM/YYYY) or a name, as one or more alternatives."""
    q = (q or "").strip()
    kind = search_kind(q)
    if not kind:
        return [Q()]
    if kind == "insz":
        return [Q(insz=compact_insz(q))]
    if kind == "birth_date":
        return [Q(birth_date=parse_date(q))]
    return _name_branches(q)


FILTER_LABELS = {"status": gettext_lazy("status"), "municipality": gettext_lazy("gemeente"), "insz": gettext_lazy("INSZ-nummer"),
                 "birth_date": gettext_lazy("geboortedatum")}


def check_filters(principal: Principal, q: str, status: str, municipality: str) -> None:
    """Refuse a filter or search term on a part of the record the principal may not see: its answer (who matches)
    would reveal that part. The same check for pages, API and exports."""
    used = [name for name, value in (("status", status), ("municipality", municipality)) if value]
    kind = search_kind(q)
    if kind in ("insz", "birth_date"):
        used.append(kind)
    refused = perms.refused_filters(principal, used)
    if refused:
        names = ", ".join(str(FILTER_LABELS[name]) for name in refused)
        raise Forbidden(
            _("Uw rol mag niet zoeken of filteren op %(names)s: die gegevens zijn voor u niet zichtbaar. Zoek op naam.") % {"names": names},
            [FieldError("q" if name in ("insz", "birth_date") else name, _("niet toegestaan voor uw rol")) for name in refused],
        )


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
    return merged[offset : offset + size]


def _filtered(base: QuerySet, status: str, municipality: str) -> QuerySet:
    if status:
        if status not in StatusKind.values:
            raise InvalidInput(_("Onbekende status '%(status)s'.") % {"status": status},
                               [FieldError("status", _("kies een van: %(choices)s") % {"choices": ", ".join(StatusKind.values)})])
        today = clock.today()
        current = StatusEpisode.objects.filter(kind=status, start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))
        base = base.filter(pk__in=current.values("person_id"))
    if municipality:
        if not re.fullmatch(r"\d{5}", municipality) or not geo.municipality(municipality):  # an unknown code (or "\x00") is said, not answered with nobody
            raise InvalidInput(_("Onbekende gemeente (NIS-code) '%(code)s'.") % {"code": municipality.encode("unicode_escape").decode()[:20]},
                               [FieldError("municipality", _("Geef de NIS-code van een gemeente."))])
        base = base.filter(municipality_id=municipality)
    return base


def _capped_count(base: QuerySet, branches: list[Q], cap: int) -> int:
    """Matches up to cap + 1. Alternatives are counted as a UNION of limited branches where the database allows it,
    so each uses its own index range instead of one OR over all of them."""
    if len(branches) == 1 or not connection.features.supports_slicing_ordering_in_compound:
        return base.filter(reduce(operator.or_, branches)).order_by()[: cap + 1].count()
    parts = [base.filter(branch).order_by().values("pk")[: cap + 1] for branch in branches]
    return parts[0].union(*parts[1:]).count()


def shown_in_list(sections: frozenset[str], statuses: bool = False) -> str:
    """What a result list shows of each person, for the access log: what was actually shown, nothing more."""
    shown = ["naam"] + (["INSZ", "geboortedatum"] if "identity" in sections else []) + (["gemeente"] if "address" in sections else [])
    return ", ".join(shown + (["huidige status"] if statuses else []))


def _attach_current_statuses(items: list[Person]) -> None:
    """Each person's current statuses in words (`current_status_labels`), read in one query for the whole page; in the
    fixed order of StatusKind, so that two persons with the same statuses read the same ("Niet-beroepsactief,
    Leefloongerechtigde" beside "Leefloongerechtigde, Niet-beroepsactief": walk of issue 16)."""
    today = clock.today()
    kinds: dict[int, set[str]] = {}
    current = StatusEpisode.objects.filter(person_id__in=[p.pk for p in items], start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))
    for person_id, kind in current.values_list("person_id", "kind"):
        kinds.setdefault(person_id, set()).add(kind)
    names = dict(StatusKind.choices)
    for person in items:
        person.current_status_labels = [str(names[kind]) for kind in StatusKind.values if kind in kinds.get(person.pk, ())]


def search_persons(
    principal: Principal, q: str = "", status: str = "", municipality: str = "", page: int = 1, page_size: int = 50, purpose: str | None = None,
    with_statuses: bool = False, with_reasons: bool = False,
) -> Page:
    """Search the persons this principal may see; every person listed is logged as read.
    Counts stop at a cap (the page then says "more than"): nobody pages through ten thousand names.
    with_statuses: also each person's current statuses (`current_status_labels`), for a role that sees statuses.
    with_reasons: for a municipality worker, also why each client stands where they stand (`action_reason`)."""
    if not perms.can_search(principal):
        raise Forbidden(_("Uw rol mag niet zoeken in het talentregister."))
    if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidInput(_("Ongeldige paginering."), [FieldError("page_size", _("tussen 1 en %(n)s; page vanaf 1") % {"n": MAX_PAGE_SIZE})])
    check_search_text(q)
    check_filters(principal, q, status, municipality)
    chosen = resolve_purpose(principal, purpose)
    base = _filtered(perms.visible_persons(principal), status, municipality)
    branches = search_branches(q)
    offset = (page - 1) * page_size
    cap = SEARCH_COUNT_CAP if q.strip() else COUNT_CAP
    count = _capped_count(base, branches, cap)
    capped, count = count > cap, min(count, cap)
    if principal.role == Role.MUNICIPALITY:  # its own leefloon clients, few: what needs the worker's action first
        from werkregie.municipalities.client_order import by_action, reason

        items = list(by_action(base.filter(reduce(operator.or_, branches)), principal.user.organisation_id)[offset : offset + page_size])
        for person in items if with_reasons else ():  # why each stands where it stands, from the same annotations
            person.action_reason = reason(person, clock.today())
    elif len(branches) > 1 and count > MERGE_ABOVE:
        items = _merged_page(base, branches, offset, page_size)
    else:  # one index range, or few enough matches to sort: one query
        items = list(base.filter(reduce(operator.or_, branches)).order_by(*ORDER)[offset : offset + page_size])
    for person in items:
        person.municipality = geo.municipality(person.municipality_id)
    with_statuses = with_statuses and "statuses" in perms.sections_for(principal)
    if with_statuses:
        _attach_current_statuses(items)
    shown = shown_in_list(perms.sections_for(principal), with_statuses)
    if with_reasons and principal.role == Role.MUNICIPALITY:
        shown += ", wat te doen (doorverwijzing, traject)"
    record_access(principal.actor(), [p.pk for p in items], "zoekresultaat: " + shown, chosen, principal.channel)
    return Page(items=items, count=count, page=page, page_size=page_size, count_capped=capped)


EXPORT_LIMIT = 10_000
EXPORT_COLUMNS = {
    "identity": ["insz", "birth_date", "sex", "nationality"],
    "address": ["municipality_id", "postal_code"],
    "profile": ["education_level", "digital_skills"],
}

# what the access log says was exported, in the words the citizen reads on "Wie heeft mijn gegevens geraadpleegd"
EXPORT_WORDS = {"first_name": "voornaam", "last_name": "familienaam", "insz": "INSZ", "birth_date": "geboortedatum", "sex": "geslacht",
                "nationality": "nationaliteit", "municipality_id": "gemeente", "postal_code": "postcode", "education_level": "onderwijsniveau",
                "digital_skills": "digitale vaardigheden"}


def export_persons(principal: Principal, q: str = "", status: str = "", municipality: str = "", purpose: str | None = None) -> tuple[list[str], list[list]]:
    """The search result as rows for a CSV file: the same access rule and sections as the pages, at most
    EXPORT_LIMIT rows, and every exported person logged (channel: export)."""
    if not perms.can_search(principal):
        raise Forbidden(_("Uw rol mag geen personen exporteren."))
    check_search_text(q)
    check_filters(principal, q, status, municipality)
    chosen = resolve_purpose(principal, purpose)
    sections = perms.sections_for(principal)
    columns = ["id", "first_name", "last_name"] + [c for section in ("identity", "address", "profile") if section in sections for c in EXPORT_COLUMNS[section]]
    base = _filtered(perms.visible_persons(principal), status, municipality)
    persons = list(
        base.filter(reduce(operator.or_, search_branches(q))).order_by(*ORDER).values_list(*[c if c != "id" else "pk" for c in columns])[:EXPORT_LIMIT]
    )
    shown = ", ".join(EXPORT_WORDS.get(c, c) for c in columns if c != "id")
    record_access(principal.actor(), [row[0] for row in persons], "export: " + shown, chosen, "export")
    return columns, [list(row) for row in persons]
