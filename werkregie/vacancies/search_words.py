"""Word forms for the public vacancy search (issue 12, point 7): plurals and inflections in Dutch and French.

The search matches each word as a prefix of a word of the vacancy (search.py), so "lasser" already finds "lassers";
the other way round it did not: "lassers" found no "lasser". A query word is therefore cut back to its stem first, by
a small rule set for the Dutch and French (and English) endings a job search meets: plural -s, -en, -es, -x (-aux),
feminine -e, -euse, -trice, -ienne, and -eur, whose feminine is -euse. Every stem is a prefix of the word it came from, so the stem finds whatever the
word found, and its other forms besides; the index stays as it is (the 'simple' configuration over both languages,
see search.py: a Dutch or French stemmer of the wrong language mangles a word, and one vacancy text mixes both).
No snowball stemmer: it is not a dependency, and its stems are not always prefixes ("mogelijkheden" → "mogelijk",
"bakken" → "bak"), which prefix matching over unstemmed text needs.

A stem also starts words it has nothing to do with: "kok" starts "koksijde". forms() lists the whole word forms of a
query word (the word, its stem, the stem with a plural or inflection ending); where a stem starts a place name (the
place is a filter of its own, and the vacancy's municipality is part of its text), the ranking puts the vacancies
holding one of those forms above those that hold the word only as the start of a longer word (search.py).

A Dutch compound ends in its head ("chefkok", "hulpkok"): a prefix term of "kok" cannot find it, and the index holds
whole words only. COMPOUNDS lists the common occupation compounds of a few heads; a query word that is such a head also
looks for them, as extra prefix terms of the same word (compounds()): a handful of rare lexemes, no index change."""

from __future__ import annotations

MIN_STEM = 3  # a shorter stem starts too many words ("bus" stays "bus", not "bu")
# (ending, what replaces it), longest first; every replacement is a prefix of the ending, so the stem stays a prefix
RULES = (
    ("trices", "t"), ("trice", "t"),  # fr: directrice → direct(eur), animatrice → animat(eur)
    ("euses", "eu"), ("euse", "eu"),  # fr: vendeuse → vendeu(r), coiffeuses → coiffeu(r)
    ("iennes", "ien"), ("ienne", "ien"),  # fr: technicienne → technicien
    ("aux", "a"),  # fr: travaux → trava(il), chevaux → cheva(l)
    ("eurs", "eu"), ("eur", "eu"),  # fr: soudeur(s) → soudeu(se), vendeur → vendeu(se); nl: monteur → monteu(rs)
    ("en", ""),  # nl: verpleegkundigen → verpleegkundig(e), poetsvrouwen → poetsvrouw
    ("es", ""),  # fr: infirmieres → infirmier, aides → aid(e)
    ("s", ""),  # nl, fr, en: lassers → lasser, koks → kok, soudeurs → soudeur
    ("e", ""),  # fr feminine, nl inflection: infirmiere → infirmier, ouvriere → ouvrier
)
ENDINGS = ("", "s", "e", "n", "en", "es", "x")  # the whole forms of a stem: kok, koks, koken; lasser, lassers
VOWELS = set("aeiouy")
# head → the compounds that end in it (occupation titles of the Dutch job market; a walk found "kok" missing "Chefkok")
COMPOUNDS = {
    "kok": ("chefkok", "hulpkok"),
    "chauffeur": ("vrachtwagenchauffeur", "buschauffeur", "taxichauffeur", "bestelwagenchauffeur", "heftruckchauffeur"),
    "bakker": ("broodbakker", "banketbakker"),
    "kapper": ("dameskapper", "herenkapper"),
    "monteur": ("servicemonteur", "onderhoudsmonteur"),
}


def stem(word: str) -> str:
    """The word without its plural or inflection ending (a prefix of the word); the word itself when none applies.
    Words are search.normalise()'s: [0-9a-z]+, lower case, no accents. Words with digits are left alone."""
    if not word.isalpha():
        return word
    for ending, replacement in RULES:
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= MIN_STEM:
            cut = word[: len(word) - len(ending)] + replacement
            if ending == "en":
                cut = _open_syllable(cut)
            return cut
    return word


def _open_syllable(cut: str) -> str:
    """Dutch writes a long vowel single before -en ("leraar" → "leraren", "verkoper" ← "verkopen"): "lerar" is no
    prefix of "leraar", so the last consonant goes after a single vowel ("lera" starts both)."""
    if len(cut) > MIN_STEM and cut[-1] not in VOWELS and cut[-2] in "aeou" and cut[-3] not in VOWELS:
        return cut[:-1]
    return cut


_COMPOUND_STEMS: dict[str, tuple[str, ...]] = {}


def compounds(word: str) -> tuple[str, ...]:
    """The stems of the compounds a query word (a stem, as search.py looks for it) also finds: "kok" → "chefkok", ..."""
    if not _COMPOUND_STEMS:
        _COMPOUND_STEMS.update({stem(head): tuple(stem(c) for c in found) for head, found in COMPOUNDS.items()})
    return _COMPOUND_STEMS.get(stem(word), ())


def forms(word: str) -> tuple[str, ...]:
    """The whole word forms a query word stands for: the word, and its stem (and its compounds') with each plural or
    inflection ending."""
    base = stem(word)
    return tuple(dict.fromkeys([word, *(b + e for b in (base, *compounds(word)) for e in ENDINGS)]))


_PLACES: dict[str, frozenset[str]] = {}  # per database alias: the reference data does not change while serving


def place_words() -> frozenset[str]:
    """Every word of a municipality's Dutch and French name (what search.text_of puts in a vacancy's text)."""
    from django.db import connection

    from werkregie.geo.models import Municipality

    from .search import normalise

    found = _PLACES.get(connection.alias)
    if not found:
        names = {n for pair in Municipality.objects.values_list("name_nl", "name_fr") for n in pair if n}
        found = frozenset(w for name in names for w in normalise(name).split())
        if found:
            _PLACES[connection.alias] = found
    return found


def starts_a_place(word: str, places: frozenset[str]) -> bool:
    """Whether the word's stem starts a place name that is not one of the word's own forms ("kok": "koksijde")."""
    base, own = stem(word), set(forms(word))
    return word.isalpha() and any(p.startswith(base) and p not in own for p in places)
