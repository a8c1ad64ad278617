"""The sectors an employers' sector organisation represents (Organisation.sectors): NACE-BEL sections (a letter, "F")
or divisions (two digits, "28"), comma-separated. Parsed, validated and turned into a filter on employers' NACE codes
here; who may read what with them is decided by the sector pages' use cases (vacancies.sector_scope)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from .sectors import SECTIONS, section_of

_LETTERS = {letter: (low, high) for letter, low, high, _label in SECTIONS}


def split(text: str) -> list[str]:
    """The codes as written, upper-cased, in order, without blanks ("f, 28" → ["F", "28"])."""
    return [part.strip().upper() for part in (text or "").split(",") if part.strip()]


def divisions_of(code: str) -> set[int]:
    if code in _LETTERS:
        low, high = _LETTERS[code]
        return set(range(low, high + 1))
    return {int(code)} if code.isdigit() else set()


def sectors_problem(text: str) -> str | None:
    """Why a list of represented sectors is not valid (None when it is): each code a known section or division, none
    twice or inside another (the parts of a sector's figures must not overlap, core.suppression adds them up)."""
    seen: set[int] = set()
    for code in split(text):
        if code not in _LETTERS and not (len(code) == 2 and code.isdigit() and section_of(code) is not None):
            return _("%(code)s is geen NACE-sectie (een letter, bv. F) of -afdeling (twee cijfers, bv. 28).") % {"code": code}
        if seen & divisions_of(code):
            return _("%(code)s valt samen met een andere opgegeven sector; geef elke sector één keer op.") % {"code": code}
        seen |= divisions_of(code)
    return None


def validate_sectors(value: str) -> None:
    problem = sectors_problem(value)
    if problem:
        raise ValidationError(problem)


def normalise_sectors(text: str) -> str:
    return ",".join(dict.fromkeys(split(text)))


def label(code: str) -> str:
    """A section's name ("Bouwnijverheid"), or a division with its section ("NACE 28 (Industrie)")."""
    if code in _LETTERS:
        return str(next(text for letter, _l, _h, text in SECTIONS if letter == code))
    return _("NACE %(division)s (%(section)s)") % {"division": code, "section": label(section_of(code) or "")} if section_of(code) else code


def employer_filter(codes: list[str] | tuple[str, ...], field: str = "employer__nace_code") -> Q:
    """Employers (through `field`, their NACE code) of any of these sections or divisions; matches nothing for none."""
    q = Q(pk__in=[])
    for code in codes:
        for division in sorted(divisions_of(code)):
            q |= Q(**{f"{field}__startswith": f"{division:02d}"})
    return q


def of_user(user) -> list[str] | None:  # noqa: ANN001 - a User
    """The codes a sector organisation's user represents; None for anyone else (not bound to a sector)."""
    org = user.organisation if getattr(user, "organisation_id", None) else None
    if org is None or not org.is_sector_organisation:
        return None
    return split(org.sectors)
