"""Implied competences (issue 18 point 4): what a text implies beside what it names, from ESCO's own structure.

- An occupation named in the text (a phrase of one to four words that is one of its labels in the text's language or
  English: "lasser", "forklift operator", "magazijnmedewerker") implies its essential skills, and more weakly its
  optional ones; the span is the occupation's phrase. The labels are those of the title index, so a Dutch sentence
  reaches the essential skills that have English labels only.
- An occupation whose essential skills the named skills cover (two or more) implies its other essential skills.
- The skill hierarchy: a named skill implies its broader skill (ESCO's broaderRelationsSkillPillar), without span.

Implied skills are suggestions: their score (0–1) stays below the named ones' (exact label 1, near ≥ 0.8, by meaning
0.5–0.8) by construction, each carries `implied=True`, and the platform counts them for decisions with consequences
only once a person or counsellor confirms them (they are never stored by the extraction)."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache

import numpy as np
from scipy import sparse

from .taxonomy import DATA, Taxonomy
from .titles import TitleIndex

ESSENTIAL = 0.45  # an essential skill of an occupation named in the text
OPTIONAL = 0.25
COVERED = 0.35  # an essential skill of an occupation whose other essential skills the text names (× coverage)
BROADER = 0.3  # the broader skill of a named skill (× the named skill's score)
MAX_WORDS = 4


@lru_cache(maxsize=1)
def broader_skills(path=DATA) -> dict[str, str]:  # noqa: ANN001 - a Path
    """Skill URI → its broader skill's URI (skills only; groups and ISCED fields are not competences)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {child: parent for child, parent in json.load(handle)["broader_skill"] if "/skill/" in parent}


class Implier:
    def __init__(self, taxonomy: Taxonomy, titles: TitleIndex) -> None:
        self.taxonomy = taxonomy
        self.titles = titles
        rows = [o for o, occ in enumerate(taxonomy.occupations) for _s in occ.essential]
        cols = [s for occ in taxonomy.occupations for s in occ.essential]
        self.essential = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(taxonomy.occupations), len(taxonomy.skills)))
        self.sizes = np.asarray(self.essential.sum(axis=1)).ravel()
        parents = broader_skills()
        self.broader = {i: taxonomy.skill_index[parents[s.uri]] for i, s in enumerate(taxonomy.skills) if parents.get(s.uri) in taxonomy.skill_index}

    def occupations_named(self, words: list[tuple[str, int, int]], language: str) -> dict[int, tuple[float, int, int]]:
        """Occupation → (confidence, start, end) for each phrase that is one of its labels (the text's language or English)."""
        found: dict[int, tuple[float, int, int]] = {}
        for i in range(len(words)):
            phrase = ""
            for j in range(i, min(i + MAX_WORDS, len(words))):
                phrase = f"{phrase} {words[j][0]}".strip()
                for position in self.titles.exact.get(phrase, []):
                    code = self.titles.languages[position]
                    if code != language and code != "en":
                        continue
                    confidence = float(self.titles.weights[position]) * (1.0 if code == language else 0.97)
                    occupation = int(self.titles.owners[position])
                    if confidence > found.get(occupation, (0.0,))[0]:
                        found[occupation] = (confidence, words[i][1], words[j][2])
        return found

    def imply(self, words: list[tuple[str, int, int]], language: str, named: dict[int, float]) -> list[tuple[float, int, int, int]]:
        """(score, skill, start, end) for skills implied by the text; `named`: skill → score of those it names.
        start = end = -1 when the skill has no span of its own."""
        implied: dict[int, tuple[float, int, int]] = {}

        def offer(skill: int, score: float, start: int, end: int) -> None:
            if skill not in named and score > implied.get(skill, (0.0,))[0]:
                implied[skill] = (round(score, 4), start, end)

        for occupation, (confidence, start, end) in self.occupations_named(words, language).items():
            for skill in self.taxonomy.occupations[occupation].essential:
                offer(skill, ESSENTIAL * confidence, start, end)
            for skill in self.taxonomy.occupations[occupation].optional:
                offer(skill, OPTIONAL * confidence, start, end)
        if len(named) >= 2:
            vector = np.zeros(len(self.taxonomy.skills), dtype=np.float32)
            vector[list(named)] = 1.0
            overlap = self.essential @ vector
            for occupation in np.flatnonzero(overlap >= 2):
                coverage = float(overlap[occupation] / self.sizes[occupation])
                for skill in self.taxonomy.occupations[occupation].essential:
                    offer(skill, COVERED * min(1.0, 2 * coverage), -1, -1)
        for skill, score in named.items():
            if skill in self.broader:
                offer(self.broader[skill], BROADER * score, -1, -1)
        return [(score, skill, start, end) for skill, (score, start, end) in implied.items()]


@lru_cache(maxsize=1)
def default_implier() -> Implier:
    from .taxonomy import load
    from .titles import default_index

    return Implier(load(), default_index())
