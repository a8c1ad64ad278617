"""The public vacancy search (issue 12, point 7): for everyone, without a login, over published vacancies only; a
logged-in job seeker also sees how each vacancy on the page fits them (search_for).

Full text over one stored column (`Vacancy.search_text`: title, description, the ESCO occupation's Dutch, French and
English labels, the place), lower-case without accents, so that "ingenieur" finds "Ingénieur" and "lasser" finds
"Lassers". PostgreSQL answers with prefix terms ("lass:*") over a stored tsvector of that column (a generated column,
GIN-indexed over open vacancies: migration 0009);
the 'simple' configuration, not 'dutch' or 'french', because one vacancy text mixes both languages and a stemmer of
the wrong language mangles words. Prefix terms do what stemming would for plurals and conjugations once the query's
words are cut back to their stems (search_words.py: "lassers" → "lasser:*" finds "lasser" and "lassers"). SQLite (the
demo) answers with LIKE on the same column, a word's start as PostgreSQL's prefix terms. By relevance, the hits with
every word in the title come first, then the others; last those where a word that starts a place name ("kok":
"Koksijde"; the place has its own filter) is held only as the start of a longer word (_rank_sql). Filters: occupation (ESCO URI), a place (name, postal code or NIS code) with a
radius in road kilometres (the matching engine's distance), contract, hours; sorted by relevance or by date; paged
with core.paging. No personal data: nothing is logged.

PostgreSQL answers a search with words in one statement (_ranked_page): the newest COUNT_LIMIT + 1 hits are the
candidates (every hit whenever the count is exact), counted and ranked there, title hits first. Only the words rare
enough go to the GIN index; a common one ("ploegen", in 40 % of the vacancies) is checked on the rows the rare ones
found (split_words, from PostgreSQL's statistics of the column), because a prefix term makes the index read the whole
posting list of every matching lexeme. Beyond COUNT_LIMIT hits the ranking is that of the newest COUNT_LIMIT + 1 (the
page says "more than 10,000": the search is to be refined); SQLite ranks every hit.

Words around a place with no other filter (the most common search) are answered from vacancies_term instead
(_term_page, migration 0020): each word's entries within the place's municipalities, with their date and whether the
title holds the word, come from one index alone, so only the page's rows are read; the answer is _ranked_page's (the
same candidates, count and order; tests/test_vacancies_search_terms.py compares the two). Without a place, a word's
entries would be all of its vacancies, and with contract, hours or occupation the rows would be read again to check
them: those searches stay on the tsvector.
"""

from __future__ import annotations

import bisect
import re
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Case, FloatField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.core.paging import Paged
from werkregie.core.text import search_text_problem

from . import search_words
from .models import Contract, Vacancy

PAGE_SIZES = (10, 20, 50)
MAX_TERMS = 8
MAX_RADIUS_KM = 200
SORTS = ("relevance", "date", "distance")  # distance: the nearest first, around a place within a radius
# the count stops here ("more than 10,000"): counting every hit of a common word in 300,000 vacancies costs more than
# the page itself, and nobody pages past it (a page of 1 to 1000 is asked, as core.paging shows)
COUNT_LIMIT = 10_000
# a word expected in more vacancies than this is not looked up in the GIN index but checked on the rows the other words
# found (split_words); the expectation comes from PostgreSQL's statistics of the column, read every STATS_SECONDS
COMMON_HITS = 5_000
STATS_SECONDS = 600
_WORD = re.compile(r"[0-9a-z]+")
OCCUPATION_PREFIX = "http://data.europa.eu/esco/occupation/"


