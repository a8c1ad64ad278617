"""The public vacancy search (issue 12, point 7): for everyone, without a login, over published vacancies only.

Full text over one stored column (`Vacancy.search_text`: title, description, the ESCO occupation's Dutch, French and
English labels, the place), lower-case without accents, so that "ingenieur" finds "Ingénieur" and "lasser" finds
"Lassers". PostgreSQL answers with prefix terms ("lass:*") over a stored tsvector of that column (a generated column,
GIN-indexed over open vacancies: migration 0009);
the 'simple' configuration, not 'dutch' or 'french', because one vacancy text mixes both languages and a stemmer of
the wrong language mangles words (prefix terms do what stemming would for plurals and conjugations). SQLite (the demo)
answers with LIKE on the same column. Filters: occupation (ESCO URI), a place (name, postal code or NIS code) with a
radius in road kilometres (the matching engine's distance), contract, hours; sorted by relevance or by date; paged
with core.paging. No personal data: nothing is logged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from werkregie.core.errors import FieldError, InvalidInput
from werkregie.core.paging import Paged

from .models import Contract, Vacancy

PAGE_SIZES = (10, 20, 50)
MAX_TERMS = 8
MAX_RADIUS_KM = 200
SORTS = ("relevance", "date")
# the count stops here ("more than 10,000"): counting every hit of a common word in 300,000 vacancies costs more than
# the page itself, and nobody pages past it (a page of 1 to 1000 is asked, as core.paging shows)
COUNT_LIMIT = 10_000
_WORD = re.compile(r"[0-9a-z]+")


def normalise(text: str) -> str:
    """Lower-case, accents removed, every run of other characters one space."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_WORD.findall(plain))


def terms(q: str) -> list[str]:
    return [t for t in dict.fromkeys(normalise(q).split()) if len(t) >= 2][:MAX_TERMS]


def text_from(title: str, description: str, occupation_uri: str, place_names: tuple[str, ...] = ()) -> str:
    """What the search reads of a vacancy (also used by the migration that fills existing rows)."""
    parts = [(description or "")[:4000], *place_names]
    if occupation_uri:
        from werkregie.matching.platform import taxonomy

        tax = taxonomy()
        index = tax.occupation_index.get(occupation_uri)
        if index is not None:
            parts += [tax.occupations[index].label(language) for language in ("nl", "fr", "en")]
    # the title's words, then "|", then the rest: PostgreSQL weighs the title's words (migration 0009) for the ranking
    return f"{normalise(title)} | {normalise(' '.join(p for p in parts if p))}"


def text_of(vacancy: Vacancy) -> str:
    place = vacancy.municipality if vacancy.municipality_id else None
    return text_from(vacancy.title, vacancy.description, vacancy.occupation_uri, (place.name_nl, place.name_fr) if place else ())


def reindex(queryset: QuerySet[Vacancy] | None = None, batch: int = 2000) -> int:
    """Fill `search_text` for rows made in bulk (the demo, imports), which bypass Vacancy.save()."""
    rows = (queryset if queryset is not None else Vacancy.objects.all()).select_related("municipality").order_by("pk")
    done = 0
    chunk: list[Vacancy] = []
    for vacancy in rows.iterator(chunk_size=batch):
        vacancy.search_text = text_of(vacancy)
        vacancy.updated_at = vacancy.updated_at or vacancy.created_at  # (the exchange's feed reads it)
        chunk.append(vacancy)
        if len(chunk) >= batch:
            done += Vacancy.objects.bulk_update(chunk, ["search_text", "updated_at"]) or len(chunk)
            chunk = []
    if chunk:
        done += Vacancy.objects.bulk_update(chunk, ["search_text", "updated_at"]) or len(chunk)
    return done


@dataclass
class Filters:
    q: str = ""
    place: str = ""  # a name, postal code or NIS code
    radius_km: int | None = None
    occupation_uri: str = ""
    contract: str = ""
    min_hours: float | None = None
    max_hours: float | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20


@dataclass
class Hit:
    vacancy: Vacancy
    distance_km: float | None = None


@dataclass
class Results(Paged):
    hits: list[Hit]
    count: int
    page: int
    page_size: int
    place_name: str = ""
    notes: list[str] = field(default_factory=list)
    more: bool = False  # more than `count` (COUNT_LIMIT) hits: the count is a lower bound

    @property
    def first(self) -> int:
        """The number of the first hit on this page (1-based)."""
        return (self.page - 1) * self.page_size + 1


def _place(text: str) -> tuple[str, str]:
    from werkregie.geo.services import find_municipality

    found = find_municipality(text)
    if not found:
        raise InvalidInput(_("De zoekopdracht is niet uitgevoerd."),
                           [FieldError("place", _("Deze gemeente kennen we niet. Typ de naam (bv. Gent) of de postcode (bv. 9000)."))])
    return found[0].nis_code, found[0].name_nl


