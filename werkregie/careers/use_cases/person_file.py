"""A counsellor's (or administrator's) view of a person's career from the person file: the learning account (a link
to its statement), the competence passport and the EVC requests. Only for who guides the person (perms.guides) and
whose role's sections include the person's profile (people.perms.ROLE_SECTIONS); the reads are logged where they
happen: the passport by the credentials domain (credentials.panels), the EVC requests here."""

from __future__ import annotations

from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core.errors import Forbidden, NotFound
from werkregie.people import perms as people_perms
from werkregie.people.models import Person

from .. import perms
from ..models import EvcRequest
from . import evc_outcome, evc_skills

SECTION = "profile"  # competences, credentials and recognitions are part of the person's profile


def may_see(principal: Principal, person_id: int) -> bool:
    """Whether the person file shows the career links to this principal (and the career page answers)."""
    return perms.guides(principal, person_id) and SECTION in people_perms.sections_for(principal)


def person_of(principal: Principal, person_id: int) -> Person:
    person = Person.objects.filter(pk=person_id).first()
    if person is None or not may_see(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    return person


def purpose_of(principal: Principal, person_id: int, asked: str | None) -> tuple[list, str | None]:
    """(the purposes the user may open this person's file for, the chosen one or None when it must be asked); a purpose
    the user may not use is refused (Forbidden), as on the person file."""
    allowed = people_perms.purposes_for(principal, person_id)
    if asked is not None and asked not in allowed:
        raise Forbidden(_("U mag dit dossier niet raadplegen met dit doel."))
    return allowed, asked


def evc_requests(principal: Principal, person: Person, purpose: str = Purpose.COMPETENCE_RECOGNITION) -> list[EvcRequest]:
    """The person's EVC requests, newest first; the read logged with the purpose the user chose (also when there are
    none: the page said so)."""
    found = list(EvcRequest.objects.filter(person=person).order_by("-requested_at", "-pk").prefetch_related("skills"))
    record_access(principal.actor(), [person.pk], "EVC: aanvragen van de persoon", purpose, principal.channel)
    return evc_outcome.with_outcome(evc_skills.with_asked(found))
