"""Issue 18 points 4 and 5: hand-written Dutch and English CV/vacancy sentences (bench/data/skills_implied.py) whose
skills are implied or have English labels only. Recall@5 and recall@10 (share of gold skills among the first K) as
before (named skills only), with the Dutch text's English gloss (gloss.py), and with the implied skills added. A small
development set, not a held-out benchmark.

Run: .venv/bin/python bench/skills_implied.py [--no-write]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
import resultfile  # noqa: E402 - bench/resultfile.py, beside this script
from skills_implied import SENTENCES  # noqa: E402
from skills_implied_wide import SENTENCES as WIDE  # noqa: E402

from werkregie.matching.engine import ranking  # noqa: E402
from werkregie.matching.engine.skills import default_skill_index  # noqa: E402
from werkregie.matching.engine.taxonomy import load  # noqa: E402

# name → (language, sentences): the first small sets, and the wider English one of stop 45 (60 job-ad lines across sectors)
SETS = {"nl": ("nl", SENTENCES["nl"]), "en": ("en", SENTENCES["en"]), "en-wide": ("en", WIDE["en"])}
TFIDF_ONLY = (0.0, 0.0, 0.0, 1.0, 0.0)  # the character n-gram TF-IDF cosine of a clause with the labels, alone: the baseline


def _recall(found_for) -> dict:  # noqa: ANN001 - (text, language) → the URIs found, best first
    taxonomy = load()
    uri = {s.labels["en"][0]: s.uri for s in taxonomy.skills}
    figures = {}
    for name, (language, rows) in SETS.items():
        hits = {5: 0, 10: 0}
        gold_count = sum(len(g) for _t, g in rows)
        started = time.perf_counter()
        for text, gold in rows:
            found = found_for(text, language)
            for k in hits:
                hits[k] += sum(uri[g] in found[:k] for g in gold)
        figures[name] = {"sentences": len(rows), "gold": gold_count, "recall5": round(hits[5] / gold_count, 3),
                             "recall10": round(hits[10] / gold_count, 3), "ms_per_sentence": round(1000 * (time.perf_counter() - started) / len(rows), 1)}
    return figures


def measure(implied: bool, glossed: bool) -> dict:
    """The extraction (what the platform stores or suggests), with or without the gloss and the implied skills."""
    index = default_skill_index()
    return _recall(lambda text, language: [f.uri for f in index.extract(text, language, top=10, implied=implied, glossed=glossed)])


def measure_ranked(coefficients: tuple[float, ...]) -> dict:
    """The ranking (`match skills --top K`, ranking.py) with `coefficients`: the shipped ones, or a single signal's."""
    index = default_skill_index()

    def found_for(text: str, language: str) -> list[str]:
        _text, pool = ranking.candidates(index, text, language)
        ordered = sorted(pool, key=lambda c: (-ranking.probability(c, coefficients), c.skill))[:10]
        return [index.taxonomy.skills[c.skill].uri for c in ordered]

    return _recall(found_for)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    started = resultfile.machine()
    default_skill_index().extract("warm up", "nl", implied=True)
    out = {"named": measure(False, False), "glossed": measure(False, True), "with_implied": measure(True, True),
           "tfidf_baseline": measure_ranked(TFIDF_ONLY), "ranked": measure_ranked(ranking.COEFFICIENTS)}
    print(out)
    if not args.no_write:
        rows = [{"what": f"skills in hand-written {lang} sentences ({out['named'][lang]['gold']} gold{', English-only' if lang == 'nl' else ', implied or named'}): "
                         "recall@10 before → Dutch gloss → gloss and implied → ranked (`match skills --top 10`); TF-IDF baseline "
                         f"recall@5 {out['tfidf_baseline'][lang]['recall5']}, ranked recall@5 {out['ranked'][lang]['recall5']}", "target": "≥ 0.50",
                 "measured": " → ".join(str(out[k][lang]["recall10"]) for k in ("named", "glossed", "with_implied", "ranked"))} for lang in SETS]
        print(resultfile.write("skills-implied", out, rows, started=started))


if __name__ == "__main__":
    main()
