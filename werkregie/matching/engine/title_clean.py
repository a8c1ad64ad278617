"""What a vacancy title carries besides the occupation, removed before the title is looked up (issue 18 point 6).

Real titles are not labels: "Infirmier(ère) en soins intensifs", "Senior Java Developer (m/f/x) - Brussels",
"Magazijnmedewerker (m/v/x) - nachtploeg". The occupation is what is left after
- gender markers: (m/v/x), (h/f), m/f/d, H/F/X … in any case, with or without brackets;
- French inclusive endings: "infirmier(ère)", "employé(e)", "administratif(ve)", "étudiant.e", "directeur·rice" → the
  masculine form, which every French ESCO label carries ("infirmier/infirmière");
- the second of a masculine/feminine pair: "Vendeur / Vendeuse", "Kelner/Kelnerin" → the first (the two words share
  their first four letters);
- what follows a spaced dash, en dash, bar or "@": the place, the shift, the employer ("… - Bruxelles", "… – CDI");
- words that qualify the job and not the occupation: seniority, contract and time ("senior", "junior", "CDI",
  "voltijds", "part-time", "gezocht", "wanted" …), and bracketed remarks ("(student job)").
A title is never cleaned to nothing: when the rules would leave no letters, the title is kept as typed.
"""

from __future__ import annotations

import re

GENDER = re.compile(r"[\(\[]?\s*\b(?:[mhfvwx]|d)\s*/\s*(?:[mhfvwx]|d)(?:\s*/\s*(?:[mhfvwx]|d))?\b\s*[\)\]]?", re.IGNORECASE)
INCLUSIVE = re.compile(r"(?<=[^\W\d_])(?:\((?:e|ère|ere|euse|rice|trice|ve|ne|le|se|esse)\)|[.·](?:e|ère|euse|rice|trice|ve|ne|le)\b)", re.IGNORECASE)
TAIL = re.compile(r"\s+[-–—|@]\s+.*$|\s*\|.*$")
BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
QUALIFIERS = {
    "nl": ["senior", "junior", "medior", "ervaren", "gezocht", "dringend", "voltijds", "deeltijds", "voltijd", "deeltijd", "fulltime",
           "full-time", "parttime", "part-time", "interim", "vast contract", "tijdelijk", "studentenjob", "vacature", "m v x", "m v"],
    "fr": ["senior", "junior", "expérimenté", "expérimentée", "confirmé", "confirmée", "cdi", "cdd", "intérim", "interim", "temps plein",
           "temps partiel", "mi-temps", "recherché", "recherchée", "urgent", "h f x", "h f", "f h"],
    "en": ["senior", "junior", "mid-level", "experienced", "wanted", "urgent", "full-time", "full time", "part-time", "part time",
           "permanent", "temporary", "temp", "contract", "student job", "m f x", "m f"],
}
PAIR = re.compile(r"\b([^\W\d_]{4})([^\W\d_]*)\s*/\s*\1[^\W\d_]*", re.IGNORECASE)
_QUALIFIER = {code: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)
              for code, words in QUALIFIERS.items()}


def clean_title(title: str, language: str) -> str:
    """The occupation part of a vacancy title (see the module's docstring); `title` itself when nothing would remain."""
    text = INCLUSIVE.sub("", title)
    text = GENDER.sub(" ", text)
    text = PAIR.sub(r"\1\2", text)
    text = TAIL.sub("", text)
    text = BRACKETED.sub(" ", text)
    text = _QUALIFIER.get(language, _QUALIFIER["en"]).sub(" ", text)
    text = re.sub(r"\s*/\s*$|^\s*/\s*", "", re.sub(r"\s+", " ", text)).strip(" -–,;:")
    return text if re.search(r"[^\W\d_]{2}", text) else title
