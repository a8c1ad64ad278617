"""Issue 12, the public search's words within a place from `vacancies_term` (migration 0020, PostgreSQL): the table
holds exactly the lexemes of the open vacancies' tsvectors whichever way a vacancy was written (save, the lifecycle's
transitions, the import's COPY and updates, bulk_create, QuerySet.update, raw SQL, delete), and a search answered from
it gives what the tsvector path gives: the same count, the same hits in the same order on every page, for words with
and without accents, prefixes, several words, rare and common ones, around a place up to the radius's boundary."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from django.db import connection

from werkregie.matching.engine import geography
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import search
from werkregie.vacancies.exchange import import_records
from werkregie.vacancies.models import Vacancy, VacancyState
from werkregie.workflows import services as wf

from . import factories as f

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="vacancies_term and its triggers are PostgreSQL's")

GENT = "44021"
TITLES = ["Magazijnier", "Magazijnmedewerker (m/v/x)", "Ingénieur électricien", "Heftruckchauffeur", "Lasser-monteur", "Kok",
          "Verpleegkundige", "Poetshulp", "Mécanicien poids lourds", "Boekhouder", "Chauffeur C+E", "Technicus 1e10x", "Magazijn chef"]
WORDS = ["ervaring", "rijbewijs", "magazijn", "ploegen", "team", "été", "crèche", "heftruck", "nacht", "Ingénieur", "kok", "1e10x", "zelfstandig"]
QUERIES = ["magazijn", "magazijnier", "mag", "ma", "Magazijn ervaring", "ervaring rijbewijs", "ingenieur", "Ingénieur électricien",
           "ELECTRICIEN", "lass", "kok", "ete", "creche team", "1e10x", "zzzonbekend", "ploegen team magazijn", "gent", "e", "chauffeur c"]
STAMPS = [dt.datetime(2026, 11, d, 9, tzinfo=dt.timezone.utc) for d in (2, 5, 5, 9, 13, 13, 13, 20)]  # ties: the id decides


def _ring(km_wanted: list[float]) -> list[tuple[str, float]]:
    """For each distance, the municipality whose road distance from Gent is nearest to it (and its distance)."""
    places = geography.places()
    km = places.road_km_from(places.position(GENT))
    codes = [(p.code, float(km[i])) for i, p in enumerate(places.places) if p.code.isdigit()]
    return [min(codes, key=lambda c, w=w: abs(c[1] - w)) for w in km_wanted]


@pytest.fixture
def varied(db):
    """Some 160 vacancies around Gent and beyond, written every way the platform writes them."""
    rnd = random.Random(12)
    employer = f.organisation(OrganisationKind.EMPLOYER)
    ring = _ring([0, 3, 7.5, 12, 19, 24.6, 31, 60])
    codes = [c for c, _km in ring] + ["11002", None]

    def text() -> tuple[str, str, str | None]:
        return rnd.choice(TITLES), " ".join(rnd.sample(WORDS, rnd.randint(0, 5))), rnd.choice(codes)

    made = []
    for _ in range(60):  # one by one (save)
        title, description, code = text()
        made.append(Vacancy.objects.create(employer=employer, title=title, description=description, municipality_id=code,
                                           created_at=rnd.choice(STAMPS)))
    bulk = []
    for _ in range(60):  # in bulk (the demo): search_text filled afterwards by reindex, an UPDATE
        title, description, code = text()
        bulk.append(Vacancy(employer=employer, title=title, description=description, municipality_id=code, created_at=rnd.choice(STAMPS)))
    Vacancy.objects.bulk_create(bulk)
    search.reindex(Vacancy.objects.filter(search_text=""))
    lines = []  # the import: COPY for new records, bulk_update for changed ones, an update for tombstones
    for i in range(40):
        title, description, code = text()
        lines.append(json.dumps({"@type": "JobPosting", "identifier": {"value": f"T{i}"}, "title": title, "description": description or "Werk.",
                                 "hiringOrganization": {"name": employer.name, "identifier": f"BE{employer.kbo_number}"},
                                 "jobLocation": {"identifier": {"value": code or GENT}}, "workHours": "38 h/week", "employmentType": ["FULL_TIME"]}))
    assert import_records(lines, "forem").created == 40
    changed = [json.loads(line) for line in lines[:10]]
    for record in changed[:6]:
        record["title"] = rnd.choice(TITLES) + " ervaring"
        record["jobLocation"] = {"identifier": {"value": rnd.choice(codes[:-1])}}
    for record in changed[6:]:
        record["werkregie:withdrawn"] = True
    import_records([json.dumps(r) for r in changed], "forem")
    for v in made[:8]:  # the lifecycle: expired, withdrawn, republished
        wf.transition(v, "expire", wf.PLATFORM, fields={"open": False})
    for v in made[8:11]:
        wf.transition(v, "withdraw", wf.PLATFORM, reason="Titel zonder tekens", fields={"open": False})
    for v in made[11:20]:  # an edit through save(): title, place, description
        v.title, v.municipality_id = rnd.choice(TITLES), rnd.choice(codes)
        v.description = " ".join(rnd.sample(WORDS, 3))
        v.save()
    Vacancy.objects.filter(pk__in=[v.pk for v in made[20:25]]).update(open=False, state=VacancyState.CLOSED)
    Vacancy.objects.filter(pk__in=[v.pk for v in made[25:28]]).delete()
    with connection.cursor() as cursor:  # raw SQL, as the bench moves its vacancies: a new date and place
        cursor.execute("UPDATE vacancies_vacancy SET created_at = created_at - interval '3 days', municipality_id = %s WHERE id = ANY(%s)",
                       [codes[1], [v.pk for v in made[28:34]]])
    return {"ring": ring}


def _term_rows_differ() -> list[tuple]:
    """Rows in vacancies_term but not derived from the open vacancies' tsvectors, and the other way round."""
    derived = ("SELECT v.municipality_id, l.lexeme, v.id, v.created_at, 'A' = ANY (l.weights) FROM vacancies_vacancy v "
               "CROSS JOIN LATERAL unnest(v.search_tsv) l WHERE v.open AND v.municipality_id IS NOT NULL")
    held = "SELECT municipality_id, term, vacancy_id, created_at, in_title FROM vacancies_term"
    with connection.cursor() as cursor:
        cursor.execute(f"({held} EXCEPT {derived}) UNION ALL ({derived} EXCEPT {held})")
        return cursor.fetchall()


