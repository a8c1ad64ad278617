"""Build the compressed ESCO extract that werkregie ships (werkregie/matching/data/esco-v1.1.1.json.gz) from the
staged official exports in ../shared/data/esco (see its SOURCE.md). Run once when the ESCO version changes:

    python scripts/build_esco.py [--source ../shared/data/esco]

Kept: occupations (ISCO group, code, preferred/alternative/hidden labels in en, nl, fr), skills and knowledge (type,
reuse level, labels: English complete, Dutch preferred labels where the Belgian mapping gives them, French where a
collection gives them), occupation-skill relations (essential/optional), and the broader relations of both pillars.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "werkregie" / "matching" / "data" / "esco-v1.1.1.json.gz"


def _rows(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _labels(row: dict) -> list[str]:
    """Preferred label first, then the alternative labels, without duplicates."""
    values = [row.get("preferredLabel", "")] + (row.get("altLabels") or "").split("\n")
    return [v for v in dict.fromkeys(v.strip() for v in values) if v]


def _hidden(row: dict) -> list[str]:
    return [v for v in dict.fromkeys(v.strip() for v in (row.get("hiddenLabels") or "").split("\n")) if v]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", default=str(ROOT.parent / "shared" / "data" / "esco"))
    source = Path(parser.parse_args().source)
    occupations: dict[str, dict] = {}
    for row in _rows(source / "en_v1.1.1" / "occupations_en.csv"):
        occupations[row["conceptUri"]] = {"isco": row["iscoGroup"], "code": row["code"], "labels": {"en": _labels(row)}, "hidden": {"en": _hidden(row)}}
    for language in ("nl", "fr"):
        for row in _rows(source / f"{language}_v1.1.1" / f"occupations_{language}.csv"):
            if row["conceptUri"] in occupations:
                occupations[row["conceptUri"]]["labels"][language] = _labels(row)
                occupations[row["conceptUri"]]["hidden"][language] = _hidden(row)
    skills: dict[str, dict] = {}
    for row in _rows(source / "en_v1.1.1" / "skills_en.csv"):
        skills[row["conceptUri"]] = {"type": row["skillType"], "reuse": row["reuseLevel"], "labels": {"en": _labels(row)}}
    for row in _rows(source / "nl_skills_partial" / "esco_skill_labels_nl_partial.csv"):
        if row["esco_skill_uri"] in skills and row["preferred_label_nl"].strip():
            skills[row["esco_skill_uri"]]["labels"]["nl"] = [row["preferred_label_nl"].strip()]
    for path in sorted((source / "fr_v1.1.1").glob("*SkillsCollection_fr.csv")):
        for row in _rows(path):
            if row["conceptUri"] in skills:
                skills[row["conceptUri"]]["labels"]["fr"] = _labels(row)
    relations = [[r["occupationUri"], r["skillUri"], r["relationType"] == "essential"]
                 for r in _rows(source / "relations_v1.1.1" / "occupationSkillRelations.csv.gz")
                 if r["occupationUri"] in occupations and r["skillUri"] in skills]
    broader_occupation = {r["conceptUri"]: r["broaderUri"] for r in _rows(source / "relations_v1.1.1" / "broaderRelationsOccPillar.csv")
                          if r["conceptType"] == "Occupation"}
    broader_skill = [[r["conceptUri"], r["broaderUri"]] for r in _rows(source / "relations_v1.1.1" / "broaderRelationsSkillPillar.csv")]
    isco = {}
    for language in ("en", "nl", "fr"):
        folder = "nl_v1.2.0" if language == "nl" else f"{language}_v1.1.1"
        for row in _rows(source / folder / f"ISCOGroups_{language}.csv"):
            isco.setdefault(row["code"], {})[language] = row["preferredLabel"]
    data = {"esco_version": "1.1.1", "source": "ESCO classification of the European Commission (see ATTRIBUTION.md)",
            "occupations": occupations, "skills": skills, "relations": relations, "broader_occupation": broader_occupation,
            "broader_skill": broader_skill, "isco_groups": isco}
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUTPUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
    print(json.dumps({"occupations": len(occupations), "skills": len(skills), "relations": len(relations),
                      "skills_with_nl": sum("nl" in s["labels"] for s in skills.values()),
                      "skills_with_fr": sum("fr" in s["labels"] for s in skills.values()), "bytes": OUTPUT.stat().st_size}))


if __name__ == "__main__":
    main()
