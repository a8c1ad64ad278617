"""Quality of competence extraction on labels the indexes have never seen. Each query is a sentence that mentions
one ESCO skill by a label removed from both indexes (the lexical one and, with any near-identical vector, the
semantic one); the answer is right when the extracted skills rank that skill.

- en: 1,000 random English alternative labels ("I have experience with {label}.").
- nl: 1,000 random Dutch labels ("Ik heb ervaring met {label}."): with its Dutch label gone, the skill can be reached
  only through its English label or by meaning, which is exactly the case of the 60% of skills without a Dutch label.
- fr: 1,000 random French labels ("J'ai de l'expérience en {label}."), likewise.

Nothing was tuned on these sentences; the thresholds in skills.py were set on a handful of hand-written clauses.
Prints MRR@10 and recall@k as JSON. Run: .venv/bin/python bench/skills_quality.py [--per-language 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import time

from held_out import exclusions, summary

from werkregie.matching.engine import skills as skills_module
from werkregie.matching.engine.skills import SkillIndex
from werkregie.matching.engine.taxonomy import load
from werkregie.matching.engine.titles import normalise

# sentences of a CV that name no competence: what the extraction finds here is noise
NO_SKILL = {
    "nl": ["Mijn naam is Jan en ik woon in Gent.", "Ik ben geboren in 1990.", "Referenties op aanvraag.", "Ik heb twee kinderen en een hond.",
           "Beschikbaar vanaf maandag.", "Adres: Kerkstraat 5, 9000 Gent.", "Ik zoek een nieuwe uitdaging.", "Het weer was mooi gisteren.",
           "Ik hou van wandelen in het weekend.", "Telefoonnummer op de eerste pagina."],
    "fr": ["Je m'appelle Marie et j'habite à Liège.", "Je suis né en 1988.", "Références sur demande.", "J'ai deux enfants et un chien.",
           "Disponible à partir de lundi.", "Adresse : rue de l'Église 5, 4000 Liège.", "Je cherche un nouveau défi.", "Il faisait beau hier.",
           "J'aime me promener le week-end.", "Numéro de téléphone en première page."],
    "en": ["My name is John and I live in Ghent.", "I was born in 1990.", "References available on request.", "I have two children and a dog.",
           "Available from Monday.", "Address: Church Street 5, Ghent.", "I am looking for a new challenge.", "The weather was nice yesterday.",
           "I like walking at the weekend.", "Phone number on the first page."],
}
TEMPLATES = {"en": "I have experience with {}.", "nl": "Ik heb ervaring met {}.", "fr": "J'ai de l'expérience en {}."}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-language", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--lexical-only", action="store_true")
    parser.add_argument("--thresholds", default="", help="comma-separated semantic thresholds to compare (development only)")
    args = parser.parse_args()
    taxonomy = load()
    rng = random.Random(args.seed)
    queries: dict[str, list[tuple[int, str]]] = {}
    english = [(i, label) for i, s in enumerate(taxonomy.skills) for label in s.labels.get("en", [])[1:] if len(normalise(label)) >= 4]
    queries["en"] = rng.sample(english, args.per_language)
    for language in ("nl", "fr"):
        pool = [(i, s.labels[language][0]) for i, s in enumerate(taxonomy.skills) if s.labels.get(language)]
        queries[language] = rng.sample(pool, min(args.per_language, len(pool)))
    exclude, exclude_texts = exclusions(queries)
    index = SkillIndex(taxonomy, exclude=exclude, exclude_texts=exclude_texts)
    if args.thresholds:
        for threshold in [float(t) for t in args.thresholds.split(",")]:
            skills_module.SEMANTIC_THRESHOLD = threshold
            print(json.dumps({"threshold": threshold, **evaluate(index, queries, taxonomy, args.lexical_only)}))
        return
    report = {"seed": args.seed, "semantic": not args.lexical_only, "threshold": skills_module.SEMANTIC_THRESHOLD,
              **evaluate(index, queries, taxonomy, args.lexical_only)}
    print(json.dumps(report, indent=2))


def evaluate(index: SkillIndex, queries: dict, taxonomy, lexical_only: bool) -> dict:  # noqa: ANN001
    report = {}
    for language, pairs in queries.items():
        started = time.perf_counter()
        ranks = []
        for skill, label in pairs:
            found = index.extract(TEMPLATES[language].format(label), language, top=10, use_semantic=not lexical_only)
            ordered = [taxonomy.skill_index[f.uri] for f in sorted(found, key=lambda f: -f.score)]
            ranks.append(ordered.index(skill) + 1 if skill in ordered else None)
        seconds = time.perf_counter() - started
        report[language] = summary(ranks, seconds) | {
            "noise_per_sentence": round(sum(len(index.extract(t, language, 10, use_semantic=not lexical_only)) for t in NO_SKILL[language])
                                        / len(NO_SKILL[language]), 2)}
    return report


if __name__ == "__main__":
    main()
