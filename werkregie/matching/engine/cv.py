"""The competences a CV or free text puts on a person's profile: the extraction (skills.py) read for precision.

The extraction proposes much (walk of issue 16: three sentences about forklift work gave 50 competences, among them
"analyse supply chain strategies", "climb on railcars", "kranen bedienen" and "zware vrachtwagens manoeuvreren"). A
profile takes only what the text evidences strongly:

- a skill named literally (Found.literal: a label as written, or within LITERAL of one by its letters);
- a skill named by resemblance, meaning or a translation when the evidence is strong on its own (score ≥ STRONG:
  above a gloss of loose words, GLOSS_WEIGHT 0.9, and above the meaning scores seen on unrelated skills, which reach
  0.62 on a forklift CV: "kraanbelasting vaststellen", "veilig met namaakwapens werken"), or when it is a skill of an
  occupation the text names ("heftruckchauffeur" → "heftrucks bedienen" at 0.58: the occupation confirms the meaning);
- a skill the text says in its own words — a clause close in meaning to one of its labels — with a calibrated
  probability (ranking.py, issue 18 point 4) of at least SAID_FLOOR, as a suggestion ("ik verzorg wonden" → wound
  care: until stop 45 a nurse's CV yielded nothing, and a warehouse worker's only what its job title implies);
- what the named occupations imply as essential skills (implied.ESSENTIAL tier), as suggestions;

at most MAX_SKILLS, by confidence (named literally, then named, then said in other words, then implied, each by score)."""

from __future__ import annotations

from dataclasses import replace

from .ranking import rank
from .skills import WORD, Found, SkillIndex
from .titles import normalise

STRONG = 0.92
# On the development sentences (bench/skills_implied.py) the best probability on sentences naming no skill averaged
# 0.02–0.03 and on those naming one 0.2–0.39; on a whole CV the probabilities are lower (its clauses compete)
SAID_FLOOR = 0.1
IMPLIED_FLOOR = 0.4  # the essential skills of a named occupation (implied.ESSENTIAL × confidence); optional ones (0.25) stay out
MAX_SKILLS = 15


def occupation_skills(index: SkillIndex, text: str, language: str) -> set[str]:
    """The essential and optional skills (URIs) of the occupations the text names."""
    from .implied import default_implier

    implier = default_implier()
    words = [(normalise(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]
    skills = index.taxonomy.skills
    found: set[str] = set()
    for occupation in implier.occupations_named([w for w in words if w[0]], language):
        item = index.taxonomy.occupations[occupation]
        found.update(skills[s].uri for s in (*item.essential, *item.optional))
    return found


def profile_skills(index: SkillIndex, text: str, language: str, limit: int = MAX_SKILLS) -> list[Found]:
    found = index.extract(text, language, top=80, implied=True)
    coherent = occupation_skills(index, text, language)
    literal = [f for f in found if not f.implied and f.literal]
    named = [f for f in found if not f.implied and not f.literal and (f.score >= STRONG or f.uri in coherent)]
    implied = [f for f in found if f.implied and f.score >= IMPLIED_FLOOR]
    taken = {f.uri for f in (*literal, *named)}
    # said by meaning only: a near name below STRONG stays out here as above ("inventaris bijhouden" is not "inventaris
    # van een vaartuig bijhouden", walk of issue 16), so a candidate whose evidence is a naming phrase is left out
    said = [replace(f, literal=False) for f in rank(index, text, language, top=limit, said_by_meaning=True)
            if not f.implied and f.score >= SAID_FLOOR and f.uri not in taken]
    taken |= {f.uri for f in said}
    ranked = [*sorted(literal, key=lambda f: -f.score), *sorted(named, key=lambda f: -f.score), *said,
              *sorted((f for f in implied if f.uri not in taken), key=lambda f: -f.score)]
    return ranked[:limit]