def normalise(text: str) -> str:
    """Lower-case, accents removed, every run of other characters one space."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_WORD.findall(plain))


def terms(q: str) -> list[str]:
    return [t for t in dict.fromkeys(normalise(q).split()) if len(t) >= 2][:MAX_TERMS]


def search_words_of(q: str) -> list[str]:
    """The words a search looks for: terms() cut back to their stems, so that "lassers" finds "lasser" (search_words.py)."""
    return list(dict.fromkeys(search_words.stem(w) for w in terms(q)))


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


def flush_search_index() -> None:
    """PostgreSQL: move the GIN index's pending list (rows written since its last merge, which every search reading
    the index scans in full) into the index, after a bulk write such as an import. Autovacuum does it too, later;
    migration 0013 keeps the list short between merges. Nothing to do elsewhere."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT gin_clean_pending_list('vacancy_search_tsv'::regclass)")


@contextmanager
def terms_deferred() -> Iterator[list[int]]:
    """PostgreSQL, inside the caller's transaction: the vacancies inserted within (their ids appended to the yielded
    list) get their vacancies_term rows in one statement sorted by the index's key when the block ends, not from the
    insert trigger batch by batch (migration 0026: 26 → ~8 s of the import of 100,000 vacancies into 300,000). Updates
    and deletes inside still go through their triggers. Elsewhere (SQLite has no such table) it does nothing."""
    if connection.vendor != "postgresql":
        yield []
        return
    inserted: list[int] = []
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('werkregie.terms_deferred', 'on', true)")  # until the transaction ends, or below
    yield inserted
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('werkregie.terms_deferred', 'off', true)")
    write_deferred_terms(inserted)


def write_deferred_terms(inserted: list[int]) -> None:
    """Inside terms_deferred(): the terms of the vacancies inserted so far, now, in one sorted statement (the list is
    emptied; those inserted later follow when the block ends). The import calls it while the engine still searches
    titles, so that the database writes them in the meantime instead of after."""
    if not inserted:
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('work_mem', '256MB', true)")  # the sort of some 1.6 million rows in memory (70 MB on disk with 64)
        cursor.execute(
            "INSERT INTO vacancies_term (municipality_id, term, vacancy_id, created_at, in_title) "
            "SELECT v.municipality_id, l.lexeme, v.id, v.created_at, 'A' = ANY (l.weights) "
            "FROM vacancies_vacancy v CROSS JOIN LATERAL unnest(v.search_tsv) l "
            "WHERE v.id = ANY(%s) AND v.open AND v.municipality_id IS NOT NULL ORDER BY 1, 2, 3", [inserted])
    inserted.clear()


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
    explained: object = None  # matching's Explained: how the vacancy fits the logged-in job seeker (search_for)


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
    for name in ("q", "place"):  # what it cannot read is refused, never dropped into "no words": every vacancy
        if problem := search_text_problem(getattr(f, name) or ""):
            errors.append(FieldError(name, problem))
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
        errors.append(FieldError("sort", _("Sorteer op relevantie, op datum of op afstand.")))
    elif f.sort == "distance" and (not f.place or f.radius_km is None):
        errors.append(FieldError("sort", _("Op afstand sorteren kan rond een gemeente, binnen een afstand.")))
    if f.page_size not in PAGE_SIZES:
        errors.append(FieldError("page_size", _("10, 20 of 50 per pagina.")))
    if f.page < 1 or f.page > 1000:
        errors.append(FieldError("page", _("Een pagina van 1 tot 1000.")))
    if f.occupation_uri and not f.occupation_uri.startswith(OCCUPATION_PREFIX):
        errors.append(FieldError("occupation_uri", _("Een ESCO-beroep (URI).")))
    if errors:
        raise InvalidInput(_("De zoekopdracht is niet uitgevoerd."), errors)


def _alternatives(word: str) -> tuple[str, ...]:
    """A search word and the compounds it also finds ("kok": "chefkok", "hulpkok"; search_words.compounds)."""
    return (word, *search_words.compounds(word))


def _tsquery(words: list[str], weight: str = "") -> str:
    # words are [0-9a-z]+ only: nothing to escape; a word with compounds is one of its prefix terms: (kok:* | chefkok:*)
    parts = [" | ".join(f"{a}:*{weight}" for a in _alternatives(w)) for w in words]
    return " & ".join(p if "|" not in p else f"({p})" for p in parts)


