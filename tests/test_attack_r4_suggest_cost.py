"""Attack round 4, M3: the vacancy intake's suggestion read every phrase of a long text against every skill label
twice (5,000 characters took 8-57 s, 20,000 minutes). It now reads each distinct phrase once, in one pass, from the
first SKILL_TEXT characters; the wording check (linear patterns) still reads all."""

from __future__ import annotations

import time

from werkregie.vacancies import intake

PHRASES = "Wij zoeken versterking voor ons jong dynamisch team. Kandidaten zijn max. 35 jaar. Enkel mannen komen in aanmerking. "


def test_a_long_text_of_repeated_discriminating_phrases_is_suggested_quickly():
    intake.suggest("Heftruckchauffeur", "Je bedient een heftruck.", "nl")  # the indexes load once per process
    text = (PHRASES * 200)[:20_000]
    started = time.monotonic()
    out = intake.suggest("Heftruckchauffeur", text, "nl")
    assert time.monotonic() - started < 5
    assert {"age", "sex"} <= {h["ground"] for h in out["wording"]}
    assert out["wording"][-1]["end"] > 19_000  # the wording check read the whole text


def test_reading_once_finds_what_the_two_readings_found():
    from werkregie.matching.engine.skills import default_skill_index

    text = "Je bedient een heftruck en een reachtruck, laadt en lost vrachtwagens en houdt de voorraad bij in het magazijn."
    index = default_skill_index()
    words, both = index.extract_by_words_and_meaning(text, "nl", 15)
    assert words == index.extract(text, "nl", 15, use_semantic=False)
    assert both == index.extract(text, "nl", 15)