def _check(f: Filters) -> None:
    errors = []
    if f.contract and f.contract not in Contract.values:
        errors.append(FieldError("contract", _("Kies een contractsoort.")))
    if f.radius_km is not None and not 0 <= f.radius_km <= MAX_RADIUS_KM:
        errors.append(FieldError("radius_km", _("Een straal van 0 tot %(max)s km.") % {"max": MAX_RADIUS_KM}))
    if f.radius_km is not None and not f.place:
        errors.append(FieldError("place", _("Kies een gemeente om in een straal rond te zoeken.")))
    for name in ("min_hours", "max_hours"):
        value = getattr(f, name)
        if value is not None and not 0 <= value <= 60:
            errors.append(FieldError(name, _("Tussen 0 en 60 uur per week.")))
    if f.min_hours is not None and f.max_hours is not None and f.min_hours > f.max_hours:
        errors.append(FieldError("max_hours", _("Het maximum is kleiner dan het minimum.")))
    if f.sort not in SORTS:
        errors.append(FieldError("sort", _("Sorteer op relevantie of op datum.")))
    if f.page_size not in PAGE_SIZES:
        errors.append(FieldError("page_size", _("10, 20 of 50 per pagina.")))
    if f.page < 1 or f.page > 1000:
        errors.append(FieldError("page", _("Een pagina van 1 tot 1000.")))
    if f.occupation_uri and not f.occupation_uri.startswith("http://data.europa.eu/esco/occupation/"):
        errors.append(FieldError("occupation_uri", _("Een ESCO-beroep (URI).")))
    if errors:
        raise InvalidInput(_("De zoekopdracht is niet uitgevoerd."), errors)


def _tsquery(words: list[str], weight: str = "") -> str:
    return " & ".join(f"{w}:*{weight}" for w in words)  # words are [0-9a-z]+ only: nothing to escape


def _text_filter(qs: QuerySet[Vacancy], words: list[str]) -> QuerySet[Vacancy]:
    if connection.vendor == "postgresql":
        # search_tsv: the stored tsvector of search_text, the title's words weighted A (migration 0009), GIN-indexed
        # over open vacancies
        return qs.extra(where=["search_tsv @@ to_tsquery('simple'::regconfig, %s)"], params=[_tsquery(words)])
    for w in words:
        qs = qs.filter(search_text__contains=w)
    return qs


def _by_relevance(qs: QuerySet[Vacancy], words: list[str], start: int, size: int) -> list[Vacancy]:
    """One page of the hits with every word in the title first, each part newest first. PostgreSQL: two index-friendly
    queries (title hits: the words weighted A; then the other hits), never a sort of every hit. SQLite: one query."""
    newest = ("-created_at", "-pk")
    if connection.vendor != "postgresql":
        from django.db.models import Case, IntegerField, Value, When

        title = Q()
        for w in words:
            title &= Q(title__icontains=w)
        ranked = qs.annotate(in_title=Case(When(title, then=Value(1)), default=Value(0), output_field=IntegerField())).order_by("-in_title", *newest)
        return list(ranked[start:start + size])
    in_title = "search_tsv @@ to_tsquery('simple'::regconfig, %s)"
    titled = qs.extra(where=[in_title], params=[_tsquery(words, "A")])
    others = qs.extra(where=[f"NOT ({in_title})"], params=[_tsquery(words, "A")])
    n_titled = titled.order_by()[:start + size].count()  # exact whenever the page reaches past the title hits
    rows = list(titled.order_by(*newest)[start:start + size]) if start < n_titled else []
    if len(rows) < size:
        offset = max(0, start - n_titled)
        rows += list(others.order_by(*newest)[offset:offset + size - len(rows)])
    return rows


def search(f: Filters) -> Results:
    """Published vacancies matching the filters, one page of them."""
    _check(f)
    words = terms(f.q)
    qs = Vacancy.objects.filter(open=True)  # open only when published (a database constraint)
    notes: list[str] = []
    place_name = ""
    distances: dict[str, float] = {}
    if f.place:
        code, place_name = _place(f.place)
        if f.radius_km is None:
            qs = qs.filter(municipality_id=code)
        else:
            from werkregie.matching.engine import geography

            places = geography.places()
            km = places.road_km_from(places.position(code))
            distances = {p.code: float(km[i]) for i, p in enumerate(places.places) if km[i] <= f.radius_km or p.code == code}
            qs = qs.filter(municipality_id__in=list(distances))
    if f.occupation_uri:
        qs = qs.filter(occupation_uri=f.occupation_uri)
    if f.contract:
        qs = qs.filter(contract=f.contract)
    if f.min_hours is not None:
        qs = qs.filter(hours_per_week__gte=f.min_hours)
    if f.max_hours is not None:
        qs = qs.filter(hours_per_week__lte=f.max_hours)
    if words:
        qs = _text_filter(qs, words)
    elif f.q.strip():
        notes.append(_("Zoektermen van één teken worden niet gebruikt."))
    count = qs.order_by()[:COUNT_LIMIT + 1].count()  # SELECT count(*) FROM (… LIMIT 10001)
    more = count > COUNT_LIMIT
    count = min(count, COUNT_LIMIT)
    start = (f.page - 1) * f.page_size
    qs = qs.select_related("employer", "municipality")
    if f.sort == "relevance" and words:  # a hit in the title weighs most: title matches first, then the newest
        rows = _by_relevance(qs, words, start, f.page_size)
    else:
        rows = list(qs.order_by("-created_at", "-pk")[start:start + f.page_size])
    hits = [Hit(v, round(distances[v.municipality_id], 1) if v.municipality_id in distances and f.radius_km is not None else None) for v in rows]
    return Results(hits, count, f.page, f.page_size, place_name, notes, more)
