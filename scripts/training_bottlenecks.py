"""Build werkregie/training/data/knelpuntberoepen.csv from the transcribed VDAB list (../shared/data/stats/
knelpuntberoepen_vdab_published.csv): the published rows, each with the ESCO occupation the matching's title search
finds for its Dutch name (best hit, with its score, so that a reader can judge the link). Run once; the result is
shipped. Usage: .venv/bin/python scripts/training_bottlenecks.py [SOURCE_CSV]"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from werkregie.matching.engine.taxonomy import load  # noqa: E402
from werkregie.matching.engine.titles import TitleIndex  # noqa: E402

SOURCE = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "stats" / "knelpuntberoepen_vdab_published.csv"
TARGET = ROOT / "werkregie" / "training" / "data" / "knelpuntberoepen.csv"


def main() -> None:
    rows = list(csv.DictReader(SOURCE.open(encoding="utf-8")))
    index = TitleIndex(load(), use_semantic=False)
    names = [" ".join(r["occupation_nl"].split()) for r in rows]
    hits = index.search(names, "nl", top=1)
    with TARGET.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["year", "list_total", "list_type", "rank", "occupation_nl", "esco_uri", "esco_label_nl", "match_score", "source_url"])
        for row, name, hit in zip(rows, names, hits):
            best = hit[0] if hit else None
            writer.writerow([row["year"], row["list_total"], row["list_type"], row["rank"], name, best.uri if best else "",
                             best.label if best else "", f"{best.score:.2f}" if best else "", row["source_url"]])
    print(f"{len(rows)} rows written to {TARGET}")


if __name__ == "__main__":
    main()
