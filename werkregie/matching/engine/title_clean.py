"""What a vacancy title carries besides the occupation, removed before the title is looked up (issue 18 point 6).

Real titles are not labels: "Infirmier(ère) en soins intensifs", "Senior Java Developer (m/f/x) - Brussels",
"Magazijnmedewerker (m/v/x) - nachtploeg". The occupation is what is left after
- gender markers: (m/v/x), (h/f), m/f/d, H/F/X … in any case, with or without brackets;
- French inclusive endings: "infirmier(ère)", "employé(e)", "administratif(ve)", "étudiant.e", "directeur·rice" → the
  masculine form, which every French ESCO label carries ("infirmier/infirmière");
- the second of a masculine/feminine pair: "Vendeur / Vendeuse", "Kelner/Kelnerin" → the first (the two words share
  their first four letters);
- what follows a spaced "@" (the employer); in what follows a spaced dash, en dash or bar, the places (Belgian municipalities, provinces and regions in
  Dutch and French, the English names "Antwerp", "Brussels" …: geography.place_names()); the rest of it stays, for it
  often names the specialisation ("Electrician - Building Services", "Registered Nurse - Geriatrics Ward", "Vendeur -
  magasin de bricolage"). Until stop 45 the whole part was dropped: on 80 titles per language written for the
  purpose (bench/titles_vacancies.py, the "-wide" sets) that cost English 0.09 and French 0.03 of MRR@10;
- words that qualify the job and not the occupation: seniority, contract, time and shift ("senior", "junior", "CDI",
  "voltijds", "part-time", "gezocht", "wanted", "nachtploeg", "2 pauses" …), and bracketed remarks ("(student job)").
A title is never cleaned to nothing: when the rules would leave no letters, the title is kept as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .geography import place_names

GENDER = re.compile(r"[\(\[]?\s*\b(?:[mhfvwx]|d)\s*/\s*(?:[mhfvwx]|d)(?:\s*/\s*(?:[mhfvwx]|d))?\b\s*[\)\]]?", re.IGNORECASE)
INCLUSIVE = re.compile(r"(?<=[^\W\d_])(?:\((?:e|ère|ere|euse|rice|trice|ve|ne|le|se|esse)\)|[.·](?:e|ère|euse|rice|trice|ve|ne|le)\b)", re.IGNORECASE)
TAIL = re.compile(r"\s+[-–—|]\s+|\s*\|")
EMPLOYER = re.compile(r"\s+@\s+.*$")  # "Lasser @ Colruyt": the rest names the employer
BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
QUALIFIERS = {
    "nl": ["senior", "junior", "medior", "ervaren", "gezocht", "dringend", "voltijds", "deeltijds", "voltijd", "deeltijd", "fulltime",
           "full-time", "parttime", "part-time", "interim", "vast contract", "tijdelijk", "studentenjob", "vacature", "m v x", "m v",
           "dagploeg", "nachtploeg", "ploegwerk", "ploegendienst", "2 ploegen", "3 ploegen", "volcontinu", "weekendwerk", "seizoensarbeid"],
    "fr": ["senior", "junior", "expérimenté", "expérimentée", "confirmé", "confirmée", "cdi", "cdd", "intérim", "interim", "temps plein",
           "temps partiel", "mi-temps", "recherché", "recherchée", "urgent", "h f x", "h f", "f h", "4/5", "2 pauses", "3 pauses",
           "travail en pauses", "pauses", "de nuit", "de jour", "saisonnier", "saisonnière", "week-end"],
    "en": ["senior", "junior", "mid-level", "experienced", "wanted", "urgent", "full-time", "full time", "part-time", "part time",
           "permanent", "temporary", "temp", "contract", "student job", "m f x", "m f", "night shift", "day shift", "early shifts",
           "late shifts", "shifts", "shift work", "3 shifts", "2 shifts", "continuous shifts", "seasonal", "weekends", "remote", "hybrid"],
}
PAIR = re.compile(r"\b([^\W\d_]{4})([^\W\d_]*)\s*/\s*\1[^\W\d_]*", re.IGNORECASE)
_QUALIFIER = {code: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)
              for code, words in QUALIFIERS.items()}


# words that only say where, around a place's name ("région de Verviers", "Bruxelles centre", "regio Kortrijk")
AROUND_PLACES = ["région de", "région", "province de", "regio", "provincie", "omgeving", "centrum", "centre", "et environs",
                 "en omstreken", "area", "region"]


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    names = sorted([*place_names(), *AROUND_PLACES], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w-])", re.IGNORECASE)


def clean_title(title: str, language: str) -> str:
    """The occupation part of a vacancy title (see the module's docstring); `title` itself when nothing would remain."""
    text = INCLUSIVE.sub("", title)
    text = GENDER.sub(" ", text)
    text = PAIR.sub(r"\1\2", text)
    parts = TAIL.split(EMPLOYER.sub("", text))
    text = " ".join([parts[0], *(_places().sub(" ", part) for part in parts[1:])])
    text = BRACKETED.sub(" ", text)
    text = _QUALIFIER.get(language, _QUALIFIER["en"]).sub(" ", text)
    text = re.sub(r"\s*/\s*$|^\s*/\s*", "", re.sub(r"\s+", " ", text)).strip(" -–,;:")
    return text if re.search(r"[^\W\d_]{2}", text) else title
