"""Dutch and French text glossed word by word into English, with a dictionary learnt once from ESCO itself (issue 18
point 5): about 8,400 occupations and skills carry labels in Dutch and English, and a Dutch word that keeps company
with an English word across those concepts (Dice coefficient over the concepts' label words) is taken as its
translation ("rekken" → shelves, "lassen" → welding, "zware" → heavy). Dutch words are compared by a crude stem
(first-person verbs meet infinitives: "verwerk" ~ "verwerken", "controleer" ~ "controleren"); an unknown compound is
split into two known parts ("haarproducten" → hair products, "veiligheidsregels" → safety rules).

The gloss is not a translation: it gives the skill extraction an English reading of a Dutch clause, so that the
~60% of ESCO skills with English labels only can be found by their words and by meaning. Built from the shipped
taxonomy once by scripts/build_gloss.py and shipped (data/esco-v1.1.1-gloss.json.gz, with its provenance); built
at first use when that file is missing. Nothing is downloaded."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .taxonomy import Taxonomy
from .titles import normalise

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "esco-v1.1.1-gloss.json.gz"
MIN_TOGETHER = 2  # concepts a pair must share
MIN_DICE = 0.2
MIN_LETTERS = 3
SUFFIXES = {"nl": ("heden", "ingen", "ing", "en", "es", "s", "e", "t"), "fr": ("es", "s", "x", "e")}
LINKS = ("s", "e", "en", "")


def stem(word: str, language: str) -> str:
    for suffix in SUFFIXES.get(language, ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_LETTERS:
            word = word[:-len(suffix)]
            break
    if language == "nl":
        if len(word) > MIN_LETTERS and word[-1] == word[-2]:
            word = word[:-1]
        word = re.sub(r"([aeou])\1", r"\1", word)
    return word


def learn(taxonomy: Taxonomy, language: str, stop: set[str]) -> dict[str, str]:
    """Stemmed word of `language` → English word, from the concepts labelled in both.

    Competitive linking (Melamed, 2000): within a concept each English word is credited to the one source word that
    goes with it best overall, not to every word beside it. Without it a light verb took the meaning of the noun it
    serves: "houden" in "toezicht houden op" (supervise) was glossed "supervise" everywhere, so "houdt de voorraad
    bij" read as supervising, and the intake proposed "supervise betting shop staff" for a warehouse job."""
    concepts = []
    together: Counter = Counter()
    seen: Counter = Counter()
    english: Counter = Counter()
    for concept in [*taxonomy.skills, *taxonomy.occupations]:
        if not concept.labels.get(language) or not concept.labels.get("en"):
            continue
        source = {stem(w, language) for label in concept.labels[language] for w in normalise(label).split() if len(w) >= MIN_LETTERS and w not in stop}
        target = {w for label in concept.labels["en"][:3] for w in normalise(label).split() if len(w) >= MIN_LETTERS}
        seen.update(source)
        english.update(target)
        together.update((s, t) for s in source for t in target)
        concepts.append((sorted(source), target))

    def dice(s: str, t: str) -> float:
        return 2 * together[(s, t)] / (seen[s] + english[t])

    linked: Counter = Counter()
    for source, target in concepts:
        for t in target:
            if source:
                linked[(max(source, key=lambda s: (dice(s, t), [-ord(c) for c in s])), t)] += 1
    best: dict[str, tuple[float, str]] = {}
    for (s, t), count in linked.items():
        if count >= MIN_TOGETHER:
            score = dice(s, t)
            held = best.get(s, (0.0, ""))
            if score >= MIN_DICE and (score > held[0] or (score == held[0] and t < held[1])):  # ties: the first in the alphabet
                best[s] = (score, t)
    return {s: t for s, (_d, t) in sorted(best.items())}


class Glossary:
    def __init__(self, language: str, words: dict[str, str]) -> None:
        self.language = language
        self.words = words

    def word(self, word: str) -> str | None:
        """The English for one normalised word: itself stemmed, else as a compound of two known parts; None if unknown."""
        found = self.words.get(stem(word, self.language))
        if found or len(word) < 2 * MIN_LETTERS:
            return found
        for cut in range(len(word) - MIN_LETTERS, MIN_LETTERS - 1, -1):  # the longest known head first
            head = self.words.get(stem(word[cut:], self.language))
            if head:
                for link in LINKS:
                    first = word[:cut]
                    if link and not first.endswith(link):
                        continue
                    modifier = self.words.get(stem(first[:len(first) - len(link)] if link else first, self.language))
                    if modifier and len(first) - len(link) >= MIN_LETTERS:
                        return f"{modifier} {head}"
        return None

    def gloss(self, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """(English, start, end) for each word with a gloss; words without one are left out."""
        out = []
        for text, start, end in words:
            english = self.word(text) if text else None
            if english:
                out.append((english, start, end))
        return out


def build(taxonomy: Taxonomy) -> dict:
    from .skills import STOP

    return {"provenance": f"learnt from the parallel Dutch/French and English labels of ESCO v{taxonomy.version} by "
                          "werkregie/matching/engine/gloss.py (scripts/build_gloss.py)",
            "esco_version": taxonomy.version, "words": {code: learn(taxonomy, code, STOP[code]) for code in ("nl", "fr")}}


@lru_cache(maxsize=2)
def glossary(language: str) -> Glossary:
    if SHIPPED.exists():
        with gzip.open(SHIPPED, "rt", encoding="utf-8") as handle:
            return Glossary(language, json.load(handle)["words"][language])
    from .skills import STOP
    from .taxonomy import load

    return Glossary(language, learn(load(), language, STOP[language]))
