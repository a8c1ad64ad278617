"""Quality of job-title normalisation on labels the index has never seen: for each language, alternative labels of
ESCO occupations are drawn at random (seeded), removed from the index (in every language, for that occupation),
and used as queries; the answer is right when it ranks the labels' own occupation. Prints MRR and recall@k as JSON.

This is honest evaluation data built from public material; it is not a benchmark the engine was tuned on (the
weights in werkregie/matching/engine/titles.py were set by reasoning, before this ran).
Run: .venv/bin/python bench/matching_quality.py [--per-language 1500]
"""

from __future__ import annotations

import argparse
import json
import random
import time

from werkregie.matching.engine.taxonomy import LANGUAGES, load
from werkregie.matching.engine.titles import TitleIndex, normalise


def held_out(per_language: int, seed: int = 20261127) -> dict[str, list[tuple[int, str]]]:
    taxonomy = load()
    rng = random.Random(seed)
    chosen = {}
    for language in LANGUAGES:
        candidates = [(i, label) for i, o in enumerate(taxonomy.occupations) for label in o.labels.get(language, [])[1:]
                      if len(normalise(label)) >= 3]
        chosen[language] = rng.sample(candidates, min(per_language, len(candidates)))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-language", type=int, default=1500)
    args = parser.parse_args()
    queries = held_out(args.per_language)
    exclude = {(i, normalise(label)) for pairs in queries.values() for i, label in pairs}
    started = time.perf_counter()
    index = TitleIndex(load(), exclude=exclude)
    built = time.perf_counter() - started
    report = {"index_seconds": round(built, 1), "held_out_labels": len(exclude)}
    for language, pairs in queries.items():
        started = time.perf_counter()
        results = index.search([label for _i, label in pairs], language, top=10)
        seconds = time.perf_counter() - started
        taxonomy = index.taxonomy
        ranks = []
        for (target, _label), found in zip(pairs, results):
            uris = [r.uri for r in found]
            uri = taxonomy.occupations[target].uri
            ranks.append(uris.index(uri) + 1 if uri in uris else None)
        n = len(ranks)
        report[language] = {
            "queries": n, "mrr@10": round(sum(1 / r for r in ranks if r) / n, 4),
            "recall@1": round(sum(1 for r in ranks if r == 1) / n, 4), "recall@5": round(sum(1 for r in ranks if r and r <= 5) / n, 4),
            "recall@10": round(sum(1 for r in ranks if r) / n, 4), "ms_per_title": round(1000 * seconds / n, 2),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
