"""The check for vacancy wording that may discriminate (age, sex, origin, disability, family situation) in Dutch,
French and English, and the spotting of diploma demands that could be competences. The rules are data, one file per
language in data/wording/<language>.json (pattern, ground, neutral rewording); this module only applies them.
Plain Python, no Django models."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

DATA = Path(__file__).resolve().parent / "data" / "wording"
LANGUAGES = ("nl", "fr", "en")
GROUNDS = {"age": _("leeftijd"), "sex": _("geslacht"), "origin": _("afkomst of nationaliteit"), "disability": _("handicap of gezondheid"),
           "family": _("gezinssituatie"), "religion": _("geloof of levensbeschouwing")}
# A rule file may name parts shared by several patterns under "parts" (an age in figures or in words, a year of birth);
# a pattern uses one as {{name}}.
_PART = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    ground: str
    rewording: str

    @property
    def ground_label(self) -> str:
        return str(GROUNDS[self.ground])


@dataclass(frozen=True)
class Rules:
    rules: tuple[tuple[re.Pattern, str, str], ...]
    diploma: tuple[re.Pattern, ...]


@cache
def rules(language: str) -> Rules:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    data = json.loads((DATA / f"{language}.json").read_text(encoding="utf-8"))
    parts = data.get("parts", {})
    compiled = []
    for rule in data["rules"]:
        if rule["ground"] not in GROUNDS:
            raise ValueError(f"{language}: unknown ground {rule['ground']!r}")
        pattern = _PART.sub(lambda m: f"(?:{parts[m.group(1)]})", rule["pattern"])
        compiled.append((re.compile(pattern, re.IGNORECASE), rule["ground"], rule["rewording"]))
    return Rules(tuple(compiled), tuple(re.compile(p, re.IGNORECASE) for p in data.get("diploma", [])))


# Letters from other scripts that a reader takes for Latin ones (Unicode's confusables, the common part): "Еnkel
# mаnnen" with a Cyrillic Е and а must read as "Enkel mannen".
LOOK_ALIKES = str.maketrans({
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "І": "I", "Ї": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Һ": "H",
    "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "һ": "h", "ӏ": "l", "к": "k", "м": "m", "н": "h", "т": "t",
    "в": "b", "ѵ": "v",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "α": "a", "υ": "u", "ϲ": "c",
    "ϳ": "j",
})
# Invisible characters that separate words (a reader sees "enkel\u200bmannen" as one word or two): the check reads
# them once dropped and once as a space, so neither reading slips through.
_WORD_BREAKS = {"\u200b", "\u2060", "\ufeff", "\u180e"}


def _normalised(text: str, breaks_as_space: bool = False) -> tuple[str, list[int]]:
    """The text as the check reads it — compatibility forms folded (NFKC: full-width letters, ligatures), invisible
    format characters dropped (soft hyphen, zero-width space and joiners; with `breaks_as_space` the zero-width
    spaces read as a space) and look-alike letters of other scripts read as Latin — with, for each character, its
    position in the original text."""
    if text.isascii():  # nothing to fold (the usual case, and the import's hot path)
        return text, list(range(len(text)))
    out, where = [], []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) == "Cf" or ch in _WORD_BREAKS:
            if breaks_as_space and ch in _WORD_BREAKS:
                out.append(" ")
                where.append(i)
            continue
        for folded in unicodedata.normalize("NFKC", ch.translate(LOOK_ALIKES)):
            out.append(folded.translate(LOOK_ALIKES))
            where.append(i)
    return "".join(out), where


def _readings(text: str) -> list[tuple[str, list[int]]]:
    readings = [_normalised(text)]
    if not text.isascii() and any(ch in _WORD_BREAKS for ch in text):
        readings.append(_normalised(text, breaks_as_space=True))
    return readings


@cache
def _gate() -> re.Pattern:
    """Every rule of every language in one pattern, without IGNORECASE (read against the lowercased text): one scan
    tells whether any rule can match — most texts match none — at a tenth of the cost of the rules one by one (the
    import checks 100,000 records in its time budget)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for lang in LANGUAGES for pattern, _g, _r in rules(lang).rules))


def _may_hit(readings: list[tuple[str, list[int]]]) -> bool:
    for read, _where in readings:
        low = read.lower()
        if len(low) != len(read) or _gate().search(low):  # a letter whose lowercase is longer: no shortcut
            return True
    return False


def _hits(text: str, readings: list[tuple[str, list[int]]], language: str) -> list[Hit]:
    found: list[Hit] = []
    for pattern, ground, rewording in rules(language).rules:
        spans = set()
        for read, where in readings:
            for m in pattern.finditer(read):
                if m.end() > m.start():
                    spans.add((where[m.start()], where[m.end() - 1] + 1))
        found += [Hit(start, end, text[start:end], ground, rewording) for start, end in spans]
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in found:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def check(text: str, language: str = "nl") -> list[Hit]:
    """Every span of `text` that may discriminate, in order; overlapping matches keep the longest. Spans are positions
    in `text` as given."""
    text = text or ""
    readings = _readings(text)
    return _hits(text, readings, language) if _may_hit(readings) else []


def as_dicts(hits: list[Hit]) -> list[dict]:
    """The hits as stored on an imported vacancy and returned by the API."""
    return [{"start": h.start, "end": h.end, "text": h.text, "ground": h.ground, "rewording": h.rewording} for h in hits]


def check_all(text: str, language: str = "nl") -> list[Hit]:
    """The vacancy's language first, then the other two (a Dutch vacancy may say "native speaker")."""
    text = text or ""
    readings = _readings(text)
    if not _may_hit(readings):
        return []
    seen: set[tuple[int, int]] = set()
    out = []
    for lang in (language, *[x for x in LANGUAGES if x != language]):
        for hit in _hits(text, readings, lang):
            if not any(hit.start < e and s < hit.end for s, e in seen):
                seen.add((hit.start, hit.end))
                out.append(hit)
    return sorted(out, key=lambda h: h.start)


def diploma_demands(text: str, language: str = "nl") -> list[tuple[int, int, str]]:
    """Spans that ask for a diploma: each is a chance to name the competences the diploma should prove."""
    spans = []
    for pattern in rules(language).diploma:
        spans += [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text or "")]
    return sorted(set(spans))
