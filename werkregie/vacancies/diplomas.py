"""Writing help for diploma demands: for each diploma a vacancy asks for ("bachelor verpleegkunde", "diploma
elektricien", "A2 mechanica", "CAP boulanger", "bachelor's degree in accounting"), the ESCO competences it stands for
— the essential skills of the occupation the diploma leads to, found by the matching engine's title search — and a
rewording ("in plaats van 'diploma X': kunnen A, B, C"). The patterns that find a diploma's field of study, the words
that end a field and the fields whose occupation a title search does not reach by itself ("rechten" → jurist) are
data, in data/wording/<language>.json under "diploma_fields"; this module applies them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from django.utils import translation
from django.utils.translation import gettext as _

from . import wording

EXAMPLES = 4  # competences named per diploma
MIN_SCORE = 0.5  # a title search below this is no occupation the diploma leads to
# below this a title search is a weak hit ("bedrijfsbeheer" → museumdirecteur, 0.68): the vacancy's own occupation,
# when the employer has one, says more of what the diploma should prove
STRONG_SCORE = 0.8
FIELD_WORDS = 2  # a field of study is named in one or two words ("verpleegkunde", "toegepaste informatica")
TEACHING_ISCO = "23"
# what a diploma proves is first what is proper to the job, then to its sector; transversal skills say least about it
REUSE_ORDER = {"occupation-specific": 0, "sector-specific": 1, "cross-sector": 2, "transversal": 3}
  # a field of study also names its teachers ("docent verpleegkunde"): the diploma leads to the job itself


@dataclass(frozen=True)
class Demand:
    start: int
    end: int
    text: str
    field: str  # the field of study ("" when the demand names none: "bachelordiploma vereist")
    language: str


@dataclass(frozen=True)
class Fields:
    patterns: tuple[re.Pattern, ...]
    stop: frozenset[str]
    leads_to: dict[str, str]
    skip_leading: frozenset[str]  # level words before the field: "diploma secundair onderwijs logistiek"


@cache
def fields(language: str) -> Fields:
    import json

    data = json.loads((wording.DATA / f"{language}.json").read_text(encoding="utf-8")).get("diploma_fields", {})
    return Fields(tuple(re.compile(p, re.IGNORECASE) for p in data.get("patterns", [])), frozenset(w.lower() for w in data.get("stop", [])),
                  {k.lower(): v for k, v in data.get("leads_to", {}).items()}, frozenset(w.lower() for w in data.get("skip_leading", [])))


def _field(words: str, rules: Fields) -> str:
    """The field of study in the words after a diploma: level words first skipped ("secundair onderwijs"), then up to
    FIELD_WORDS words, up to a stop word."""
    found = re.split(r"[\s]+", words.strip())
    while found and found[0].lower().strip("-") in rules.skip_leading:
        found.pop(0)
    kept = []
    for word in found[:FIELD_WORDS]:
        if word.lower().strip("-") in rules.stop:
            break
        kept.append(word)
    return " ".join(kept)


def demands(text: str, language: str = "nl") -> list[Demand]:
    """Every diploma demand in `text`, in order: those that name a field of study (in the vacancy's language first, then
    the other two), and the plain ones of the wording rules ("bachelordiploma vereist") where no field demand covers them."""
    text = text or ""
    found: list[Demand] = []

    def free(start: int, end: int) -> bool:
        return not any(start < d.end and d.start < end for d in found)

    for lang in (language, *[x for x in wording.LANGUAGES if x != language]):
        rules = fields(lang)
        for pattern in rules.patterns:
            for m in pattern.finditer(text):
                field = _field(m.group("field"), rules)
                if not field or (lang != language and len(text[m.start():m.start("field")].split()) < 2):
                    continue  # in another language than the vacancy's, only a demand with a connector ("degree in"): not "master plan"
                end = m.start("field") + len(field)
                if free(m.start(), end):
                    found.append(Demand(m.start(), end, text[m.start():end], field, lang))
    for start, end, demand in wording.diploma_demands(text, language):
        if free(start, end):
            found.append(Demand(start, end, demand, "", language))
    return sorted(found, key=lambda d: d.start)


def occupation_for(field: str, language: str, own: str = "") -> str:
    """The ESCO occupation (URI) a diploma in `field` leads to: the one the rule file names for the field, else the title
    search's best (no teacher) when strong; a weak one only when the vacancy has no occupation of its own (`own`, which
    is then the answer); "" when none."""
    from werkregie.matching.engine.titles import default_index

    named = fields(language).leads_to.get(field.lower())
    [results] = default_index().search([named or field], language, 10)
    for result in results:
        if result.score >= MIN_SCORE and not (result.isco or "").startswith(TEACHING_ISCO):
            return result.uri if named or result.score >= STRONG_SCORE or not own else own
    return own


def competences(occupation_uri: str, language: str) -> list[dict]:
    """The first essential skills (not knowledge: "kunnen ...") of the occupation, those with a label in `language` first,
    then those proper to it, as the skill labels of the page."""
    from werkregie.matching import labels
    from werkregie.matching.platform import taxonomy

    tax = taxonomy()
    index = tax.occupation_index.get(occupation_uri)
    if index is None:
        return []
    skills = [tax.skills[s] for s in tax.occupations[index].essential]
    doing = [s for s in skills if s.type != "knowledge"] or skills
    doing.sort(key=lambda s: REUSE_ORDER.get(s.reuse, len(REUSE_ORDER)))  # stable: ESCO's order within each kind
    shown = [labels.skill(s.uri, language) for s in doing]
    shown.sort(key=lambda k: k["lang"] != language)  # stable: a label in another language only where too few have one
    return shown[:EXAMPLES]


def rewording(demand: str, skills: list[dict], language: str) -> str:
    """The proposed sentence, naming only the skills with a label in `language` (an English label inside a Dutch
    sentence reads as a mistake); "" when none has one."""
    own = [s["label"] for s in skills if s.get("lang", language) == language]
    if not own:
        return ""
    with translation.override(language):
        return _("in plaats van “%(demand)s”: kunnen %(skills)s") % {"demand": demand, "skills": ", ".join(own)}


def help_for(text: str, language: str, fallback: list[dict], own: str = "") -> list[dict]:
    """Per diploma demand: its span, the occupation the diploma leads to, the competences it stands for and a rewording.
    A demand without a field of study (or whose field leads to no occupation) gets `fallback`: the competences of the
    vacancy's own occupation (`own`, also preferred over a weak title search)."""
    from werkregie.matching import labels

    out = []
    for d in demands(text, language):
        occupation = occupation_for(d.field, d.language, own) if d.field else ""
        skills = competences(occupation, language) if occupation else fallback
        out.append({"start": d.start, "end": d.end, "text": d.text, "field": d.field,
                    "occupation": labels.occupation(occupation, language) if occupation else None,
                    "competences": [k["label"] for k in skills], "competence_skills": skills,
                    "rewording": rewording(d.text, skills, language)})
    return out
