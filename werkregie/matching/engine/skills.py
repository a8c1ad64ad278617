"""Competence extraction: a CV or vacancy text → the ESCO skills it mentions, with the text span. Offline.

Lexical signal (this slice): every phrase of one to six words in the text is compared with the skill labels of
the text's language and of English (Dutch and French texts name tools and methods in English: "Java", "SAP",
"forklift"); an exact label scores 1, a near label (character n-gram cosine ≥ 0.8: inflections, compounds,
spelling) scores its similarity. Overlapping phrases keep the best; each skill keeps its best span.
Semantic signal: the text is cut into clauses (at sentence marks, semicolons, bullets, commas; long ones into
12-word pieces); each clause is embedded with multilingual-e5-small and compared with the shipped vectors of every
skill label in Dutch, French and English, so Dutch text reaches the 60% of skills that have English labels only
("facturen inboeken" → bookkeeping). A clause contributes its best skill (and a second one close behind) when the
similarity reaches SEMANTIC_THRESHOLD; the span is the clause. Exact labels score 1, near labels their similarity
(≥ 0.8), semantic matches their similarity (0.5–0.8): the letters win where they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from . import fitted, semantic
from .taxonomy import Taxonomy, load
from .titles import check_language, normalise

MAX_TEXT = 1_000_000  # characters read from one text; a longer text is cut, never refused
FUZZY_TEXT = 20_000  # characters compared by similarity (exact phrases are found in the whole text)
MAX_WORDS = 6
NEAR = 0.8
# a word's letters look like the labels' when this share of its character n-grams occurs in some label: a phrase or
# clause of words that do not (random letters, 300 of them took 10 s: attack round 5) can name no skill and is not read
FAMILIAR = 0.4
# a phrase this close to a label (by its letters, not by meaning or a gloss) names the skill almost literally: only those
# go onto a profile unasked; the rest are suggestions the person confirms ("inventaris bijhouden" found
# "bibliotheekinventaris bijhouden", "haven van Gent" "lokale wateren van de haven": walk of issue 16)
LITERAL = 0.95
SEMANTIC_THRESHOLD = 0.5  # chosen on a development sample (bench/skills_quality.py --seed 7): recall against noise on non-skill sentences
SEMANTIC_SECOND = 0.04  # a clause's second skill counts when this close to its best
MAX_CLAUSES = 60  # clauses embedded per text (~15 ms each): a long CV is read semantically up to here
CLAUSE = re.compile(r"[^.!?;:\n\r•|,()]+")
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
    implied: bool = False  # suggested by ESCO's structure (implied.py), not named: to be confirmed before it counts
    literal: bool = False  # named almost literally (a label as written, or within LITERAL of one): safe to add unasked


VECTORIZER = {"analyzer": "char_wb", "ngram_range": (3, 5), "sublinear_tf": True, "dtype": np.float32}
GLOSS_WEIGHT = 0.9  # an English label met through the gloss of a Dutch or French phrase (below a label as written)
# a clause that is a label as written embeds at ~1.0 (1.0003 by rounding): the letters must win, or the skill is not
# literal and becomes a suggestion (test_matching_extract_literal)
MEANING_CAP = 0.99
GLOSS_MEANING_CAP = 0.79  # a gloss's meaning stays below a near label (0.8): the letters win where they agree
IMPLIED_MEANING = 0.1  # implied skills of equal prior are ordered by the text's similarity to the skill (× this)


class SkillIndex:
    def __init__(self, taxonomy: Taxonomy, exclude: set[tuple[int, str]] | None = None, exclude_texts: dict[int, list[str]] | None = None) -> None:
        """`exclude`: (skill index, normalised label) pairs left out of the lexical index; `exclude_texts` (skill index →
        label texts) out of the semantic one, with any near-identical vector of that skill (for honest evaluation)."""
        self.taxonomy = taxonomy
        self._exclude_texts = exclude_texts or {}
        self._vectors: tuple[np.ndarray, np.ndarray] | None = None
        self._english_rows = np.zeros(0, dtype=np.int64)  # the rows of skill_vectors() that hold English labels
        self._bags: dict[frozenset, list[int]] | None = None
        self.by_language: dict[str, tuple[dict[str, list[int]], TfidfVectorizer, object, list[int]]] = {}
        # labels written in capitals ("GPS", "SQL", "ICT"): a text naming one writes it in capitals or in lower case,
        # never in mixed case, which is a plural or another word ("GPs", general practitioners: walk of stop 45)
        self.acronyms: set[str] = set()
        for language in ("nl", "fr", "en"):
            exact: dict[str, list[int]] = {}
            texts, owners = [], []
            for index, skill in enumerate(taxonomy.skills):
                for label in skill.labels.get(language, []):
                    text = normalise(label)
                    if label.isupper() and " " not in text:
                        self.acronyms.add(text)
                    if exclude and (index, text) in exclude:
                        continue
                    if len(text) >= 2 and index not in exact.get(text, []):
                        exact.setdefault(text, []).append(index)
                        texts.append(text)
                        owners.append(index)
            vectorizer, matrix = fitted.char_ngrams(texts, VECTORIZER, keep=not exclude)  # kept between processes
            self.by_language[language] = (exact, vectorizer, matrix, owners)

    def extract(self, text: str, language: str, top: int = 20, use_semantic: bool | None = None, implied: bool = False,
                glossed: bool = True) -> list[Found]:
        """The skills `text` names, best first; with `implied`, then the skills it implies (Found.implied), within `top`.
        `glossed`: a Dutch or French text is also read through its English gloss (gloss.py), by words and by meaning."""
        text, words, candidates, meaning, semantic_on = self._read(text, language, use_semantic, glossed)
        named = self._choose(candidates, meaning, text, language, top)
        if not implied or len(named) >= top:
            return named
        return named + self._implied(text, words, language, named, top - len(named), semantic_on)

    def extract_by_words_and_meaning(self, text: str, language: str, top: int = 20) -> tuple[list[Found], list[Found]]:
        """extract(use_semantic=False) and extract() of the same text, reading it once: the skills its words name, and
        those plus the skills its meaning is close to (the vacancy intake shows how each was found)."""
        text, _words, candidates, meaning, _on = self._read(text, language, None, True)
        return self._choose(candidates, [], text, language, top), self._choose(candidates, meaning, text, language, top)

    def _read(self, text: str, language: str, use_semantic: bool | None, glossed: bool, dense: np.ndarray | None = None) -> tuple:
        """The text (cut), its words, the phrases naming a skill by a label (exact or near) and the clauses close to
        one by meaning, and whether meaning was read. `dense` (one cell per skill), when given, receives each skill's
        best similarity to any clause or its gloss (ranking.py)."""
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
        familiar = self._familiarity(words)
        for code in ([language] if language == "en" else [language, "en"]):
            exact, vectorizer, matrix, owners = self.by_language[code]
            weight = 1.0 if code == language else 0.97
            near = []
            for start, end, phrase, length in spans:
                if phrase in self.acronyms and _mixed_case(text[start:end]):
                    continue
                for skill in exact.get(phrase, []):
                    candidates.append((weight, skill, start, end))
                # single words only match exactly: a near single word ("software", "expérience") is mostly noise
                if length >= 2 and end <= FUZZY_TEXT and phrase not in exact and _familiar(phrase, familiar[code]):
                    near.append((start, end, phrase))
            if near:
                # each distinct phrase compared once: a text repeating itself costs what its distinct phrases cost
                rows = {phrase: row for row, phrase in enumerate(dict.fromkeys(phrase for _s, _e, phrase in near))}
                similarity = (vectorizer.transform(list(rows)) @ matrix).tocsr()
                for start, end, phrase in near:
                    row = rows[phrase]
                    low, high = similarity.indptr[row], similarity.indptr[row + 1]
                    if low == high:
                        continue
                    best = low + int(similarity.data[low:high].argmax())
                    if similarity.data[best] >= NEAR:
                        candidates.append((round(float(similarity.data[best]) * weight, 4), owners[similarity.indices[best]], start, end))
        semantic_on = semantic.available() if use_semantic is None else use_semantic
        meaning = self._semantic(text, language, familiar=familiar, dense=dense) if semantic_on else []
        if glossed and language != "en":
            english = self._gloss_words(words, language)
            candidates += self._bag_matches(english)
            if semantic_on:
                meaning += self._semantic(text, language, english, familiar, dense=dense)
        return text, words, candidates, meaning, semantic_on

    def _implied(self, text: str, words: list[tuple[str, int, int]], language: str, named: list[Found], room: int,
                 semantic_on: bool) -> list[Found]:
        from .implied import default_implier

        known = {self.taxonomy.skill_index[f.uri]: f.score for f in named}
        offered = default_implier().imply([w for w in words if w[0]], language, known)
        if offered and semantic_on:
            matrix, owner = self.skill_vectors()
            best = np.zeros(len(self.taxonomy.skills), dtype=np.float32)
            np.maximum.at(best, owner, matrix @ semantic.embed_texts([text[:FUZZY_TEXT]], language=language)[0])
            offered = [(score + IMPLIED_MEANING * max(float(best[skill]), 0.0), skill, start, end) for score, skill, start, end in offered]
        offered.sort(key=lambda o: (-o[0], o[1]))
        found = []
        for score, skill, start, end in offered[:room]:
            item = self.taxonomy.skills[skill]
            span = text[start:end] if start >= 0 else ""
            found.append(Found(item.uri, item.label(language), round(score, 4), span, start, end, implied=True))
        return found

    def _gloss_words(self, words: list[tuple[str, int, int]], language: str) -> list[tuple[str, int, int]]:
        from .gloss import glossary

        return glossary(language).gloss([w for w in words[:FUZZY_TEXT] if w[2] <= FUZZY_TEXT and w[0] not in STOP[language]])

    def _bag_matches(self, english: list[tuple[str, int, int]]) -> list[tuple[float, int, int, int]]:
        """English labels of two or more words whose words (in any order) are the gloss of neighbouring words."""
        if self._bags is None:
            self._bags = {}
            for label, skills in self.by_language["en"][0].items():
                bag = frozenset(w for w in label.split() if w not in STOP["en"])
                if len(bag) >= 2:
                    self._bags.setdefault(bag, []).extend(skills)
        found = []
        for i in range(len(english)):
            bag: set[str] = set()
            for j in range(i, min(i + MAX_WORDS, len(english))):
                bag |= set(english[j][0].split())
                for skill in self._bags.get(frozenset(bag), []) if j > i or len(bag) >= 2 else []:
                    found.append((GLOSS_WEIGHT, skill, english[i][1], english[j][2]))
        return found

    def _familiarity(self, words: list[tuple[str, int, int]]) -> dict[str, dict[str, tuple[int, int]]]:
        """Per label language, each distinct word of the text → (its character n-grams that occur in a label of that
        language, all its n-grams): a phrase's n-grams are its words' (char_wb n-grams never cross a space)."""
        distinct = {w for w, _s, _e in words if w}
        out: dict[str, dict[str, tuple[int, int]]] = {}
        for code, (_exact, vectorizer, _matrix, _owners) in self.by_language.items():
            analyse, vocabulary = vectorizer.build_analyzer(), vectorizer.vocabulary_
            counts = out[code] = {}
            for word in distinct:
                grams = analyse(word)
                counts[word] = (sum(g in vocabulary for g in grams), len(grams))
        return out

    def _semantic(self, text: str, language: str, english: list[tuple[str, int, int]] | None = None,
                  familiar: dict[str, dict[str, tuple[int, int]]] | None = None, dense: np.ndarray | None = None) -> list[tuple[float, int, int, int]]:
        """Clauses by meaning; with `english` (a gloss), each clause's gloss instead, compared as English text. With
        `familiar` (_familiarity), a clause whose letters look like no label's in any language is not embedded."""
        clauses = []
        for match in CLAUSE.finditer(text[:FUZZY_TEXT]):
            words = list(WORD.finditer(match.group()))
            for first in range(0, len(words), 12):
                piece = words[first:first + 12]
                phrase = " ".join(normalise(w.group()) for w in piece)
                if familiar is not None and not any(_familiar(phrase, counts) for counts in familiar.values()):
                    continue
                if len(piece) >= 2:
                    clauses.append((match.start() + piece[0].start(), match.start() + piece[-1].end()))
            if len(clauses) >= MAX_CLAUSES:
                break
        clauses = clauses[:MAX_CLAUSES]
        if not clauses:
            return []
        matrix, owner = self.skill_vectors()
        if english is not None:
            glosses = [" ".join(w for w, s, e in english if a <= s and e <= b) for a, b in clauses]
            clauses = [c for c, g in zip(clauses, glosses) if len(g.split()) >= 2]
            if not clauses:
                return []
            similarity = _embed_distinct([g for g in glosses if len(g.split()) >= 2], "en") @ matrix.T
        else:
            similarity = self._similarity(_embed_distinct([text[a:b] for a, b in clauses], language), language)
        if dense is not None:
            for row in similarity:
                np.maximum.at(dense, owner, row)
        found = []
        for (start, end), row in zip(clauses, similarity):
            best = np.argpartition(-row, 2)[:2]
            best = best[np.argsort(-row[best])]
            for rank, position in enumerate(best):
                if row[position] >= SEMANTIC_THRESHOLD and (rank == 0 or row[position] >= row[best[0]] - SEMANTIC_SECOND):
                    score = min(float(row[position]), MEANING_CAP) if english is None else min(float(row[position]), GLOSS_MEANING_CAP)
                    found.append((round(score, 4), int(owner[position]), start, end))
        return found

    def _similarity(self, vectors: np.ndarray, language: str) -> np.ndarray:
        """Cosine of each text vector with every skill label vector; for a Dutch or French text, an English label is
        also compared with the text carried toward English (semantic.toward_english), the closer of the two counting."""
        matrix, _owner = self.skill_vectors()
        similarity = vectors @ matrix.T
        if language != "en" and len(vectors):
            english = self._english_rows
            carried = vectors @ semantic.toward_english(language, frozenset(self._exclude_texts))
            carried /= np.maximum(np.linalg.norm(carried, axis=1, keepdims=True), 1e-9)
            similarity[:, english] = np.maximum(similarity[:, english], carried @ matrix[english].T)
        return similarity

    def skill_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """The skill label vectors (and their skills), less any held out; loaded on first use."""
        if self._vectors is None:
            vectors = semantic.label_vectors()
            keep = np.ones(len(vectors.skill_owner), dtype=bool)
            for skill, labels in self._exclude_texts.items():
                rows = np.flatnonzero(vectors.skill_owner == skill)
                if len(rows):
                    near = np.max([vectors.skill_vectors[rows] @ semantic.embed_texts(labels, language=code).T for code in ("nl", "fr", "en")], axis=(0, 2))
                    keep[rows[near >= 0.97]] = False
            self._vectors = (np.ascontiguousarray(vectors.skill_vectors[keep]), vectors.skill_owner[keep])
            self._english_rows = np.flatnonzero(vectors.skill_language[keep] == semantic.LANGUAGE_CODES.index("en"))
        return self._vectors

    def _choose(self, candidates: list[tuple[float, int, int, int]], meaning: list[tuple[float, int, int, int]], text: str, language: str,
                top: int) -> list[Found]:
        """Best first; a phrase overlapping a better one is dropped; each skill once, with its best span. A clause's
        semantic matches do not take its words: they stand beside the phrases found in it."""
        taken: list[tuple[int, int]] = []
        chosen: dict[int, Found] = {}
        ranked = sorted([(c, False) for c in candidates] + [(c, True) for c in meaning], key=lambda x: (-x[0][0], -(x[0][3] - x[0][2]), x[0][2]))
        for (score, skill, start, end), by_meaning in ranked:
            if skill in chosen or (not by_meaning and any(start < b and a < end for a, b in taken)):
                continue
            if not by_meaning:
                taken.append((start, end))
            item = self.taxonomy.skills[skill]
            chosen[skill] = Found(item.uri, item.label(language), score, text[start:end], start, end,
                                  literal=not by_meaning and score >= LITERAL)
            if len(chosen) >= top:
                break
        return list(chosen.values())


def _mixed_case(written: str) -> bool:
    letters = [c for c in written if c.isalpha()]
    return any(c.isupper() for c in letters) and any(c.islower() for c in letters) and not (len(letters) > 3 and letters[0].isupper()
                                                                                              and all(c.islower() for c in letters[1:]))


def _familiar(phrase: str, counts: dict[str, tuple[int, int]]) -> bool:
    """Whether at least FAMILIAR of the phrase's character n-grams occur in a label (counts: _familiarity's)."""
    known = total = 0
    for word in phrase.split():
        k, t = counts.get(word, (0, 0))
        known, total = known + k, total + t
    return total > 0 and known >= FAMILIAR * total


def _embed_distinct(texts: list[str], language: str) -> np.ndarray:
    """The texts' vectors, each distinct text embedded once (a text repeating a clause costs one clause)."""
    distinct = list(dict.fromkeys(texts))
    vectors = semantic.embed_texts(distinct, language=language)
    row = {t: i for i, t in enumerate(distinct)}
    return vectors[[row[t] for t in texts]]


@lru_cache(maxsize=1)
def default_skill_index() -> SkillIndex:
    return SkillIndex(load())
