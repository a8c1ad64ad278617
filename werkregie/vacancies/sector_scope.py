"""Which sector a reader of the sector figures (the sector view, the missed competences) gets: analysts, counsellors,
administrators and employers any NACE section or all of them; an employers' sector organisation (a partner of type
sector_organisation) only the sector(s) it represents, all of them together by default, and a 403 naming why for
any other. Any other partner reads none of it."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import FieldError, Forbidden
from werkregie.organisations import represented
from werkregie.organisations.sectors import SECTIONS, section_of

READERS = frozenset({Role.ANALYST, Role.COUNSELLOR, Role.ADMIN, Role.EMPLOYER, Role.PARTNER})


@dataclass(frozen=True)
class SectorScope:
    code: str  # the sector asked ("" : the default)
    codes: tuple[str, ...]  # the sections or divisions counted; empty: every sector
    label: str  # what the figures cover, e.g. "Bouwnijverheid" or "alle sectoren"
    all_label: str  # the form's default choice: "alle sectoren", or the organisation's sector(s) together
    choices: list[tuple[str, str]]  # (code, label) the reader may choose
    own: tuple[str, ...] | None = None  # a sector organisation's represented codes; None for the other readers


def resolve(principal: Principal, asked: str, errors: list[FieldError], readers: frozenset[str] = READERS) -> SectorScope:
    """The scope of `asked` (a section letter, or for a sector organisation one of its own codes). A sector not known
    to an open reader is a field error (added to `errors`); a partner that is no sector organisation, or a sector
    organisation asking for a sector it does not represent, is refused (Forbidden, saying why)."""
    asked = (asked or "").strip().upper()
    if principal.role not in readers:
        raise Forbidden(_("Alleen voor analisten, bemiddelaars, beheerders, werkgevers en sectororganisaties."))
    own = represented.of_user(principal.user) if principal.role == Role.PARTNER else None
    if principal.role == Role.PARTNER and own is None:
        raise Forbidden(_("Van de partners ziet alleen een sectororganisatie deze cijfers, voor haar eigen sector(en)."))
    if own is None:
        choices = [(letter, str(text)) for letter, _l, _h, text in SECTIONS]
        if asked and asked not in dict(choices):
            errors.append(FieldError("section", _("Kies een sector (NACE-afdeling).")))
            asked = ""
        everything = _("alle sectoren")
        return SectorScope(asked, (asked,) if asked else (), dict(choices).get(asked, everything), everything, choices)
    choices = [(code, represented.label(code)) for code in own]
    together = ", ".join(text for _code, text in choices)
    if asked.isdigit() and len(asked) == 2 and asked not in own and section_of(asked) in own:
        # a division inside a represented section (NACE 41 in Bouwnijverheid F): part of its own sector (attack of stop 39)
        return SectorScope(asked, (asked,), represented.label(asked), together, choices, tuple(own))
    if asked and asked not in own:
        raise Forbidden(_("Uw organisatie vertegenwoordigt %(own)s; de cijfers van een andere sector (%(asked)s) zijn niet voor u.")
                        % {"own": together, "asked": asked[:10]})
    return SectorScope(asked, (asked,) if asked else tuple(own), dict(choices).get(asked, together), together, choices, tuple(own))