@dataclass
class _Lexicon:
    """PostgreSQL's own statistics of the search column (ANALYZE keeps them): its most common lexemes with the share of
    rows holding each. A word whose prefix matches none of them is rarer than the least common one (`floor`)."""
    lexemes: list[str]
    shares: list[float]
    floor: float
    rows: float
    read_at: float


_LEXICON: dict[str, _Lexicon] = {}  # per database alias


def _lexicon() -> _Lexicon | None:
    """The column's statistics, read at most every STATS_SECONDS per process; None before the first ANALYZE."""
    cached = _LEXICON.get(connection.alias)
    if cached is not None and time.monotonic() - cached.read_at < STATS_SECONDS:
        return cached if cached.rows else None
    with connection.cursor() as cursor:
        cursor.execute("SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples FROM pg_stats s "
                       "JOIN pg_class c ON c.oid = 'vacancies_vacancy'::regclass "
                       "WHERE s.schemaname = current_schema() AND s.tablename = 'vacancies_vacancy' AND s.attname = 'search_tsv'")
        row = cursor.fetchone()
    if not row or not row[0] or not row[1] or not row[2] or row[2] <= 0:
        _LEXICON[connection.alias] = _Lexicon([], [], 0.0, 0.0, time.monotonic())
        return None
    lexemes, shares = row[0], [float(x) for x in row[1]]
    order = sorted(range(len(lexemes)), key=lexemes.__getitem__)
    # the frequencies array ends with the minimum, the maximum and the null share (PostgreSQL's pg_stats)
    found = _Lexicon([lexemes[i] for i in order], [shares[i] for i in order], shares[len(lexemes)], float(row[2]), time.monotonic())
    _LEXICON[connection.alias] = found
    return found


def expected_hits(word: str, lexicon: _Lexicon) -> float:
    """About how many rows hold a word starting with `word` (an upper bound: a row with two such words counts twice)."""
    start = bisect.bisect_left(lexicon.lexemes, word)
    end = bisect.bisect_left(lexicon.lexemes, word + "{")  # "{" sorts after every [0-9a-z]
    share = sum(lexicon.shares[start:end]) if end > start else lexicon.floor
    return min(1.0, share) * lexicon.rows


def split_words(words: list[str], lexicon: _Lexicon | None) -> tuple[list[str], list[str]]:
    """(words looked up in the GIN index, words checked on the rows those found). A prefix term makes the index read
    the whole posting list of every matching lexeme into a bitmap; for a word in 40 % of the vacancies ("ploegen")
    that alone costs tens of milliseconds, while checking it on the few dozen rows a rare word found costs nothing.
    The rarest word goes to the index, with every other word expected in at most COMMON_HITS rows; when even the
    rarest is so common that reading the rows newest first finds the COUNT_LIMIT + 1 candidates sooner than the
    index lists its hits (expected hits² > (COUNT_LIMIT + 1) × rows), no word goes to the index."""
    if lexicon is None or not words:
        return words, []
    expected = {w: expected_hits(w, lexicon) for w in words}
    rarest = min(words, key=expected.__getitem__)
    indexed = [w for w in words if expected[w] <= COMMON_HITS or (w == rarest and expected[w] ** 2 <= (COUNT_LIMIT + 1) * lexicon.rows)]
    return indexed, [w for w in words if w not in indexed]


def _text_filter(qs: QuerySet[Vacancy], words: list[str]) -> QuerySet[Vacancy]:
    if connection.vendor == "postgresql":
        # search_tsv: the stored tsvector of search_text, the title's words weighted A (migration 0009), GIN-indexed
        # over open vacancies; ts_match_vq (the function behind @@) is never an index condition: those words are
        # checked on the rows the others found
        indexed, checked = split_words(words, _lexicon())
        where, params = [], []
        if indexed:
            where.append('"vacancies_vacancy"."search_tsv" @@ to_tsquery(\'simple\'::regconfig, %s)')
            params.append(_tsquery(indexed))
        if checked:
            where.append('ts_match_vq("vacancies_vacancy"."search_tsv", to_tsquery(\'simple\'::regconfig, %s))')
            params.append(_tsquery(checked))
        return qs.extra(where=where, params=params)
    qs = qs.annotate(padded=_padded())
    for w in words:  # the start of a word, as PostgreSQL's prefix terms ("kok" is not found in "stokken")
        one = Q()
        for a in _alternatives(w):
            one |= Q(padded__contains=f" {a}")
        qs = qs.filter(one)
    return qs


