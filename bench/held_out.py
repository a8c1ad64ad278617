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


def honest_gloss(taxonomy, held: set[int]) -> None:  # noqa: ANN001
    """Re-learn the Dutch and French gloss (matching/engine/gloss.py) without the held-out skills' labels, so that a
    held-out Dutch label cannot be reached through a word pair learnt from that very label (the shipped gloss is
    learnt from every concept labelled in both languages)."""
    from types import SimpleNamespace

    from werkregie.matching.engine import gloss
    from werkregie.matching.engine.skills import STOP

    view = SimpleNamespace(skills=[s for i, s in enumerate(taxonomy.skills) if i not in held], occupations=taxonomy.occupations,
                           version=taxonomy.version)
    learnt = {code: gloss.Glossary(code, gloss.learn(view, code, STOP[code])) for code in ("nl", "fr")}
    gloss.glossary.cache_clear()
    gloss.glossary = lambda code: learnt[code]
