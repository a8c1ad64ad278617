"""Issue 18 point 6: vacancy titles as typed in real ads (bench/data/titles_vacancies.py, 25 per language, hand-made
from the usual shapes of Belgian job-board titles) → ESCO occupation. MRR@10 and recall@1 per language, with the
title cleaning (engine/title_clean.py) off and on. A small development set, not a held-out benchmark.

Run: .venv/bin/python bench/titles_vacancies.py [--no-write]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
import resultfile  # noqa: E402 - bench/resultfile.py, beside this script
from titles_vacancies import TITLES  # noqa: E402
from titles_vacancies_wide import TITLES as WIDE  # noqa: E402

from werkregie.matching.engine.taxonomy import load  # noqa: E402
from werkregie.matching.engine.titles import default_index  # noqa: E402

# name → (language, titles): the first 25 per language, and the wider set of stop 45 (80 per language across sectors,
# written by a helper who did not run the engine)
SETS = {**{code: (code, TITLES[code]) for code in ("nl", "fr", "en")}, **{f"{code}-wide": (code, WIDE[code]) for code in ("nl", "fr", "en")}}


def measure(clean: bool) -> dict:
    taxonomy, index = load(), default_index()
    gold_of = {o.labels["en"][0]: o.uri for o in taxonomy.occupations}
    figures = {}
    for name, (language, rows) in SETS.items():
        results = index.search([q for q, _g in rows], language, top=10, clean=clean)
        ranks = [next((r + 1 for r, found in enumerate(res) if found.uri == gold_of[g]), None) for (_q, g), res in zip(rows, results)]
        figures[name] = {"titles": len(rows), "mrr10": round(sum(1 / r for r in ranks if r) / len(rows), 3),
                             "recall1": round(sum(r == 1 for r in ranks) / len(rows), 3), "recall10": round(sum(bool(r) for r in ranks) / len(rows), 3)}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    started = resultfile.machine()
    out = {"raw": measure(False), "cleaned": measure(True)}
    print(out)
    if not args.no_write:
        rows = [{"what": f"vacancy titles ({lang}, {out['cleaned'][lang]['titles']} hand-made): MRR@10 raw → cleaned", "target": "fr, en ≥ nl",
                 "measured": f"{out['raw'][lang]['mrr10']} → {out['cleaned'][lang]['mrr10']}"} for lang in SETS]
        print(resultfile.write("titles-vacancies", out, rows, started=started))


if __name__ == "__main__":
    main()
