"""Fit the coefficients of the skill ranking (werkregie/matching/engine/ranking.py, issue 18 point 4) on a development
set: the hand-written job-ad sentences of bench/data/skills_rank_dev.py and template sentences naming ESCO skills by
labels held out of every index (and of the gloss), 150 per language, seed 7 (the benchmarks use other seeds and
other sentences). Each candidate skill a text brings up is one case (its four signals; 1 when it is a gold skill),
weighted so that the job-ad sentences and the template sentences count the same in total (templates only ever name
their skill; job ads also imply them). A logistic regression (L2, C = 1) gives the intercept and the weights, printed for ranking.COEFFICIENTS, with the share
of gold skills in the top 5 and 10 on the development set under the fitted and the shipped coefficients.

Run: .venv/bin/python bench/skills_rank_fit.py"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
from held_out import exclusions, honest_gloss  # noqa: E402
from skills_rank_dev import SENTENCES  # noqa: E402

from werkregie.matching.engine import ranking  # noqa: E402
from werkregie.matching.engine.skills import SkillIndex  # noqa: E402
from werkregie.matching.engine.taxonomy import load  # noqa: E402

TEMPLATES = {"en": "I have experience with {}.", "nl": "Ik heb ervaring met {}.", "fr": "J'ai de l'expérience en {}."}


def development_set(taxonomy, per_language: int = 150, seed: int = 7) -> tuple[list[tuple[str, str, set[int]]], dict]:  # noqa: ANN001
    rng = random.Random(seed)
    uri = {s.labels["en"][0]: i for i, s in enumerate(taxonomy.skills)}
    texts = [(language, text, {uri[g] for g in gold}) for language, rows in SENTENCES.items() for text, gold in rows]
    queries = {}
    for language in ("nl", "fr", "en"):
        position = 0 if language != "en" else 1  # English: an alternative label (the preferred one stays)
        pool = [(i, s.labels[language][position]) for i, s in enumerate(taxonomy.skills) if len(s.labels.get(language, [])) > position]
        queries[language] = rng.sample(pool, per_language)
        texts += [(language, TEMPLATES[language].format(label), {i}) for i, label in queries[language]]
    return texts, queries


def cases(index: SkillIndex, texts: list[tuple[str, str, set[int]]]) -> tuple[np.ndarray, np.ndarray, list]:
    rows, labels, groups = [], [], []
    for number, (language, text, gold) in enumerate(texts):
        _text, pool = ranking.candidates(index, text, language)
        for candidate in pool:
            rows.append(candidate.vector())
            labels.append(int(candidate.skill in gold))
            groups.append((number, candidate.skill))
    return np.array(rows, dtype=np.float64), np.array(labels), groups


def recall(texts: list, x: np.ndarray, groups: list, coefficients: tuple[float, ...], k: int) -> float:
    z = coefficients[0] + x @ np.array(coefficients[1:])
    by_text: dict[int, list[tuple[float, int]]] = {}
    for (number, skill), score in zip(groups, z):
        by_text.setdefault(number, []).append((score, skill))
    hits = total = 0
    for number, (_language, _text, gold) in enumerate(texts):
        top = {skill for _s, skill in sorted(by_text.get(number, []), key=lambda t: (-t[0], t[1]))[:k]}
        hits += len(gold & top)
        total += len(gold)
    return round(hits / total, 3)


def main() -> None:
    taxonomy = load()
    texts, queries = development_set(taxonomy)
    exclude, exclude_texts = exclusions(queries)
    honest_gloss(taxonomy, {i for pairs in queries.values() for i, _label in pairs})
    index = SkillIndex(taxonomy, exclude=exclude, exclude_texts=exclude_texts)
    x, y, groups = cases(index, texts)
    job_ads = sum(len(rows) for rows in SENTENCES.values())  # the first texts; the templates follow
    weight = np.array([(len(texts) - job_ads) / job_ads if number < job_ads else 1.0 for number, _skill in groups])
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x, y, sample_weight=weight)
    fitted = (round(float(model.intercept_[0]), 2), *(round(float(w), 2) for w in model.coef_[0]))
    print(f"{len(texts)} texts, {len(y)} candidates, {int(y.sum())} gold among them")
    print("COEFFICIENTS =", fitted, " # intercept,", ", ".join(ranking.FEATURES))
    for name, coefficients in (("fitted", fitted), ("shipped", ranking.COEFFICIENTS)):
        print(name, {f"recall@{k}": recall(texts, x, groups, coefficients, k) for k in (5, 10)})


if __name__ == "__main__":
    main()