def _padded():  # noqa: ANN202 - an expression: search_text between spaces, so that every word starts after a space
    from django.db.models import F, TextField, Value
    from django.db.models.functions import Concat

    return Concat(Value(" "), F("search_text"), Value(" "), output_field=TextField())


def _forms_tsquery(ambiguous: dict[str, tuple[str, ...]]) -> str:
    """Every ambiguous word as one of its whole forms: ('kok' | 'koks' | 'koken' ...) & ..."""
    return " & ".join("(" + " | ".join(forms) + ")" for forms in ambiguous.values())


def _rank_sql(words: list[str], ambiguous: dict[str, tuple[str, ...]], by_relevance: bool) -> tuple[str, list[str]]:
    """The relevance of a hit (search_tsv): 2 every word in the title, 0 a word that starts a place name ("kok",
    `ambiguous`: its whole forms) held only as the start of a longer word ("koksijde"), 1 the others; by date: 0 for all."""
    if not by_relevance:
        return "0", []
    tsv = '"vacancies_vacancy"."search_tsv"'
    title = f"ts_match_vq({tsv}, to_tsquery('simple'::regconfig, %s))"
    if not ambiguous:
        return f"CASE WHEN {title} THEN 2 ELSE 1 END", [_tsquery(words, "A")]
    return (f"CASE WHEN {title} THEN 2 WHEN ts_match_vq({tsv}, to_tsquery('simple'::regconfig, %s)) THEN 1 ELSE 0 END",
            [_tsquery(words, "A"), _forms_tsquery(ambiguous)])


def _ranked_page(qs: QuerySet[Vacancy], words: list[str], by_relevance: bool, start: int, size: int,
                 ambiguous: dict[str, tuple[str, ...]] | None = None) -> tuple[int, list[int]]:
    """PostgreSQL, with words: (hits up to COUNT_LIMIT + 1, the page's ids) in one statement. The newest COUNT_LIMIT + 1
    hits (or up to the page's end) are the candidates (all of them whenever the count is exact); by relevance those with every word in the
    title (weighted A, migration 0009) come first, each part newest first. One scan of the hits, not one for the
    count, one for the title hits and one for the page."""
    rank = _rank_sql(words, ambiguous or {}, by_relevance)
    candidates = max(COUNT_LIMIT + 1, start + size)  # a page past the count's limit (the API allows it) still has its rows
    hits = qs.order_by("-created_at", "-pk").annotate(rank=RawSQL(*rank)).values_list("pk", "created_at", "rank")[:candidates]
    sql, params = hits.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"WITH hits (id, created_at, rank) AS MATERIALIZED ({sql}) SELECT (SELECT count(*) FROM hits), "
                       "ARRAY(SELECT id FROM hits ORDER BY rank DESC, created_at DESC, id DESC LIMIT %s OFFSET %s)", [*params, size, start])
        count, ids = cursor.fetchone()
    return count, ids


_SINGLE: dict[str, bool] = {}  # per word: does PostgreSQL's parser read it as that one lexeme (deterministic: cached)


