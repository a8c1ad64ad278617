"""Build werkregie/matching/data/esco-v1.1.1-gloss.json.gz: the Dutch→English and French→English word glosses learnt
from the shipped ESCO taxonomy's parallel labels (werkregie/matching/engine/gloss.py). Offline, deterministic.

Run: .venv/bin/python scripts/build_gloss.py"""

from __future__ import annotations

import gzip
import json

from werkregie.matching.engine.gloss import SHIPPED, build
from werkregie.matching.engine.taxonomy import load


def main() -> None:
    data = build(load())
    with gzip.open(SHIPPED, "wt", encoding="utf-8", compresslevel=9) as handle:
        json.dump(data, handle, ensure_ascii=False, sort_keys=True)
    print(SHIPPED, {code: len(words) for code, words in data["words"].items()})


if __name__ == "__main__":
    main()
