"""What the register's use cases share: pages of results, a person as one principal sees them, purposes."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.accounts.principal import Principal
from werkregie.core.errors import FieldError, Forbidden, InvalidInput
from werkregie.core.paging import Paged

from .. import perms
from ..models import Person, StatusEpisode

MAX_PAGE_SIZE = 100


@dataclass
class Page(Paged):
    items: list
    count: int
    page: int
    page_size: int
    count_capped: bool = False


@dataclass
class PersonView:
    """A person as one principal may see them, for one purpose."""

    person: Person
    sections: frozenset[str]
    purpose: Purpose
    current_statuses: list[StatusEpisode] = field(default_factory=list)


def resolve_purpose(principal: Principal, requested: str | None, person_id: int | None = None) -> Purpose:
    allowed = perms.purposes_for(principal, person_id)
    if not allowed:
        raise Forbidden(_("Uw rol geeft geen toegang tot individuele persoonsgegevens."))
    if requested in (None, ""):
        return allowed[0]
    try:
        purpose = Purpose(requested)
    except ValueError:
        raise InvalidInput(_("Onbekend doel '%(purpose)s'.") % {"purpose": requested},
                           [FieldError("purpose", _("kies een van: %(choices)s") % {"choices": ", ".join(allowed)})]) from None
    if purpose not in allowed:
        raise Forbidden(_("Het doel '%(purpose)s' is voor uw rol niet toegestaan; toegestaan: %(allowed)s.")
                        % {"purpose": purpose, "allowed": ", ".join(allowed)})
    return purpose