def _single_lexemes(words: list[str]) -> bool:
    """True when PostgreSQL reads each word as a prefix query of exactly that lexeme, as vacancies_term holds them
    (most do; "1e10x" is read as the phrase '1e10' <-> 'x', which the term rows cannot answer: the other path does)."""
    unknown = [w for w in words if w not in _SINGLE]
    if unknown:
        with connection.cursor() as cursor:
            cursor.execute("SELECT w, to_tsquery('simple'::regconfig, w || ':*')::text = quote_literal(w) || ':*' FROM unnest(%s::text[]) w",
                           [unknown])
            if len(_SINGLE) > 10_000:
                _SINGLE.clear()
            _SINGLE.update(cursor.fetchall())
    return all(_SINGLE[w] for w in words)


def _term_rows_cheaper(words: list[str]) -> bool:
    """Whether the term rows answer a search with a place for less than the tsvector path: always for one word (its
    entries within the place are a part of the rows the other path reads), for several only when none of them is rare
    enough for the GIN index (split_words), for then the other path reads every row within the place; a rare word
    ("heftruck ploegen") makes it read only that word's few rows, while the term rows would list the common word's
    entries within the place too."""
    return len(words) == 1 or not split_words(words, _lexicon())[0]


# a word without a place is answered from the term rows of every municipality when its expected hits exceed this many
# per municipality and prefix term: each municipality's range costs a descent of the key's index (some 3 pages), while
# the tsvector path reads a table page per hit (_term_rows_everywhere)
HITS_PER_DESCENT = 4
_ALL_PLACES: dict[str, list[str]] = {}  # per database alias: the reference data does not change while serving


def _all_places() -> list[str]:
    """Every municipality's NIS code: where an open vacancy with a place can be (vacancies_vacancy.municipality_id)."""
    from werkregie.geo.models import Municipality

    found = _ALL_PLACES.get(connection.alias)
    if not found:
        found = sorted(Municipality.objects.values_list("nis_code", flat=True))
        if found:
            _ALL_PLACES[connection.alias] = found
    return found


def _term_rows_everywhere(words: list[str]) -> bool:
    """Whether one word with no place and no other filter is answered for less from the term rows of every
    municipality (and the few vacancies without one) than from the tsvector: a word of some thousands of hits
    ("medewerker", 8,348 of 300,000) makes the tsvector path read a table page per hit (7,470 pages) for its date and
    title match, while the term rows hold both in the index (some 2,500 pages). Not for a rare word (the GIN index
    lists its few rows for less than a descent per municipality), nor for a common one that the tsvector path reads
    newest first (split_words: no word to the index), nor for several words (each word's entries would be listed)."""
    if len(words) != 1 or (lexicon := _lexicon()) is None or not split_words(words, lexicon)[0]:
        return False
    prefixes = _alternatives(words[0])
    return expected_hits(words[0], lexicon) >= HITS_PER_DESCENT * len(_all_places()) * len(prefixes)


