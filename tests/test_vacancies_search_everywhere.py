"""Issue 12, the public search's speed target for one word without a place ("a word, page 5" of bench/vacancies.py): a
word of some thousands of hits is answered from the term rows of every municipality (vacancies_term, migration 0020)
and the vacancies without a municipality, not from the tsvector, which reads a table page per hit. The answer is the
tsvector path's: the same count, the same hits in the same order on every page."""

from __future__ import annotations

import pytest
from django.db import connection

from werkregie.vacancies import search

from .test_vacancies_search_terms import QUERIES, varied  # noqa: F401 - the fixture: vacancies written every way, some without a place

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="vacancies_term is PostgreSQL's")


def test_only_a_word_of_some_thousands_of_hits_goes_to_the_term_rows_of_every_place(monkeypatch):
    words = sorted(["ervaring", "heftruck", "medewerker", "kok", "chefkok", "hulpkok"])
    shares = {"ervaring": 0.4, "heftruck": 0.001, "medewerker": 0.028, "kok": 0.004, "chefkok": 0.0005, "hulpkok": 0.0005}
    monkeypatch.setattr(search, "_lexicon", lambda: search._Lexicon(words, [shares[w] for w in words], 0.0005, 300_000, 0.0))
    monkeypatch.setattr(search, "_all_places", lambda: [str(n) for n in range(565)])
    assert search._term_rows_everywhere(["medewerker"])  # 8,400 hits: a table page each on the tsvector path
    assert not search._term_rows_everywhere(["heftruck"])  # rare: the GIN index lists its few rows
    assert not search._term_rows_everywhere(["kok"])  # 1,200 hits over three prefix terms (chefkok, hulpkok)
    assert not search._term_rows_everywhere(["ervaring"])  # 40 %: read newest first on the tsvector path
    assert not search._term_rows_everywhere(["medewerker", "heftruck"])
    monkeypatch.setattr(search, "_lexicon", lambda: None)  # no statistics yet: as before
    assert not search._term_rows_everywhere(["medewerker"])


@postgres_only
@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("count_limit", [10_000, 7])
def test_a_word_without_a_place_from_the_term_rows_answers_what_the_tsvector_answers(varied, monkeypatch, sort, count_limit):  # noqa: F811
    monkeypatch.setattr(search, "COUNT_LIMIT", count_limit)
    answered = []
    term_page = search._term_page

    def spied(words, places, *args, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        answered.append((" ".join(words), kw.get("placeless", False)))
        return term_page(words, places, *args, **kw)
    monkeypatch.setattr(search, "_term_page", spied)
    everywhere = [True]
    monkeypatch.setattr(search, "_term_rows_everywhere", lambda words: everywhere[0] and len(words) == 1)

    def answer(term_rows: bool, **kw: object) -> tuple:
        everywhere[0] = term_rows
        found = search.search(search.Filters(**kw))
        return found.count, found.more, [h.vacancy.pk for h in found.hits], [h.vacancy.municipality_id for h in found.hits]

    found = placeless = 0
    for q in [*QUERIES, "magazijnmedewerker", "chauffeur", "technicus"]:
        for page, size in ((1, 10), (2, 10), (3, 10), (1, 50)):
            kw = {"q": q, "sort": sort, "page": page, "page_size": size}
            old = answer(False, **kw)
            assert answer(True, **kw) == old, kw
            found += bool(old[0])
            placeless += old[3].count(None)
    assert found > 40 and placeless > 5  # hits, among them vacancies without a place (no term rows): not compared over nothing
    one_word = {q for q in QUERIES if len(search.search_words_of(q)) == 1 and q != "1e10x"}  # '1e10' <-> 'x': a phrase
    assert {" ".join(search.search_words_of(q)) for q in one_word} <= {words for words, placeless in answered if placeless}
