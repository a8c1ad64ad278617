"""The public vacancy search (issue 12, point 7): for everyone, without a login, over published vacancies only.

Full text over one stored column (`Vacancy.search_text`: title, description, the ESCO occupation's Dutch, French and
English labels, the place), lower-case without accents, so that "ingenieur" finds "Ingénieur" and "lasser" finds
"Lassers". PostgreSQL answers with a GIN index on `to_tsvector('simple', search_text)` and prefix terms ("lass:*");
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
_WORD = re.compile(r"[0-9a-z]+")


def normalise(text: str) -> str:
    """Lower-case, accents removed, every run of other characters one space."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_WORD.findall(plain))


def terms(q: str) -> list[str]:
    return [t for t in dict.fromkeys(normalise(q).split()) if len(t) >= 2][:MAX_TERMS]


def text_from(title: str, description: str, occupation_uri: str, place_names: tuple[str, ...] = ()) -> str:
    """What the search reads of a vacancy (also used by the migration that fills existing rows)."""
    parts = [title, (description or "")[:4000], *place_names]
    if occupation_uri:
        from werkregie.matching.platform import taxonomy

        tax = taxonomy()
        index = tax.occupation_index.get(occupation_uri)
        if index is not None:
            parts += [tax.occupations[index].label(language) for language in ("nl", "fr", "en")]
    return normalise(" ".join(p for p in parts if p))


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
        chunk.append(vacancy)
        if len(chunk) >= batch:
            done += Vacancy.objects.bulk_update(chunk, ["search_text"]) or len(chunk)
            chunk = []
    if chunk:
        done += Vacancy.objects.bulk_update(chunk, ["search_text"]) or len(chunk)
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


def _text_filter(qs: QuerySet[Vacancy], words: list[str]) -> QuerySet[Vacancy]:
    if connection.vendor == "postgresql":
        query = " & ".join(f"{w}:*" for w in words)  # words are [0-9a-z]+ only: nothing to escape
        return qs.extra(where=["to_tsvector('simple'::regconfig, search_text) @@ to_tsquery('simple'::regconfig, %s)"], params=[query])
    for w in words:
        qs = qs.filter(search_text__contains=w)
    return qs


def search(f: Filters) -> Results:
    """Published vacancies matching the filters, one page of them."""
    _check(f)
    words = terms(f.q)
    qs = Vacancy.objects.filter(open=True, state="published")
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
    count = qs.count()
    if f.sort == "relevance" and words:
        # a hit in the title weighs most: title matches first, then the newest
        title = Q()
        for w in words:
            title &= Q(title__icontains=w)
        from django.db.models import Case, IntegerField, Value, When

        qs = qs.annotate(in_title=Case(When(title, then=Value(1)), default=Value(0), output_field=IntegerField())).order_by("-in_title", "-created_at", "-pk")
    else:
        qs = qs.order_by("-created_at", "-pk")
    start = (f.page - 1) * f.page_size
    rows = list(qs.select_related("employer", "municipality")[start:start + f.page_size])
    hits = [Hit(v, round(distances[v.municipality_id], 1) if v.municipality_id in distances and f.radius_km is not None else None) for v in rows]
    return Results(hits, count, f.page, f.page_size, place_name, notes)
