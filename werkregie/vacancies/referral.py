"""Finding the person to refer to a vacancy (issue 12 point 3): the counsellor searches by name, dossier number or
(where the role sees identities) INSZ or birth date among the persons they may see (people.perms), never beyond. The
people search logs every person it lists, with what the list showed; a dossier number found is logged the same way."""

from __future__ import annotations

from werkregie.access.models import Shown
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.geo import services as geo
from werkregie.people import perms as people_perms
from werkregie.people.models import Person
from werkregie.people.use_cases import search_persons
from werkregie.people.use_cases.common import resolve_purpose
from werkregie.people.use_cases.search import shown_in_list

MAX_SHOWN = 10


def candidates(principal: Principal, q: str) -> list[Person]:
    """Up to MAX_SHOWN persons this principal may see, for the text typed: a dossier number (digits, shorter than an
    INSZ) finds that person; anything else goes to the register's search (name, INSZ, birth date)."""
    q = (q or "").strip()
    if not q:
        return []
    if q.isdigit() and len(q) < 11:
        found = list(people_perms.visible_persons(principal).filter(pk=int(q), merged_into__isnull=True))
        for person in found:
            person.municipality = geo.municipality(person.municipality_id)
        record_access(principal.actor(), [p.pk for p in found], "doorverwijzing, zoekresultaat: " + shown_in_list(people_perms.sections_for(principal)),
                      resolve_purpose(principal, None), principal.channel, shown=Shown.LIST)
        return found
    return list(search_persons(principal, q, page_size=MAX_SHOWN).items)
