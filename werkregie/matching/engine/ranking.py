"""The K most likely skills of a text, ranked by a calibrated score (issue 18 point 4): `werkregie match skills --top K`.

Extraction (skills.py) answers "which skills does this text name?" and stays silent below its thresholds: a job-ad
sentence that implies its skills ("you will coordinate the warehouse team") gets few or none. Ranking answers "which
K skills is this text most likely about?": every skill that any signal brings up is a candidate, and one logistic
model turns the signals into the probability that the skill belongs to the text:

- `named`: the score of a phrase naming the skill by one of its labels (exact 1, near ≥ 0.8, an English label met
  through the gloss of a Dutch or French phrase 0.9), 0 if none;
- `meaning`: the best cosine between a clause (or its gloss, or a Dutch or French clause carried toward English) and
  one of the skill's labels (multilingual-e5-small, semantic.py);
- `letters`: the best character n-gram TF-IDF cosine between a clause and one of the skill's labels (the text's
  language and English) — the plain baseline the issue compares with, kept as one signal among others;
- `implied`: the prior of ESCO's structure (implied.py): an essential or optional skill of an occupation the text
  names, an essential skill of an occupation whose other essential skills the text names, the broader skill of a
  named one.

The coefficients were fitted once by `bench/skills_rank_fit.py` on a development set (ESCO labels held out of every
index in template sentences, and hand-written job-ad sentences, bench/data/skills_rank_dev.py); they are printed
there with the figures. A skill the text does not name (no phrase, and no clause close enough for extraction) is
flagged `implied`: a suggestion, counted for decisions only once a person or counsellor confirms it. The span is
the naming phrase, the implying occupation's phrase, or the closest clause when its meaning brought the skill up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .skills import CLAUSE, FUZZY_TEXT, MAX_CLAUSES, NEAR, SEMANTIC_THRESHOLD, Found, SkillIndex
from .titles import normalise

FEATURES = ("named", "meaning", "letters", "implied")
# intercept, then one weight per feature (bench/skills_rank_fit.py; figures in the README)
COEFFICIENTS = (-8.52, 1.4, 7.46, 4.48, 4.55)
POOL = 40  # skills taken from each ranked signal (meaning, letters) into the candidates


@dataclass
class Candidate:
    skill: int
    named: float = 0.0
    meaning: float = 0.0
    letters: float = 0.0
    implied: float = 0.0
    span: tuple[int, int] = (-1, -1)
    said: bool = False  # named, or close enough in meaning for extraction: not a mere suggestion

    def vector(self) -> list[float]:
        return [self.named, self.meaning, self.letters, self.implied]


def probability(candidate: Candidate, coefficients: tuple[float, ...] = COEFFICIENTS) -> float:
    z = coefficients[0] + sum(w * x for w, x in zip(coefficients[1:], candidate.vector()))
    return 1.0 / (1.0 + math.exp(-z))


def candidates(index: SkillIndex, text: str, language: str, use_semantic: bool | None = None) -> tuple[str, list[Candidate]]:
    """Every skill a signal brings up for `text`, with its four signals (the text as read: cut like extraction's)."""
    from .implied import default_implier

    dense = np.zeros(len(index.taxonomy.skills), dtype=np.float32)
    text, words, named, meaning, _semantic_on = index._read(text, language, use_semantic, True, dense=dense)
    found: dict[int, Candidate] = {}

    def get(skill: int) -> Candidate:
        return found.setdefault(skill, Candidate(skill))

    for score, skill, start, end in named:
        item = get(skill)
        if score > item.named:
            item.named, item.span, item.said = score, (start, end), item.said or score >= NEAR
    for score, skill, start, end in meaning:
        item = get(skill)
        if item.span == (-1, -1):
            item.span = (start, end)
        item.said = item.said or score >= SEMANTIC_THRESHOLD
    letters = _letters(index, text, language)
    for signal in (dense, letters):
        for skill in np.argpartition(-signal, POOL)[:POOL] if len(signal) > POOL else range(len(signal)):
            if signal[skill] > 0:
                get(int(skill))
    known = {skill: max(item.named, item.meaning) for skill, item in found.items() if item.said}
    for score, skill, start, end in default_implier().imply([w for w in words if w[0]], language, known):
        item = get(skill)
        item.implied = max(item.implied, score)
        if item.span == (-1, -1) and start >= 0:
            item.span = (start, end)
    for skill, item in found.items():
        item.meaning = max(float(dense[skill]), 0.0)
        item.letters = float(letters[skill])
    return text, list(found.values())


def rank(index: SkillIndex, text: str, language: str, top: int = 10, use_semantic: bool | None = None,
         said_by_meaning: bool = False) -> list[Found]:
    """The `top` most likely skills of `text`, best first; `score` is the calibrated probability. `said_by_meaning`:
    only candidates that no phrase names (the CV's suggestions, cv.py)."""
    text, pool = candidates(index, text, language, use_semantic)
    if said_by_meaning:
        pool = [c for c in pool if c.named == 0.0]
    scored = sorted(((probability(c), c) for c in pool), key=lambda pc: (-pc[0], pc[1].skill))[:top]
    out = []
    for p, c in scored:
        item = index.taxonomy.skills[c.skill]
        start, end = c.span
        span = text[start:end] if start >= 0 else ""
        out.append(Found(item.uri, item.label(language), round(p, 4), span, start, end, implied=not c.said,
                         literal=c.named >= 0.95 and c.said))
    return out


def _letters(index: SkillIndex, text: str, language: str) -> np.ndarray:
    """Each skill's best character n-gram TF-IDF cosine between a clause of the text and one of its labels."""
    best = np.zeros(len(index.taxonomy.skills), dtype=np.float32)
    clauses = [c for c in (normalise(m.group()) for m in CLAUSE.finditer(text[:FUZZY_TEXT])) if c][:MAX_CLAUSES]
    if not clauses:
        return best
    for code in dict.fromkeys([language, "en"]):
        _exact, vectorizer, matrix, owners = index.by_language[code]
        similarity = (vectorizer.transform(clauses) @ matrix).tocsr()
        owner = np.asarray(owners)
        for row in range(similarity.shape[0]):
            low, high = similarity.indptr[row], similarity.indptr[row + 1]
            if low < high:
                np.maximum.at(best, owner[similarity.indices[low:high]], similarity.data[low:high].astype(np.float32))
    return best
