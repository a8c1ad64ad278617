"""Issue 12, point 7, found in a walk: "lassers" found no vacancy while "lasser" found many, and "kok" listed the
vacancies in Koksijde before the cooks. A query word is cut back to its stem (Dutch and French plurals and
inflections, search_words.py), which every vacancy holding any form of it starts; a word that also starts a place name
ranks the vacancies holding it as a word above those in that place. On SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkregie.geo.models import Municipality
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import search
from werkregie.vacancies.models import Vacancy
from werkregie.vacancies.search_words import forms, stem

from . import factories as f

COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e"  # nl "kok", fr "cuisinier/cuisinière"
WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b"  # nl "lasser", fr "soudeur/soudeuse"
GENT = "44021"


@pytest.mark.parametrize(("word", "expected"), [
    ("lassers", "lasser"), ("lasser", "lasser"), ("koks", "kok"), ("kok", "kok"), ("verpleegkundigen", "verpleegkundig"),
    ("verpleegkundige", "verpleegkundig"), ("poetsvrouwen", "poetsvrouw"), ("chauffeurs", "chauffeu"), ("leraren", "lera"),
    ("verkopen", "verko"), ("ploegen", "ploeg"), ("keukens", "keuken"),
    ("soudeurs", "soudeu"), ("vendeur", "vendeu"), ("infirmieres", "infirmier"), ("infirmiere", "infirmier"), ("vendeuses", "vendeu"),
    ("directrice", "direct"), ("technicienne", "technicien"), ("travaux", "trava"),
    ("bus", "bus"), ("ete", "ete"), ("1e10x", "1e10x"),  # too short to cut; digits left alone
])
def test_the_stem_of_dutch_and_french_forms(word, expected):
    assert stem(word) == expected


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=20))
def test_a_stem_is_a_prefix_of_its_word_so_it_finds_whatever_the_word_found(word):
    base = stem(word)
    assert word.startswith(base) and (len(base) >= 3 or base == word)
    assert word in forms(word) and base in forms(word)


@pytest.fixture
def kitchen(db):
    employer = f.organisation(OrganisationKind.EMPLOYER)
    koksijde = Municipality.objects.get(name_nl="Koksijde").pk
    stamp = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)

    def made(title: str, days: int, **kw: object) -> Vacancy:
        return Vacancy.objects.create(employer=employer, title=title, created_at=stamp + dt.timedelta(days=days), **kw)

    # the cooks are older than the jobs in Koksijde: by date alone those came first
    return {"chef": made("Kok", 0, municipality_id=GENT, occupation_uri=COOK),
            "kitchen": made("Keukenmedewerker", 1, municipality_id=GENT, occupation_uri=COOK, description="Wij zoeken een kok voor ons restaurant."),
            "cooks": made("Medewerkers keuken", 2, municipality_id=GENT, description="Twee koks voor de zomer."),
            "store": made("Magazijnier", 5, municipality_id=koksijde),
            "shop": made("Verkoper", 6, municipality_id=koksijde, description="Winkel aan de zeedijk."),
            "welder": made("Lasser", 3, municipality_id=GENT, occupation_uri=WELDER),
            "welders": made("Lassers TIG", 4, municipality_id=GENT),
            "soudeuse": made("Soudeuse", 4, municipality_id=GENT),
            "nurses": made("Verpleegkundigen nachtdienst", 4, municipality_id=GENT),
            "stokken": made("Stokkenmaker", 7, municipality_id=GENT)}


def _ids(kitchen, **kw: object) -> list[str]:
    names = {v.pk: name for name, v in kitchen.items()}
    return [names[h.vacancy.pk] for h in search.search(search.Filters(**kw)).hits]


def test_a_plural_finds_the_singular_and_the_other_way_round(kitchen):
    assert set(_ids(kitchen, q="lassers")) == {"welder", "welders"} == set(_ids(kitchen, q="lasser"))
    assert set(_ids(kitchen, q="koks")) == set(_ids(kitchen, q="kok"))
    assert set(_ids(kitchen, q="soudeurs")) == {"welder", "soudeuse"}  # the occupation's French label, and the feminine title
    assert set(_ids(kitchen, q="soudeuses")) >= {"soudeuse"}
    assert _ids(kitchen, q="verpleegkundige") == ["nurses"]


def test_a_word_is_found_at_the_start_of_a_word_only(kitchen):
    assert "stokken" not in _ids(kitchen, q="kok")  # "kok" inside "stokkenmaker" is no cook


def test_a_place_that_starts_with_the_word_does_not_outrank_the_word(kitchen):
    found = _ids(kitchen, q="kok")
    assert found == ["chef", "cooks", "kitchen", "shop", "store"]  # the title, then the text, then the place, each newest first
    assert _ids(kitchen, q="kok", sort="date") == ["shop", "store", "cooks", "kitchen", "chef"]  # by date: as asked
    assert _ids(kitchen, q="koksijde") == ["shop", "store"]  # the place itself is still found by its name


def test_a_head_word_finds_its_compounds_that_end_in_it(kitchen):
    """Found in a walk: "kok" missed the "Chefkok" and "Hulpkok" vacancies (the word at the end of a Dutch compound;
    search_words.COMPOUNDS). By relevance they rank as the word itself: in the title first, then in the text."""
    employer = kitchen["chef"].employer
    stamp = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)
    kitchen["head"] = Vacancy.objects.create(employer=employer, title="Chefkok", created_at=stamp - dt.timedelta(days=2), municipality_id=GENT)
    kitchen["helper"] = Vacancy.objects.create(employer=employer, title="Hulpkoks gezocht", created_at=stamp - dt.timedelta(days=3), municipality_id=GENT)
    kitchen["dishes"] = Vacancy.objects.create(employer=employer, title="Afwasser", created_at=stamp - dt.timedelta(days=1), municipality_id=GENT,
                                               description="Je helpt onze chefkoks in de keuken.")
    expected = ["chef", "head", "helper", "cooks", "kitchen", "dishes", "shop", "store"]
    assert _ids(kitchen, q="kok") == expected
    assert _ids(kitchen, q="koks") == expected
    in_gent = ["chef", "head", "helper", "cooks", "kitchen", "dishes"]
    assert _ids(kitchen, q="kok", place="Gent") == in_gent  # PostgreSQL: the term rows' path
    assert _ids(kitchen, q="kok", place="Gent", radius_km=10) == in_gent
    assert _ids(kitchen, q="chefkok") == ["head", "dishes"]  # a compound itself finds only itself
    assert "stokken" not in _ids(kitchen, q="kok")
    assert set(_ids(kitchen, q="chauffeur")) == set()  # a head without vacancies: nothing, no error


def test_compounds_are_looked_up_by_the_stem_of_the_head():
    from werkregie.vacancies.search_words import compounds

    assert compounds("kok") == compounds("koks") == ("chefkok", "hulpkok")
    assert "vrachtwagenchauffeu" in compounds(stem("chauffeurs"))
    assert compounds("lasser") == ()
    assert {"chefkok", "chefkoks", "hulpkoken"} <= set(forms("kok"))
