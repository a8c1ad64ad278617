"""Job-title normalisation: a free title in Dutch, French or English → ranked ESCO occupations. Offline.

Lexical signal: every label of every occupation (preferred, alternative and hidden, in the three languages) is
indexed as character n-grams (TF-IDF over 2–5-grams within words, accents folded), so compounds, gender forms and
spelling variants ("heftruckchauffeur", "poetsvrouw", "aide-soignante") meet their labels without a dictionary. A
query is compared with every label by cosine similarity; an occupation scores by its best label, labels in the
query's language a little above the others (a Dutch title may still land on an English or French label), an exact
label match highest. Taxonomy structure: the rest of a query's best ISCO group lifts occupations of that group
slightly, which breaks ties between near-identical labels of unrelated jobs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from .taxonomy import LANGUAGES, Taxonomy, load

MAX_QUERY = 300  # characters of a title that are read; the rest is ignored
OTHER_LANGUAGE = 0.92
KIND_WEIGHT = {"preferred": 1.0, "alternative": 0.985, "hidden": 0.97}  # an exact preferred label wins a tie
ISCO_LIFT = 0.03
MIN_SCORE = 0.25  # below this the best label shares only a few letters with the query: no answer is better
MIN_LETTERS = 2


class MatchingInputError(ValueError):
    """Bad input for matching: says what and where."""


def normalise(text: str) -> str:
    """Lower case, accents folded, punctuation and digits to spaces (so 'Java-ontwikkelaar' ~ 'java ontwikkelaar')."""
    folded = unicodedata.normalize("NFKD", text.lower())
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
    def __init__(self, taxonomy: Taxonomy, exclude: set[tuple[int, str]] | None = None) -> None:
        """`exclude`: (occupation index, normalised label) pairs left out of the index (for honest evaluation)."""
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
        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1, dtype=np.float32)
        self.matrix = self.vectorizer.fit_transform(texts).T.tocsr()  # n-grams x labels: one sparse product per query batch
        self.isco = np.array([o.isco for o in taxonomy.occupations])

    def search(self, queries: list[str], language: str, top: int = 10) -> list[list[Result]]:
        check_language(language)
        if top < 1:
            raise MatchingInputError("--top: must be at least 1")
        texts = [normalise(q[:MAX_QUERY]) if isinstance(q, str) else "" for q in queries]
        vectors = self.vectorizer.transform(texts)
        similarity = (vectors @ self.matrix).toarray() if len(texts) else np.zeros((0, len(self.texts)))
        boost = np.where(self.languages == language, 1.0, OTHER_LANGUAGE) * self.weights
        results = []
        for row, text in enumerate(texts):
            if len(text.replace(" ", "")) < MIN_LETTERS:
                results.append([])
                continue
            scores = similarity[row] * boost
            for position in self.exact.get(text, []):
                scores[position] = max(scores[position], self.weights[position] * (1.0 if self.languages[position] == language else 0.99))
            best = np.full(len(self.taxonomy.occupations), 0.0, dtype=np.float32)
            np.maximum.at(best, self.owners, scores)
            if best.max() < MIN_SCORE:
                results.append([])
                continue
            leader = int(best.argmax())
            best = best + ISCO_LIFT * best * (self.isco == self.isco[leader])
            order = np.argsort(-best)[:top]
            results.append([Result(self.taxonomy.occupations[i].uri, self.taxonomy.occupations[i].label(language), round(float(min(best[i], 1.0)), 4),
                                   self.taxonomy.occupations[i].isco) for i in order if best[i] >= MIN_SCORE])
        return results


@lru_cache(maxsize=1)
def default_index() -> TitleIndex:
    return TitleIndex(load())