def _term_page(words: list[str], places: list[str], by_relevance: bool, start: int, size: int,
               ambiguous: dict[str, tuple[str, ...]] | None = None, placeless: bool = False) -> tuple[int, list[int]]:
    """PostgreSQL, words within a place and no other filter: what _ranked_page answers, from vacancies_term (migration
    0020) by an index-only scan of the places' entries of each word (one range of the key (municipality, lexeme,
    vacancy) per place and word); only the page's rows are read afterwards. A vacancy is a hit when each word starts
    one of its lexemes, in the title when each word starts one of its title's lexemes (weight A), as the tsquery reads
    the same tsvector; the candidates, the count and the order are _ranked_page's."""
    entries = " UNION ALL ".join(  # one range per place, word and compound of the word ("kok", "chefkok")
        f"SELECT {i} AS word, term, vacancy_id, created_at, in_title FROM vacancies_term WHERE municipality_id = ANY(%s) AND term LIKE %s"
        for i, w in enumerate(words) for _a in _alternatives(w))
    params: list[object] = [p for w in words for a in _alternatives(w) for p in (places, a + "%")]  # [0-9a-z]+: no wildcard
    if placeless:  # the open vacancies without a municipality have no term rows: their entries as the triggers derive them
        entries += "".join(
            f" UNION ALL SELECT {i}, l.lexeme, v.id, v.created_at, 'A' = ANY (l.weights) FROM vacancies_vacancy v "
            "CROSS JOIN LATERAL unnest(v.search_tsv) l WHERE v.open AND v.municipality_id IS NULL "
            "AND v.search_tsv @@ to_tsquery('simple'::regconfig, %s) AND l.lexeme LIKE %s"
            for i, w in enumerate(words) for _a in _alternatives(w))
        params += [p for w in words for a in _alternatives(w) for p in (a + ":*", a + "%")]
    # one aggregation per vacancy (a word may start several of its lexemes): a hit has an entry of every word, its title
    # holds each word when one of each word's entries is in the title; one word needs neither condition per word
    if len(words) == 1:
        title, every = "bool_or(in_title)", ""
    else:
        title = " AND ".join(f"bool_or(word = {i} AND in_title)" for i in range(len(words)))
        every = " HAVING " + " AND ".join(f"bool_or(word = {i})" for i in range(len(words)))
    ambiguous = ambiguous or {}
    rank, rank_params = "0", []  # _rank_sql's relevance: an ambiguous word counts as a word when one of its whole forms is
    if by_relevance:
        whole = " AND ".join(f"bool_or(word = {i} AND term = ANY(%s))" for i, w in enumerate(words) if w in ambiguous)
        rank = f"CASE WHEN {title} THEN 2 WHEN {whole} THEN 1 ELSE 0 END" if whole else f"CASE WHEN {title} THEN 2 ELSE 1 END"
        rank_params = [list(ambiguous[w]) for w in words if w in ambiguous]
    candidates = max(COUNT_LIMIT + 1, start + size)
    sql = (f"WITH hits AS MATERIALIZED (SELECT vacancy_id AS id, created_at, {rank} AS rank "
           f"FROM ({entries}) entries GROUP BY vacancy_id, created_at{every} ORDER BY created_at DESC, vacancy_id DESC LIMIT %s) "
           "SELECT (SELECT count(*) FROM hits), ARRAY(SELECT id FROM hits ORDER BY rank DESC, created_at DESC, id DESC LIMIT %s OFFSET %s)")
    with connection.cursor() as cursor:
        cursor.execute(sql, [*rank_params, *params, candidates, size, start])
        count, ids = cursor.fetchone()
    return count, ids


def _by_title_then_newest(qs: QuerySet[Vacancy], words: list[str], start: int, size: int,
                          ambiguous: dict[str, tuple[str, ...]] | None = None) -> list[Vacancy]:
    """SQLite (the demo): one page of the hits ranked as _rank_sql ranks them (every word in the title, every word as
    a word of the text, the rest), each part newest first. search_text is "title words | the rest": a word is in the
    title when it first starts a word before the "|"."""
    from django.db.models import IntegerField
    from django.db.models.functions import StrIndex

    bar = StrIndex(_padded(), Value(" | "))
    title, whole = Q(), Q()
    for i, w in enumerate(words):
        one = Q()
        for j, a in enumerate(_alternatives(w)):  # a word or one of its compounds before the "|"
            qs = qs.annotate(**{f"at_{i}_{j}": StrIndex(_padded(), Value(f" {a}"))})
            one |= Q(**{f"at_{i}_{j}__gt": 0, f"at_{i}_{j}__lt": bar})
        title &= one
    for forms in (ambiguous or {}).values():
        one = Q()
        for form in forms:
            one |= Q(padded__contains=f" {form} ")
        whole &= one
    steps = [When(title, then=Value(2)), *([When(whole, then=Value(1))] if whole else [])]
    rank = Case(*steps, default=Value(0 if whole else 1), output_field=IntegerField())
    return list(qs.annotate(rank=rank).order_by("-rank", "-created_at", "-pk")[start:start + size])