@postgres_only
def test_the_term_rows_are_the_open_vacancies_lexemes_whichever_way_they_were_written(varied):
    assert not _term_rows_differ()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(DISTINCT vacancy_id), bool_or(in_title), bool_and(in_title) FROM vacancies_term")
        vacancies, some_title, all_title = cursor.fetchone()
    assert vacancies > 80 and some_title and not all_title
    Vacancy.objects.filter(open=True).update(open=False, state=VacancyState.CLOSED)
    assert not _term_rows_differ()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM vacancies_term")
        assert cursor.fetchone()[0] == 0


class _Paths:
    """Steers search.search to the tsvector path (`term_rows` false) or lets it choose, and records the words the term
    path answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.term_rows, self.answered = True, []
        single, term_page = search._single_lexemes, search._term_page
        # whatever PostgreSQL's statistics say of the words (test_the_term_rows_answer_only_what_they_answer_cheaper)
        monkeypatch.setattr(search, "_term_rows_cheaper", lambda words: True)
        monkeypatch.setattr(search, "_single_lexemes", lambda words: self.term_rows and single(words))

        def spied(words, *args):  # noqa: ANN001, ANN002, ANN202
            self.answered.append(" ".join(words))
            return term_page(words, *args)
        monkeypatch.setattr(search, "_term_page", spied)

    def answer(self, term_rows: bool, **kw: object) -> tuple:
        self.term_rows = term_rows
        found = search.search(search.Filters(**kw))
        return found.count, found.more, [(h.vacancy.pk, h.distance_km) for h in found.hits]


@postgres_only
@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("count_limit", [10_000, 7])
def test_the_term_path_answers_what_the_tsvector_path_answers(varied, monkeypatch, sort, count_limit):
    # around Gent up to each ring's distance (the boundary itself and just under it), Gent alone, elsewhere
    places = [{"place": "Gent"}, {"place": "9000", "radius_km": 0}, {"place": "Antwerpen", "radius_km": 5}]
    for _code, km in varied["ring"][1:]:
        places += [{"place": "Gent", "radius_km": int(km) + 1}, {"place": "Gent", "radius_km": int(km)}]
    monkeypatch.setattr(search, "COUNT_LIMIT", count_limit)
    paths = _Paths(monkeypatch)
    found = 0
    for q in QUERIES:
        for place in places:
            for page, size in ((1, 10), (2, 10), (1, 50)):
                kw = {"q": q, "sort": sort, "page": page, "page_size": size, **place}
                old = paths.answer(False, **kw)
                assert paths.answer(True, **kw) == old, kw
                found += bool(old[0])
    assert found > 300  # most searches find something: the comparison is not over empty answers
    # every query with words went through the term rows but the one PostgreSQL reads as a phrase ("1e10x": '1e10' <-> 'x')
    # (the words as the search looks for them: cut back to their stems, "electricien" → "electrici")
    assert {q for q in QUERIES if search.terms(q)} - {q for q in QUERIES if " ".join(search.search_words_of(q)) in paths.answered} == {"1e10x"}


def test_the_term_rows_answer_only_what_they_answer_cheaper(monkeypatch):
    words = sorted(["ervaring", "rijbewijs", "heftruck", "medewerker"])
    shares = {"ervaring": 0.4, "rijbewijs": 0.4, "heftruck": 0.001, "medewerker": 0.027}
    monkeypatch.setattr(search, "_lexicon", lambda: search._Lexicon(words, [shares[w] for w in words], 0.0005, 300_000, 0.0))
    assert search._term_rows_cheaper(["ervaring"]) and search._term_rows_cheaper(["heftruck"])  # one word: always
    assert search._term_rows_cheaper(["ervaring", "rijbewijs"])  # both common: the other path reads the place's rows
    assert not search._term_rows_cheaper(["heftruck", "ervaring"])  # a rare word: the other path reads its rows only
    assert not search._term_rows_cheaper(["medewerker", "rijbewijs"])
    monkeypatch.setattr(search, "_lexicon", lambda: None)  # no statistics yet: every word to the GIN index, as before
    assert not search._term_rows_cheaper(["ervaring", "rijbewijs"]) and search._term_rows_cheaper(["ervaring"])


@postgres_only
def test_other_filters_and_no_place_keep_the_tsvector_path(varied, monkeypatch):
    paths = _Paths(monkeypatch)
    paths.answer(True, q="magazijn")
    paths.answer(True, q="magazijn", place="Gent", radius_km=25, contract="permanent")
    paths.answer(True, q="magazijn", place="Gent", radius_km=25, min_hours=20)
    assert paths.answered == []
    assert paths.answer(True, q="magazijn", place="Gent", radius_km=25)[0] > 0 and paths.answered == ["magazijn"]


@postgres_only
def test_the_term_path_reads_the_words_within_the_place_from_the_index_alone(varied):
    places = geography.places()
    km = places.road_km_from(places.position(GENT))
    codes = [p.code for i, p in enumerate(places.places) if km[i] <= 25]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("EXPLAIN SELECT vacancy_id, created_at, in_title FROM vacancies_term WHERE municipality_id = ANY(%s) AND term LIKE %s",
                       [codes, "magazijn%"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Only Scan using vacancies_term_pkey" in plan and "term >= 'magazijn'" in plan, plan


@postgres_only
def test_an_import_adds_its_words_in_one_statement_and_later_inserts_go_through_the_trigger(db):
    """Issue 12, speed of the import (migration 0026): the import's new vacancies get their words from one sorted
    statement at the end of its write, not one trigger call per COPY batch; the same rows as the trigger would write,
    and once the import is done, an insert in the same transaction goes through the trigger again."""
    from django.test.utils import CaptureQueriesContext

    employer = f.organisation(OrganisationKind.EMPLOYER)
    codes = [c for c, _km in _ring([0, 7.5, 19])]
    lines = [json.dumps({"@type": "JobPosting", "identifier": {"value": f"D{i}"}, "title": TITLES[i % len(TITLES)],
                         "description": " ".join(WORDS[i % 5:i % 5 + 4]), "jobLocation": {"identifier": {"value": codes[i % 3]}},
                         "hiringOrganization": {"name": employer.name, "identifier": f"BE{employer.kbo_number}"},
                         "workHours": "38 h/week", "employmentType": ["FULL_TIME"]}) for i in range(30)]
    with CaptureQueriesContext(connection) as queries:
        assert import_records(lines, "forem").created == 30
    written = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("INSERT INTO vacancies_term")]
    # stop 40: one statement per phase of the write, so at most two (the settled records' words are written while the
    # engine still searches titles, when it does; the searched records' at the end): never one per COPY batch
    assert 1 <= len(written) <= 2 and all("ORDER BY 1, 2, 3" in sql for sql in written)
    assert not _term_rows_differ()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM vacancies_term t JOIN vacancies_vacancy v ON v.id = t.vacancy_id WHERE v.source = 'forem'")
        assert cursor.fetchone()[0] > 30 * 3
        cursor.execute("SELECT current_setting('werkregie.terms_deferred', true)")
        assert cursor.fetchone()[0] == "off"
    Vacancy.objects.create(employer=employer, title="Heftruckchauffeur", description="nacht", municipality_id=GENT)
    assert not _term_rows_differ()


@postgres_only
def test_a_refused_write_leaves_the_words_to_the_trigger(db):
    """The deferral is transaction-local: when the import's write fails, its savepoint's rollback takes the setting
    back too, and the caller's next insert in the same transaction still gets its words."""
    from django.db import IntegrityError, transaction

    employer = f.organisation(OrganisationKind.EMPLOYER)
    with pytest.raises(IntegrityError), transaction.atomic(), search.terms_deferred() as inserted:
        made = Vacancy.objects.create(employer=employer, title="Kok", description="ervaring", municipality_id=GENT)
        inserted.append(made.pk)
        Vacancy.objects.create(employer=employer, title="Kok", description="ervaring", municipality_id=GENT, source="forem", source_id="X")
        Vacancy.objects.create(employer=employer, title="Kok", description="ervaring", municipality_id=GENT, source="forem", source_id="X")
    Vacancy.objects.create(employer=employer, title="Magazijnier", description="ploegen", municipality_id=GENT)
    assert not _term_rows_differ()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM vacancies_term")
        assert cursor.fetchone()[0] > 0


