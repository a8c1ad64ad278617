"""The rules a vacancy's values follow, one place for the intake (page and API, intake.py) and the import
(exchange.py), so that the two cannot drift apart (issue 12, attack: the import took 0.5 hours a week and a title
with NUL, BEL or U+202E that the intake refused, or the other way round).

- a title is required text of 2 to 200 characters on one line, without control or bidirectional characters;
- hours per week: from 1 to 60 (the message always said so; 0.5 passed);
- a monthly wage is at least € 100 or left empty: below that it is no monthly wage but a typing error (€ 0,01 passed),
  and an employer who does not want to name a wage leaves the field empty (a wage below the legal minimum for the
  hours is not refused: part-time work and student jobs make such a floor depend on too much);
- an employer's name is compared without case, accents, punctuation or legal form ("Bouwbedrijf De Schelde NV" is
  "bouwbedrijf de schelde bvba" for this).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from werkregie.core.text import mixed_script_problem, one_line_problem, required_text_problem, search_key

HOURS_MIN, HOURS_MAX = Decimal(1), Decimal(60)
WAGE_MIN, WAGE_MAX = Decimal(100), Decimal(1_000_000)
LEGAL_FORMS = frozenset({"nv", "bv", "bvba", "cv", "cvba", "vof", "commv", "comm", "gcv", "vzw", "ivzw", "esv", "se", "sa", "srl",
                         "sprl", "sc", "scrl", "scs", "sca", "snc", "asbl", "aisbl", "ltd", "gmbh", "ag", "plc", "inc", "bvba", "sas",
                         "sarl"})


def title_problem(title: str) -> str | None:
    """Why `title` cannot be a vacancy's title (already translated), or None."""
    return required_text_problem(title, 2, 200) or one_line_problem(title) or mixed_script_problem(title)


def hours_ok(hours: Decimal) -> bool:
    return HOURS_MIN <= hours <= HOURS_MAX


def wage_ok(wage: Decimal) -> bool:
    return WAGE_MIN <= wage < WAGE_MAX


def wage_message() -> str:
    from django.utils.translation import gettext as _

    return _("Een brutoloon per maand in euro, minstens € 100 (of laat het veld leeg).")


@lru_cache(maxsize=4096)  # an import compares every record's employer name: feeds repeat a few hundred of them
def employer_key(name: str) -> str:
    """A name as compared with a registered employer's: lower case, without accents, punctuation or legal form
    ("N.V." and "nv" alike: dots are dropped before the words are split)."""
    words = search_key((name or "").replace(".", "")).split()
    return " ".join(w for w in words if w not in LEGAL_FORMS)
