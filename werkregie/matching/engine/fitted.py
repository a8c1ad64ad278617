"""Fitted character n-gram indexes, kept between processes.

The title index fits the n-grams of 72,000 occupation labels, the skill index those of every skill label in three
languages: 10 to 13 s on two cores, in every process that needs them (the import command, each server start, every CLI
run), for the same answer each time. Read back from a file they take a tenth of a second. The file's name carries a
digest of every indexed text, the vectorizer's settings and the versions of scikit-learn and NumPy: another taxonomy,
setting or library reads (and writes) another file, never a stale one. Plain Python: the platform names the folder
(`CACHE_DIR`, set in matching/apps.py to its own data folder, written only by the platform); without one nothing is
kept. scikit-learn is imported when an index is first asked for, not with this module: the platform imports it at
start to name the folder, and every command would otherwise wait ~1.3 s for scikit-learn whether it matches or not
(the vacancy import's first title search imports it on its own thread, while the file is still being checked)."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer

CACHE_DIR: Path | None = None


def _fit(texts: list[str], settings: dict) -> tuple["TfidfVectorizer", object]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(**settings)
    return vectorizer, vectorizer.fit_transform(texts).T.tocsr()


def char_ngrams(texts: list[str], settings: dict, keep: bool = True) -> tuple["TfidfVectorizer", object]:
    """A TfidfVectorizer with `settings` fitted on `texts`, and the transposed matrix (n-grams x texts, CSR). Read from
    CACHE_DIR when this very index was fitted before, else fitted and written there (atomically: a reader never sees
    half a file). `keep=False` (an evaluation's index with held-out labels) fits without keeping."""
    if CACHE_DIR is None or not keep:
        return _fit(texts, settings)
    import numpy as np
    import sklearn

    digest = hashlib.sha256(f"{sorted(settings.items(), key=str)}|{sklearn.__version__}|{np.__version__}\n".encode())
    digest.update("\n".join(texts).encode())
    path = Path(CACHE_DIR) / f"ngrams-{digest.hexdigest()[:24]}.pickle"
    try:
        with path.open("rb") as handle:
            vectorizer, matrix = pickle.load(handle)  # noqa: S301 - the platform's own file, named by the digest of what it holds
        if matrix.shape[1] == len(texts):
            return vectorizer, matrix
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError, IndexError):
        pass  # missing, or not what it should be: fitted again below
    made = _fit(texts, settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".part", delete=False) as handle:
            pickle.dump(made, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        pass  # a read-only folder: fitted in each process, as before
    return made
