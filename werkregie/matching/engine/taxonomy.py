"""The ESCO taxonomy as shipped (data/esco-v1.1.1.json.gz): occupations, skills, relations, hierarchies.

Loaded once per process (about a second); plain Python, no database. A few preferred labels that ESCO gets wrong
(a Dutch label that is the English one: "ict network administrator") are corrected on load from
data/esco-v1.1.1-corrections.json, each with its reason; the extract itself stays as ESCO published it."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "esco-v1.1.1.json.gz"
CORRECTIONS = DATA.with_name("esco-v1.1.1-corrections.json")
LANGUAGES = ("nl", "fr", "en")


def preferred(labels: dict[str, list[str]], language: str, fallback: str) -> str:
    """The preferred label in `language`, else in Dutch (VDAB's labels), English or French: the reader's language first,
    then the platform's, then ESCO's complete one (Dutch and French skill labels are partial)."""
    for code in fallback_order(language):
        if labels.get(code):
            return labels[code][0]
    return fallback


def label_language(labels: dict[str, list[str]], language: str) -> str:
    """The language `preferred` answers in (pages mark an English label in a Dutch page with lang="en")."""
    return next((code for code in fallback_order(language) if labels.get(code)), language)


@lru_cache(maxsize=8)
def fallback_order(language: str) -> tuple[str, ...]:
    """The reader's language → Dutch (VDAB-style) → English → French (issue 16, point 7)."""
    return tuple(dict.fromkeys((language, "nl", "en", "fr")))


@dataclass
class Occupation:
    uri: str
    isco: str
    code: str
    labels: dict[str, list[str]]  # language -> [preferred, alternatives...]
    hidden: dict[str, list[str]]
    essential: list[int] = field(default_factory=list)  # skill indexes
    optional: list[int] = field(default_factory=list)

    def label(self, language: str = "nl") -> str:
        return preferred(self.labels, language, self.uri)


@dataclass
class Skill:
    uri: str
    type: str
    reuse: str
    labels: dict[str, list[str]]

    def label(self, language: str = "nl") -> str:
        return preferred(self.labels, language, self.uri)


@dataclass
class Taxonomy:
    version: str
    occupations: list[Occupation]
    skills: list[Skill]
    occupation_index: dict[str, int]
    skill_index: dict[str, int]
    broader_occupation: dict[str, str]
    isco_groups: dict[str, dict[str, str]]


def read_corrections(path: Path = CORRECTIONS) -> list[dict]:
    """[{uri, kind ("occupation" or "skill"), language, was, label, reason}, …]: see the file's "about"."""
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)["corrections"]


def apply_corrections(raw: dict, corrections: list[dict]) -> list[dict]:
    """Give each corrected concept its preferred label, the replaced one kept as the first alternative (a search for
    it still finds the concept). A correction applies only while the extract still says what it corrects (`was`): a
    later ESCO extract that changed the label wins. Returns the corrections applied."""
    applied = []
    for correction in corrections:
        concept = raw[f"{correction['kind']}s"].get(correction["uri"])
        labels = concept["labels"].get(correction["language"], []) if concept else []
        if not labels or labels[0] != correction["was"]:
            continue
        rest = [label for label in labels if label not in (correction["label"], correction["was"])]
        concept["labels"][correction["language"]] = [correction["label"], correction["was"], *rest]
        applied.append(correction)
    return applied


@lru_cache(maxsize=1)
def load(path: Path = DATA, corrections: Path = CORRECTIONS) -> Taxonomy:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        raw = json.load(handle)
    apply_corrections(raw, read_corrections(corrections))
    occupations = [Occupation(uri, o["isco"], o["code"], o["labels"], o.get("hidden", {})) for uri, o in raw["occupations"].items()]
    skills = [Skill(uri, s["type"], s["reuse"], s["labels"]) for uri, s in raw["skills"].items()]
    occupation_index = {o.uri: i for i, o in enumerate(occupations)}
    skill_index = {s.uri: i for i, s in enumerate(skills)}
    for occupation_uri, skill_uri, essential in raw["relations"]:
        target = occupations[occupation_index[occupation_uri]]
        (target.essential if essential else target.optional).append(skill_index[skill_uri])
    return Taxonomy(raw["esco_version"], occupations, skills, occupation_index, skill_index, raw["broader_occupation"], raw["isco_groups"])