@postgres_only
def test_the_words_of_the_settled_records_are_written_while_the_engine_searches(db, monkeypatch):
    """Stop 40: while the title searches still run, the import writes the words (and checks the deferred foreign keys)
    of the vacancies written so far, then the rest at the end: two sorted statements, the same rows as the trigger's."""
    from django.test.utils import CaptureQueriesContext

    from werkregie.matching.platform import taxonomy
    from werkregie.vacancies import normaliser

    occupation = next(o.uri for o in taxonomy().occupations if o.essential)
    monkeypatch.setattr(normaliser.TitleNormaliser, "searching", lambda self: True)
    employer = f.organisation(OrganisationKind.EMPLOYER)
    lines = [json.dumps({"@type": "JobPosting", "identifier": {"value": f"S{i}"}, "title": f"Enthousiaste {TITLES[i % len(TITLES)]} voor ons team",
                         "description": " ".join(WORDS[i % 5:i % 5 + 4]), "jobLocation": {"identifier": {"value": GENT}},
                         "hiringOrganization": {"name": employer.name, "identifier": f"BE{employer.kbo_number}"},
                         "workHours": "38 h/week", "employmentType": ["FULL_TIME"],
                         **({"occupationalCategory": [occupation]} if i % 2 else {})}) for i in range(20)]
    with CaptureQueriesContext(connection) as queries:
        assert import_records(lines, "forem").created == 20
    sql = [q["sql"] for q in queries.captured_queries]
    written = [i for i, q in enumerate(sql) if q.startswith("INSERT INTO vacancies_term")]
    assert len(written) == 2 and sql[written[0] + 1] == "SET CONSTRAINTS ALL IMMEDIATE"
    assert not _term_rows_differ()
