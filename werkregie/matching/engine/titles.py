"""Job-title normalisation: a free title in Dutch, French or English → ranked ESCO occupations. Offline.

Lexical signal: every label of every occupation (preferred, alternative and hidden, in the three languages) is
indexed as character n-grams (TF-IDF over 2–5-grams within words, accents folded), so compounds, gender forms and
spelling variants ("heftruckchauffeur", "poetsvrouw", "aide-soignante") meet their labels without a dictionary. A
query is compared with every label by cosine similarity; an occupation scores by its best label, labels in the
query's language a little above the others (a Dutch title may still land on an English or French label), an exact
label match highest. Taxonomy structure: the rest of a query's best ISCO group lifts occupations of that group
slightly, which breaks ties between near-identical labels of unrelated jobs.

Semantic signal: the query is embedded with multilingual-e5-small (semantic.py) and compared with every label's
shipped vector; an occupation scores by its best label. It reaches what letters cannot ("poetsvrouw" → building
cleaner, "kinesist" → physiotherapist, across languages). The two signals are fused per occupation:
LEXICAL_WEIGHT × lexical + (1 − LEXICAL_WEIGHT) × semantic, each on 0–1 (the centred cosine clipped at 0); an exact
label match still wins. The weight was chosen on a development sample of held-out ESCO labels drawn with a different
seed from the one reported (bench/matching_quality.py --seed).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import fitted, semantic
from .taxonomy import LANGUAGES, Taxonomy, load
from .title_clean import clean_title

MAX_QUERY = 300  # characters of a title that are read; the rest is ignored
OTHER_LANGUAGE = 0.92
KIND_WEIGHT = {"preferred": 1.0, "alternative": 0.985, "hidden": 0.97}  # an exact preferred label wins a tie
ISCO_LIFT = 0.03
MIN_SCORE = 0.25  # below this the best label shares only a few letters with the query: no answer is better
MIN_LETTERS = 2
LEXICAL_WEIGHT = 0.35
SEMANTIC_FLOOR = 0.45  # with no label sharing letters, a semantic match below this is no answer (random strings reach ~0.42)
LEXICAL_ALONE = 0.5  # ... unless its letters alone match a label this well
# a lexical match this close is an ESCO label as typed (or a slip of one): the semantic signal is not asked (it costs
# ~15 ms). 0.8 rather than 0.9 keeps 10,000 titles within a minute on two cores for 0.01 of MRR on the development sample.
KNOWN_LABEL = 0.8
SHORTLIST = 200  # occupations whose every label is compared semantically: the best by label centroid, and by letters


VECTORIZER = {"analyzer": "char_wb", "ngram_range": (2, 5), "sublinear_tf": True, "min_df": 1, "dtype": np.float32}


class MatchingInputError(ValueError):
    """Bad input for matching: says what and where."""


# format characters that join what they split: a zero-width space inside "las\u200bser" cost half its score (attack of stop 45)
_FORMAT = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def normalise(text: str) -> str:
    """Lower case, accents folded, format characters dropped, punctuation and digits to spaces (so 'Java-ontwikkelaar'
    ~ 'java ontwikkelaar')."""
    folded = unicodedata.normalize("NFKD", _FORMAT.sub("", text.lower()))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z]+", " ", plain).strip()


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise MatchingInputError(f"--lang: '{language}' is not one of {', '.join(LANGUAGES)}")
    return language


@dataclass(frozen=True)
class Result:
    uri: str
    label: str
    score: float
    isco: str


class TitleIndex:
    def __init__(self, taxonomy: Taxonomy, exclude: set[tuple[int, str]] | None = None, use_semantic: bool | None = None,
                 exclude_texts: dict[int, list[str]] | None = None) -> None:
        """`exclude`: (occupation index, normalised label) pairs left out of the lexical index, and `exclude_texts`
        (occupation index → label texts) out of the semantic one (for honest evaluation). `use_semantic`: default
        when the shipped vectors are present."""
        self.taxonomy = taxonomy
        owners, languages, weights, texts = [], [], [], []
        seen = set()
        for index, occupation in enumerate(taxonomy.occupations):
            for language in LANGUAGES:
                labels = occupation.labels.get(language, [])
                kinds = [("preferred", labels[:1]), ("alternative", labels[1:]), ("hidden", occupation.hidden.get(language, []))]
                for kind, group in kinds:
                    for label in group:
                        text = normalise(label)
                        key = (index, language, text)
                        if not text or key in seen or (exclude and (index, text) in exclude):
                            continue
                        seen.add(key)
                        owners.append(index)
                        languages.append(language)
                        weights.append(KIND_WEIGHT[kind])
                        texts.append(text)
        self.owners = np.array(owners)
        self.languages = np.array(languages)
        self.weights = np.array(weights)
        self.texts = texts
        self.exact = {}
        for position, text in enumerate(texts):
            self.exact.setdefault(text, []).append(position)
        # n-grams x labels: one sparse product per query batch (kept between processes: fitted.py)
        self.vectorizer, self.matrix = fitted.char_ngrams(texts, VECTORIZER, keep=not exclude)
        self.isco = np.array([o.isco for o in taxonomy.occupations])
        # labels are listed occupation by occupation, so each occupation's best label is one reduceat segment
        self.starts, self.present = np.unique(self.owners, return_index=True)[1], np.unique(self.owners)
        self.use_semantic = semantic.available() if use_semantic is None else use_semantic
        if self.use_semantic:
            vectors = semantic.label_vectors()
            keep = np.ones(len(vectors.occupation_owner), dtype=bool)
            for occupation, labels in (exclude_texts or {}).items():
                rows = np.flatnonzero(vectors.occupation_owner == occupation)
                near = (vectors.occupation_vectors[rows] @ semantic.embed_texts(labels).T).max(axis=1) >= 0.97
                keep[rows[near]] = False  # the held-out label itself (and any near-identical spelling of it)
            self.semantic_vectors = np.ascontiguousarray(vectors.occupation_vectors[keep])
            owners = vectors.occupation_owner[keep]
            count = len(taxonomy.occupations)
            bounds = np.searchsorted(owners, np.arange(count + 1))
            self.semantic_rows = [np.arange(bounds[o], bounds[o + 1]) for o in range(count)]
            sums = np.zeros((count, self.semantic_vectors.shape[1]), dtype=np.float32)
            np.add.at(sums, owners, self.semantic_vectors)
            self.centroids = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)

    def _semantic(self, vector: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        """Best label similarity per occupation, for a shortlist (by label centroid and by letters); 0 elsewhere."""
        by_meaning = np.argpartition(-(self.centroids @ vector), SHORTLIST)[:SHORTLIST]
        by_letters = np.argpartition(-lexical, 50)[:50]
        shortlist = [o for o in np.union1d(by_meaning, by_letters) if len(self.semantic_rows[o])]
        rows = np.concatenate([self.semantic_rows[o] for o in shortlist])
        sims = self.semantic_vectors[rows] @ vector
        starts = np.cumsum([0] + [len(self.semantic_rows[o]) for o in shortlist[:-1]])
        best = np.zeros(len(self.taxonomy.occupations), dtype=np.float32)
        best[shortlist] = np.maximum.reduceat(sims, starts)
        return np.clip(best, 0.0, 1.0)

    def _per_occupation(self, values: np.ndarray, present: np.ndarray, starts: np.ndarray) -> np.ndarray:
        best = np.zeros(len(self.taxonomy.occupations), dtype=np.float32)
        best[present] = np.maximum.reduceat(values, starts)
        return best

    def search(self, queries: list[str], language: str, top: int = 10, clean: bool = True) -> list[list[Result]]:
        """`clean`: look up the occupation part of each title (title_clean.py: no gender markers, place, shift, contract)."""
        check_language(language)
        if top < 1:
            raise MatchingInputError("--top: must be at least 1")
        if clean:
            queries = [clean_title(q[:MAX_QUERY], language) if isinstance(q, str) else q for q in queries]
        texts = [normalise(q[:MAX_QUERY]) if isinstance(q, str) else "" for q in queries]  # as lookup_text reads them
        vectors = self.vectorizer.transform(texts)
        similarity = (vectors @ self.matrix).toarray() if len(texts) else np.zeros((0, len(self.texts)))
        boost = np.where(self.languages == language, 1.0, OTHER_LANGUAGE) * self.weights
        readable = [len(t.replace(" ", "")) >= MIN_LETTERS for t in texts]
        lexicals = []
        for row, text in enumerate(texts):
            scores = similarity[row] * boost
            for position in self.exact.get(text, []):
                scores[position] = max(scores[position], self.weights[position] * (1.0 if self.languages[position] == language else 0.99))
            lexicals.append(self._per_occupation(scores.astype(np.float32), self.present, self.starts))
        asking = [row for row in range(len(texts)) if readable[row] and self.use_semantic and lexicals[row].max() < KNOWN_LABEL]
        embedded = dict(zip(asking, semantic.embed_texts([queries[row][:MAX_QUERY].strip() for row in asking]))) if asking else {}
        results = []
        for row, text in enumerate(texts):
            if not readable[row]:
                results.append([])
                continue
            lexical = lexicals[row]
            if row in embedded:
                sem = self._semantic(embedded[row], lexical)
                if sem.max() < SEMANTIC_FLOOR and lexical.max() < LEXICAL_ALONE:
                    results.append([])
                    continue
                best = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * sem
            else:
                if lexical.max() < MIN_SCORE:
                    results.append([])
                    continue
                best = lexical
            leader = int(best.argmax())
            best = best + ISCO_LIFT * best * (self.isco == self.isco[leader])
            order = np.argsort(-best)[:top]
            floor = MIN_SCORE * (LEXICAL_WEIGHT if row in embedded else 1.0)
            results.append([Result(self.taxonomy.occupations[i].uri, self.taxonomy.occupations[i].label(language), round(float(min(best[i], 1.0)), 4),
                                   self.taxonomy.occupations[i].isco) for i in order if best[i] >= floor])
        return results


def lookup_text(title: str, language: str) -> str:
    """The text `TitleIndex.search` looks up for a title (cleaned, then normalised): a title whose lookup text is a
    label's normalised text is that label to the search (its exact-label score)."""
    return normalise(clean_title(title[:MAX_QUERY], language)[:MAX_QUERY])


@lru_cache(maxsize=1)
def default_index() -> TitleIndex:
    return TitleIndex(load())
