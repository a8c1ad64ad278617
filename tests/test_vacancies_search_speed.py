"""Issue 12, the public search's speed on PostgreSQL (p95 under 50 ms with 300,000 open vacancies): a common word is
checked on the rows the rare words found instead of being read from the GIN index (split_words, from PostgreSQL's
statistics of the column); a search with words is one statement (count, ranking, page), not one scan for the count,
one for the title hits and one for the page; an import merges the index's pending list. The answers stay the same:
every test here compares with the plain reading."""

from __future__ import annotations

import json

import pytest
from django.db import connection

from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import search
from werkregie.vacancies.exchange import import_records
from werkregie.vacancies.models import Vacancy

from . import factories as f

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN index and its statistics are PostgreSQL's")


def lexicon(rows: float, **shares: float) -> search._Lexicon:
    words = sorted(shares)
    return search._Lexicon(words, [shares[w] for w in words], 0.001, rows, 0.0)


def test_expected_hits_sums_every_lexeme_the_prefix_matches():
    lx = lexicon(300_000, ploegen=0.3, ploegendienst=0.1, plooien=0.2)
    assert search.expected_hits("ploeg", lx) == pytest.approx(0.4 * 300_000)
    assert search.expected_hits("ploegendienst", lx) == pytest.approx(0.1 * 300_000)
    assert search.expected_hits("heftruck", lx) == pytest.approx(0.001 * 300_000)  # under the least common lexeme


def test_a_common_word_is_checked_on_the_rows_the_rare_word_found():
    lx = lexicon(300_000, ploegen=0.4, team=0.4, medewerker=0.027)
    assert search.split_words(["heftruck", "ploegen"], lx) == (["heftruck"], ["ploegen"])
    # without statistics (no ANALYZE yet) every word is read from the index, as before
    assert search.split_words(["heftruck", "ploegen"], None) == (["heftruck", "ploegen"], [])
    # the rarest word goes to the index while listing its hits beats reading the rows newest first ...
    assert search.split_words(["medewerker", "team"], lx) == (["medewerker"], ["team"])
    # ... but no word when even the rarest is in 40 %: the newest rows hold 10,001 hits within some 25,000
    assert search.split_words(["team", "ploegen"], lx) == ([], ["team", "ploegen"])


@pytest.fixture
def posted(db):
    employer = f.organisation(OrganisationKind.EMPLOYER)
    rows = [("Heftruckchauffeur", "Werken in ploegen, goed team."), ("Magazijnier", "Heftruck rijden in ploegen."),
            ("Heftruckchauffeur nacht", "Dagwerk."), ("Poetshulp", "Werken in ploegen."), ("Heftruckchauffeur ploegen", "In team.")]
    return [Vacancy.objects.create(employer=employer, title=t, description=d, municipality_id="44021") for t, d in rows]


def _ids(**kw: object) -> tuple[int, list[int]]:
    found = search.search(search.Filters(**kw))
    return found.count, [h.vacancy.pk for h in found.hits]


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_checking_a_common_word_on_the_rows_gives_the_same_answer(posted, monkeypatch, sort):
    plain = _ids(q="heftruck ploegen", sort=sort)
    monkeypatch.setattr(search, "_lexicon", lambda: lexicon(1_000_000, ploegen=0.4))
    assert search.split_words(["heftruck", "ploegen"], search._lexicon()) == (["heftruck"], ["ploegen"])
    assert _ids(q="heftruck ploegen", sort=sort) == plain
    monkeypatch.setattr(search, "_lexicon", lambda: lexicon(1_000_000, heftruck=0.4, ploegen=0.4))  # both common: no index
    assert _ids(q="heftruck ploegen", sort=sort) == plain
    count, ids = plain
    assert count == 3 and set(ids) == {posted[0].pk, posted[1].pk, posted[4].pk}
    if sort == "relevance":  # every word in the title first
        assert ids[0] == posted[4].pk


def test_paging_and_the_count_limit_hold_on_the_one_statement(posted, monkeypatch):
    monkeypatch.setattr(search, "COUNT_LIMIT", 2)
    found = search.search(search.Filters(q="heftruck", page_size=10))
    assert found.count == 2 and found.more and len(found.hits) == 4  # the page still shows every hit it reaches
    second = search.search(search.Filters(q="heftruck", page=2, page_size=10))
    assert second.hits == []


@postgres_only
def test_a_search_with_words_is_one_statement_and_the_page_rows(posted, django_assert_max_num_queries):
    search.search(search.Filters(q="heftruck"))  # the statistics are read once per process
    with django_assert_max_num_queries(2):  # before: a count, a count of the title hits, then one or two pages
        found = search.search(search.Filters(q="heftruck ploegen", page=1))
    assert found.count == 3


@postgres_only
def test_the_split_follows_postgresqls_statistics_of_the_column(db, monkeypatch):
    employer = f.organisation(OrganisationKind.EMPLOYER)
    Vacancy.objects.bulk_create([Vacancy(employer=employer, title=f"Job {i}", description="werken in ploegen" if i % 2 else "rustig",
                                         municipality_id="44021", search_text=f"job | werken in ploegen {'zeldzaam' if i == 7 else ''}"
                                         if i % 2 else "job | rustig") for i in range(400)])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE vacancies_vacancy")
    search._LEXICON.clear()
    monkeypatch.setattr(search, "COMMON_HITS", 50)
    monkeypatch.setattr(search, "COUNT_LIMIT", 5)
    try:
        lx = search._lexicon()
        assert lx is not None and search.expected_hits("ploegen", lx) > 150
        assert search.split_words(["zeldzaam", "ploegen"], lx) == (["zeldzaam"], ["ploegen"])
        assert _ids(q="zeldzaam ploeg")[0] == 1
    finally:
        search._LEXICON.clear()


@postgres_only
def test_an_import_leaves_no_pending_list_in_the_search_index(db):
    employer = f.organisation(OrganisationKind.EMPLOYER)
    record = {"@type": "JobPosting", "title": "Lasser", "description": "Lassen in ploegen.", "employmentType": ["FULL_TIME"],
              "hiringOrganization": {"name": employer.name, "identifier": f"BE{employer.kbo_number}"},
              "jobLocation": {"identifier": {"value": "44021"}}, "workHours": "38 h/week"}
    lines = [json.dumps({**record, "identifier": {"value": f"L{i}"}}) for i in range(30)]
    report = import_records(lines, "forem")
    assert report.created == 30
    with connection.cursor() as cursor:  # the number of pending pages it had to merge now: none, the import did it
        cursor.execute("SELECT gin_clean_pending_list('vacancy_search_tsv'::regclass)")
        assert cursor.fetchone()[0] == 0
    assert search.search(search.Filters(q="lasser ploegen")).count == 30
