"""The demo walk (issue 16, MEDIUM 7): the vacancy intake proposed "supervise betting shop staff" and "supervise
betting operations" for "… houdt de voorraad bouwmaterialen bij". The gloss (gloss.py) read "houdt" as "supervise",
as "houden" kept company with "supervise" in ESCO's "toezicht houden op …"; competitive linking credits "supervise" to
"toezicht" there. Semantic matching uses the shipped vectors, as the intake does."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from werkregie.matching.engine import semantic
from werkregie.matching.engine.gloss import glossary, learn
from werkregie.matching.engine.skills import STOP, default_skill_index

TEXT = "Je laadt en lost vrachtwagens met de heftruck in ons werfdepot en houdt de voorraad bouwmaterialen bij."


def test_a_light_verb_does_not_take_the_meaning_of_its_noun():
    words = glossary("nl")
    assert words.word("houdt") != "supervise" and words.word("toezicht") == "supervise"
    assert words.word("voorraad") == "stock" and words.word("heftruck") == "forklift"  # content words keep their gloss


def test_competitive_linking_on_a_small_taxonomy():
    """Three concepts "toezicht houden op X" = "supervise X": "houden" goes with "supervise" in all three, enough for the
    plain association, but "toezicht" goes with it better (it means it alone too), so each concept credits "toezicht"."""

    def concept(i: int, nl: str, en: str) -> SimpleNamespace:
        return SimpleNamespace(uri=f"urn:test:{i}", labels={"nl": [nl], "en": [en]})

    made = [concept(1, "toezicht houden op personeel", "supervise staff"), concept(2, "toezicht houden op werken", "supervise works"),
            concept(3, "toezicht houden op kinderen", "supervise children"), concept(4, "toezicht", "supervise"),
            concept(5, "afstand houden", "keep distance"), concept(6, "voorraad houden", "keep stock")]
    learnt = learn(SimpleNamespace(skills=made, occupations=[]), "nl", STOP["nl"])
    assert learnt.get("toezich") == "supervise" and learnt.get("houd") != "supervise"


@pytest.mark.skipif(not semantic.available(), reason="the shipped sentence vectors are needed, as in the intake")
def test_the_intake_text_proposes_no_betting_skills():
    found = default_skill_index().extract(TEXT, "nl", top=20)
    labels = [f.label for f in found]
    assert not [label for label in labels if "betting" in label or "gok" in label], labels
    assert "heftrucks bedienen" in labels and "bouwmaterialen beheren" in labels
