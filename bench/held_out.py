"""Shared by the quality benchmarks: what a held-out sample removes from the indexes, and how ranks are summarised."""

from __future__ import annotations

from werkregie.matching.engine.titles import normalise


def exclusions(queries: dict[str, list[tuple[int, str]]]) -> tuple[set[tuple[int, str]], dict[int, list[str]]]:
    """(concept, normalised label) pairs for the lexical index, and concept → label texts for the semantic one."""
    exclude = {(i, normalise(label)) for pairs in queries.values() for i, label in pairs}
    texts: dict[int, list[str]] = {}
    for pairs in queries.values():
        for i, label in pairs:
            texts.setdefault(i, []).append(label)
    return exclude, texts


def summary(ranks: list[int | None], seconds: float) -> dict:
    """MRR@10 and recall@k from the rank of the right answer in each top-10 (None: not in it)."""
    n = len(ranks)
    return {"queries": n, "mrr@10": round(sum(1 / r for r in ranks if r) / n, 4), "recall@1": round(sum(r == 1 for r in ranks) / n, 4),
            "recall@5": round(sum(1 for r in ranks if r and r <= 5) / n, 4), "recall@10": round(sum(1 for r in ranks if r) / n, 4),
            "ms_per_query": round(1000 * seconds / n, 2)}
