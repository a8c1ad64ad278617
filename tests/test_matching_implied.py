"""Issue 18 points 4–6: implied skills (flagged, below the named ones, from ESCO's structure), and vacancy titles
cleaned before the lookup in French, English and Dutch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.matching.engine.implied import default_implier
from werkregie.matching.engine.skills import WORD, SkillIndex
from werkregie.matching.engine.taxonomy import load
from werkregie.matching.engine.title_clean import clean_title
from werkregie.matching.engine.titles import TitleIndex, normalise

TAXONOMY = load()
WELDER = next(o for o in TAXONOMY.occupations if o.label("en") == "welder")


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(normalise(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


def test_a_named_dutch_occupation_implies_its_essential_skills_with_its_span():
    text = "Ik werk als lasser in Gent."
    offered = {skill: (score, text[start:end]) for score, skill, start, end in default_implier().imply(_words(text), "nl", {})}
    assert set(WELDER.essential) <= set(offered)
    assert all(span == "lasser" for skill, (_s, span) in offered.items() if skill in WELDER.essential)
    assert max(score for score, _span in offered.values()) < 0.5  # below every named skill


def test_implied_skills_come_after_the_named_ones_and_are_flagged():
    index = SkillIndex(TAXONOMY)
    found = index.extract("As a welder I operate welding equipment.", "en", top=15, use_semantic=False, implied=True)
    flags = [f.implied for f in found]
    assert flags[0] is False and True in flags and flags == sorted(flags)  # named first, then implied
    assert len({f.uri for f in found}) == len(found)
    assert not index.extract("As a welder I operate welding equipment.", "en", top=15, use_semantic=False)[-1].implied


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(range(len(TAXONOMY.skills))), min_size=0, max_size=6, unique=True))
def test_implied_never_repeats_a_named_skill_and_stays_below_it(named):
    offered = default_implier().imply([], "en", {skill: 1.0 for skill in named})
    assert not {skill for _score, skill, _a, _b in offered} & set(named)
    assert all(0 < score < 0.5 for score, *_rest in offered)


def test_a_named_skill_implies_its_broader_skill():
    implier = default_implier()
    child, parent = next(iter(implier.broader.items()))
    offered = {skill: start for _score, skill, start, _end in implier.imply([], "en", {child: 1.0})}
    assert parent in offered and offered[parent] == -1  # no span of its own


def test_vacancy_titles_lose_gender_markers_place_shift_and_contract():
    assert clean_title("Infirmier(ère) en soins intensifs", "fr") == "Infirmier en soins intensifs"
    assert clean_title("Employé(e) administratif(ve)", "fr") == "Employé administratif"
    assert clean_title("Comptable junior (h/f/x) - Bruxelles", "fr") == "Comptable"
    assert clean_title("Senior Java Developer (m/f/x) - Brussels", "en") == "Java Developer"
    assert clean_title("Magazijnmedewerker (m/v/x) - nachtploeg", "nl") == "Magazijnmedewerker"
    assert clean_title("Vendeur / Vendeuse (H/F)", "fr") == "Vendeur"
    assert clean_title("Plumber / Heating Technician", "en") == "Plumber / Heating Technician"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["nl", "fr", "en"]))
def test_cleaning_never_empties_a_title_and_never_adds_letters(title, language):
    cleaned = clean_title(title, language)
    letters = [c for c in title if c.isalpha()]
    if sum(1 for c in title if c.isalpha()) >= 2 and any(a.isalpha() and b.isalpha() for a, b in zip(title, title[1:])):
        assert any(c.isalpha() for c in cleaned)
    assert len([c for c in cleaned if c.isalpha()]) <= len(letters)


def test_a_french_and_an_english_vacancy_title_reach_their_occupation():
    index = TitleIndex(TAXONOMY, use_semantic=False)
    assert index.search(["Comptable junior (h/f/x) - Bruxelles"], "fr", top=3)[0][0].label == index.search(["comptable"], "fr", top=1)[0][0].label
    assert index.search(["Senior Java Developer (m/f/x) - Brussels"], "en", top=10)[0]  # was empty before the cleaning


def test_the_shipped_gloss_is_what_the_taxonomy_teaches():
    import gzip
    import json

    from werkregie.matching.engine.gloss import SHIPPED, learn
    from werkregie.matching.engine.skills import STOP

    with gzip.open(SHIPPED, "rt", encoding="utf-8") as handle:
        shipped = json.load(handle)
    assert shipped["esco_version"] == TAXONOMY.version and "ESCO" in shipped["provenance"]
    assert shipped["words"]["nl"] == learn(TAXONOMY, "nl", STOP["nl"])


def test_dutch_words_and_compounds_are_glossed_into_english():
    from werkregie.matching.engine.gloss import glossary

    nl = glossary("nl")
    assert nl.word("rekken") == "shelves" and nl.word("lassen") == "welding"
    assert nl.word("haarproducten") == "hair products"  # an unknown compound: two known parts
    assert nl.word("verwerk") == nl.word("verwerken")  # a first-person verb meets the infinitive of the labels


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=80))
def test_a_gloss_keeps_the_order_and_spans_of_its_words(text):
    from werkregie.matching.engine.gloss import glossary, stem

    words = _words(text)
    glossed = glossary("nl").gloss(words)
    assert [(s, e) for _w, s, e in glossed] == [(s, e) for w, s, e in words if (s, e) in {(a, b) for _x, a, b in glossed}]
    assert all(text[s:e] == w for (w, s, e) in words if (s, e) in {(a, b) for _x, a, b in glossed})
    assert all(len(stem(w, "nl")) <= len(w) for w, _s, _e in words)


def test_a_dutch_sentence_reaches_an_english_only_skill_through_its_gloss():
    index = SkillIndex(TAXONOMY)
    target = next(s.uri for s in TAXONOMY.skills if s.labels["en"][0] == "process payments")
    assert not TAXONOMY.skills[TAXONOMY.skill_index[target]].labels.get("nl")
    text = "Ik verwerk betalingen aan de kassa."
    assert target not in [f.uri for f in index.extract(text, "nl", top=10, glossed=False)]
    found = {f.uri: f for f in index.extract(text, "nl", top=10)}
    assert target in found and found[target].span == "Ik verwerk betalingen aan de kassa" and not found[target].implied


def test_an_exact_dutch_label_keeps_its_word_span_beside_the_gloss():
    found = {f.label: f for f in SkillIndex(TAXONOMY).extract("In het kapsalon verkocht ik ook haarproducten.", "nl", top=5)}
    assert found["haarproducten"].score == 1.0 and found["haarproducten"].span == "haarproducten"