def search(f: Filters) -> Results:
    """Published vacancies matching the filters, one page of them."""
    _check(f)
    words = search_words_of(f.q)
    places_words = search_words.place_words() if words and f.sort == "relevance" else frozenset()
    ambiguous = {w: search_words.forms(w) for w in words if search_words.starts_a_place(w, places_words)}
    qs = Vacancy.objects.filter(open=True)  # open only when published (a database constraint)
    notes: list[str] = []
    place_name = ""
    distances: dict[str, float] = {}
    places: list[str] | None = None  # the municipalities a place asks for
    if f.place:
        code, place_name = _place(f.place)
        if f.radius_km is None:
            places = [code]
            qs = qs.filter(municipality_id=code)
        else:
            from werkregie.matching.engine import geography

            places = geography.places()
            km = places.road_km_from(places.position(code))
            distances = {p.code: float(km[i]) for i, p in enumerate(places.places) if km[i] <= f.radius_km or p.code == code}
            places = list(distances)
            qs = qs.filter(municipality_id__in=places)
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
    start = (f.page - 1) * f.page_size
    by_relevance = f.sort == "relevance" and bool(words)  # a hit in the title weighs most: title matches first, then the newest
    if f.sort == "distance":  # the nearest first (walk of stop 42), then the newest: the municipalities' road distances in
        # the query (at most the few hundred within the radius), whatever the words
        nearest = Case(*[When(municipality_id=code, then=Value(km)) for code, km in distances.items()], default=Value(MAX_RADIUS_KM + 1.0),
                       output_field=FloatField())
        count = qs.order_by()[:COUNT_LIMIT + 1].count()
        rows = list(qs.select_related("employer", "municipality").annotate(km=nearest).order_by("km", "-created_at", "-pk")[start:start + f.page_size])
    elif words and connection.vendor == "postgresql":
        other_filters = bool(f.occupation_uri or f.contract or f.min_hours is not None or f.max_hours is not None)
        by_terms = places is not None and not other_filters
        if by_terms and _term_rows_cheaper(words) and _single_lexemes([a for w in words for a in _alternatives(w)]):
            count, ids = _term_page(words, places, by_relevance, start, f.page_size, ambiguous)
        elif places is None and not other_filters and _term_rows_everywhere(words) and _single_lexemes(list(_alternatives(words[0]))):
            count, ids = _term_page(words, _all_places(), by_relevance, start, f.page_size, ambiguous, placeless=True)
        else:
            count, ids = _ranked_page(qs, words, by_relevance, start, f.page_size, ambiguous)
        found = Vacancy.objects.select_related("employer", "municipality").in_bulk(ids)
        rows = [found[i] for i in ids if i in found]
    else:
        count = qs.order_by()[:COUNT_LIMIT + 1].count()  # SELECT count(*) FROM (… LIMIT 10001)
        qs = qs.select_related("employer", "municipality")
        rows = _by_title_then_newest(qs, words, start, f.page_size, ambiguous) if by_relevance else list(qs.order_by("-created_at", "-pk")[start:start + f.page_size])
    more = count > COUNT_LIMIT
    count = min(count, COUNT_LIMIT)
    hits = [Hit(v, round(distances[v.municipality_id], 1) if v.municipality_id in distances and f.radius_km is not None else None) for v in rows]
    return Results(hits, count, f.page, f.page_size, place_name, notes, more)


def search_for(principal: Principal | None, f: Filters, language: str = "nl") -> Results:
    """search(), and for a logged-in job seeker how each hit on the page fits them: the score and explanation of the
    vacancy page and "Vacatures voor mij" (matching.use_cases.vacancies_explained, for the page's hits only, logged
    as the person's own read). Anyone else, or a person with no profile to score yet: search() as it is."""
    results = search(f)
    person_id = principal.user.person_id if principal is not None and principal.role == Role.CITIZEN else None
    if person_id and results.hits:
        from werkregie.matching.use_cases import vacancies_explained

        try:
            explained = vacancies_explained(principal, person_id, [h.vacancy for h in results.hits], language)
        except NotFound:
            explained = {}
        for hit in results.hits:
            hit.explained = explained.get(hit.vacancy.pk)
    return results
