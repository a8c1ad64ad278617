"""Consulting one person's record, and the citizen's own access log."""

from __future__ import annotations

from django.utils.translation import gettext as _

from werkregie.access.models import AccessLogEntry
from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import NotFound
from werkregie.core.fastfetch import rows_where
from werkregie.geo import services as geo

from .. import perms
from ..models import Consent, ContactChannel, Person, PersonLanguage, StatusEpisode
from .common import Page, PersonView, resolve_purpose

SECTION_RELATIONS = {
    "profile": ("languages", PersonLanguage),
    "contact": ("contact_channels", ContactChannel),
    "consents": ("consents", Consent),
    "statuses": ("episodes", StatusEpisode),
}


def _load_sections(person: Person, sections: frozenset[str]) -> None:
    """Fetch only the related rows the principal may see, straight into the relations' caches (what
    prefetch_related does, without its per-call machinery: this is the API's hottest path)."""
    cache = person.__dict__.setdefault("_prefetched_objects_cache", {})
    for section in sections:
        if section in SECTION_RELATIONS:
            name, model = SECTION_RELATIONS[section]
            cache[name] = rows_where(model, "person_id", person.pk)
    for episode in cache.get("episodes", []):
        if episode.municipality_id:
            episode.municipality = geo.municipality(episode.municipality_id)


def get_person(principal: Principal, person_id: int, purpose: str | None = None) -> PersonView:
    """One person's record as far as the principal may see it. Unknown and not-allowed look the same (404)."""
    sections = perms.sections_for(principal)
    in_range = 0 < person_id < 2**63  # a 64-bit key; anything else cannot exist
    person = next(iter(rows_where(Person, "id", person_id)), None) if in_range else None
    if person is None or not perms.can_view_loaded(principal, person):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    person.municipality = geo.municipality(person.municipality_id)
    chosen = resolve_purpose(principal, purpose, person_id)
    _load_sections(person, sections)
    record_access(principal.actor(), [person.pk], "persoonsgegevens: " + ", ".join(sorted(sections & perms.ALL_SECTIONS)), chosen, principal.channel)
    today = clock.today()
    current = [e for e in person.episodes.all() if e.start <= today and (e.end is None or e.end >= today)] if "statuses" in sections else []
    return PersonView(person=person, sections=sections, purpose=chosen, current_statuses=current)


def my_person(principal: Principal) -> PersonView:
    if not principal.user.person_id:
        raise NotFound(_("Aan deze account is geen persoon gekoppeld."))
    return get_person(principal, principal.user.person_id, Purpose.OWN_DATA)


def access_log_for_me(principal: Principal, page: int = 1, page_size: int = 50) -> Page:
    """'Wie heeft mijn gegevens geraadpleegd': reads of the citizen's data by others, newest first."""
    if not principal.user.person_id:
        raise NotFound(_("Aan deze account is geen persoon gekoppeld."))
    ids = [principal.user.person_id, *Person.all_objects.filter(merged_into_id=principal.user.person_id).values_list("pk", flat=True)]
    qs = AccessLogEntry.objects.filter(person_id__in=ids).exclude(actor_id=principal.user.pk).order_by("-at", "-seq")  # by the moment shown, not by when written (re-walk of issue 16)
    offset = (page - 1) * page_size
    return Page(items=list(qs[offset : offset + page_size]), count=qs.count(), page=page, page_size=page_size)
