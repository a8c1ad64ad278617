"""Competence extraction: a CV or vacancy text → the ESCO skills it mentions, with the text span. Offline.

Lexical signal (this slice): every phrase of one to six words in the text is compared with the skill labels of
the text's language and of English (Dutch and French texts name tools and methods in English: "Java", "SAP",
"forklift"); an exact label scores 1, a near label (character n-gram cosine ≥ 0.8: inflections, compounds,
spelling) scores its similarity. Overlapping phrases keep the best; each skill keeps its best span.
Dutch skill labels cover about 40% of the skills; reaching the others from Dutch text needs the semantic signal
that is still to come (see the README).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from .taxonomy import Taxonomy, load
from .titles import check_language, normalise

MAX_TEXT = 1_000_000  # characters read from one text; a longer text is cut, never refused
FUZZY_TEXT = 20_000  # characters compared by similarity (exact phrases are found in the whole text)
MAX_WORDS = 6
NEAR = 0.8
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|[+#]{1,2}", re.UNICODE)
STOP = {
    "nl": {"de", "het", "een", "en", "of", "van", "voor", "met", "in", "op", "aan", "te", "ik", "je", "wij", "we", "is", "zijn", "bij", "als", "tot", "om"},
    "fr": {"le", "la", "les", "un", "une", "et", "ou", "de", "des", "du", "pour", "avec", "en", "au", "aux", "je", "nous", "est", "sur", "dans"},
    "en": {"the", "a", "an", "and", "or", "of", "for", "with", "in", "on", "to", "i", "we", "is", "are", "at", "as", "by"},
}


@dataclass(frozen=True)
class Found:
    uri: str
    label: str
    score: float
    span: str
    start: int
    end: int


class SkillIndex:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.by_language: dict[str, tuple[dict[str, list[int]], TfidfVectorizer, object, list[int]]] = {}
        for language in ("nl", "fr", "en"):
            exact: dict[str, list[int]] = {}
            texts, owners = [], []
            for index, skill in enumerate(taxonomy.skills):
                for label in skill.labels.get(language, []):
                    text = normalise(label)
                    if len(text) >= 2 and index not in exact.get(text, []):
                        exact.setdefault(text, []).append(index)
                        texts.append(text)
                        owners.append(index)
            vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32)
            matrix = vectorizer.fit_transform(texts).T.tocsr()
            self.by_language[language] = (exact, vectorizer, matrix, owners)

    def extract(self, text: str, language: str, top: int = 20) -> list[Found]:
        check_language(language)
        text = text[:MAX_TEXT] if isinstance(text, str) else ""
        words = [(normalise(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]
        stop = STOP[language]
        spans = []  # (start, end, normalised phrase, words)
        for i, (first, start, _end) in enumerate(words):
            if not first or first in stop:
                continue
            phrase = first
            for j in range(i, min(i + MAX_WORDS, len(words))):
                if j > i:
                    phrase = f"{phrase} {words[j][0]}"
                    if words[j][0] in stop:
                        continue
                spans.append((start, words[j][2], phrase, j - i + 1))
        candidates: list[tuple[float, int, int, int]] = []  # (score, skill, start, end)
        for code in ([language] if language == "en" else [language, "en"]):
            exact, vectorizer, matrix, owners = self.by_language[code]
            weight = 1.0 if code == language else 0.97
            near = []
            for start, end, phrase, length in spans:
                for skill in exact.get(phrase, []):
                    candidates.append((weight, skill, start, end))
                # single words only match exactly: a near single word ("software", "expérience") is mostly noise
                if length >= 2 and end <= FUZZY_TEXT and phrase not in exact:
                    near.append((start, end, phrase))
            if near:
                similarity = (vectorizer.transform([phrase for _s, _e, phrase in near]) @ matrix).tocsr()
                for row, (start, end, _phrase) in enumerate(near):
                    low, high = similarity.indptr[row], similarity.indptr[row + 1]
                    if low == high:
                        continue
                    best = low + int(similarity.data[low:high].argmax())
                    if similarity.data[best] >= NEAR:
                        candidates.append((round(float(similarity.data[best]) * weight, 4), owners[similarity.indices[best]], start, end))
        return self._choose(candidates, text, language, top)

    def _choose(self, candidates: list[tuple[float, int, int, int]], text: str, language: str, top: int) -> list[Found]:
        """Best first; a phrase overlapping a better one is dropped; each skill once, with its best span."""
        taken: list[tuple[int, int]] = []
        chosen: dict[int, Found] = {}
        for score, skill, start, end in sorted(candidates, key=lambda c: (-c[0], -(c[3] - c[2]), c[2])):
            if skill in chosen or any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            item = self.taxonomy.skills[skill]
            chosen[skill] = Found(item.uri, item.label(language), score, text[start:end], start, end)
            if len(chosen) >= top:
                break
        return list(chosen.values())


@lru_cache(maxsize=1)
def default_skill_index() -> SkillIndex:
    return SkillIndex(load())
